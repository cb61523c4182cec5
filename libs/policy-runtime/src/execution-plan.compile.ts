import type { CountingRules } from '@banfa/calendar';
import {
  describeSchedule,
  formatCitation,
  resolveFacts,
  type Deadline,
  type Citation,
  type Condition,
  type DeadlineWording,
  type Obligation,
  type PolicyDocument,
  type PolicyStage,
  type PolicyStep,
  type PolicyTrack,
} from '@banfa/policy-model';
import { applicabilityOf } from './applicability';
import { BoundedMemo } from './bounded-memo';
import { CalendarPoints } from './calendar-points';
import { conditionCatalogue, type ConditionCatalogue } from './condition.catalogue';
import type { ConditionSite } from './compiled-condition.types';
import { basisNote, countingRules, deadlineText } from './deadline';
import type { AttachmentPlan, ExecutionPlan, GatePlan, Named, ObligationPlan, PeriodPlan, StepPlan, TrackPlan } from './execution-plan.types';
import { attachmentDecisions, unstartedDecisions } from './step-decision.build';

const PLANS = new WeakMap<PolicyDocument, ExecutionPlan>();

/** The execution plan of a document, compiled on its first evaluation and kept as long as the document lives. */
export function executionPlan(doc: PolicyDocument): ExecutionPlan {
  let plan = PLANS.get(doc);
  if (!plan) PLANS.set(doc, (plan = compilePlan(doc)));
  return plan;
}

function compilePlan(doc: PolicyDocument): ExecutionPlan {
  const parts = new PlanParts(doc, conditionCatalogue(doc));
  const counting = countingRules(doc.counting);
  const gates = doc.gates.map(
    (gate): GatePlan => ({
      id: gate.id,
      site: parts.site(gate.when, `gates.${gate.id}.when`, gate.cite) as ConditionSite,
      level: gate.effect === 'warning' ? 'info' : gate.soft ? 'warning' : 'error',
      code: `gate:${gate.effect}`,
      message: `${gate.soft ? '（原则上）' : ''}${gate.message}`,
      cite: gate.cite,
      citeText: formatCitation(gate.cite),
      findings: new BoundedMemo(),
    }),
  );
  const allSettings = doc.settings.map((setting) =>
    Object.freeze({
      id: setting.id,
      question: setting.question,
      reading: setting.reading,
      readingLabel: setting.alternatives.find((alternative) => alternative.value === setting.reading)?.label ?? setting.reading,
      citeText: formatCitation(setting.cite),
    }),
  );
  const tracks: TrackPlan[] = [];
  for (const track of doc.tracks) {
    const planned = trackPlan(doc, track, parts, counting);
    // The conditions a report on this track has met: every gate, this track and those tried before it, and its own.
    const met = [
      ...gates.map((gate) => gate.site),
      ...tracks.map((tried) => tried.site),
      planned.site,
      ...planned.steps.map((step) => step.site),
      ...planned.attachments.map((attachment) => attachment.site),
      ...planned.obligations.map((obligation) => obligation.site),
    ];
    const used = new Set(met.flatMap((site) => site?.condition.settings ?? []));
    const settings = Object.freeze(allSettings.filter((setting) => used.has(setting.id)));
    // Written out, not spread (see trackPlan).
    const { track: policyTrack, named, site, citeText, steps, reportOrder, folded, attachments, obligations } = planned;
    tracks.push({ track: policyTrack, named, site, citeText, steps, reportOrder, folded, attachments, obligations, settings });
  }
  const sitesOf = (track: TrackPlan) =>
    [...track.steps, ...track.attachments, ...track.obligations].filter((planned) => planned.site !== undefined).length;
  return {
    traceCapacity: gates.length + tracks.length + Math.max(0, ...tracks.map(sitesOf)),
    conditions: parts.conditions,
    policy: Object.freeze({ id: doc.id, title: doc.title, versionLabel: doc.versionLabel, status: doc.status, jurisdiction: doc.jurisdiction.name }),
    applicability: applicabilityOf(doc),
    stageIds: Object.freeze(doc.stages.map((stage) => stage.id)),
    gates,
    tracks,
    settings: allSettings,
    counting,
    resumeReturnedClock: doc.counting.returnedClock === 'resume',
  };
}

function trackPlan(doc: PolicyDocument, track: PolicyTrack, parts: PlanParts, counting: CountingRules): Omit<TrackPlan, 'settings'> {
  // Steps on the track, folded so that every step comes after the steps it names in `after`, wherever they are
  // written; the report keeps the document's order.
  const onTrack = doc.stages.flatMap((stage) => stage.steps.filter((step) => !step.tracks || step.tracks.includes(track.id)).map((step) => ({ stage, step })));
  const ids = new Set(onTrack.map(({ step }) => step.id));
  const folded = topological(onTrack, ids);
  const position = new Map(folded.map(({ step }, index) => [step.id, index]));
  const steps = folded.map(({ stage, step }): StepPlan => {
    // Predecessors that are not on this track (an approval-only step named by a shared step) do not hold it up.
    const after = step.after.filter((id) => ids.has(id));
    const shown = { step, stage: parts.stage(stage), body: parts.stepBody(step.body), deadlineText: step.deadline ? deadlineText(step.deadline, parts.factLabel) : undefined, citeText: formatCitation(step.cite) };
    // Written out, not spread: a plan object made by a spread is slower to read on every evaluation.
    return {
      step,
      stage: shown.stage,
      body: shown.body,
      site: parts.site(step.when, `steps.${step.id}.when`, step.cite),
      after: Object.freeze(after),
      afterAt: after.map((id) => position.get(id) ?? -1),
      deadlineText: shown.deadlineText,
      period: step.deadline ? parts.period(step.deadline, counting) : undefined,
      citeText: shown.citeText,
      unstarted: new BoundedMemo(),
      decided: unstartedDecisions(shown),
    };
  });
  const reportOrder = onTrack.map(({ step }) => position.get(step.id) ?? 0);
  const attachments: AttachmentPlan[] = [];
  for (const stage of doc.stages) {
    for (const attachment of stage.attachments) {
      if (attachment.tracks && !attachment.tracks.includes(track.id)) continue;
      const shown = { attachment, stage: parts.stage(stage), citeText: formatCitation(attachment.cite) };
      // Written out, not spread: a plan object made by a spread is slower to read on every evaluation.
      attachments.push({
        attachment,
        stage: shown.stage,
        site: parts.site(attachment.when, `attachments.${attachment.id}.when`, attachment.cite),
        citeText: shown.citeText,
        reports: new BoundedMemo(),
        decided: attachmentDecisions(shown),
      });
    }
  }
  const obligations = doc.obligations
    .filter((obligation) => !obligation.tracks || obligation.tracks.includes(track.id))
    .map(
      (obligation): ObligationPlan => ({
        obligation,
        schedule: obligation.schedule,
        body: parts.named(obligation.body),
        to: Object.freeze(obligation.to.map((id) => parts.named(id))),
        scheduleText: describeSchedule(obligation.schedule, parts.wording),
        points: obligation.schedule.kind === 'calendar' ? new CalendarPoints(obligation.schedule.period, obligation.schedule.dueBy) : undefined,
        period: obligation.schedule.kind === 'after' ? parts.period(obligation.schedule.deadline, counting) : undefined,
        counting: scheduleCounting(obligation.schedule, counting),
        windowCounting: Object.freeze({ ...counting, holidayEnd: 'unchanged' }),
        soft: obligation.soft || (obligation.schedule.kind === 'after' && obligation.schedule.deadline.soft),
        site: parts.site(obligation.when, `obligations.${obligation.id}.when`, obligation.cite),
        citeText: formatCitation(obligation.cite),
        unstarted: new BoundedMemo(),
      }),
    );
  const order = reportOrder.every((at, index) => at === index) ? undefined : reportOrder;
  return {
    track,
    named: Object.freeze({ id: track.id, name: track.name }),
    site: parts.site(track.when, `tracks.${track.id}.when`, track.cite),
    citeText: formatCitation(track.cite),
    steps,
    reportOrder: order,
    folded: { steps, order },
    attachments,
    obligations,
  };
}

/** A schedule's own rule for a due day on a day off, if it sets one, over the document's. */
function scheduleCounting(schedule: Obligation['schedule'], counting: CountingRules): CountingRules {
  const own = schedule.kind === 'every' || schedule.kind === 'calendar' ? schedule.holidayEnd : undefined;
  return own === undefined || own === counting.holidayEnd ? counting : Object.freeze({ ...counting, holidayEnd: own });
}

/** The shared, frozen pieces of a plan: each stage, body and condition site once. */
class PlanParts {
  private readonly bodies: ReadonlyMap<string, PolicyDocument['bodies'][number]>;
  private readonly factLabels: ReadonlyMap<string, string>;
  /** Fact labels and the event day, for the words of deadlines and schedules. */
  readonly wording: DeadlineWording;
  readonly factLabel = (key: string): string => this.factLabels.get(key) ?? key;
  private readonly stages = new Map<PolicyStage, Named>();
  private readonly names = new Map<string, Named>();
  private readonly stepBodies = new Map<string, StepPlan['body']>();

  constructor(
    doc: PolicyDocument,
    readonly conditions: ConditionCatalogue,
  ) {
    this.bodies = new Map(doc.bodies.map((body) => [body.id, body]));
    this.factLabels = new Map(resolveFacts(doc).map((fact) => [fact.key, fact.label]));
    this.wording = { factLabel: this.factLabel, eventDay: doc.counting.eventDay };
  }

  period(deadline: Deadline, counting: CountingRules): PeriodPlan {
    const fact = typeof deadline.amount === 'number' ? undefined : deadline.amount.fact;
    return Object.freeze({ deadline, factLabel: fact === undefined ? undefined : this.factLabel(fact), note: basisNote(deadline, counting) });
  }

  site(condition: Condition | undefined, source: string, cite: Citation): ConditionSite | undefined {
    if (!condition) return undefined;
    const compiled = this.conditions.condition(condition);
    // The memo key is Σ code × weight, with each fact's codes as one digit of a mixed-radix number.
    const weights: number[] = [];
    let weight = 1;
    for (const slot of compiled.slots) {
      weights.push(weight);
      weight *= slot.radix;
    }
    const safe = weight <= Number.MAX_SAFE_INTEGER;
    // One shape for every site, written out (not spread): sites are read on every evaluation.
    return {
      condition: compiled,
      source,
      cite,
      citeText: formatCitation(cite),
      memo: safe ? new BoundedMemo() : undefined,
      weights: safe ? Object.freeze(weights) : undefined,
    };
  }

  stage(stage: PolicyStage): Named {
    let named = this.stages.get(stage);
    if (!named) this.stages.set(stage, (named = Object.freeze({ id: stage.id, name: stage.name })));
    return named;
  }

  named(id: string): Named {
    let named = this.names.get(id);
    if (!named) this.names.set(id, (named = Object.freeze({ id, name: this.bodies.get(id)?.name ?? id })));
    return named;
  }

  stepBody(id: string): StepPlan['body'] {
    let body = this.stepBodies.get(id);
    if (!body) {
      const found = this.bodies.get(id);
      this.stepBodies.set(id, (body = Object.freeze({ id, name: found?.name ?? id, catalogueKey: found?.catalogueKey ?? '' })));
    }
    return body;
  }
}

/** Document order, except that a step waits for the steps it comes after (validation refuses cycles). */
function topological<T extends { step: PolicyStep }>(items: T[], ids: ReadonlySet<string>): T[] {
  const placed = new Set<string>();
  const out: T[] = [];
  let pending = items;
  while (pending.length > 0) {
    const ready = pending.filter(({ step }) => step.after.every((id) => !ids.has(id) || placed.has(id)));
    const next = ready.length > 0 ? ready : pending.slice(0, 1);
    for (const item of next) {
      placed.add(item.step.id);
      out.push(item);
    }
    pending = pending.filter((item) => !placed.has(item.step.id));
  }
  return out;
}
