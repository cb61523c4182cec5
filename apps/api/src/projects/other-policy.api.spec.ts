import type { ProjectView } from '@banfa/api-contract';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PolicyVersionEntity, ProjectEntity, ProjectEventEntity } from '../database/entities';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { callerFor, type Caller } from './project-fixtures.test-helper';
import { asRow } from './query-row';

/**
 * The same endpoints run another regulation with no code of its own: a 襄汾县 project (its policy has no
 * application form yet, so the project is written directly as it stood after 立项 and procurement). 第十八条: the
 * contract is filed with the county's authority within 5 working days of signing, a step the department completes.
 */
describe('a 襄汾县 project through the same endpoints', () => {
  let t: TestApp;
  let department: Caller;
  const id = randomUUID();

  beforeAll(async () => {
    t = await startTestApp();
    department = await callerFor(t, 'xf-dept');
    const data = t.app.get(DataSource);
    const version = await data.getRepository(PolicyVersionEntity).findOneByOrFail({ jurisdictionCode: '141023' });
    await data.getRepository(ProjectEntity).insert(
      asRow<ProjectEntity>({
        id,
        policyVersionId: version.id,
        organisationId: 'xf-education-bureau',
        jurisdictionCode: '141023',
        provinceCode: '140000',
        state: 'submitted',
        lockVersion: 1,
        name: '襄汾县智慧教育平台',
        totalInvestmentFen: null,
        formValues: {},
        factAnswers: {},
        facts: { newlyEstablishedUnit: false, inApplicationPlan: true, buildsPrivateNetwork: false, privateNetworkRequiredByLaw: false },
        trackId: null,
        report: null,
        reportPolicyHash: null,
        submittedOn: '2025-06-02',
        createdBy: null,
        createdAt: '2025-06-02T01:00:00.000Z',
        updatedAt: null,
      }),
    );
    const history: Array<[string, string, Record<string, unknown>]> = [
      ['submitted', '2025-06-02', {}],
      ['stepCompleted', '2025-06-20', { step: 'review', outcome: 'approve' }],
      ['stepCompleted', '2025-07-10', { step: 'budget-review', outcome: 'approve' }],
      ['stepCompleted', '2025-07-21', { step: 'budget-arrangement', outcome: 'approve' }],
      ['stepCompleted', '2025-08-01', { step: 'fund-plan-publicity', outcome: 'approve' }],
      ['procurementCompleted', '2025-09-15', {}],
    ];
    await data.getRepository(ProjectEventEntity).insert(
      history.map(([kind, on, payload], index) =>
        asRow<ProjectEventEntity>({ id: randomUUID(), projectId: id, kind, occurredOn: on, payload, actorId: null, createdAt: `2025-09-15T00:00:0${index}.000Z` }),
      ),
    );
  });
  afterAll(() => t.close());

  it('starts 合同备案 at the signing (due 2025-10-13 across 国庆) and lets the department complete it', async () => {
    t.setToday('2025-10-10');
    const signed: ProjectView = (await department.post(`/api/projects/${id}/events`, { kind: 'contractSigned', on: '2025-09-29', amount: '120万元' }).expect(201)).body;
    expect(signed.report!.track?.id).toBe('standard');
    const filing = () => signed.report!.steps.find((step) => step.id === 'contract-filing');
    expect(filing()).toMatchObject({ state: 'active', body: { catalogueKey: 'applicant' }, deadline: { dueOn: '2025-10-13' } });
    const filed: ProjectView = (await department.post(`/api/projects/${id}/events`, { kind: 'stepCompleted', on: '2025-10-10', step: 'contract-filing' }).expect(201)).body;
    expect(filed.report!.steps.find((step) => step.id === 'contract-filing')).toMatchObject({ state: 'done', doneOn: '2025-10-10', outcome: 'approve' });
    await department.post(`/api/projects/${id}/events`, { kind: 'stepCompleted', on: '2025-10-10', step: 'contract-filing' }).expect(409);
    await (await callerFor(t, 'lp-dept')).get(`/api/projects/${id}`).expect(404);
  });
});
