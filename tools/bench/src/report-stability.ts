import type { WorkingCalendar } from '@banfa/calendar';
import { loadPolicyYaml } from '@banfa/policy-model';
import { decide, evaluate } from '@banfa/policy-runtime';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventHistories } from './event-histories';
import { checkRecorded, reportText, sameReportsTwice, sha256, type RecordedDigests } from './report-check';
import { reportDecisions } from './report-decisions';
import { sampleProjects } from './sample-projects';

/** Where the digests of the last accepted reports are kept (committed with the runtime). */
export const RECORDED_REPORTS = 'tools/bench/recorded-reports.json';

/**
 * Before anything is timed: every bench project of every policy (1 000 each, judged on their own day and on the
 * bench's day) and 150 whole histories each (judged on four days), evaluated twice in opposite orders, give the same
 * report both times, and the same reports as the recorded run (when the policy's text is unchanged); decide() gives
 * each of them the report's decisions. An optimisation of the runtime must leave every report as it was.
 */
export function checkReportStability(root: string, files: readonly string[], calendar: WorkingCalendar): string[] {
  const current: RecordedDigests = {};
  for (const file of files) {
    const text = readFileSync(join(root, 'policies', file), 'utf8');
    const doc = loadPolicyYaml(text);
    const projects = sampleProjects(doc, 1000);
    const inputs = [...projects, ...projects.map((project) => ({ ...project, at: project.events[0]?.on ?? project.at })), ...eventHistories(doc, projects.slice(0, 150), calendar)];
    const reportsSha256 = sameReportsTwice(inputs, (input) => evaluate(doc, input, input.at, { calendar }), file);
    // The sample projects the inputs grow from (the histories come from them through the runtime itself, so a change
    // of the runtime that changes a history changes the reports: it fails, it is not taken for new inputs).
    const inputsSha256 = sha256(projects.map(reportText).join('\n'));
    current[file] = { policySha256: sha256(text), inputs: inputs.length, inputsSha256, reportsSha256 };
    // decide() answers each input with the report's own decisions: for the whole track, for the first stage alone and
    // for the second (whose steps come after steps of the first).
    const scopes = [undefined, ...doc.stages.slice(0, 2).map((stage) => [stage.id])];
    inputs.forEach((input, i) => {
      const report = evaluate(doc, input, input.at, { calendar });
      for (const stages of scopes) {
        const expected = reportText(reportDecisions(report, stages));
        const answered = reportText(decide(doc, input, input.at, stages ? { calendar, stages } : { calendar }));
        if (answered !== expected) throw new Error(`${file}: decide() and evaluate() disagree on input ${i}${stages ? ` (stages ${stages.join(', ')})` : ''}:\n${expected}\n${answered}`);
      }
    });
  }
  return checkRecorded(join(root, RECORDED_REPORTS), current, process.env['BENCH_ACCEPT_REPORTS'] === '1');
}
