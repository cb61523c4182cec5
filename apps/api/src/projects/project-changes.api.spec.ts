import type { ChangeView, InboxItem, ProjectEventView, ProjectView } from '@banfa/api-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.test-helper';
import { callerFor, countRows, submitLianping, type Caller } from './project-fixtures.test-helper';

/** 连平 第二十一条: a change within 10% of the contract, at most once, with the data and finance bureaus' consent. */
describe('change requests and their approval', () => {
  let t: TestApp;
  let department: Caller;
  let data: Caller;
  let finance: Caller;
  let crypto: Caller;
  let project: ProjectView;
  let change: ChangeView;

  const changes = (id = project.id) => `/api/projects/${id}/changes`;
  const decide = (caller: Caller, outcome: string, reason?: string, id = project.id, changeId = change.id) =>
    caller.post(`${changes(id)}/${changeId}/decisions`, { outcome, ...(reason ? { reason } : {}) });
  const inbox = async (caller: Caller): Promise<InboxItem[]> => (await caller.get('/api/inbox').expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp();
    t.setToday('2025-09-30');
    department = await callerFor(t, 'lp-dept');
    data = await callerFor(t, 'lp-data');
    finance = await callerFor(t, 'lp-finance');
    crypto = await callerFor(t, 'lp-crypto');
    project = await submitLianping(department, '80', false, '变更测试项目');
    t.setToday('2025-12-15');
    await department.post(`/api/projects/${project.id}/events`, { kind: 'contractSigned', on: '2025-12-10', amount: '80万元' }).expect(201);
    t.setToday('2026-01-12');
  });
  afterAll(() => t.close());

  it('refuses a change request whose amounts do not read, naming each path, and stores nothing', async () => {
    const before = await countRows(t, 'project_events');
    const response = await department.post(changes(), { lines: [{ old: '5', new: '8万元' }, { old: '1万元', price: '3' }, 'x'], newTotal: '八十万' }).expect(400);
    expect(response.body.details).toEqual([
      { field: 'lines[0].old', message: '金额“5”应写成带单位的金额，精确到分，例如 8万元 或 1200.50元' },
      { field: 'lines[1].price', message: '变更清单的一行只有 old（原小计）和 new（现小计），请删除这一项' },
      { field: 'lines[2]', message: '每一行应为 {"old": "原小计", "new": "现小计"}，例如 {"old":"5万元","new":"8万元"}' },
      { field: 'newTotal', message: '金额“八十万”应写成带单位的金额，精确到分，例如 8万元 或 1200.50元' },
    ]);
    expect((await department.post(changes(), {}).expect(400)).body.details[0].field).toBe('lines');
    expect((await department.post(changes(), { lines: [], on: '2026-01-13' }).expect(400)).body.details[0].field).toBe('on');
    expect(await countRows(t, 'project_events')).toBe(before);
  });

  it('checks a change live without recording anything (the department’s check while filling 附表3)', async () => {
    const before = [await countRows(t, 'project_events'), await countRows(t, 'audit_log')];
    const verdict = (await department.post(`${changes()}/check`, { lines: [{ old: '5万元', new: '7万元' }], newTotal: '80万元' }).expect(200)).body;
    expect(verdict).toMatchObject({ outcome: 'allowed-after-approval', earlierChanges: 0, rule: { citeText: '第二十一条' } });
    expect(verdict.checks.find((check: { kind: string }) => check.kind === 'ratio')).toMatchObject({ ratio: '0.0875', passed: true });
    const tooMuch = (await department.post(`${changes()}/check`, { lines: [{ old: '5万元', new: '15万元' }] }).expect(200)).body;
    expect(tooMuch.checks.find((check: { kind: string }) => check.kind === 'ratio')).toMatchObject({ ratio: '0.1875', passed: false });
    expect((await department.post(`${changes()}/check`, { lines: [{ old: '5' }] }).expect(400)).body.details[0].field).toBe('lines[0].old');
    await crypto.post(`${changes()}/check`, { changedAmount: '1万元' }).expect(403);
    expect([await countRows(t, 'project_events'), await countRows(t, 'audit_log')]).toEqual(before);
  });

  it('checks 附表3 as filled against the change rule’s form, naming the field', async () => {
    const before = await countRows(t, 'project_events');
    const response = await department.post(changes(), { lines: [{ old: '5万元', new: '7万元' }], formValues: { projectName: '变更测试项目' } }).expect(400);
    expect(response.body.message).toMatch(/^项目变更单有 \d+ 处需要修改$/);
    expect(response.body.details).toContainEqual({ field: 'formValues.contractor', message: expect.stringContaining('承建单位') });
    expect(await countRows(t, 'project_events')).toBe(before);
  });

  it('checks a change of 8.75% against 第二十一条: allowed after the data and finance bureaus approve', async () => {
    const form = {
      projectName: '变更测试项目',
      contractor: '广东某信息技术有限公司',
      basis: '用户需求调整',
      content: '增加移动端模块',
      contractorLead: '李四',
      ownerOpinion: '同意',
      ownerLead: '张三',
    };
    change = (
      await department.post(changes(), { lines: [{ old: '5万元', new: '7万元' }], newTotal: '80万元', description: '增加移动端模块', formValues: form }).expect(201)
    ).body;
    expect(change.formValues).toEqual(form);
    expect(change).toMatchObject({
      requestedOn: '2026-01-12',
      description: '增加移动端模块',
      status: 'pending-approval',
      verdict: { outcome: 'allowed-after-approval', earlierChanges: 0, rule: { id: 'contract-change', citeText: '第二十一条' } },
      approvals: [
        { body: { id: 'data-bureau', name: '县政务服务数据管理局', catalogueKey: 'data-bureau' }, outcome: null },
        { body: { id: 'finance-bureau', name: '县财政局', catalogueKey: 'finance-bureau' }, outcome: null },
      ],
    });
    expect(change.verdict.checks.find((check) => check.kind === 'ratio')).toMatchObject({ passed: true, ratio: '0.0875', citeText: '第二十一条第（二）项' });
    const again = await department.post(changes(), { lines: [{ old: '1万元', new: '2万元' }] }).expect(409);
    expect(again.body.message).toBe('2026-01-12 提出的变更申请仍在等待县政务服务数据管理局、县财政局审批，办结后才能再次申请');
  });

  it('puts the pending change in the inboxes of the named bodies only', async () => {
    for (const caller of [data, finance]) {
      expect((await inbox(caller)).filter((item) => item.kind === 'change')).toEqual([
        expect.objectContaining({ change: expect.objectContaining({ id: change.id, requestedOn: '2026-01-12' }), citeText: '第二十一条', dueOn: null, overdue: false }),
      ]);
    }
    expect(await inbox(crypto)).toEqual([]);
  });

  it('lets only the named bodies decide, each once; a refusal needs a reason', async () => {
    expect((await decide(crypto, 'approve').expect(403)).body.message).toBe('该变更申请须经县政务服务数据管理局、县财政局同意，当前账号所属机构不在其中');
    await decide(department, 'approve').expect(403);
    expect((await decide(finance, 'refuse').expect(400)).body.details).toEqual([{ field: 'reason', message: '不同意变更须说明理由' }]);
    await decide(data, 'approve', undefined, project.id, 'no-such-change').expect(404);
    const half: ChangeView = (await decide(data, 'approve').expect(200)).body;
    expect(half.status).toBe('pending-approval');
    expect(half.approvals.map((approval) => [approval.body.id, approval.outcome, approval.on])).toEqual([
      ['data-bureau', 'approve', '2026-01-12'],
      ['finance-bureau', null, null],
    ]);
    expect((await decide(data, 'approve').expect(409)).body.message).toBe('县政务服务数据管理局已就该变更申请提出意见');
    expect((await inbox(data)).filter((item) => item.kind === 'change')).toEqual([]);
    t.setToday('2026-01-14');
    const decided: ChangeView = (await decide(finance, 'approve').expect(200)).body;
    expect(decided).toMatchObject({ status: 'approved', decidedOn: '2026-01-14' });
    expect(await inbox(finance)).toEqual([]);
    await decide(finance, 'approve').expect(409);
  });

  it('counts the decided change: a second one exceeds “不得多于1次” and is referred to other rules (A9)', async () => {
    const second: ChangeView = (await department.post(changes(), { lines: [{ old: '1万元', new: '2万元' }], newTotal: '80万元' }).expect(201)).body;
    expect(second).toMatchObject({ status: 'not-allowed', approvals: [], verdict: { outcome: 'outside-regulation', earlierChanges: 1 } });
    expect(second.verdict.checks.find((check) => check.kind === 'count')).toMatchObject({ passed: false, citeText: '第二十一条第（三）项' });
    expect(second.verdict.message).toBe('超出第二十一条规定的变更限制：不符合上述情形的，应当按照相关法律法规、国家和省有关规定执行。');
    expect((await decide(data, 'approve', undefined, project.id, second.id).expect(409)).body.message).toContain('该变更申请无需审批');
    const listed: ChangeView[] = (await data.get(changes()).expect(200)).body;
    expect(listed.map((entry) => entry.status)).toEqual(['approved', 'not-allowed']);
    const events: ProjectEventView[] = (await department.get(`/api/projects/${project.id}/events`).expect(200)).body;
    expect(events.filter((event) => event.changeId !== undefined || event.kind === 'changeRequested').map((event) => event.kind)).toEqual([
      'changeRequested',
      'changeReviewed',
      'changeReviewed',
      'changeDecided',
      'changeRequested',
    ]);
  });

  it('ends a change when one named body refuses it', async () => {
    t.setToday('2025-09-30');
    const other = await submitLianping(department, '100', false, '另一个项目');
    t.setToday('2026-01-12');
    await department.post(`/api/projects/${other.id}/events`, { kind: 'contractSigned', on: '2026-01-05', amount: '100万元' }).expect(201);
    const pending: ChangeView = (await department.post(changes(other.id), { lines: [{ old: '0万元', new: '3万元' }], newTotal: '100万元' }).expect(201)).body;
    expect(pending.verdict.checks.find((check) => check.kind === 'ratio')?.ratio).toBe('0.0300');
    const refused: ChangeView = (await decide(finance, 'refuse', '变更部分预算未落实', other.id, pending.id).expect(200)).body;
    expect(refused).toMatchObject({ status: 'refused', decidedOn: '2026-01-12' });
    expect(refused.approvals[1]).toMatchObject({ outcome: 'refuse', reason: '变更部分预算未落实' });
    expect((await inbox(data)).filter((item) => item.kind === 'change')).toEqual([]);
    await decide(data, 'approve', undefined, other.id, pending.id).expect(409);
  });
});
