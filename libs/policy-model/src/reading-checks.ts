import { overlayReadings, type AppliedOverride, type Overlay } from './apply-readings';
import type { PolicyDocument } from './policy-document.schema';
import { formatIssuePath, type PolicyIssue } from './policy-issue';

type Path = Array<string | number>;
/** Validates a whole document (schema and references), as validatePolicyData does, without the reading checks. */
export type DocumentValidator = (data: unknown) => PolicyIssue[];

const OVERRIDES_HINT = '为此解读写出 overrides（对文件的改动，路径按元素 id 逐级书写，例如 stages/initiation/steps/funding-review/after），或写 effect: none 并在 reason 中说明它为何不改变计算结果';

/**
 * Checks the alternatives of every ambiguity setting: each says how the document differs under it (`overrides`) or
 * that it does not (`effect: none` with a reason); every override path resolves; and the document resolved under
 * each alternative (one setting at a time, the others at their reading) is itself a valid document. Problems are
 * reported at the override (or alternative) that causes them.
 */
export function checkReadings(written: PolicyDocument, validate: DocumentValidator): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  written.settings.forEach((setting, s) => {
    const bare: string[] = [];
    setting.alternatives.forEach((alternative, a) => {
      const path: Path = ['settings', s, 'alternatives', a];
      if (alternative.effect && alternative.overrides) {
        issues.push({ path: [...path, 'effect'], message: `${setting.id} 的解读“${alternative.value}”同时写了 effect: ${alternative.effect} 和 overrides`, hint: '有改动的解读只写 overrides；不改变计算结果（none）或无法表达（unsupported）的解读只写 effect 和 reason' });
      }
      if (alternative.effect && !alternative.reason) {
        issues.push({
          path: [...path, 'effect'],
          message: `${setting.id} 的解读“${alternative.value}”写了 effect: ${alternative.effect}，但缺少 reason`,
          hint: alternative.effect === 'none' ? '用一句话说明此解读为何不改变系统计算的结果，例如 reason: 只影响表述，不影响环节、期限和材料' : '用一句话说明此解读需要文件语言中尚没有的什么',
        });
      }
      if (alternative.reason && !alternative.effect) {
        issues.push({ path: [...path, 'reason'], message: `${setting.id} 的解读“${alternative.value}”的 reason 只用于 effect: none 或 effect: unsupported`, hint: '删除 reason，或补写 effect' });
      }
      if (alternative.effect === 'unsupported' && alternative.value === setting.reading) {
        issues.push({ path: ['settings', s, 'reading'], message: `${setting.id} 选定的解读“${alternative.value}”标为 effect: unsupported（无法由系统计算），不能作为选定解读`, hint: '选定一个文件正文能够表达的解读' });
      }
      if (!alternative.overrides && !alternative.effect) bare.push(alternative.value);
    });
    if (bare.length > 1) {
      issues.push({
        path: ['settings', s, 'alternatives'],
        message: `${setting.id} 的解读 ${bare.map((value) => `“${value}”`).join('、')} 都既没有 overrides 也没有 effect；只有文件正文所采用的那一个解读可以两者都不写`,
        hint: OVERRIDES_HINT,
      });
    }
  });

  // The document under its readings, then under each alternative that changes something.
  const cases: Array<{ choices: Record<string, string>; s?: number; a?: number }> = [{ choices: {} }];
  written.settings.forEach((setting, s) =>
    setting.alternatives.forEach((alternative, a) => {
      if (alternative.overrides && alternative.value !== setting.reading) cases.push({ choices: { [setting.id]: alternative.value }, s, a });
    }),
  );
  const reported = new Set<string>();
  for (const { choices, s, a } of cases) {
    const overlay = overlayReadings(written, choices);
    for (const problem of overlay.unresolved) {
      const where: Path = ['settings', problem.setting, 'alternatives', problem.alternative, 'overrides', problem.override, 'path'];
      const key = formatIssuePath(where);
      if (reported.has(key)) continue;
      reported.add(key);
      issues.push({ path: where, message: problem.message, hint: '路径按元素的 id（事实按 key）逐级书写，没有 id 的列表写从 0 起算的序号，例如 tracks/filing/when/threshold/comparison；用 policy show 核对元素的 id' });
    }
    if (overlay.unresolved.length > 0 || (overlay.applied.length === 0 && s === undefined)) continue;
    for (const issue of validate(overlay.data)) {
      const culprit = blame(overlay, issue.path, s, a);
      const setting = written.settings[culprit?.setting ?? s ?? -1];
      const alternative = setting?.alternatives[culprit?.alternative ?? a ?? -1];
      const where: Path = culprit
        ? ['settings', culprit.setting, 'alternatives', culprit.alternative, 'overrides', culprit.override]
        : ['settings', s ?? 0, 'alternatives', a ?? 0];
      const message = `取 ${setting?.id ?? ''} 的解读“${alternative?.value ?? ''}”时，文件无效：${issue.message}（位于 ${formatIssuePath(issue.path) || '文件顶层'}）`;
      const key = `${formatIssuePath(where)} ${message}`;
      if (reported.has(key)) continue;
      reported.add(key);
      issues.push({ path: where, message, hint: issue.hint ?? '检查此解读的 overrides 与文件其他部分是否一致（引用的环节、事实、机构须已定义）' });
    }
  }
  return issues;
}

/** The override an issue most likely comes from: one of the alternative under test first, on or around the issue's path. */
function blame(overlay: Overlay, issuePath: ReadonlyArray<string | number>, s: number | undefined, a: number | undefined): AppliedOverride | undefined {
  const related = (override: AppliedOverride) => prefixOf(override.target, issuePath) || prefixOf(issuePath, override.target);
  const own = overlay.applied.filter((override) => override.setting === s && override.alternative === a);
  return own.find(related) ?? overlay.applied.find(related) ?? own[0];
}

function prefixOf(prefix: ReadonlyArray<string | number>, path: ReadonlyArray<string | number>): boolean {
  return prefix.length <= path.length && prefix.every((part, i) => part === path[i]);
}
