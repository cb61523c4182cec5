import type { WorkingCalendar } from '@banfa/calendar';
import type { PolicyDocument } from '@banfa/policy-model';
import type { ProjectInput } from '@banfa/policy-runtime';
import { columnHeaders, toColumn } from './column.header';
import type { PolicyColumn } from './column.types';
import { columnOutcome } from './outcome.column';
import { outcomeRows } from './outcome.rows';
import type { OutcomeComparison } from './outcome.types';
import { describeProject } from './project.describe';
import { OUTCOME_SECTIONS } from './sections';

/**
 * One sample project (facts and dated events, as `banfa evaluate` reads them) through every column's policy on
 * `at`: whether it applies, its track and why, the steps and bodies, the working days to approval, the attachments,
 * obligations and findings, side by side with the articles. Facts a policy does not read are reported for that
 * column and left out of its evaluation; a column that cannot be evaluated says why, and the others go on.
 */
export function compareOutcomes(input: ReadonlyArray<PolicyColumn | PolicyDocument>, project: ProjectInput, at: string, calendar: WorkingCalendar): OutcomeComparison {
  const columns = input.map(toColumn);
  const headers = columnHeaders(columns, at);
  const outcomes = columns.map((column, index) => columnOutcome(headers[index]?.key ?? String(index), column.document, project, at, calendar));
  return { at, columns: headers, project: describeProject(project, columns.map((column) => column.document)), outcomes, sections: [...OUTCOME_SECTIONS], rows: outcomeRows(headers, outcomes) };
}
