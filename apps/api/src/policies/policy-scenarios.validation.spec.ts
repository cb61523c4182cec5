import { parseScenarioFile } from '@banfa/policy-testing';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioFile } from './policy-scenarios.validation';

const POLICIES = join(resolve(__dirname, '../../../..'), 'policies');
const scenarioFiles = readdirSync(POLICIES, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.scenarios.yaml'));

describe('checking a version’s scenario file', () => {
  it.each(scenarioFiles)('accepts %s as parseScenarioFile reads it', (file) => {
    const text = readFileSync(join(POLICIES, file), 'utf8');
    const checked = checkScenarioFile(text);
    expect(checked).toEqual({ ok: true, scenarios: parseScenarioFile(text).scenarios });
  });

  it('names the field and the line and column of each problem, in Chinese', () => {
    const text = [
      'policy: x.policy.yaml',
      'scenarios:',
      '  - name: 三十万元',
      '    at: 2025-13-40x',
      '    expect: { track: filing, colour: red }',
      '  - name: 三十万元',
      '    at: "2025-09-30"',
      '    expect: {}',
    ].join('\n');
    const first = checkScenarioFile(text);
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.issues).toEqual([
      expect.objectContaining({ field: 'scenarios.scenarios[0].at', line: 4, column: 9, message: '场景测试文件第 4 行第 9 列：日期应为 YYYY-MM-DD' }),
      expect.objectContaining({ field: 'scenarios.scenarios[0].expect.colour', line: 5, column: 30, message: expect.stringContaining('未知的键“colour”') }),
    ]);
    const fixed = text.replace('2025-13-40x', '"2025-09-30"').replace(', colour: red', '');
    const second = checkScenarioFile(fixed);
    expect(second).toEqual({
      ok: false,
      issues: [expect.objectContaining({ field: 'scenarios.scenarios[1].name', line: 6, message: expect.stringContaining('场景名称“三十万元”重复') })],
    });
  });

  it('reports YAML syntax errors at their place, and text that is not a scenario file at the top', () => {
    const broken = checkScenarioFile('policy: x\nscenarios: [\n');
    expect(broken).toEqual({ ok: false, issues: [expect.objectContaining({ field: 'scenarios', line: expect.any(Number), message: expect.stringContaining('YAML 语法错误') })] });
    const list = checkScenarioFile('- just\n- a list\n');
    expect(list).toEqual({ ok: false, issues: [expect.objectContaining({ field: 'scenarios', line: 1, column: 1 })] });
    const aliases = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n');
    expect(checkScenarioFile(aliases)).toMatchObject({ ok: false, issues: [{ field: 'scenarios' }] });
  });
});
