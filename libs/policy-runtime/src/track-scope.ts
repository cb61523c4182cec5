import type { ExecutionPlan, StepPlan, TrackPlan } from './execution-plan.types';
import type { Folded } from './steps.fold';

/** The part of a track that decide() folds for some stages: their steps, the steps those come after, their attachments. */
export interface TrackScope {
  /**
   * The steps folded, in the track's fold order: the stages' steps and, transitively, every step they come after;
   * and which of them the answer lists (by fold position, in the document's order).
   */
  readonly folded: Folded;
  readonly attachments: TrackPlan['attachments'];
}

interface Scopes {
  /** By the list of stages (text), however the caller holds it. */
  readonly byKey: Map<string, TrackScope>;
  /** The last list asked for, and its scope: callers ask with the same list again and again. */
  last: { stages: readonly string[]; copy: readonly string[]; scope: TrackScope } | undefined;
}

const SCOPES = new WeakMap<TrackPlan, Scopes>();

/**
 * A track narrowed to some of its document's stages, made once per track and set of stages. Exact: a step's state
 * depends only on the steps it comes after, and those are all folded.
 */
export function trackScope(plan: ExecutionPlan, track: TrackPlan, stages: readonly string[]): TrackScope {
  let scopes = SCOPES.get(track);
  if (!scopes) SCOPES.set(track, (scopes = { byKey: new Map(), last: undefined }));
  // The same list as last time (and not changed since: its items are compared with a copy) needs no lookup.
  const last = scopes.last;
  if (last && last.stages === stages && sameItems(last.copy, stages)) return last.scope;
  const key = stages.join('\n');
  let scope = scopes.byKey.get(key);
  if (!scope) scopes.byKey.set(key, (scope = narrow(plan, track, stages)));
  scopes.last = { stages, copy: [...stages], scope };
  return scope;
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Refuses stage ids the document does not have, naming them and the ones it has. */
export function checkStages(plan: ExecutionPlan, stages: readonly string[]): void {
  const unknown = stages.filter((id) => !plan.stageIds.includes(id));
  if (unknown.length > 0) throw new RangeError(`没有这些阶段：${unknown.join('、')}（本办法的阶段：${plan.stageIds.join('、')}）`);
}

function narrow(plan: ExecutionPlan, track: TrackPlan, stages: readonly string[]): TrackScope {
  checkStages(plan, stages);
  const wanted = new Set(stages);
  const all = track.steps;
  // Every step of the stages, and every step one of them comes after, however far back.
  const needed = new Set<number>();
  const visit = (position: number): void => {
    if (needed.has(position)) return;
    needed.add(position);
    for (const before of (all[position] as StepPlan).afterAt) if (before >= 0 && before !== position) visit(before);
  };
  all.forEach((planned, position) => wanted.has(planned.stage.id) && visit(position));
  const kept = [...needed].sort((a, b) => a - b);
  const at = new Map(kept.map((position, index) => [position, index]));
  const steps = kept.map((position) => {
    const planned = all[position] as StepPlan;
    const afterAt = planned.afterAt.map((before) => at.get(before) ?? -1);
    // Written out, not spread: a plan object made by a spread is slower to read on every evaluation.
    const scoped: StepPlan = {
      step: planned.step,
      stage: planned.stage,
      body: planned.body,
      site: planned.site,
      after: planned.after,
      afterAt,
      deadlineText: planned.deadlineText,
      period: planned.period,
      citeText: planned.citeText,
      unstarted: planned.unstarted,
      decided: planned.decided,
    };
    return scoped;
  });
  const order = track.reportOrder ?? all.map((_, position) => position);
  const shown = order.filter((position) => wanted.has((all[position] as StepPlan).stage.id)).map((position) => at.get(position) as number);
  // Shown as folded (the common case) needs no reordering.
  const asFolded = shown.length === steps.length && shown.every((position, index) => position === index);
  return { folded: { steps, order: asFolded ? undefined : shown }, attachments: track.attachments.filter((attachment) => wanted.has(attachment.stage.id)) };
}
