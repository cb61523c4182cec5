import { YamlLocator, yamlSyntaxIssues, type PolicyIssue } from '@banfa/policy-model';
import { z } from 'zod';
import { scenarioFileSchema, type Scenario } from './scenario-file';

const CHINESE_MESSAGES = z.locales.zhCN().localeError;
const DATE_PATTERN = String(/^\d{4}-\d{2}-\d{2}$/);

export type ScenarioFileCheck =
  | { ok: true; policy: string; scenarios: Scenario[]; empty: boolean }
  | { ok: false; issues: PolicyIssue[] };

/**
 * Reads a scenario file (policies/*.scenarios.yaml) as the runner does (scenarioFileSchema), but says where every
 * problem is: the path (scenarios[3].expect.track) and its line and column, so the admin can go straight to it.
 * Scenario names must be unique (results are shown, and scenarios opened, by name). An empty text is a file without
 * scenarios. Never throws: what the parser cannot handle (an alias bomb …) is an issue at the top.
 */
export function checkScenarioFile(text: string): ScenarioFileCheck {
  if (text.trim() === '') return { ok: true, policy: '', scenarios: [], empty: true };
  const yaml = new YamlLocator(text);
  const syntaxIssues = yamlSyntaxIssues(yaml);
  if (syntaxIssues.length > 0) return { ok: false, issues: syntaxIssues };
  let data: unknown;
  try {
    data = yaml.doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, issues: [{ path: [], message: `无法读取场景测试文件：${error instanceof Error ? error.message : String(error)}` }] };
  }
  const parsed = scenarioFileSchema.safeParse(data, { error: CHINESE_MESSAGES });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.flatMap((issue) => schemaIssues(issue, yaml)) };
  const duplicates = duplicateNames(parsed.data.scenarios, yaml);
  if (duplicates.length > 0) return { ok: false, issues: duplicates };
  return { ok: true, policy: parsed.data.policy, scenarios: parsed.data.scenarios, empty: false };
}

function schemaIssues(issue: z.core.$ZodIssue, yaml: YamlLocator): PolicyIssue[] {
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  // An unknown key is shown at the key itself, one issue per key (a typo: expcet, fact …).
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...path, key], message: `未知的键“${key}”：请检查拼写，或删除它`, ...yaml.locate([...path, key], true) }));
  }
  // The format's dates carry no message of their own: say what is expected rather than show the pattern.
  const date = issue.code === 'invalid_format' && 'pattern' in issue && String(issue.pattern) === DATE_PATTERN;
  return [{ path, message: date ? '日期应为 YYYY-MM-DD' : issue.message, ...yaml.locate(path), ...hintFor(path) }];
}

function duplicateNames(scenarios: ReadonlyArray<Scenario>, yaml: YamlLocator): PolicyIssue[] {
  const seen = new Set<string>();
  return scenarios.flatMap((scenario, index): PolicyIssue[] => {
    if (!seen.has(scenario.name)) {
      seen.add(scenario.name);
      return [];
    }
    const path = ['scenarios', index, 'name'];
    return [{ path, message: `场景名称“${scenario.name}”重复`, hint: '每个场景的名称应不同，测试结果按名称显示', ...yaml.locate(path) }];
  });
}

/** How to write the values people most often get wrong: dates (at, on) and facts. */
function hintFor(path: ReadonlyArray<string | number>): Pick<PolicyIssue, 'hint'> {
  const last = path.at(-1);
  if (last === 'at' || last === 'on') return { hint: '日期写成带引号的 "YYYY-MM-DD"，例如 "2025-09-30"' };
  if (path[0] === 'scenarios' && path[2] === 'facts') return { hint: '金额写明单位，例如 80万元；是/否写 true 或 false' };
  return {};
}
