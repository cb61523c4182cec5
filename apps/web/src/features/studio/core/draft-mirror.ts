/**
 * This browser's copy of a draft being edited in the studio: written on every edit, before anything goes to the
 * server, so a reload, a crash or a lost connection loses nothing. `baseLockVersion` is the server's version the
 * edits were made on: on opening, it tells a save that never arrived from a draft someone else has moved on.
 */
export interface LocalCopy {
  yaml: string;
  scenarios: string;
  baseLockVersion: number;
  /** When the last edit was made here (ms since the epoch). */
  editedAt: number;
}

export interface DraftMirror {
  read(): LocalCopy | null;
  write(copy: LocalCopy): void;
  clear(): void;
}

const PREFIX = 'banfa.studio.';

function isLocalCopy(value: unknown): value is LocalCopy {
  const copy = value as Partial<LocalCopy> | null;
  return typeof copy?.yaml === 'string' && typeof copy.scenarios === 'string' && typeof copy.baseLockVersion === 'number';
}

/** The copy in localStorage, per user and version (two accounts on one machine keep theirs apart). */
export function localStorageMirror(userId: string, versionId: string, storage: Storage = localStorage): DraftMirror {
  const key = `${PREFIX}${userId}.${versionId}`;
  return {
    read() {
      try {
        const text = storage.getItem(key);
        const value: unknown = text ? JSON.parse(text) : null;
        return isLocalCopy(value) ? value : null;
      } catch {
        return null;
      }
    },
    write(copy) {
      try {
        storage.setItem(key, JSON.stringify(copy));
      } catch {
        // Storage full or disabled: editing goes on; only the copy in this browser is missing (the save still runs).
      }
    },
    clear() {
      storage.removeItem(key);
    },
  };
}
