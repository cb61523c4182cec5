import type { AttachmentView } from '@banfa/api-contract';
import type { AttachmentReport, DecisionReport, StepReport } from '@banfa/policy-runtime';
import { describe, expect, it } from 'vitest';
import { missingRequired, reachedStages, requirementsWithFiles } from './attachment-requirements';

const step = (id: string, stage: string, state: StepReport['state']) =>
  ({ id, name: id, stage: { id: stage, name: stage }, state, body: { id: 'b', name: 'b', catalogueKey: 'data-bureau' }, after: [], cite: {}, citeText: '' }) as StepReport;
const attachment = (id: string, stage: string, required: AttachmentReport['required'], form?: string) =>
  ({ id, name: id, stage: { id: stage, name: stage }, required, ...(form ? { form } : {}), cite: {}, citeText: '' }) as AttachmentReport;
const file = (requirementId: string) => ({ id: `f-${requirementId}`, requirementId }) as AttachmentView;

const report = (steps: StepReport[], attachments: AttachmentReport[]) => ({ steps, attachments }) as unknown as DecisionReport;

describe('materials due now', () => {
  const attachments = [
    attachment('application-form', 'initiation', true, 'project-application'),
    attachment('project-plan', 'initiation', true),
    attachment('crypto-report', 'initiation', false),
    attachment('acceptance-report', 'acceptance', true),
  ];

  it('asks a new application for its first stage only: the form filled online counts, later stages wait', () => {
    const preview = report([step('application', 'initiation', 'done'), step('review', 'initiation', 'active'), step('check', 'acceptance', 'waiting')], attachments);
    expect([...reachedStages(preview)]).toEqual(['initiation']);
    const requirements = requirementsWithFiles(preview, [], 'project-application');
    expect(missingRequired(requirements).map((requirement) => requirement.report.id)).toEqual(['project-plan']);
    expect(requirements.find((requirement) => requirement.report.id === 'acceptance-report')!.later).toBe(true);
    expect(missingRequired(requirementsWithFiles(preview, [file('project-plan')], 'project-application'))).toEqual([]);
  });

  it('asks for the acceptance materials once the acceptance stage is reached', () => {
    const reached = report([step('review', 'initiation', 'done'), step('check', 'acceptance', 'active')], attachments);
    expect(missingRequired(requirementsWithFiles(reached, [file('project-plan')], 'project-application')).map((r) => r.report.id)).toEqual(['acceptance-report']);
  });
});
