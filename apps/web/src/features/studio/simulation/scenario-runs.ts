import type { WorkingCalendar } from '@banfa/calendar';
import { applyReadings, type PolicyDocument } from '@banfa/policy-model';
import { evaluate, type DecisionReport } from '@banfa/policy-runtime';
import { runScenario, setupProblem, toEvents, toFactValues, type Scenario, type ScenarioMismatch } from '@banfa/policy-testing';

export interface ScenarioRun {
  /** Its position in the file (scenarios[index]), for editing it. */
  index: number;
  scenario: Scenario;
  /** Each expectation that did not hold, in Chinese; empty when it passes. */
  failures: string[];
  /** The same, with what each is about and both values (for showing names and the panel's words). */
  mismatches: ScenarioMismatch[];
}

/** Every scenario against the document, under the readings each one chooses, as `banfa policy test` runs them. */
export function runScenarios(doc: PolicyDocument, scenarios: ReadonlyArray<Scenario>, calendar: WorkingCalendar): ScenarioRun[] {
  return scenarios.map((scenario, index) => {
    try {
      const { failures, mismatches } = runScenario(doc, scenario, calendar);
      return { index, scenario, failures, mismatches };
    } catch (error) {
      // A malformed amount in the scenario's facts, a date outside the calendar …: the scenario fails, saying why.
      const problem = setupProblem(`无法运行：${error instanceof Error ? error.message : String(error)}`);
      return { index, scenario, failures: [problem.text], mismatches: [problem] };
    }
  });
}

/** The decision report a scenario's project gets under the document (its readings applied), or why there is none. */
export function scenarioReport(doc: PolicyDocument, scenario: Scenario, calendar: WorkingCalendar): { report: DecisionReport } | { problem: string } {
  try {
    const effective = applyReadings(doc, scenario.readings);
    return { report: evaluate(effective, { facts: toFactValues(scenario.facts), events: toEvents(scenario.events) }, scenario.at, { calendar }) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/** Every date the scenarios name, for reading the calendar of their years. */
export function scenarioDates(scenarios: ReadonlyArray<Scenario>): string[] {
  return scenarios.flatMap((scenario) => [scenario.at, ...scenario.events.map((event) => event.on)]);
}
