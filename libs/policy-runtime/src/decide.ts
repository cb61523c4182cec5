import type { PolicyDocument } from '@banfa/policy-model';
import type { AttachmentDecision, Decisions } from './decisions.types';
import type { EvaluateOptions } from './evaluate';
import { executionPlan } from './execution-plan.compile';
import type { AttachmentPlan, TrackPlan } from './execution-plan.types';
import { PastEvents } from './past-events';
import type { ProjectInput } from './project-input';
import { foldSteps } from './steps.fold';
import { checkStages, trackScope } from './track-scope';

export interface DecideOptions extends EvaluateOptions {
  /**
   * Only these stages (ids in the document): their steps, folded with every step they come after, and their
   * attachments. The comparison asks for the 立项 stages only. All stages when absent; a stage the document does not
   * have is refused (RangeError naming it).
   */
  stages?: readonly string[];
}

/**
 * decide(policyVersion, project, at) → the decisions only: track, steps with their state and due dates, attachments
 * with whether each is required. For callers that act on the decisions and show no report — the comparison's
 * projection of the path to approval evaluates a project once per step it completes. Same plan, same conditions, same
 * fold as evaluate(): each decision is the one evaluate() reports. What it leaves out is not built at all: no trace
 * entries, gates, findings, obligations or settings, and due dates without their basis in words.
 */
export function decide(doc: PolicyDocument, project: ProjectInput, at: string, options: DecideOptions): Decisions {
  const plan = executionPlan(doc);
  const row = plan.conditions.row(project.facts);
  // The first track whose condition holds; one that cannot be decided stops the choice, as in evaluate().
  let chosen: TrackPlan | undefined;
  for (const candidate of plan.tracks) {
    const result = candidate.site ? candidate.site.condition.decide(row) : true;
    if (result === 'unknown') break;
    if (result === true) {
      chosen = candidate;
      break;
    }
  }
  if (!chosen) {
    if (options.stages) checkStages(plan, options.stages);
    return { policy: plan.policy, at, track: null, steps: [], attachments: [] };
  }
  const scope = options.stages ? trackScope(plan, chosen, options.stages) : chosen;
  const steps = foldSteps(plan, scope.folded, new PastEvents(project.events, at), at, options.calendar, { row });
  const planned = scope.attachments;
  const attachments = new Array<AttachmentDecision>(planned.length);
  for (let i = 0; i < attachments.length; i++) {
    const attachment = planned[i] as AttachmentPlan;
    const required = attachment.site ? attachment.site.condition.decide(row) : true;
    attachments[i] = required === true ? attachment.decided.required : required === false ? attachment.decided.notRequired : attachment.decided.unknown;
  }
  return { policy: plan.policy, at, track: chosen.named, steps, attachments };
}
