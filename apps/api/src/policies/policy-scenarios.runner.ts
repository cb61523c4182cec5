import { WorkingCalendar } from '@banfa/calendar';
import { Injectable } from '@nestjs/common';
import type { PolicyErrorDetail, ScenarioRunView } from '@banfa/api-contract';
import type { PolicyDocument } from '@banfa/policy-model';
import { runScenario } from '@banfa/policy-testing';
import { AppError } from '../errors/app-error';
import { checkScenarioText } from './policy-scenarios.validation';

/**
 * Runs a version's scenario tests on the server as `banfa policy test` runs them: each scenario on the document as
 * written, under the readings it chooses, on the api's live calendar (administrators' corrections included).
 */
@Injectable()
export class PolicyScenarioRunner {
  constructor(private readonly calendar: WorkingCalendar) {}

  /** The results in file order; `[]` when the version has no scenario file. */
  run(document: PolicyDocument, scenarios: string | null): ScenarioRunView[] {
    if (scenarios === null) return [];
    const checked = checkScenarioText(scenarios);
    // Stored files were checked when saved; one that no longer reads (a newer format) is named, not guessed at.
    if (!checked.ok) throw new AppError('policy-invalid', `此版本的场景测试文件有 ${checked.issues.length} 处错误，未能运行；请修改场景测试后保存`, checked.issues);
    return checked.scenarios.map((scenario) => {
      try {
        const { name, failures } = runScenario(document, scenario, this.calendar);
        return { name, failures };
      } catch (error) {
        // A malformed amount in a change request, a fact the runtime cannot read …: this scenario fails, saying why.
        return { name: scenario.name, failures: [`无法运行此场景：${error instanceof Error ? error.message : String(error)}`] };
      }
    });
  }
}

/** The 422 refusing a publication: each failing scenario named with the expectations that did not hold. */
export function scenariosFailed(results: ReadonlyArray<ScenarioRunView>): AppError {
  const failing = results.map((result, index) => ({ result, index })).filter(({ result }) => result.failures.length > 0);
  const details: PolicyErrorDetail[] = failing.map(({ result, index }) => ({
    field: `scenarios[${index}]`,
    message: `场景“${result.name}”未通过：${result.failures.join('；')}`,
    scenario: result.name,
    failures: result.failures,
  }));
  return new AppError(
    'scenarios-failed',
    `${failing.length} 个场景测试未通过（共 ${results.length} 个），未发布；请修改政策或场景测试，全部通过后再发布`,
    details,
  );
}
