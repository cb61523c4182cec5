/// <reference types="node" />
import { checkScenarioFile } from '@banfa/policy-testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { calendarAnswer } from './calendar-answers.test-helper';
import { button, byTestId, click, json, prepareDom, typeInto, until } from '../../../testing/dom.test-helper';
import { mountInStudio, type Mounted } from './fake-studio-draft.test-helper';
import { ScenariosPanel } from './scenarios.panel';
import { resetSimulationSessions, sampleProjectOf, setSampleProject } from './simulation-session.store';

const DIR = resolve(import.meta.dirname, '../../../../../../policies/441623-lianping');
const YAML = readFileSync(resolve(DIR, 'consultation-draft-2.policy.yaml'), 'utf8');
const SCENARIOS = readFileSync(resolve(DIR, 'consultation-draft-2.scenarios.yaml'), 'utf8');
const RAISED = YAML.replace('comparison: lte, amount: "50"', 'comparison: lte, amount: "100"');
const CRYPTO = '总投资80万元、涉及密码应用的项目先经密码应用审核（第十一条）';
const TOTAL = (checkScenarioFile(SCENARIOS) as { scenarios: unknown[] }).scenarios.length;

let mounted: Mounted | null = null;

beforeAll(prepareDom);
beforeEach(() => {
  localStorage.clear();
  resetSimulationSessions();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const year = /^\/api\/calendar\/(\d{4})$/.exec(url)?.[1];
      return year ? json(calendarAnswer(Number(year))) : json({ code: 'not-found', message: '不存在', details: [] }, 404);
    }),
  );
});
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.unstubAllGlobals();
});

const summary = () => byTestId(document, 'scenario-summary')?.textContent ?? '';
const row = (name: string) => [...document.querySelectorAll<HTMLElement>('[data-testid^="scenario-"][data-result]')].find((item) => item.textContent?.includes(name));

describe('ScenariosPanel', { timeout: 60_000 }, () => {
  it('runs every scenario against the draft, and re-runs them as the policy is edited, each failure in words', async () => {
    mounted = await mountInStudio(<ScenariosPanel />, { yaml: YAML, scenarios: SCENARIOS });
    await until(() => summary().startsWith(`共 ${TOTAL} 个场景：${TOTAL} 个通过`), 'every scenario passing');
    expect(row(CRYPTO)?.dataset['result']).toBe('pass');

    await act(async () => mounted?.handle.setYaml(RAISED));
    await until(() => row(CRYPTO)?.dataset['result'] === 'fail', 'the 80万 scenario failing');
    const failures = row(CRYPTO)?.querySelector('[data-testid="failures"]')?.textContent ?? '';
    expect(failures).toContain('管理方式：期望 审批制（approval），实际 备案制（filing）');
    expect(failures).toContain('环节「立项申报」的状态：期望 待办，实际 （不在本管理方式中）');
    expect(summary()).toMatch(/个未通过/);
  });

  it('updates a failing scenario’s expectations from the current result, keeping the file’s comments', async () => {
    mounted = await mountInStudio(<ScenariosPanel />, { yaml: RAISED, scenarios: SCENARIOS });
    await until(() => row(CRYPTO)?.dataset['result'] === 'fail', 'the 80万 scenario failing');
    await click(button('编辑期望', row(CRYPTO)), '编辑期望');
    await until(() => byTestId(document, 'scenario-expectations') !== null, 'the expectations form');
    await click(button('采用当前结果'), '采用当前结果');
    await click(button('保存到场景文件'), 'save');
    await until(() => row(CRYPTO)?.dataset['result'] === 'pass', 'the scenario passing with its new expectations');

    const text = mounted.handle.draft.scenarios;
    expect(text.startsWith('# Scenario tests of the 连平县 policy')).toBe(true);
    const scenario = (checkScenarioFile(text) as { scenarios: Array<{ name: string; expect: Record<string, unknown> }> }).scenarios.find((candidate) => candidate.name === CRYPTO);
    expect(scenario?.expect['track']).toBe('filing');
    expect(scenario?.expect['steps']).toMatchObject({ 'crypto-review': 'active', 'filing-review': 'waiting' });
    expect(scenario?.expect['dueOn']).toEqual({ 'crypto-review': '2025-10-14' });
    expect(scenario?.expect['attachments']).toEqual(['crypto-assessment-report', 'crypto-construction-plan', 'application-form', 'project-plan', 'crypto-opinion', 'acceptance-report']);
  });

  it('edits one expectation by hand: choosing the track makes a passing scenario fail', async () => {
    mounted = await mountInStudio(<ScenariosPanel />, { yaml: YAML, scenarios: SCENARIOS });
    await until(() => row(CRYPTO)?.dataset['result'] === 'pass', 'the scenario');
    await click(button('编辑期望', row(CRYPTO)), '编辑期望');
    await until(() => byTestId(document, 'scenario-expectations') !== null, 'the expectations form');
    const select = document.querySelector('[aria-label="期望的管理方式"]')?.closest('.ant-select')?.querySelector('.ant-select-selector');
    await act(async () => select?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })));
    await until(() => [...document.querySelectorAll('.ant-select-item-option')].some((option) => option.textContent === '备案制'), 'the track options');
    await click([...document.querySelectorAll('.ant-select-item-option')].find((option) => option.textContent === '备案制'), '备案制');
    await click(button('保存到场景文件'), 'save');
    await until(() => row(CRYPTO)?.dataset['result'] === 'fail', 'the scenario failing on its new expectation');
    expect(row(CRYPTO)?.textContent).toContain('管理方式：期望 备案制（filing），实际 审批制（approval）');
  });

  it('adds a scenario from the simulation’s project, with the current report as its expectations', async () => {
    setSampleProject('v-draft', { at: '2025-09-30', facts: { totalInvestment: '120万元', involvesCryptography: false }, events: [{ kind: 'submitted', on: '2025-09-30' }], readings: {} });
    mounted = await mountInStudio(<ScenariosPanel />, { yaml: RAISED, scenarios: SCENARIOS });
    await until(() => summary().startsWith(`共 ${TOTAL} 个场景`), 'the runs');
    await click(button('新增场景（取自模拟中的项目）'), 'add');
    await until(() => byTestId(document, 'scenario-expectations') !== null, 'the new scenario form');
    const name = document.querySelector<HTMLInputElement>('input[aria-label="场景名称"]');
    expect(name?.value).toBe('总投资120万元的项目实行审批制');
    await typeInto(name, '门槛提高后，总投资120万元的项目仍实行审批制（第十二条）');
    await click(button('保存到场景文件'), 'save');
    await until(() => summary().startsWith(`共 ${TOTAL + 1} 个场景`), 'the new scenario run');
    expect(row('门槛提高后，总投资120万元的项目仍实行审批制（第十二条）')?.dataset['result']).toBe('pass');
    const text = mounted.handle.draft.scenarios;
    expect(text.startsWith(SCENARIOS.trimEnd())).toBe(true);
    expect(text).toContain('    facts: { totalInvestment: 120万元, involvesCryptography: false }');
    expect(text).toContain('      track: approval');
    expect(text).toContain('      dueOn: { initial-review: "2025-10-21" }');
  });

  it('opens a scenario in the simulation', async () => {
    mounted = await mountInStudio(<ScenariosPanel />, { yaml: YAML, scenarios: SCENARIOS });
    await until(() => row(CRYPTO) !== undefined, 'the scenario');
    await click(button('在模拟中打开', row(CRYPTO)), '在模拟中打开');
    expect(sampleProjectOf('v-draft')).toMatchObject({ scenario: CRYPTO, at: '2025-09-30', facts: { totalInvestment: '80万元', involvesCryptography: true } });
    // The studio switches to the 模拟 tab (it shows the tab named in ?tab=).
    expect(byTestId(document, 'location')?.textContent).toBe('/studio/versions/v-draft?tab=simulation');
  });

  it('shows a scenario file that does not read with the line of each error, and runs nothing', async () => {
    const broken = SCENARIOS.replace('  - name: 总投资30万元的项目实行备案制（第十二条）\n    at: "2025-09-30"', '  - name: 总投资30万元的项目实行备案制（第十二条）\n    at: 2025/09/30');
    const line = broken.split('\n').findIndex((candidate) => candidate.includes('at: 2025/09/30')) + 1;
    mounted = await mountInStudio(<ScenariosPanel />, { yaml: YAML, scenarios: broken });
    await until(() => byTestId(document, 'scenario-file-issues') !== null, 'the file errors');
    expect(byTestId(document, 'scenario-file-issues')?.textContent).toContain(`第 ${line} 行第 9 列 scenarios[0].at`);
    expect(byTestId(document, 'scenario-file-text')).not.toBeNull();
    expect(summary()).toBe('');
    // Corrected in the text, the scenarios run again.
    await typeInto(byTestId(document, 'scenario-file-text'), SCENARIOS);
    await until(() => summary().startsWith(`共 ${TOTAL} 个场景：${TOTAL} 个通过`), 'the runs after the correction');
  });
});
