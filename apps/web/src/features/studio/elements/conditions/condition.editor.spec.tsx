import { EditorView } from '@codemirror/view';
import { parsePolicyYaml } from '@banfa/policy-model';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { yamlSetIn } from '../testing/yaml-edit.test-helper';
import { buttonByText, byPath, byTestId, choose, click, installDomShims, mount, seedYaml, typeInto, until, type Mounted } from '../testing/mount.test-helper';
import { ConditionEditor } from './condition.editor';

let mounted: Mounted | null = null;
beforeAll(installDomShims);
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const CRYPTO_REVIEW = ['stages', 0, 'steps', 1, 'when'] as const;
const WHEN = 'stages[0].steps[1].when';

/** 连平 with the 密码应用审核 step's condition replaced (the rest as written). */
function lianpingWith(condition: unknown): string {
  return yamlSetIn(seedYaml('441623'), [...CRYPTO_REVIEW], condition);
}

const conditionAt = (page: Mounted) => {
  const result = parsePolicyYaml(page.probe.current?.yaml ?? '');
  return result.ok ? result.written.stages[0]?.steps[1]?.when : undefined;
};

async function openCondition(condition: unknown): Promise<Mounted> {
  mounted = await mount(lianpingWith(condition), <ConditionEditor path={[...CRYPTO_REVIEW]} optional />);
  return mounted;
}

async function typeCel(page: Mounted, text: string): Promise<void> {
  await click([...page.container.querySelectorAll('[role="tab"]')].find((tab) => tab.textContent === '表达式（CEL）'));
  const view = EditorView.findFromDOM(page.container.querySelector('.cm-editor') as HTMLElement);
  if (!view) throw new Error('no CodeMirror view');
  await act(async () => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }));
}

describe('ConditionEditor', { timeout: 60_000 }, () => {
  it('reads existing CEL into the visual builder and writes a changed amount back as CEL in 分', async () => {
    const page = await openCondition({ cel: 'involvesCryptography == true && totalInvestment > 50000000', description: '涉及密码应用且超过50万元' });
    const builder = byTestId(page.container, 'cel-builder') as HTMLElement;
    expect(builder).not.toBeNull();
    const amount = builder.querySelector<HTMLInputElement>('input[aria-label="项目总投资（万元）"]');
    expect(amount?.value).toBe('50');
    expect(builder.querySelector('.ant-radio-wrapper-checked')?.textContent).toBe('是');
    expect(byTestId(page.container, 'cel-check')?.textContent).toBe('类型检查通过，读取：涉及密码应用、项目总投资');

    await typeInto(amount, '80', { leave: false });
    // Written after a pause in typing, not at each keystroke.
    expect(page.probe.history).toHaveLength(1);
    await until(() => page.probe.history.length === 2, 'the condition to be written');
    expect(conditionAt(page)).toEqual({ cel: 'involvesCryptography == true && totalInvestment > 80000000', description: '涉及密码应用且超过50万元' });
  });

  it('reports a type error in Chinese as the CEL is typed, and keeps the text', async () => {
    const page = await openCondition({ cel: 'involvesCryptography', description: '项目涉及密码应用' });
    await typeCel(page, 'totalInvestment == true');
    expect(byTestId(page.container, 'cel-check')?.textContent).toBe(
      '“totalInvestment == true”类型不匹配：整数（金额类事实以“分”计，也是整数）不能与是/否（bool）用“==”比较（提示：金额、整数类事实不能与 true/false 比较；是/否类事实直接写事实名（或 == true），金额请与以分计的整数比较，例如 totalInvestment > 50000000）',
    );
    await until(() => page.probe.current?.yaml.includes('cel: totalInvestment == true') === true, 'the text to be kept in the draft');
    await click([...page.container.querySelectorAll('[role="tab"]')].find((tab) => tab.textContent === '可视化编辑'));
    expect(byTestId(page.container, 'builder-unavailable')?.textContent).toContain('表达式有误');
  });

  it('falls back to the CEL editor, saying why, for what the builder cannot show', async () => {
    const page = await openCondition({ cel: 'classified ? inAnnualPlan : dataShared' });
    expect(page.container.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('表达式（CEL）');
    expect(page.container.querySelector('.cm-content')?.textContent).toBe('classified ? inAnnualPlan : dataShared');
    await click([...page.container.querySelectorAll('[role="tab"]')].find((tab) => tab.textContent === '可视化编辑'));
    expect(byTestId(page.container, 'builder-unavailable')?.textContent).toContain('可视化编辑器不能表示的部分');
    expect(page.probe.history).toHaveLength(1);
  });

  it('builds a condition from nothing in the builder, writing it once it is complete', async () => {
    const page = await openCondition(undefined);
    await choose(byPath(page.container, `${WHEN}:mode`), '条件表达式');
    expect((page.probe.current?.data['stages'] as Array<{ steps: Array<{ when?: unknown }> }>)[0]?.steps[1]?.when).toEqual({ cel: '' });
    const builder = byTestId(page.container, 'cel-builder') as HTMLElement;
    await click(buttonByText(builder, '添加条件'));
    // The first fact the builder can use is 项目总投资 (项目名称 is free text); its amount is still empty.
    expect(byTestId(page.container, 'builder-pending')?.textContent).toBe('尚未写入：“项目总投资”：请填写数字，例如 30 或 12.5');
    await typeInto(builder.querySelector('input[aria-label="项目总投资（万元）"]'), '30');
    await until(() => page.probe.current?.parsed.ok === true, 'a complete condition');
    expect(conditionAt(page)).toEqual({ cel: 'totalInvestment <= 30000000' });
  });

  it('switches a threshold to CEL keeping what it says, and explains the words of a threshold', async () => {
    const page = await openCondition({ threshold: { fact: 'totalInvestment', comparison: 'gt', amount: '80', unit: '万元' } });
    expect(byTestId(page.container, 'threshold-sentence')?.textContent).toBe('项目总投资80万元以上（不含本数）时成立，即 项目总投资 > 80万元');
    await choose(byPath(page.container, `${WHEN}:mode`), '条件表达式');
    expect(conditionAt(page)).toEqual({ cel: 'totalInvestment > 80000000' });
    await choose(byPath(page.container, `${WHEN}:mode`), '金额门槛');
    expect(conditionAt(page)).toEqual({ threshold: { fact: 'totalInvestment', comparison: 'gt', amount: '80', unit: '万元' } });
  });
});
