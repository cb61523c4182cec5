import type { ChangeView } from '@banfa/api-contract';
import type { PolicyDocument } from '@banfa/policy-model';
import type { ProjectEventEntity } from '../database/entities';
import { CHANGE_REVIEWED, type EventPayload } from './project-event-payload';

/**
 * The change requests of a project, folded from its events: the request with its verdict (changeRequested), each
 * approving body's opinion (changeReviewed) and the end of the request (changeDecided).
 */
export function changeViews(events: ReadonlyArray<ProjectEventEntity>, doc: PolicyDocument): ChangeView[] {
  const bodies = new Map(doc.bodies.map((body) => [body.id, body]));
  const about = (changeId: string, kind: string) => events.filter((event) => event.kind === kind && (event.payload as EventPayload).changeId === changeId);
  return events
    .filter((event) => event.kind === 'changeRequested')
    .map((event): ChangeView => {
      const payload = event.payload as EventPayload;
      const verdict = payload.verdict!;
      const change = payload.change ?? { lines: [], newTotal: null, changedAmount: null, description: null };
      const reviews = about(event.id, CHANGE_REVIEWED);
      const decided = about(event.id, 'changeDecided').at(-1);
      const result = (decided?.payload as EventPayload | undefined)?.result;
      const approvals = verdict.approvalBy.map(({ id, name }) => {
        const review = reviews.filter((candidate) => (candidate.payload as EventPayload).body === id).at(-1);
        const opinion = review?.payload as EventPayload | undefined;
        return {
          body: { id, name, catalogueKey: bodies.get(id)?.catalogueKey ?? '' },
          outcome: opinion?.decision ?? null,
          on: review?.occurredOn ?? null,
          reason: opinion?.reason ?? null,
        };
      });
      return {
        id: event.id,
        requestedOn: event.occurredOn,
        description: change.description,
        lines: change.lines,
        newTotal: change.newTotal,
        changedAmount: change.changedAmount,
        formValues: change.formValues ?? null,
        verdict,
        status: result ?? (verdict.outcome === 'allowed-after-approval' ? 'pending-approval' : 'not-allowed'),
        approvals: verdict.outcome === 'allowed-after-approval' ? approvals : [],
        decidedOn: decided?.occurredOn ?? null,
      };
    });
}
