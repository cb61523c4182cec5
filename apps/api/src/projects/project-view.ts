import type { ProjectView } from '@banfa/api-contract';
import { formatMoney } from '@banfa/policy-model';
import type { DecisionReport } from '@banfa/policy-runtime';
import type { PolicyVersionEntity, ProjectEntity } from '../database/entities';

/** What a department or a reviewer sees of a project. */
export function toProjectView(
  project: ProjectEntity,
  version: PolicyVersionEntity,
  organisationName: string,
  report: DecisionReport | null = project.report,
  preview: DecisionReport | null = null,
): ProjectView {
  const fen = project.totalInvestmentFen;
  return {
    id: project.id,
    name: project.name,
    state: project.state,
    lockVersion: project.lockVersion,
    organisation: { id: project.organisationId, name: organisationName },
    jurisdictionCode: project.jurisdictionCode,
    totalInvestment: fen === null ? null : formatMoney(BigInt(fen), '万元'),
    totalInvestmentFen: fen,
    formValues: project.formValues,
    factAnswers: project.factAnswers ?? {},
    policy: { versionId: version.id, title: version.content.title, versionLabel: version.versionLabel, contentHash: version.contentHash },
    submittedOn: project.submittedOn,
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
    report,
    preview,
  };
}

/** The state of a project its audit entries hash (the report is recomputed from it, so it is left out). */
export function auditState(project: ProjectEntity): Record<string, unknown> {
  return {
    id: project.id,
    state: project.state,
    policyVersionId: project.policyVersionId,
    organisationId: project.organisationId,
    lockVersion: project.lockVersion,
    name: project.name,
    formValues: project.formValues,
    factAnswers: project.factAnswers,
    facts: project.facts,
    trackId: project.trackId,
    submittedOn: project.submittedOn,
  };
}
