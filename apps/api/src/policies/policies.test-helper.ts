import { hash } from 'argon2';
import { DataSource } from 'typeorm';
import { AuditEntryEntity, PolicyVersionEntity, UserEntity } from '../database/entities';
import type { TestApp } from '../testing/test-app.test-helper';
import { lianpingAnswers, lianpingForm } from '../projects/project-fixtures.test-helper';

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

/** A 连平县 project submitted in one step (附表1 and the declarations), not involving cryptography. */
export function lianpingProject(policyVersionId: string, totalInvestment: string) {
  return { policyVersionId, submit: true, formValues: lianpingForm(totalInvestment), factAnswers: lianpingAnswers(false) };
}
