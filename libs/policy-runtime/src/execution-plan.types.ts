import type { CountingRules } from '@banfa/calendar';
import type { Citation, Deadline, Obligation, PolicyAttachment, PolicyStep, PolicyTrack, Schedule } from '@banfa/policy-model';
import type { Applicability } from './applicability';
import type { BoundedMemo } from './bounded-memo';
import type { CalendarPoints } from './calendar-points';
import type { ConditionCatalogue } from './condition.catalogue';
import type { ConditionSite } from './compiled-condition.types';
import type { AttachmentReport, DecisionReport, Finding, FindingLevel, ObligationReport, StepReport } from './decision-report.types';
import type { AttachmentDecision, StepDecision } from './decisions.types';
import type { Folded } from './steps.fold';

/** A named element as reports show it ({ id, name }); frozen and shared by every report. */
export type Named = Readonly<{ id: string; name: string }>;

export interface GatePlan {
  readonly id: string;
  readonly site: ConditionSite;
  readonly level: FindingLevel;
  /** "gate:refuse-initiation" */
  readonly code: string;
  /** The message with its "（原则上）" for a soft gate; the facts read are added per project. */
  readonly message: string;
  readonly cite: Citation;
  readonly citeText: string;
  /** Its findings, under the memo key of the trace entry they come from. */
  readonly findings: BoundedMemo<Finding>;
}

/** A deadline as the fold reads it: what the document fixes about it, written once. */
export interface PeriodPlan {
  readonly deadline: Deadline;
  /** The label of the project fact its length is read from; undefined for a fixed length. */
  readonly factLabel: string | undefined;
  /** What its basis says besides its length and start: several events, counting conventions ("" for none). */
  readonly note: string;
}

export interface StepPlan {
  readonly step: PolicyStep;
  readonly stage: Named;
  readonly body: Readonly<{ id: string; name: string; catalogueKey: string }>;
  readonly site: ConditionSite | undefined;
  /** The steps it comes after that are on the track (frozen). */
  readonly after: readonly string[];
  /** Where those steps are in the track's fold order. */
  readonly afterAt: readonly number[];
  /** "原则上5个工作日内" */
  readonly deadlineText: string | undefined;
  /** Its deadline, when it has one. */
  readonly period: PeriodPlan | undefined;
  readonly citeText: string;
  /** Its reports while skipped or not started, under the memo key of its condition's entry (0 without one). */
  readonly unstarted: BoundedMemo<StepReport>;
  /** Its decisions while waiting or skipped (decide), frozen. */
  readonly decided: Readonly<{ waiting: StepDecision; skipped: StepDecision }>;
}

export interface AttachmentPlan {
  readonly attachment: PolicyAttachment;
  readonly stage: Named;
  readonly site: ConditionSite | undefined;
  readonly citeText: string;
  /** Its reports, under the memo key of its condition's entry (0 without one). */
  readonly reports: BoundedMemo<AttachmentReport>;
  /** Its decisions (decide), one for each answer of its condition, frozen. */
  readonly decided: Readonly<{ required: AttachmentDecision; notRequired: AttachmentDecision; unknown: AttachmentDecision }>;
}

export interface ObligationPlan {
  readonly obligation: Obligation;
  readonly schedule: Schedule;
  readonly body: Named;
  /** Frozen. */
  readonly to: readonly Named[];
  /** "每季度末", "合同签订后5个工作日内" */
  readonly scheduleText: string;
  /** For a calendar schedule: its due points. */
  readonly points: CalendarPoints | undefined;
  /** For a schedule after an event: its period. */
  readonly period: PeriodPlan | undefined;
  /** The document's counting conventions, with the schedule's own `holidayEnd` if it sets one. */
  readonly counting: CountingRules;
  /** The same for the first day of a window (12至24个月), which is never moved for a day off. */
  readonly windowCounting: CountingRules;
  readonly soft: boolean;
  readonly site: ConditionSite | undefined;
  readonly citeText: string;
  /** Its reports while waiting for the event it counts from (or unknown), under the memo key of its condition's entry. */
  readonly unstarted: BoundedMemo<ObligationReport>;
}

export interface TrackPlan {
  readonly track: PolicyTrack;
  /** The track as decide() names it. */
  readonly named: Named;
  readonly site: ConditionSite | undefined;
  readonly citeText: string;
  /** The steps on the track, each after the steps it comes after (the fold order). */
  readonly steps: readonly StepPlan[];
  /** For each step in document order (the report's order), its position in the fold order; undefined when the two agree. */
  readonly reportOrder: readonly number[] | undefined;
  /** Both, as the fold takes them. */
  readonly folded: Folded;
  readonly attachments: readonly AttachmentPlan[];
  readonly obligations: readonly ObligationPlan[];
  /**
   * The ambiguity settings a report on this track depends on (frozen). Which conditions an evaluation meets is
   * fixed once its track is chosen (every gate, the tracks tried, every condition of the track), so this list is too.
   */
  readonly settings: ReadonlyArray<DecisionReport['settings'][number]>;
}

/**
 * A policy document compiled once into what evaluate() walks for every project: conditions compiled, citation
 * texts and static texts written, steps of each track in topological order, bodies and stages looked up.
 */
export interface ExecutionPlan {
  readonly conditions: ConditionCatalogue;
  readonly policy: DecisionReport['policy'];
  /** Whether the version is in force on a day (see applicabilityOf). */
  readonly applicability: (at: string) => Applicability;
  readonly gates: readonly GatePlan[];
  readonly tracks: readonly TrackPlan[];
  /** The ids of the document's stages, in its order. */
  readonly stageIds: readonly string[];
  /** The document's ambiguity settings, in its order, each as a report lists it (frozen). */
  readonly settings: ReadonlyArray<DecisionReport['settings'][number]>;
  /** How many conditions an evaluation can meet at most (every gate and track, and the most any track has). */
  readonly traceCapacity: number;
  /** The document's counting conventions (the event day, adjusted workdays, a period ending on a day off). */
  readonly counting: CountingRules;
  /** After 补正, a working-day period resumes with the days left instead of starting again. */
  readonly resumeReturnedClock: boolean;
}
