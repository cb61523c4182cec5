/** The messages the database's guards (triggers) raise, so the api can recognise them and answer 409. */
export const GUARD_MESSAGES = {
  immutableVersion: 'published policy version is immutable',
  appendOnly: 'audit log is append-only',
} as const;
