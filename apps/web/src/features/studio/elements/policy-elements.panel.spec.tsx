import { parsePolicyYaml } from '@banfa/policy-model';
import { parse } from 'yaml';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildTree, type NavNode } from './navigation/element-tree.model';
import { PolicyElementsPanel } from './policy-elements.panel';
import { act } from 'react';
import { buttonByText, byPath, byTestId, click, installDomShims, mount, SEED_FILES, seedYaml, typeInto, until, type Mounted } from './testing/mount.test-helper';

let mounted: Mounted | null = null;
beforeAll(installDomShims);
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const open = async (yaml: string, editable = true) => {
  mounted = await mount(yaml, <PolicyElementsPanel />, { editable });
  return mounted;
};

/** Selects a node of the navigation by its key (bodies/0, stages/0/steps/2 …). */
async function select(page: Mounted, key: string): Promise<void> {
  const title = byTestId(page.container, `nav-${key}`);
  if (!title) {
    // Not rendered while its parent is collapsed: expand the parents first.
    const parts = key.split('/');
    for (let length = 1; length < parts.length; length++) {
      const parent = byTestId(page.container, `nav-${parts.slice(0, length).join('/')}`);
      const switcher = parent?.closest('.ant-tree-treenode')?.querySelector('.ant-tree-switcher_close');
      if (switcher) await click(switcher);
    }
  }
  await click(byTestId(page.container, `nav-${key}`));
}

function leaves(nodes: ReadonlyArray<NavNode>): NavNode[] {
  return nodes.flatMap((node) => [...(node.kind === 'list' ? [] : [node]), ...leaves(node.children ?? [])]);
}

/**
 * The elements a test opens: one of every kind, and the first few of each kind that have a condition (the editors
 * that read the most). Opening all of them (about 150 a policy) takes minutes in jsdom; conditions of every
 * element are checked in cel-query.convert.spec.ts.
 */
function sample(nodes: ReadonlyArray<NavNode>, data: Record<string, unknown>): NavNode[] {
  const all = leaves(nodes);
  const firstOfKind = all.filter((node, index) => all.findIndex((other) => other.kind === node.kind) === index);
  const conditioned = all.filter((node) => {
    let value: unknown = data;
    for (const part of node.path) value = (value as Record<string | number, unknown> | undefined)?.[part];
    return typeof value === 'object' && value !== null && 'when' in value;
  });
  const withConditions = ['track', 'step', 'attachment', 'obligation', 'gate'].flatMap((kind) => conditioned.filter((node) => node.kind === kind).slice(0, 2));
  return [...new Set([...firstOfKind, ...withConditions])];
}

describe('PolicyElementsPanel', { timeout: 240_000 }, () => {
  for (const [code, file] of Object.entries(SEED_FILES)) {
    it(`opens ${file} with every part counted, and its elements in their editors without a problem or a change to the YAML`, async () => {
      const yaml = seedYaml(code as keyof typeof SEED_FILES);
      const page = await open(yaml);
      const data = parse(yaml) as Record<string, unknown[]>;
      for (const list of ['bodies', 'facts', 'settings', 'tracks', 'stages', 'changeRules', 'obligations', 'gates', 'provisions']) {
        expect(byTestId(page.container, `nav-${list}`)?.textContent, list).toContain(String((data[list] ?? []).length));
      }
      expect(page.container.querySelector('[data-testid="nav-issues"]')).toBeNull();

      for (const node of sample(buildTree(data, []), data)) {
        await select(page, node.key);
        const editor = byTestId(page.container, `editor-${node.kind}`);
        expect(editor, node.key).not.toBeNull();
        expect(page.container.querySelector('[data-testid="field-issues"]'), node.key).toBeNull();
        if (node.kind !== 'identity' && node.kind !== 'counting' && node.kind !== 'note') {
          const cite = byTestId(editor as HTMLElement, 'citation');
          expect(cite?.querySelector('[data-testid="cite"]')?.textContent, node.key).toMatch(/^(第.+条|附表\d+)/);
        }
      }
      expect(page.probe.history).toEqual([yaml]);
    });
  }

  it('raises 连平’s 备案 threshold from 50 to 100万元 through the form, writing exactly that into the YAML', async () => {
    const yaml = seedYaml('441623');
    const page = await open(yaml);
    await select(page, 'tracks/0');
    const form = byTestId(page.container, 'threshold-form') as HTMLElement;
    expect(form.textContent).toContain('≤ 以下、不超过、以内（含本数）');
    expect(byTestId(form, 'threshold-sentence')?.textContent).toBe('项目总投资50万元以下（含本数）时成立，即 项目总投资 ≤ 50万元');

    await typeInto(byPath(form, 'tracks[0].when.threshold.amount'), '100');

    const after = page.probe.current?.yaml ?? '';
    const before = yaml.split('\n');
    const changed = after.split('\n').flatMap((line, index) => (line === before[index] ? [] : [[before[index], line]]));
    expect(changed).toEqual([
      ['      threshold: { fact: totalInvestment, comparison: lte, amount: "50", unit: 万元, setting: A1 }', '      threshold: { fact: totalInvestment, comparison: lte, amount: "100", unit: 万元, setting: A1 }'],
    ]);
    expect(page.probe.current?.parsed.ok).toBe(true);
    expect(byTestId(page.container, 'threshold-sentence')?.textContent).toBe('项目总投资100万元以下（含本数）时成立，即 项目总投资 ≤ 100万元');
  });

  it('shows an invalid amount at its field and as a problem in the navigation, keeping what was typed', async () => {
    const page = await open(seedYaml('441623'));
    await select(page, 'tracks/0');
    const amount = byPath(page.container, 'tracks[0].when.threshold.amount') as HTMLInputElement;
    await typeInto(amount, '五十');

    const help = amount.closest('.ant-form-item')?.querySelector('[data-testid="field-issues"]')?.textContent ?? '';
    expect(help).toContain('金额应写成带引号的十进制数字');
    expect(help).toMatch(/YAML 第 \d+ 行/);
    expect(amount.value).toBe('五十');
    expect(page.probe.current?.yaml).toContain('amount: "五十"');
    expect(byTestId(page.container, 'nav-tracks')?.querySelector('[data-testid="nav-issues"]')?.textContent).toBe('1');
  });

  it('adds a step to 立项 with a 10-working-day deadline and its article, giving it a generated id', async () => {
    const page = await open(seedYaml('441623'));
    await select(page, 'stages/0/steps');
    await click([...page.container.querySelectorAll('button')].find((button) => button.textContent?.replace(/\s+/g, '') === '添加环节'));
    const editor = byTestId(page.container, 'editor-step') as HTMLElement;
    expect(editor.getAttribute('data-path')).toBe('stages.0.steps.7');

    await typeInto(byPath(editor, 'stages[0].steps[7].name'), '专家评审');
    await click([...editor.querySelectorAll('button')].find((button) => button.textContent?.replace(/\s+/g, '') === '设定期限'));
    await typeInto(byPath(editor, 'stages[0].steps[7].deadline.amount'), '10');
    expect(byTestId(editor, 'deadline-sentence')?.textContent).toBe('10个工作日内（自环节开始次日起算）');
    // The new element's citation is still to be written: the form says so, and takes it.
    const cite = byTestId(editor, 'citation') as HTMLElement;
    expect(cite.textContent).toContain('出处须写明条（article）或附表（appendix）');
    await typeInto(byPath(cite, 'stages[0].steps[7].cite.article'), '11');
    await typeInto(byPath(cite, 'stages[0].steps[7].cite.quote'), '组织专家评审。');

    const result = parsePolicyYaml(page.probe.current?.yaml ?? '');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.written.stages[0]?.steps[7]).toEqual({
      id: 'step-1',
      name: '专家评审',
      body: 'applicant',
      after: ['filing-review'],
      cite: { article: 11, quote: '组织专家评审。' },
      deadline: { amount: 10, unit: 'workingDays', from: 'started', soft: false },
    });
    expect(byTestId(cite, 'cite')?.textContent).toBe('第十一条');
  });

  it('moves a track down and deletes a body only after confirming, saying how often it is referred to', async () => {
    const page = await open(seedYaml('441623'));
    await select(page, 'tracks/0');
    await click(page.container.querySelector('[data-testid="editor-track"] button[aria-label="下移"]'));
    let written = parsePolicyYaml(page.probe.current?.yaml ?? '');
    expect(written.ok && written.written.tracks.map((track) => track.id)).toEqual(['approval', 'filing']);
    // The moved element stays selected, now second.
    expect(byTestId(page.container, 'editor-track')?.querySelector('[data-testid="element-title"]')?.textContent).toBe('备案制');
    expect(byPath(page.container, 'tracks[1].name')).not.toBeNull();

    await select(page, 'bodies/3');
    expect(byTestId(page.container, 'element-title')?.textContent).toBe('县密码管理局');
    await click(page.container.querySelector('[data-testid="editor-body"] button[aria-label="删除"]'));
    await until(() => document.querySelector('.ant-popconfirm') !== null, 'the confirmation');
    expect(document.querySelector('.ant-popconfirm')?.textContent).toContain('文件中另有 2 处引用它');
    expect(page.probe.history).toHaveLength(2); // nothing deleted before the answer
    await click(buttonByText(document.querySelector('.ant-popconfirm') as HTMLElement, '删除'));
    const data = page.probe.current?.data as { bodies: Array<{ id: string }> };
    expect(data.bodies.map((body) => body.id)).not.toContain('crypto-bureau');
    expect(data.bodies).toHaveLength(6);
    // The step that named it now shows the problem, at its field.
    written = parsePolicyYaml(page.probe.current?.yaml ?? '');
    expect(!written.ok && written.issues.map((issue) => issue.message)).toContain('未定义的审查机构“crypto-bureau”（已定义：applicant、data-bureau、finance-bureau、audit-bureau、development-reform、cost-consultant）');
    expect(byTestId(page.container, 'list-bodies')).not.toBeNull();
  });

  it('follows the YAML pane to the element under its cursor', async () => {
    const page = await open(seedYaml('441623'));
    await act(async () => page.probe.current?.setFocus(['gates', 2, 'when', 'not', 'cel']));
    expect(byTestId(page.container, 'editor-gate')?.querySelector('[data-testid="element-title"]')?.textContent).toBe('未纳入政务信息系统目录');
    expect(byTestId(page.container, 'nav-gates/2')?.closest('.ant-tree-treenode')?.className).toContain('ant-tree-treenode-selected');
  });

  it('shows a published version read-only: no field takes input, nothing can be added, moved or deleted', async () => {
    const page = await open(seedYaml('441623'), false);
    expect(page.container.textContent).toContain('此版本已发布，只能查看');
    await select(page, 'tracks/0');
    expect((byPath(page.container, 'tracks[0].when.threshold.amount') as HTMLInputElement).disabled).toBe(true);
    expect(page.container.querySelector('button[aria-label="删除"]')).toBeNull();
    await select(page, 'stages/0/steps');
    expect(buttonByText(page.container, '添加环节')).toBeUndefined();
  });
});
