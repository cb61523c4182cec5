import { parseScenarioFile } from '@banfa/policy-testing';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from './policy-scenarios.validation';

const POLICIES = join(resolve(__dirname, '../../../..'), 'policies');
const scenarioFiles = readdirSync(POLICIES, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.scenarios.yaml'));

// What is refused, and where, is checkScenarioFile's (libs/policy-testing); here: how the api names each problem.
describe('checking a version’s scenario file', () => {
  it.each(scenarioFiles)('accepts %s as parseScenarioFile reads it', (file) => {
    const text = readFileSync(join(POLICIES, file), 'utf8');
    expect(checkScenarioText(text)).toEqual({ ok: true, scenarios: parseScenarioFile(text).scenarios });
  });

  it('names the field under `scenarios` and, in the message, the scenario file’s line and column of each problem', () => {
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
    expect(checkScenarioText(text)).toEqual({
      ok: false,
      issues: [
        { field: 'scenarios.scenarios[0].at', line: 4, column: 9, message: '场景测试文件第 4 行第 9 列：日期应为 YYYY-MM-DD', hint: '日期写成带引号的 "YYYY-MM-DD"，例如 "2025-09-30"' },
        { field: 'scenarios.scenarios[0].expect.colour', line: 5, column: 30, message: '场景测试文件第 5 行第 30 列：未知的键“colour”：请检查拼写，或删除它' },
      ],
    });
    const fixed = text.replace('2025-13-40x', '"2025-09-30"').replace(', colour: red', '');
    expect(checkScenarioText(fixed)).toEqual({
      ok: false,
      issues: [
        { field: 'scenarios.scenarios[1].name', line: 6, column: 11, message: '场景测试文件第 6 行第 11 列：场景名称“三十万元”重复', hint: '每个场景的名称应不同，测试结果按名称显示' },
      ],
    });
  });

  it('names a problem of the whole file at `scenarios`, with its place when it has one', () => {
    expect(checkScenarioText('policy: x\nscenarios: [\n')).toEqual({
      ok: false,
      issues: [{ field: 'scenarios', line: 3, column: 1, message: expect.stringMatching(/^场景测试文件第 3 行第 1 列：YAML 语法错误：/), hint: expect.any(String) }],
    });
    const aliases = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n');
    expect(checkScenarioText(aliases)).toEqual({ ok: false, issues: [{ field: 'scenarios', message: expect.stringMatching(/^场景测试文件：无法读取场景测试文件：/) }] });
  });
});
