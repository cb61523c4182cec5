import { PROJECT_EVENT_KINDS, type ProjectEvent, type ProjectEventKind, type StepOutcome } from '@banfa/policy-model';
import type { ChangeVerdict } from '@banfa/policy-runtime';
import type { ProjectEventView } from '@banfa/api-contract';
import type { ProjectEventEntity } from '../database/entities';

/**
 * What an event row carries besides its kind and date. Runtime events (PROJECT_EVENT_KINDS) and one api-only kind,
 * changeReviewed: one body's opinion on a change request, kept as its own row so that events stay append-only.
 */
export interface EventPayload {
  step?: string;
  outcome?: StepOutcome;
  reason?: string;
  obligation?: string;
  /** contractSigned: the contract amount with its unit, e.g. "80万元". */
  amount?: string;
  note?: string;
  /** changeRequested / changeReviewed / changeDecided */
  changeId?: string;
  /** changeReviewed: the policy body whose opinion this is; its decision. */
  body?: string;
  decision?: 'approve' | 'refuse';
  /** changeDecided: how the request ended. */
  result?: 'allowed' | 'approved' | 'refused';
  /** changeRequested: the request as submitted and the verdict of the change rules on it. */
  change?: {
    lines: Array<{ old?: string; new?: string }>;
    newTotal: string | null;
    changedAmount: string | null;
    description: string | null;
    /** The change rule's form as filled in (附表3); absent on requests recorded before forms were kept. */
    formValues?: Record<string, unknown>;
  };
  verdict?: ChangeVerdict;
}

/** One body's opinion on a change request (not a runtime event: the runtime counts only decided changes). */
export const CHANGE_REVIEWED = 'changeReviewed';

const RUNTIME_KINDS: ReadonlySet<string> = new Set(PROJECT_EVENT_KINDS);

/** The events as the runtime reads them, in the order they are stored (by day, then as recorded). */
export function runtimeEvents(events: ReadonlyArray<ProjectEventEntity>): ProjectEvent[] {
  return events
    .filter((event) => RUNTIME_KINDS.has(event.kind))
    .map((event) => {
      const payload = event.payload as EventPayload;
      return {
        kind: event.kind as ProjectEventKind,
        on: event.occurredOn,
        ...(payload.step !== undefined ? { step: payload.step } : {}),
        ...(payload.outcome !== undefined ? { outcome: payload.outcome } : {}),
        ...(payload.reason !== undefined ? { reason: payload.reason } : {}),
        ...(payload.obligation !== undefined ? { obligation: payload.obligation } : {}),
      };
    });
}

export function toEventView(event: ProjectEventEntity): ProjectEventView {
  const payload = event.payload as EventPayload;
  const optional = <K extends keyof ProjectEventView>(key: K, value: ProjectEventView[K] | undefined) => (value === undefined ? {} : { [key]: value });
  return {
    id: event.id,
    kind: event.kind,
    on: event.occurredOn,
    ...optional('step', payload.step),
    ...optional('outcome', payload.outcome),
    ...optional('reason', payload.reason),
    ...optional('obligation', payload.obligation),
    ...optional('amount', payload.amount),
    ...optional('note', payload.note),
    ...optional('changeId', payload.changeId),
    actorId: event.actorId,
    recordedAt: event.createdAt,
  };
}
