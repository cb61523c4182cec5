import { formatIssuePath, type PolicyIssue } from '@banfa/policy-model';
import { scenarioFileSchema, type Scenario } from '@banfa/policy-testing';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';

const CHINESE_MESSAGES = z.locales.zhCN().localeError;

export type ScenarioFileRead =
  | { ok: true; policy: string; scenarios: Scenario[]; empty: boolean }
  | { ok: false; issues: PolicyIssue[] };

/**
 * Reads a scenario file (policies/*.scenarios.yaml) as the runner does (scenarioFileSchema), but says where every
 * problem is: its line and column and the path (scenarios[3].expect.track), so the admin can go straight to it.
 * An empty text is a file without scenarios.
 */
export function readScenarioFile(text: string): ScenarioFileRead {
  if (text.trim() === '') return { ok: true, policy: '', scenarios: [], empty: true };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => ({
        path: [],
        message: `YAML 语法错误：${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
        hint: '检查缩进、括号和引号是否成对；含英文逗号、冒号或 # 的文字请加引号',
        line: error.linePos?.[0].line,
        column: error.linePos?.[0].col,
      })),
    };
  }
  const parsed = scenarioFileSchema.safeParse(doc.toJS(), { error: CHINESE_MESSAGES });
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.flatMap((issue): PolicyIssue[] => {
        const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
        // An unknown key is shown at the key itself, one issue per key (a typo: expcet, fact …).
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) => ({ path: [...path, key], message: `未知的键“${key}”：请检查拼写，或删除它`, ...locateKey(doc, lineCounter, path, key) }));
        }
        const date = issue.code === 'invalid_format' && 'pattern' in issue && String(issue.pattern) === String(/^\d{4}-\d{2}-\d{2}$/);
        return [{ path, message: date ? '日期应为 YYYY-MM-DD' : issue.message, ...locate(doc, lineCounter, path), ...hintFor(path) }];
      }),
    };
  }
  // Results are shown (and scenarios opened) by name, so names are unique, as the api also requires.
  const seen = new Set<string>();
  const duplicates = parsed.data.scenarios.flatMap((scenario, index): PolicyIssue[] => {
    if (!seen.has(scenario.name)) {
      seen.add(scenario.name);
      return [];
    }
    const path = ['scenarios', index, 'name'];
    return [{ path, message: `场景名称“${scenario.name}”重复`, hint: '每个场景的名称应不同，测试结果按名称显示', ...locate(doc, lineCounter, path) }];
  });
  if (duplicates.length > 0) return { ok: false, issues: duplicates };
  return { ok: true, policy: parsed.data.policy, scenarios: parsed.data.scenarios, empty: false };
}

/** "第 12 行第 5 列 scenarios[3].expect.track：…" */
export function describeIssue(issue: PolicyIssue): string {
  const where = issue.line !== undefined ? `第 ${issue.line} 行${issue.column !== undefined ? `第 ${issue.column} 列` : ''}` : '';
  const path = formatIssuePath(issue.path);
  return `${where}${path ? `${where ? ' ' : ''}${path}` : ''}${where || path ? '：' : ''}${issue.message}${issue.hint ? `（提示：${issue.hint}）` : ''}`;
}

/** The position of the element at the path, or of the nearest enclosing element that exists (a missing key). */
function locate(doc: Document, lineCounter: LineCounter, path: ReadonlyArray<string | number>): Pick<PolicyIssue, 'line' | 'column'> {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return {};
}

/** The position of a key in the map at `path` (an unknown key is shown where it is written, not at its value). */
function locateKey(doc: Document, lineCounter: LineCounter, path: ReadonlyArray<string | number>, key: string): Pick<PolicyIssue, 'line' | 'column'> {
  const parent = doc.getIn(path, true);
  const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
  const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
  if (!range) return locate(doc, lineCounter, [...path, key]);
  const { line, col } = lineCounter.linePos(range[0]);
  return { line, column: col };
}

function hintFor(path: ReadonlyArray<string | number>): Pick<PolicyIssue, 'hint'> {
  const last = path.at(-1);
  if (last === 'at' || last === 'on') return { hint: '日期写成带引号的 "YYYY-MM-DD"，例如 "2025-09-30"' };
  if (path[0] === 'scenarios' && path[2] === 'facts') return { hint: '金额写明单位，例如 80万元；是/否写 true 或 false' };
  return {};
}
