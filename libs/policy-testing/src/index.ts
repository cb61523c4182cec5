export { parseScenarioFile, runScenario, setupProblem, type ScenarioResult } from './run-scenarios';
export type { MismatchSubject, ScenarioMismatch } from './scenario-mismatch';
export { checkScenarioFile, type ScenarioFileCheck } from './scenario-file.check';
export { checkReadingCoverage, type CoverageGap } from './reading-coverage';
export {
  changeSchema,
  eventsSchema,
  factsSchema,
  scenarioFileSchema,
  toChange,
  toEvents,
  toFactValues,
  type Scenario,
  type ScenarioFile,
} from './scenario-file';
export { syntheticJurisdictions } from './synthetic-jurisdictions';
