export { parseScenarioFile, runScenario, type ScenarioResult } from './run-scenarios';
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
