import { hash } from 'argon2';
import { DataSource } from 'typeorm';
import { AuditEntryEntity, PolicyVersionEntity, UserEntity } from '../database/entities';
import type { TestApp } from '../testing/test-app.test-helper';

/** The seed's 连平县 version (a 征求意见稿 with no date, so in effect for the platform until a successor starts). */
export const LIANPING = '441623-lianping:consultation-draft-2';
export const DASHIQIAO = '210882-dashiqiao:interim-2025';

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export function dataSource(t: TestApp): DataSource {
  return t.app.get(DataSource);
}

/** A user made through the repository (for roles the demo seed does not have yet), logged in. */
export async function addUser(
  t: TestApp,
  user: { username: string; role: UserEntity['role']; jurisdictionCode: string; organisationId?: string },
): Promise<string> {
  await dataSource(t)
    .getRepository(UserEntity)
    .insert({
      id: `u-test-${user.username}`,
      username: user.username,
      displayName: user.username,
      role: user.role,
      jurisdictionCode: user.jurisdictionCode,
      organisationId: user.organisationId ?? null,
      passwordHash: await hash('banfa2025'),
    });
  return t.login(user.username);
}

export async function storedVersion(t: TestApp, id: string): Promise<PolicyVersionEntity | null> {
  return dataSource(t).getRepository(PolicyVersionEntity).findOneBy({ id });
}

/** The audit actions recorded for a subject, oldest first. */
export async function auditActions(t: TestApp, subjectId: string): Promise<string[]> {
  const entries = await dataSource(t).getRepository(AuditEntryEntity).find({ where: { subjectType: 'PolicyVersion', subjectId }, order: { seq: 'ASC' } });
  return entries.map((entry) => entry.action);
}

/** The 连平县 project form, as apps/api/src/projects/projects.api.spec.ts fills it. */
export function lianpingProject(policyVersionId: string, totalInvestment: string) {
  return {
    policyVersionId,
    submit: true,
    formValues: {
      applicant: '连平县教育局',
      userUnit: '连平县教育局',
      projectName: `智慧校园平台（${totalInvestment}万元）`,
      location: '连平县元善镇',
      constructionNature: 'new',
      plannedStart: '2026-03',
      plannedCompletion: '2026-12',
      totalInvestment,
      fundingPlan: { year1: totalInvestment },
      fundingSources: { county: totalInvestment },
      constructionContent: '建设统一的校园管理平台',
      expectedBenefits: '提升教育管理效率',
      contactPerson: '张三',
      mobile: '13800000000',
    },
    factAnswers: {
      classified: false,
      fixedAssetInvestment: false,
      inAnnualPlan: true,
      inSystemCatalogue: true,
      dataShared: true,
      securityCompliant: true,
      meetsDigitalGovRequirements: true,
      usesSecureReliableProducts: true,
      involvesCryptography: false,
    },
  };
}
