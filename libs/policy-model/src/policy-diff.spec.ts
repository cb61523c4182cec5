import { describe, expect, it } from 'vitest';
// The real 连平 policy, read as text by Vite (`?raw`) so that this lib does no I/O of its own.
// eslint-disable-next-line @nx/enforce-module-boundaries -- a spec fixture from policies/, not a dependency on another project
import LIANPING from '../../../policies/441623-lianping/consultation-draft-2.policy.yaml?raw';
import { loadPolicyYaml } from './parse-policy';
import { diffPolicies, type PolicyChange } from './policy-diff.compare';
import type { Condition, PolicyDocument, PolicyStep } from './policy-document.schema';

/** A fresh copy of the real 连平 policy each time, so that each test edits its own. */
const lianping = (): PolicyDocument => loadPolicyYaml(LIANPING, 'consultation-draft-2.policy.yaml');

function step(doc: PolicyDocument, id: string): PolicyStep {
  const found = doc.stages.flatMap((stage) => stage.steps).find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

function threshold(condition: Condition | undefined) {
  if (!condition || !('threshold' in condition)) throw new Error('expected a threshold');
  return condition.threshold;
}

describe('diffPolicies', () => {
  it('finds nothing between a policy and itself', () => {
    const diff = diffPolicies(lianping(), lianping());
    expect(diff.identical).toBe(true);
    expect(diff.changes).toEqual([]);
    expect(diff.summary).toEqual({ total: 0, editorial: 0, byKind: {} });
    expect(diff.before.versionLabel).toBe('二次征求意见稿');
  });

  it('reports a changed threshold amount as a threshold, in 万元, with its article', () => {
    const after = lianping();
    threshold(after.tracks[0]?.when).amount = '100';
    expect(diffPolicies(lianping(), after).changes).toEqual([
      {
        kind: 'threshold',
        element: 'track',
        id: 'filing',
        change: 'changed',
        path: 'tracks[filing].when.threshold',
        before: '50万元',
        after: '100万元',
        citeText: '第十二条',
        sentence: '第十二条 备案制门槛：50万元 → 100万元',
      },
    ]);
  });

  it('writes out the whole threshold when the comparison changes, and calls the same amount in 元 editorial', () => {
    const stricter = lianping();
    threshold(stricter.tracks[0]?.when).comparison = 'lt';
    expect(diffPolicies(lianping(), stricter).changes.map((change) => change.sentence)).toEqual([
      '第十二条 备案制门槛：项目总投资 ≤ 50万元（A1） → 项目总投资 < 50万元（A1）',
    ]);
    const inYuan = lianping();
    Object.assign(threshold(inYuan.tracks[0]?.when), { amount: '500000', unit: '元' });
    const [change] = diffPolicies(lianping(), inYuan).changes;
    expect(change).toMatchObject({ kind: 'text', before: '50万元', after: '500000元', sentence: '第十二条 备案制门槛的写法（金额不变）：50万元 → 500000元' });
  });

  it("reports a step's deadline as a deadline, added and removed ones too", () => {
    const after = lianping();
    const review = step(after, 'initial-review');
    review.deadline = { amount: 15, unit: 'workingDays', from: 'started', soft: true };
    delete step(after, 'funding-review').deadline;
    step(after, 'filing-review').deadline = { amount: 5, unit: 'workingDays', from: 'started', soft: false };
    expect(diffPolicies(lianping(), after).changes).toEqual([
      {
        kind: 'deadline',
        element: 'step',
        id: 'initial-review',
        change: 'changed',
        path: 'steps[initial-review].deadline',
        before: '原则上10个工作日内（自环节开始次日起算）',
        after: '原则上15个工作日内（自环节开始次日起算）',
        citeText: '第十一条第（四）项',
        sentence: '第十一条第（四）项 步骤“初步审核”的期限：原则上10个工作日内（自环节开始次日起算） → 原则上15个工作日内（自环节开始次日起算）',
      },
      expect.objectContaining({
        kind: 'deadline',
        change: 'removed',
        path: 'steps[funding-review].deadline',
        sentence: '第十一条第（五）项 步骤“资金审核”删除期限（原为：原则上12个工作日内（自环节开始次日起算））',
      }),
      expect.objectContaining({
        kind: 'deadline',
        change: 'added',
        path: 'steps[filing-review].deadline',
        sentence: '第十二条 步骤“备案审核”新增期限：5个工作日内（自环节开始次日起算）',
      }),
    ]);
  });

  it("reports a step's reviewing body by the bodies' Chinese names", () => {
    const after = lianping();
    step(after, 'funding-review').body = 'data-bureau';
    expect(diffPolicies(lianping(), after).changes).toEqual([
      {
        kind: 'body',
        element: 'step',
        id: 'funding-review',
        change: 'changed',
        path: 'steps[funding-review].body',
        before: '县财政局',
        after: '县政务服务数据管理局',
        citeText: '第十一条第（五）项',
        sentence: '第十一条第（五）项 步骤“资金审核”的审查机构：县财政局 → 县政务服务数据管理局',
      },
    ]);
  });

  it('reports attachments added and removed, each with the article of its own version', () => {
    const after = lianping();
    const initiation = after.stages[0];
    if (!initiation) throw new Error('no stage');
    initiation.attachments = initiation.attachments.filter((attachment) => attachment.id !== 'necessity-documents');
    initiation.attachments.push({ id: 'risk-assessment', name: '风险评估报告', tracks: ['approval'], cite: { article: 11, item: 3, quote: '风险评估报告' } });
    expect(diffPolicies(lianping(), after).changes).toEqual([
      {
        kind: 'attachment',
        element: 'attachment',
        id: 'necessity-documents',
        change: 'removed',
        path: 'attachments[necessity-documents]',
        before: '立项 · 仅审批制',
        citeText: '第十一条第（三）项',
        sentence: '第十一条第（三）项 删除材料“项目建设必要性文件”',
      },
      {
        kind: 'attachment',
        element: 'attachment',
        id: 'risk-assessment',
        change: 'added',
        path: 'attachments[risk-assessment]',
        after: '立项 · 仅审批制',
        citeText: '第十一条第（三）项',
        sentence: '第十一条第（三）项 新增材料“风险评估报告”：立项 · 仅审批制',
      },
    ]);
  });

  it('ignores the order steps, attachments and bodies are listed in, and the order within `after`', () => {
    const after = lianping();
    after.stages.forEach((stage) => {
      stage.steps.reverse();
      stage.attachments.reverse();
    });
    after.bodies.reverse();
    step(after, 'public-procurement').after.reverse();
    expect(diffPolicies(lianping(), after)).toMatchObject({ identical: true, changes: [] });
  });

  it('reports a step moved to another stage as one change of the step, not a removal and an addition', () => {
    const after = lianping();
    const [initiation, procurement] = after.stages;
    const decision = initiation?.steps.pop();
    if (!procurement || !decision) throw new Error('no stage');
    procurement.steps.unshift(decision);
    expect(diffPolicies(lianping(), after).changes.map((change) => [change.kind, change.change, change.sentence])).toEqual([
      ['step', 'changed', '第十二条 步骤“备案审核”的所属阶段：立项 → 采购'],
    ]);
  });

  it('but the order of tracks is a rule: the first whose condition holds is chosen', () => {
    const after = lianping();
    after.tracks.reverse();
    expect(diffPolicies(lianping(), after).changes.map((change) => [change.kind, change.sentence])).toEqual([
      ['track', '管理方式的判断顺序（取第一个条件成立者）：备案制、审批制 → 审批制、备案制'],
    ]);
  });

  it('reports a changed step order (`after`) by step names', () => {
    const after = lianping();
    step(after, 'funding-review').after = ['application'];
    expect(diffPolicies(lianping(), after).changes.map((change) => change.sentence)).toEqual([
      '第十一条第（五）项 步骤“资金审核”的前置步骤：“初步审核” → “立项申报”',
    ]);
  });

  it('marks a reworded quote, note or condition description as editorial', () => {
    const after = lianping();
    const gate = after.gates[0];
    if (!gate) throw new Error('no gate');
    gate.cite.quote = '本办法适用于非涉密县级政务信息化项目。';
    after.notes.push({ text: '原文“县级政务信息化项目”统一简称为“项目”。' });
    const crypto = step(after, 'crypto-review');
    crypto.when = { cel: 'involvesCryptography', description: '涉及密码应用的项目' };
    const diff = diffPolicies(lianping(), after);
    expect(diff.changes.map((change) => [change.kind, change.path, change.sentence])).toEqual([
      ['text', 'steps[crypto-review].when.description', '第十一条第（二）项 步骤“密码应用审核”的条件说明：项目涉及密码应用 → 涉及密码应用的项目'],
      [
        'text',
        'gates[classified-excluded].cite.quote',
        '第五条 否决规则“涉密项目不适用本办法”的引文：“本办法适用于非涉密县级政务信息化项目，涉密县级政务信息化项目按有关规定执行。” → “本办法适用于非涉密县级政务信息化项目。”',
      ],
      ['text', 'notes', '新增编码说明：原文“县级政务信息化项目”统一简称为“项目”。'],
    ]);
    expect(diff.summary).toEqual({ total: 3, editorial: 3, byKind: { text: 3 } });
  });

  it('reports a changed CEL expression with its description, and metadata without an article', () => {
    const after = lianping();
    step(after, 'crypto-review').when = { cel: 'involvesCryptography && !classified', description: '项目涉及密码应用' };
    after.versionLabel = '三次征求意见稿';
    after.effective = { ...after.effective, from: '2026-01-01' };
    expect(diffPolicies(lianping(), after).changes.map((change) => change.sentence)).toEqual([
      '版本：二次征求意见稿 → 三次征求意见稿',
      '新增施行日期：2026-01-01',
      '第十一条第（二）项 步骤“密码应用审核”的条件：项目涉及密码应用（involvesCryptography） → 项目涉及密码应用（involvesCryptography && !classified）',
    ]);
  });

  it("reports a form's changed paper layout (`print`) in words, by the parts that changed", () => {
    const after = lianping();
    const [application, , change] = after.forms;
    if (!application?.print || !change?.print?.lists) throw new Error('no print layout');
    change.print.rows = [['projectName', 'subProjectName', 'contractor']];
    change.print.lists = { ...change.print.lists, softwareChanges: { ...change.print.lists['softwareChanges'], minRows: 3 } };
    delete application.print;
    const changes = diffPolicies(lianping(), after).changes;
    expect(changes.map((found) => [found.kind, found.element, found.id, found.change, found.path, found.sentence])).toEqual([
      ['form', 'form', 'project-application', 'removed', 'forms[project-application].print', '附表1 表单“项目立项申请表”删除打印版式（改按默认版式打印）'],
      ['form', 'form', 'change-request', 'changed', 'forms[change-request].print', '附表3 表单“项目变更单”的打印版式修改了 同行字段、清单印法'],
    ]);
    expect(JSON.parse(changes[1]?.after ?? '{}')).toMatchObject({ rows: [['projectName', 'subProjectName', 'contractor']] });
    expect(diffPolicies(after, lianping()).changes[0]?.sentence).toBe('附表1 表单“项目立项申请表”新增打印版式：盖章行、分节印法、同行字段、不印标题的分组或清单、盖章签字栏');
  });

  it('counts changes by kind', () => {
    const after = lianping();
    threshold(after.tracks[0]?.when).amount = '100';
    step(after, 'funding-review').body = 'data-bureau';
    step(after, 'initial-review').deadline = { amount: 15, unit: 'workingDays', from: 'started', soft: true };
    after.changeRules[0]?.limits.splice(2, 1);
    expect(diffPolicies(lianping(), after).summary).toEqual({
      total: 4,
      editorial: 0,
      byKind: { threshold: 1, deadline: 1, body: 1, 'change-limit': 1 },
    });
  });

  it('gives mirror images for diff(a, b) and diff(b, a)', () => {
    const a = lianping();
    const b = lianping();
    threshold(b.tracks[0]?.when).amount = '80';
    b.tracks.reverse();
    step(b, 'funding-review').body = 'data-bureau';
    step(b, 'initial-review').deadline = { amount: 15, unit: 'workingDays', from: 'started', soft: true };
    step(b, 'application').after = ['plan-and-review'];
    b.stages[0]?.attachments.splice(1, 2, { id: 'risk-assessment', name: '风险评估报告', cite: { article: 11, item: 3 } });
    b.stages[1]?.steps.reverse();
    b.obligations[0] = { ...b.obligations[0], schedule: { kind: 'calendar', period: 'year', dueBy: '09-30', settings: ['A4'] } } as PolicyDocument['obligations'][number];
    b.gates.splice(1, 1);
    b.settings.find((setting) => setting.id === 'A33')?.alternatives.reverse();
    b.notes.push({ text: '新增说明' });
    b.title = '连平县县级政务信息化项目管理办法（修订）';

    const forward = diffPolicies(a, b);
    const backward = diffPolicies(b, a);
    expect(forward.changes.length).toBeGreaterThan(10);
    expect(backward.changes.map(shape)).toEqual(forward.changes.map(mirror).map(shape));
    expect(backward.summary).toEqual(forward.summary);
  });
});

const SWAP = { added: 'removed', removed: 'added', changed: 'changed' } as const;

function mirror(change: PolicyChange): PolicyChange {
  const { before, after, ...rest } = change;
  return { ...rest, change: SWAP[change.change], ...(after !== undefined ? { before: after } : {}), ...(before !== undefined ? { after: before } : {}) };
}

/** What must mirror exactly: the sentence and article are told from the later version, so they may differ. */
function shape({ kind, element, id, change, path, before, after }: PolicyChange) {
  return { kind, element, id, change, path, before, after };
}
