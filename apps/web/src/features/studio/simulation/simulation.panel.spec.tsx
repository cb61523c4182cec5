/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { calendarAnswer } from './calendar-answers.test-helper';
import { byTestId, click, json, prepareDom, typeInto, until } from '../../../testing/dom.test-helper';
import { mountInStudio, type Mounted } from './fake-studio-draft.test-helper';
import { SimulationPanel } from './simulation.panel';
import { resetSimulationSessions, sampleProjectOf, setSampleProject } from './simulation-session.store';

const DIR = resolve(import.meta.dirname, '../../../../../../policies/441623-lianping');
const YAML = readFileSync(resolve(DIR, 'consultation-draft-2.policy.yaml'), 'utf8');
const SCENARIOS = readFileSync(resolve(DIR, 'consultation-draft-2.scenarios.yaml'), 'utf8');
const THRESHOLD = 'comparison: lte, amount: "50"';

let mounted: Mounted | null = null;
let overrides: Array<{ day: string; working: boolean }> = [];
const calendarRequests: string[] = [];

beforeAll(prepareDom);
beforeEach(() => {
  localStorage.clear();
  resetSimulationSessions();
  overrides = [];
  calendarRequests.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const year = /^\/api\/calendar\/(\d{4})$/.exec(url)?.[1];
      if (year) {
        calendarRequests.push(year);
        return json(calendarAnswer(Number(year), overrides.filter((override) => override.day.startsWith(year))));
      }
      return json({ code: 'not-found', message: '不存在', details: [] }, 404);
    }),
  );
  // A project submitted on 2025-09-30, looked at that day, no facts yet.
  setSampleProject('v-draft', { at: '2025-09-30', facts: {}, events: [{ kind: 'submitted', on: '2025-09-30' }], readings: {} });
});
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.unstubAllGlobals();
});

const text = (id: string) => byTestId(document, id)?.textContent ?? '';

async function enterProject(page: HTMLElement) {
  await typeInto(page.querySelector('input[aria-label="项目总投资"]'), '80');
  const yes = [...page.querySelectorAll('[data-fact="involvesCryptography"] label')].find((label) => label.textContent === '是');
  await click(yes, '是 for 涉及密码应用');
}

describe('SimulationPanel', { timeout: 30_000 }, () => {
  it('evaluates a sample project in the browser: track, steps with due dates and their basis, attachments with reasons, each with its article', async () => {
    mounted = await mountInStudio(<SimulationPanel />, { yaml: YAML, scenarios: SCENARIOS });
    const page = mounted.container;
    await until(() => byTestId(page, 'decision-report') !== null, 'the report');
    await enterProject(page);
    await until(() => text('track-name') === '审批制', 'the approval track');

    expect(byTestId(page, 'track')?.textContent).toContain('第十一条');
    expect(byTestId(page, 'track')?.textContent).toContain('不适用备案制：项目总投资 ≤ 50万元（项目总投资：80万元）不成立');
    const crypto = byTestId(page, 'step-crypto-review')?.textContent ?? '';
    expect(crypto).toContain('密码应用审核');
    expect(crypto).toContain('办理中');
    // 国庆: five working days from 2025-09-30 end on 10-14, as the server counts.
    expect(crypto).toContain('原则上应于2025年10月14日前办结');
    expect(crypto).toContain('第十一条第（二）项');
    const assessment = byTestId(page, 'attachment-crypto-assessment-report')?.textContent ?? '';
    expect(assessment).toContain('须提交');
    expect(assessment).toContain('因为项目涉及密码应用（涉及密码应用：是）');
    // The trace: every condition evaluated, with the facts it read.
    await click([...page.querySelectorAll('.ant-collapse-header')].find((header) => header.textContent?.startsWith('判断过程')), 'the trace');
    await until(() => byTestId(page, 'report-trace') !== null, 'the trace');
    expect(byTestId(page, 'report-trace')?.textContent).toContain('tracks.filing.when');
    expect(byTestId(page, 'report-trace')?.textContent).toContain('项目总投资：80万元');
    // The project is kept for the version (switching tabs or reloading loses nothing).
    expect(sampleProjectOf('v-draft').facts).toEqual({ totalInvestment: '80万元', involvesCryptography: true });
    expect(JSON.parse(localStorage.getItem('banfa.studio.simulation.v-draft') ?? '{}').facts.totalInvestment).toBe('80万元');
  });

  it('counts on the calendar the api serves, overrides included', async () => {
    overrides = [{ day: '2025-10-14', working: false }];
    mounted = await mountInStudio(<SimulationPanel />, { yaml: YAML });
    const page = mounted.container;
    await enterProject(page);
    await until(() => (byTestId(page, 'step-crypto-review')?.textContent ?? '').includes('2025年10月15日'), 'the due date moved by the override');
    expect(calendarRequests).toContain('2025');
  });

  it('re-evaluates as the policy is edited, and keeps the last good report greyed while the draft is invalid', async () => {
    mounted = await mountInStudio(<SimulationPanel />, { yaml: YAML });
    const page = mounted.container;
    await enterProject(page);
    await until(() => text('track-name') === '审批制', 'the approval track');

    // 备案 threshold raised from 50万 to 100万: the same project is now 备案制.
    await act(async () => mounted?.handle.setYaml(YAML.replace(THRESHOLD, 'comparison: lte, amount: "100"')));
    await until(() => text('track-name') === '备案制', 'the filing track');
    expect(byTestId(page, 'track')?.textContent).toContain('项目总投资 ≤ 100万元（项目总投资：80万元）');
    expect(byTestId(page, 'report-container')?.dataset['stale']).toBe('false');

    // A typo in the document: the report stays (the last valid one), greyed, and the panel says where the error is.
    const line = YAML.slice(0, YAML.indexOf(THRESHOLD)).split('\n').length;
    await act(async () => mounted?.handle.setYaml(YAML.replace(THRESHOLD, 'comparison: under, amount: "100"')));
    await until(() => byTestId(page, 'draft-invalid') !== null, 'the invalid-draft notice');
    expect(text('draft-invalid')).toContain('草稿当前有 1 处错误');
    expect(text('draft-invalid')).toContain(`第 ${line} 行`);
    expect(byTestId(page, 'report-container')?.dataset['stale']).toBe('true');
    expect(text('track-name')).toBe('备案制');
  });

  it('says when a money fact does not read, and evaluates without it', async () => {
    mounted = await mountInStudio(<SimulationPanel />, { yaml: YAML });
    const page = mounted.container;
    await typeInto(page.querySelector('input[aria-label="项目总投资"]'), '80.1234567');
    await until(() => (page.textContent ?? '').includes('精度超过 1 分'), 'the money problem');
    expect(page.textContent).toContain('以下事实未能读取，按未填写计算');
    expect(byTestId(page, 'decision-report')?.textContent).toContain('无法确定管理方式：缺少项目总投资');
  });

  it('checks a change request against the change rules, each limit with the numbers compared and its article', async () => {
    // 附表3: one line from 5万元 to 8万元 on a contract of 100万元 (the contract signed with its amount).
    setSampleProject('v-draft', {
      at: '2026-03-01',
      facts: { totalInvestment: '100万元', involvesCryptography: false },
      events: [
        { kind: 'submitted', on: '2025-09-30' },
        { kind: 'contractSigned', on: '2025-12-01', amount: '100万元' },
      ],
      readings: {},
      change: { on: '2026-03-01', lines: [{ old: '5万元', new: '8万元' }], newTotal: '100万元' },
    });
    mounted = await mountInStudio(<SimulationPanel />, { yaml: YAML });
    const page = mounted.container;
    await click([...page.querySelectorAll('.ant-collapse-header')].find((header) => header.textContent === '变更申请检查'), 'the change section');
    await until(() => byTestId(page, 'change-verdict') !== null, 'the verdict');
    const verdict = text('change-verdict');
    expect(verdict).toContain('须经审批后方可变更');
    expect(verdict).toContain('比例 0.0800');
    expect(verdict).toContain('第二十一条');
    // The line raised to 12万元 (A5: the larger of old and new is measured): 12% of the contract, beyond its 10%.
    await typeInto(page.querySelector('input[aria-label="第 1 行现小计"]'), '12');
    await until(() => text('change-verdict').includes('超出本办法的变更规定'), 'the verdict on 12%');
    expect(text('change-verdict')).toContain('变更金额 12万元 / 合同金额 100万元 = 0.1200 ≤ 0.10');
  });

  it('opens one of the policy’s scenario tests as the sample project', async () => {
    mounted = await mountInStudio(<SimulationPanel />, { yaml: YAML, scenarios: SCENARIOS });
    const page = mounted.container;
    const select = page.querySelector('[aria-label="载入场景测试"]')?.closest('.ant-select')?.querySelector('.ant-select-selector');
    await act(async () => select?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })));
    await until(() => document.querySelector('.ant-select-item-option') !== null, 'the scenario options');
    const option = [...document.querySelectorAll('.ant-select-item-option')].find((candidate) => candidate.textContent?.startsWith('总投资80万元、涉及密码应用'));
    await click(option, 'the 80万 scenario');
    await until(() => text('track-name') === '审批制', 'the scenario’s report');
    expect(page.textContent).toContain('来自场景：总投资80万元、涉及密码应用的项目先经密码应用审核（第十一条）');
    expect((page.querySelector('input[aria-label="项目总投资"]') as HTMLInputElement).value).toBe('80');
    expect(sampleProjectOf('v-draft').events).toEqual([{ kind: 'submitted', on: '2025-09-30' }]);
  });
});
