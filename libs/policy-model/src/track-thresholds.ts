import { parseMoney } from './money';
import type { PolicyDocument, Threshold } from './policy-document.schema';
import type { PolicyIssue } from './policy-issue';

/**
 * Tracks chosen by amount must divide the amounts cleanly. Two thresholds on the same fact facing each other
 * (≤ 50万 / ≥ 50万) must neither overlap (50万 claimed by both: which reading of 以下/以上 was meant?) nor leave a gap
 * (< 50万 / > 50万: exactly 50万 matches nothing). A document without a fallback track must cover every amount.
 */
export function checkTrackThresholds(doc: PolicyDocument): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const pure = doc.tracks.flatMap((track, index) =>
    track.when && 'threshold' in track.when ? [{ index, name: track.name, threshold: track.when.threshold }] : [],
  );
  const hasFallback = doc.tracks.some((track) => !track.when);
  let covered = false;

  for (const upper of pure.filter((entry) => isUpper(entry.threshold))) {
    for (const lower of pure.filter((entry) => !isUpper(entry.threshold) && entry.threshold.fact === upper.threshold.fact)) {
      const top = parseMoney(upper.threshold.amount, upper.threshold.unit);
      const bottom = parseMoney(lower.threshold.amount, lower.threshold.unit);
      const path = ['tracks', lower.index, 'when', 'threshold', 'comparison'];
      const overlaps = bottom < top || (bottom === top && upper.threshold.comparison === 'lte' && lower.threshold.comparison === 'gte');
      const gap = bottom > top || (bottom === top && upper.threshold.comparison === 'lt' && lower.threshold.comparison === 'gt');
      if (overlaps) {
        issues.push({
          path,
          message: `“${upper.name}”与“${lower.name}”的金额门槛重叠：${describe(upper.threshold)} 与 ${describe(lower.threshold)} 同时成立的金额会被两者认领`,
          hint: '“以下/不超过”含本数（lte），“以上”含本数（gte），“超过/不含”不含本数（lt/gt）；按原文确定哪一侧含本数，另一侧改为不含',
        });
      } else if (gap && !hasFallback) {
        issues.push({
          path,
          message: `“${upper.name}”与“${lower.name}”的金额门槛之间有空档：${describe(upper.threshold)} 与 ${describe(lower.threshold)} 都不成立的金额没有管理方式`,
          hint: '按原文让其中一侧包含分界金额（lte 或 gte），或增加一个不带条件的默认管理方式',
        });
      } else if (!gap) {
        covered = true;
      }
    }
  }
  if (!hasFallback && !covered && issues.length === 0) {
    issues.push({
      path: ['tracks'],
      message: '没有不带条件（when）的默认管理方式，且各管理方式的条件不能覆盖所有项目',
      hint: '把其他条件都不满足时适用的管理方式（通常是审批制）写成不带 when 的最后一项',
    });
  }
  return issues;
}

function isUpper(threshold: Threshold): boolean {
  return threshold.comparison === 'lt' || threshold.comparison === 'lte';
}

const SYMBOL = { lt: '<', lte: '≤', gt: '>', gte: '≥' } as const;

function describe(threshold: Threshold): string {
  return `${threshold.fact} ${SYMBOL[threshold.comparison]} ${threshold.amount}${threshold.unit}`;
}
