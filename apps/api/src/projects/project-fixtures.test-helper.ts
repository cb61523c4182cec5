import type { ProjectView } from '@banfa/api-contract';
import { hash } from 'argon2';
import { DataSource } from 'typeorm';
import { OrganisationEntity, UserEntity } from '../database/entities';
import type { TestApp } from '../testing/test-app.test-helper';

/** 附表1 项目立项申请表, filled as a 连平县 department would. */
export const lianpingForm = (totalInvestment: string, name = `智慧校园平台（${totalInvestment}万元）`) => ({
  applicant: '连平县教育局',
  userUnit: '连平县教育局',
  projectName: name,
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
});

/** The self-declarations 第五、六、九、三十一条 ask, answered so that none refuses the project. */
export const lianpingAnswers = (involvesCryptography: boolean) => ({
  classified: false,
  fixedAssetInvestment: false,
  inAnnualPlan: true,
  inSystemCatalogue: true,
  dataShared: true,
  securityCompliant: true,
  meetsDigitalGovRequirements: true,
  usesSecureReliableProducts: true,
  involvesCryptography,
});

/** Requests as one logged-in user. */
export interface Caller {
  token: string;
  get(path: string): ReturnType<TestApp['http']['get']>;
  post(path: string, body?: object): ReturnType<TestApp['http']['post']>;
  put(path: string, body?: object): ReturnType<TestApp['http']['put']>;
  delete(path: string): ReturnType<TestApp['http']['delete']>;
}

export async function callerFor(t: TestApp, username: string): Promise<Caller> {
  const token = await t.login(username);
  const auth = `Bearer ${token}`;
  return {
    token,
    get: (path) => t.http.get(path).set('Authorization', auth),
    post: (path, body) => t.http.post(path).set('Authorization', auth).send(body ?? {}),
    put: (path, body) => t.http.put(path).set('Authorization', auth).send(body ?? {}),
    delete: (path) => t.http.delete(path).set('Authorization', auth),
  };
}

/** A second department (another organisation), added to the demo seed for scoping tests. */
export async function addDepartment(
  t: TestApp,
  account: { username: string; organisationId: string; organisationName: string; jurisdictionCode: string },
): Promise<void> {
  const data = t.app.get(DataSource);
  await data.getRepository(OrganisationEntity).insert({
    id: account.organisationId,
    jurisdictionCode: account.jurisdictionCode,
    name: account.organisationName,
    kind: 'department',
    bodyKey: null,
  });
  await data.getRepository(UserEntity).insert({
    id: `u-${account.username}`,
    username: account.username,
    displayName: `${account.organisationName} 项目专员`,
    passwordHash: await hash('banfa2025'),
    role: 'department',
    jurisdictionCode: account.jurisdictionCode,
    organisationId: account.organisationId,
  });
}

/** Creates and submits a 连平县 project in one step (the web's path). */
export async function submitLianping(department: Caller, amount: string, crypto: boolean, name?: string): Promise<ProjectView> {
  const response = await department.post('/api/projects', { formValues: lianpingForm(amount, name), factAnswers: lianpingAnswers(crypto), submit: true });
  if (response.status !== 201) throw new Error(`submission failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as ProjectView;
}

/** Rows of a table, to show that a refused request stored nothing. */
export async function countRows(t: TestApp, table: 'projects' | 'project_events' | 'decision_reports' | 'attachments' | 'audit_log'): Promise<number> {
  const [row] = (await t.app.get(DataSource).query(`SELECT COUNT(*) AS n FROM ${table}`)) as Array<{ n: string | number }>;
  return Number(row?.n ?? 0);
}
