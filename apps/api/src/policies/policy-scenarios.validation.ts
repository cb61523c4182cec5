import { formatIssuePath } from '@banfa/policy-model';
import { scenarioFileSchema, type Scenario } from '@banfa/policy-testing';
import { z } from 'zod';
import type { PolicyIssueDetail } from './policy-content.validation';
import { lineAndColumn, YamlLocator } from './yaml-location';

const CHINESE_MESSAGES = z.locales.zhCN().localeError;
const FIELD = 'scenarios';

export type ScenarioFileCheck = { ok: true; scenarios: Scenario[] } | { ok: false; issues: PolicyIssueDetail[] };

/**
 * Checks a version's scenario file (YAML, the format of policies/*.scenarios.yaml) as `parseScenarioFile` reads it,
 * but reporting every problem with its place: the field path under `scenarios` and the line and column in the text.
 * Scenario names must be unique (results are shown by name). Never throws.
 */
export function checkScenarioFile(text: string): ScenarioFileCheck {
  const locator = new YamlLocator(text);
  const { doc } = locator;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => {
        const location = locator.position(error.pos[0]);
        return detail([], `YAML 语法错误：${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`, location, {
          hint: '检查缩进、括号和引号是否成对；含英文逗号、冒号或 # 的文字请加引号',
        });
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, issues: [detail([], `无法读取场景测试文件：${error instanceof Error ? error.message : String(error)}`, undefined)] };
  }
  const parsed = scenarioFileSchema.safeParse(data, { error: CHINESE_MESSAGES });
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.flatMap((issue) => {
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) =>
            detail([...issue.path, key], `未知的键“${key}”：请检查拼写，或删除它`, locator.locate([...issue.path, key], true)),
          );
        }
        // The format's dates carry no message of their own: say what is expected rather than show the pattern.
        const date = issue.code === 'invalid_format' && 'pattern' in issue && String(issue.pattern) === String(/^\d{4}-\d{2}-\d{2}$/);
        const message = date ? '日期应为 YYYY-MM-DD' : issue.message;
        return [detail(issue.path, message, locator.locate(issue.path), date ? { hint: '日期请写成带引号的 "YYYY-MM-DD"，例如 at: "2025-09-30"' } : {})];
      }),
    };
  }
  const seen = new Set<string>();
  const duplicates = parsed.data.scenarios.flatMap((scenario, index) => {
    if (!seen.has(scenario.name)) {
      seen.add(scenario.name);
      return [];
    }
    const path = ['scenarios', index, 'name'];
    return [detail(path, `场景名称“${scenario.name}”重复`, locator.locate(path), { hint: '每个场景的名称应不同，测试结果按名称显示' })];
  });
  return duplicates.length > 0 ? { ok: false, issues: duplicates } : { ok: true, scenarios: parsed.data.scenarios };
}

function detail(
  path: ReadonlyArray<PropertyKey>,
  message: string,
  location: { line: number; column: number } | undefined,
  extra: { hint?: string } = {},
): PolicyIssueDetail {
  const inner = formatIssuePath(path.filter((part): part is string | number => typeof part !== 'symbol'));
  return {
    field: inner ? `${FIELD}.${inner}` : FIELD,
    message: `场景测试文件${location ? lineAndColumn(location) : ''}：${message}`,
    ...extra,
    ...(location ?? {}),
  };
}
