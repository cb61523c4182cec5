import type { WorkingCalendar } from '@banfa/calendar';
import { writtenDocument, type PolicyDocument } from '@banfa/policy-model';
import { runScenario } from './run-scenarios';
import type { Scenario } from './scenario-file';

/** An alternative reading the scenarios do not show to make a difference. */
export interface CoverageGap {
  setting: string;
  alternative: string;
  message: string;
}

/**
 * Every ambiguity setting must be exercised under each of its readings that changes the document: for every
 * alternative other than the setting's `reading` that has no `effect` (none, unsupported),
 * - some scenario choosing it (`readings: { A3: parallel }`) asserts a result that does not hold under the
 *   setting's reading, and
 * - some scenario under the setting's reading asserts a result that does not hold under the alternative.
 * So a pair of scenarios shows what the choice changes, and a reading whose overrides stop mattering is noticed.
 */
export function checkReadingCoverage(policy: PolicyDocument, scenarios: ReadonlyArray<Scenario>, calendar: WorkingCalendar): CoverageGap[] {
  const written = writtenDocument(policy);
  const fails = (scenario: Scenario, readings: Record<string, string>) => runScenario(written, scenario, calendar, readings).failures.length > 0;
  const gaps: CoverageGap[] = [];
  for (const setting of written.settings) {
    for (const alternative of setting.alternatives) {
      if (alternative.value === setting.reading || alternative.effect) continue;
      const gap = (message: string) => gaps.push({ setting: setting.id, alternative: alternative.value, message });
      const label = `歧义设置 ${setting.id} 的解读“${alternative.value}”（${alternative.label}）`;
      const choosing = scenarios.filter((scenario) => scenario.readings[setting.id] === alternative.value);
      if (choosing.length === 0) {
        gap(`${label}没有场景测试：请增加一个 readings: { ${setting.id}: ${alternative.value} } 的场景，断言它与选定解读“${setting.reading}”不同的结果`);
      } else if (!choosing.some((scenario) => fails(scenario, without(scenario.readings, setting.id)))) {
        gap(`${label}的场景（${choosing.map((scenario) => scenario.name).join('；')}）在选定解读“${setting.reading}”下同样成立：请断言两种解读下不同的结果`);
      }
      const underReading = scenarios.filter((scenario) => (scenario.readings[setting.id] ?? setting.reading) === setting.reading);
      if (!underReading.some((scenario) => fails(scenario, { ...scenario.readings, [setting.id]: alternative.value }))) {
        gap(`歧义设置 ${setting.id}：没有按选定解读“${setting.reading}”的场景断言了在“${alternative.value}”下不同的结果：请增加一个这样的场景`);
      }
    }
  }
  return gaps;
}

function without(readings: Readonly<Record<string, string>>, id: string): Record<string, string> {
  return Object.fromEntries(Object.entries(readings).filter(([key]) => key !== id));
}
