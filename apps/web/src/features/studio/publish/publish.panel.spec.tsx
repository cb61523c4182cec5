/// <reference types="node" />
import type { PolicyListItemView, PublishPolicyRequest, PublishResultView } from '@banfa/api-contract';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { calendarAnswer } from '../simulation/calendar-answers.test-helper';
import { button, byTestId, click, json, prepareDom, until } from '../../../testing/dom.test-helper';
import { fakeVersion, mountInStudio, type Mounted } from '../simulation/fake-studio-draft.test-helper';
import { resetSimulationSessions } from '../simulation/simulation-session.store';
import { AuthProvider } from '../../../auth/AuthContext';
import { PublishPanel } from './publish.panel';

const DIR = resolve(import.meta.dirname, '../../../../../../policies/441623-lianping');
const YAML = readFileSync(resolve(DIR, 'consultation-draft-2.policy.yaml'), 'utf8');
const SCENARIOS = readFileSync(resolve(DIR, 'consultation-draft-2.scenarios.yaml'), 'utf8');
const RAISED = YAML.replace('comparison: lte, amount: "50"', 'comparison: lte, amount: "100"');

const published = fakeVersion({ id: 'v-published', label: '二次征求意见稿', state: 'published', effectiveFrom: '2025-09-01', effectiveTo: null, inForce: true, publishedAt: '2025-08-20T02:00:00.000Z', basedOnId: null });
const policies: PolicyListItemView[] = [{ id: 'p-lianping', title: '连平县县级政务信息化项目管理办法', jurisdiction: { code: '441623', name: '连平县' }, versions: [published, fakeVersion()] }];

function result(request: PublishPolicyRequest, extra: Partial<PublishResultView> = {}): PublishResultView {
  return {
    dryRun: request.dryRun === true,
    published: request.dryRun !== true,
    version: fakeVersion({ state: request.dryRun ? 'draft' : 'published', effectiveFrom: request.effectiveFrom, inForce: false, publishedAt: request.dryRun ? null : '2026-11-21T03:00:00.000Z' }),
    effectiveFrom: request.effectiveFrom,
    effectiveTo: request.effectiveTo ?? null,
    contentHash: 'ab'.repeat(32),
    overlaps: request.endPrevious
      ? [{ versionId: 'v-published', label: '二次征求意见稿', effectiveFrom: '2025-09-01', effectiveTo: null, resolution: 'end-previous', newEffectiveTo: '2027-01-31', message: '上一版本于施行日期前一天结束' }]
      : [{ versionId: 'v-published', label: '二次征求意见稿', effectiveFrom: '2025-09-01', effectiveTo: null, resolution: 'conflict', message: '与已发布版本的施行期间重叠' }],
    inFlightProjects: [{ id: 'pr-1', name: '县教育局智慧校园项目', state: '审核中', submittedOn: '2026-10-09', policyVersionId: 'v-published', versionLabel: '二次征求意见稿' }],
    scenarios: [{ name: '总投资30万元的项目实行备案制（第十二条）', failures: [] }],
    warnings: ['文件状态为征求意见稿'],
    ...extra,
  };
}

let mounted: Mounted | null = null;
let publishAnswer: (request: PublishPolicyRequest) => Response;
const publishRequests: PublishPolicyRequest[] = [];

beforeAll(prepareDom);
beforeEach(() => {
  localStorage.clear();
  resetSimulationSessions();
  publishRequests.length = 0;
  publishAnswer = (request) => json(result(request));
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const year = /^\/api\/calendar\/(\d{4})$/.exec(url)?.[1];
      if (year) return json(calendarAnswer(Number(year)));
      if (url === '/api/policies') return json(policies);
      if (url === '/api/policy-versions/v-draft/publish' && init.method === 'POST') {
        const request = JSON.parse(String(init.body)) as PublishPolicyRequest;
        publishRequests.push(request);
        return publishAnswer(request);
      }
      return json({ code: 'not-found', message: '不存在', details: [] }, 404);
    }),
  );
});
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.unstubAllGlobals();
});

/** Picks a date in an antd DatePicker as a user types it and confirms with Enter. */
async function pickDate(label: string, date: string) {
  const input = document.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);
  if (!input) throw new Error(`no date field ${label}`);
  await act(async () => {
    input.focus();
    input.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, date);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true }));
  });
  await until(() => input.value === date, `${label} = ${date}`);
}

const checks = () => [...document.querySelectorAll<HTMLElement>('[data-testid="publish-checks"] [data-state]')].map((item) => `${item.dataset['state']}: ${item.textContent ?? ''}`);

describe('PublishPanel', { timeout: 60_000 }, () => {
  it('shows the dry run — projects that stay on their version, overlaps, warnings, scenarios — before it publishes', async () => {
    mounted = await mountInStudio(<PublishPanel />, { wrap: (node) => <AuthProvider>{node}</AuthProvider>, yaml: YAML, scenarios: SCENARIOS, saveState: { kind: 'pending' } });
    await until(() => checks().some((check) => check.includes('个场景全部通过')), 'the scenarios run in the browser');
    expect(button('试运行：查看发布影响')?.disabled).toBe(true);
    expect(checks()).toContain('wait: … 有尚未保存的修改：试运行前会先保存');

    await pickDate('施行日期', '2027-02-01');
    // The version in force has no end date: the panel offers to end it.
    const endPrevious = [...document.querySelectorAll('label')].find((label) => label.textContent?.startsWith('结束上一版本：二次征求意见稿（自2025-09-01起施行，未定结束日期）'));
    await click(endPrevious?.querySelector('input'), '结束上一版本');
    await click(button('试运行：查看发布影响'), 'dry run');
    await until(() => byTestId(document, 'dry-run') !== null, 'the dry run');

    // Unsaved edits were saved first; nothing was published yet.
    expect(mounted.handle.saves).toBe(1);
    expect(publishRequests).toEqual([{ effectiveFrom: '2027-02-01', endPrevious: true, dryRun: true, lockVersion: 3 }]);
    const dryRun = byTestId(document, 'dry-run')?.textContent ?? '';
    expect(dryRun).toContain('县教育局智慧校园项目');
    expect(dryRun).toContain('发布后仍按原版本办理，不会改挂到新版本');
    expect(dryRun).toContain('其结束日将改为2027年1月31日');
    expect(dryRun).toContain('文件状态为征求意见稿');
    expect(dryRun).toContain('1 个场景全部通过');
    expect(byTestId(document, 'published')).toBeNull();

    await click(button('确认发布'), '确认发布');
    await until(() => byTestId(document, 'published') !== null, 'the published version');
    expect(publishRequests[1]).toEqual({ effectiveFrom: '2027-02-01', endPrevious: true, dryRun: false, lockVersion: 3 });
    expect(byTestId(document, 'published')?.textContent).toContain('已发布 · 自2027年2月1日起施行');
  });

  it('does not go to the server while a scenario fails in the browser', async () => {
    mounted = await mountInStudio(<PublishPanel />, { wrap: (node) => <AuthProvider>{node}</AuthProvider>, yaml: RAISED, scenarios: SCENARIOS });
    await until(() => checks().some((check) => check.startsWith('blocked:') && check.includes('个场景未通过')), 'the failing scenarios');
    expect(checks().find((check) => check.includes('个场景未通过'))).toContain('“总投资50.000001万元实行审批制”');
    await pickDate('施行日期', '2027-02-01');
    expect(button('试运行：查看发布影响')?.disabled).toBe(true);
    expect(publishRequests).toEqual([]);
  });

  it('keeps 确认发布 closed on an overlap the dry run calls a conflict', async () => {
    mounted = await mountInStudio(<PublishPanel />, { wrap: (node) => <AuthProvider>{node}</AuthProvider>, yaml: YAML, scenarios: SCENARIOS });
    await until(() => checks().some((check) => check.includes('个场景全部通过')), 'the scenarios');
    await pickDate('施行日期', '2027-02-01');
    await click(button('试运行：查看发布影响'), 'dry run');
    await until(() => byTestId(document, 'dry-run') !== null, 'the dry run');
    expect(byTestId(document, 'dry-run-overlaps')?.textContent).toContain('冲突');
    expect(document.body.textContent).toContain('施行期间与已发布版本冲突：请修改日期，或勾选“结束上一版本”后重新试运行');
    expect(button('确认发布')?.disabled).toBe(true);
  });

  it('shows the server’s refusal as it said it: the failing scenario and its failures', async () => {
    mounted = await mountInStudio(<PublishPanel />, { wrap: (node) => <AuthProvider>{node}</AuthProvider>, yaml: YAML, scenarios: SCENARIOS });
    await until(() => checks().some((check) => check.includes('个场景全部通过')), 'the scenarios');
    await pickDate('施行日期', '2027-02-01');
    await click([...document.querySelectorAll('label')].find((label) => label.textContent?.startsWith('结束上一版本'))?.querySelector('input'), '结束上一版本');
    await click(button('试运行：查看发布影响'), 'dry run');
    await until(() => button('确认发布')?.disabled === false, 'the dry run');
    publishAnswer = () =>
      json(
        {
          code: 'scenarios-failed',
          message: '有 1 个场景未通过，未发布',
          details: [{ field: 'scenarios[3]', scenario: '总投资80万元、涉及密码应用的项目先经密码应用审核（第十一条）', message: '场景未通过', failures: ['管理方式：期望 "approval"，实际 "filing"'] }],
        },
        422,
      );
    await click(button('确认发布'), '确认发布');
    await until(() => byTestId(document, 'api-error') !== null, 'the refusal');
    const refusal = byTestId(document, 'api-error')?.textContent ?? '';
    expect(refusal).toContain('发布未成功：有 1 个场景未通过，未发布');
    expect(refusal).toContain('场景“总投资80万元、涉及密码应用的项目先经密码应用审核（第十一条）”');
    expect(refusal).toContain('管理方式：期望 "approval"，实际 "filing"');
    expect(byTestId(document, 'published')).toBeNull();
  });

  it('shows a published version as published and in force, read-only', async () => {
    mounted = await mountInStudio(<PublishPanel />, { wrap: (node) => <AuthProvider>{node}</AuthProvider>, yaml: YAML, scenarios: SCENARIOS, version: published });
    expect(byTestId(document, 'published')?.textContent).toContain('二次征求意见稿 已发布 · 现行有效');
    expect(button('试运行：查看发布影响')).toBeUndefined();
  });
});
