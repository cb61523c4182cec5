import type { DecisionReport, Decisions } from '@banfa/policy-runtime';

/**
 * The decisions a full report holds, in decide()'s shape: what decide() must answer for the same input. Written
 * from the report's side (what to leave out), independently of how decide() builds its answer.
 */
export function reportDecisions(report: DecisionReport, stages?: readonly string[]): Decisions {
  const kept = (stage: { id: string }) => !stages || stages.includes(stage.id);
  return {
    policy: report.policy,
    at: report.at,
    track: report.track ? { id: report.track.id, name: report.track.name } : null,
    steps: report.steps
      .filter((step) => kept(step.stage))
      .map(({ condition: _condition, after: _after, cite: _cite, deadline, ...step }) => {
        if (!deadline) return step;
        const { basis: _basis, ...rest } = deadline;
        return { ...step, deadline: rest };
      }),
    attachments: report.attachments.filter((attachment) => kept(attachment.stage)).map(({ condition: _condition, cite: _cite, ...attachment }) => attachment),
  };
}
