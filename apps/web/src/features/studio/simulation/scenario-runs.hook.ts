import type { WorkingCalendar } from '@banfa/calendar';
import type { PolicyDocument, PolicyIssue } from '@banfa/policy-model';
import { checkScenarioFile, type Scenario, type ScenarioFileCheck } from '@banfa/policy-testing';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { StudioDraft } from '../studio-draft.context';
import { useBrowserCalendar, type BrowserCalendarState } from './browser-calendar.hook';
import { useEffectiveDocument } from './effective-document.hook';
import { runScenarios, scenarioDates, type ScenarioRun } from './scenario-runs';

export interface ScenarioRunsState {
  file: ScenarioFileCheck;
  /** The effective document (for names); `written` is what the scenarios run against, each under its readings. */
  document: PolicyDocument | null;
  written: PolicyDocument | null;
  /** The draft is invalid: the runs are those of the last valid text. */
  stale: boolean;
  draftIssues: ReadonlyArray<PolicyIssue>;
  /** Null when there is nothing to run against (no valid document yet, or the scenario file does not read). */
  runs: ScenarioRun[] | null;
  /** The runs shown are of an earlier document, text or calendar: the current one runs after a pause in typing. */
  running: boolean;
  /** The runs are of the current scenario text: each run's `index` is its position in the file as it is now. */
  positionsCurrent: boolean;
  failed: number;
  calendar: BrowserCalendarState;
}

/** How long the text must rest before the scenarios run again: each run resolves every reading anew (≈100 ms). */
const PAUSE_MS = 250;

/** Runs by document, scenario text and calendar: the 场景测试 and 发布 panels run the same scenarios once. */
const cache = new WeakMap<PolicyDocument, Map<string, { calendar: WorkingCalendar; runs: ScenarioRun[] }>>();

function cached(written: PolicyDocument, text: string, calendar: WorkingCalendar): ScenarioRun[] | undefined {
  const hit = cache.get(written)?.get(text);
  return hit && hit.calendar === calendar ? hit.runs : undefined;
}

function run(written: PolicyDocument, text: string, scenarios: ReadonlyArray<Scenario>, calendar: WorkingCalendar): ScenarioRun[] {
  const hit = cached(written, text, calendar);
  if (hit) return hit;
  const runs = runScenarios(written, scenarios, calendar);
  const byText = cache.get(written) ?? new Map<string, { calendar: WorkingCalendar; runs: ScenarioRun[] }>();
  if (byText.size >= 4) byText.clear();
  byText.set(text, { calendar, runs });
  cache.set(written, byText);
  return runs;
}

interface Computed {
  written: PolicyDocument;
  text: string;
  calendar: WorkingCalendar;
  runs: ScenarioRun[];
}

/**
 * The draft's scenario tests run in the browser against the draft, each under its own readings, on the official
 * calendar the api serves; re-run whenever the policy or the scenario file changes (after a pause in typing: the
 * last results stay meanwhile, marked as running).
 */
export function useScenarioRuns(draft: Pick<StudioDraft, 'version' | 'parsed' | 'issues' | 'scenarios'>): ScenarioRunsState {
  const { document, written, stale, issues } = useEffectiveDocument(draft);
  const text = useDeferredValue(draft.scenarios);
  const file = useMemo(() => checkScenarioFile(text), [text]);
  const scenarios = file.ok ? file.scenarios : null;
  const calendar = useBrowserCalendar(scenarios ? scenarioDates(scenarios) : []);
  const [computed, setComputed] = useState<Computed | null>(() =>
    written && scenarios ? { written, text, calendar: calendar.calendar, runs: run(written, text, scenarios, calendar.calendar) } : null,
  );
  const current = computed !== null && computed.written === written && computed.text === text && computed.calendar === calendar.calendar;

  useEffect(() => {
    if (!written || !scenarios || current) return;
    const compute = () => setComputed({ written, text, calendar: calendar.calendar, runs: run(written, text, scenarios, calendar.calendar) });
    // Nothing shown yet, or already run (by the other panel): at once; otherwise once typing pauses.
    if (computed === null || cached(written, text, calendar.calendar)) {
      compute();
      return;
    }
    const timer = setTimeout(compute, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [written, text, scenarios, calendar.calendar, current, computed]);

  const runs = scenarios && computed ? computed.runs : null;
  return {
    file,
    document,
    written,
    stale,
    draftIssues: issues,
    runs,
    running: runs !== null && !current,
    positionsCurrent: computed !== null && computed.text === text,
    failed: runs?.filter((entry) => entry.failures.length > 0).length ?? 0,
    calendar,
  };
}
