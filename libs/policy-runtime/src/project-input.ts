import type { FactValues, ProjectEvent } from '@banfa/policy-model';

/** What the runtime needs of a project: its facts and its dated events. */
export interface ProjectInput {
  facts: FactValues;
  events: ReadonlyArray<ProjectEvent>;
}
