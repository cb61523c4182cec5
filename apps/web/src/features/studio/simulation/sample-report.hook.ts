import { applyReadings, type PolicyDocument } from '@banfa/policy-model';
import { evaluate, type DecisionReport, type ProjectInput } from '@banfa/policy-runtime';
import { useMemo } from 'react';
import { useBrowserCalendar, type BrowserCalendarState } from './browser-calendar.hook';
import { projectDates, projectInput, type FactProblem, type SampleProject } from './sample-project.model';

export interface SampleReport {
  /** The report, or null when the project cannot be evaluated (`problem` says why). */
  report: DecisionReport | null;
  problem: string | null;
  /** Facts that do not read (left out of the evaluation, so the report says they are missing). */
  factProblems: FactProblem[];
  /** The document under the project's readings, and the project as the runtime takes it (for checkChange). */
  effective: PolicyDocument | null;
  input: ProjectInput;
  calendar: BrowserCalendarState;
}

/**
 * The decision report of a sample project under a document as written (its readings resolved here: the project's
 * choices, else the document's own), re-evaluated whenever the document (the draft, as it is edited), the project
 * or the calendar changes. One reading resolution and one evaluation: a few milliseconds, so this runs on every edit.
 */
export function useSampleReport(written: PolicyDocument | null, project: SampleProject): SampleReport {
  const doc = written;
  const calendar = useBrowserCalendar(projectDates(project));
  return useMemo(() => {
    const empty: ProjectInput = { facts: {}, events: [] };
    if (!doc) return { report: null, problem: '草稿尚无有效内容', factProblems: [], effective: null, input: empty, calendar };
    const { input, problems } = projectInput(doc, project);
    let effective: PolicyDocument;
    try {
      effective = applyReadings(doc, project.readings);
    } catch (error) {
      return { report: null, problem: `歧义设置的解读：${(error as Error).message}`, factProblems: problems, effective: null, input, calendar };
    }
    try {
      return { report: evaluate(effective, input, project.at, { calendar: calendar.calendar }), problem: null, factProblems: problems, effective, input, calendar };
    } catch (error) {
      return { report: null, problem: `无法计算：${(error as Error).message}`, factProblems: problems, effective, input, calendar };
    }
  }, [doc, project, calendar]);
}
