export { parseScenarioFile, runScenario, type ScenarioResult } from './run-scenarios';
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
