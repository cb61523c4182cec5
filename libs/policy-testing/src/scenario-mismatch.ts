/**
 * What a scenario's expectation is about, named by the document's ids, so that a reader (the studio) can show the
 * element's name and its own words for states without reading the runner's sentence back.
 */
export type MismatchSubject =
  | { kind: 'track' }
  | { kind: 'step'; id: string; aspect: 'state' | 'dueOn' | 'body' }
  | { kind: 'attachments' }
  | { kind: 'obligation'; id: string; aspect: 'stateOrDue' | 'earliestOn' }
  | { kind: 'gates' }
  | { kind: 'finding'; key: string }
  | { kind: 'formIssues'; form: string }
  | { kind: 'change'; aspect: 'outcome' | 'ratio' | 'earlierChanges' }
  /** The scenario could not be judged as written (readings, a form or change it names but does not give …). */
  | { kind: 'setup' };

/** One expectation that did not hold: about what, what was expected, what came, and the runner's sentence. */
export interface ScenarioMismatch {
  subject: MismatchSubject;
  /** Absent for `setup`. */
  expected?: unknown;
  actual?: unknown;
  /** “环节 crypto-review 的状态：期望 "done"，实际 "active"”, as `banfa policy test` prints it. */
  text: string;
}
