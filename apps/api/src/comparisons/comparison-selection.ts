import { AppError, type AppErrorDetail } from '../errors/app-error';
import { isCalendarDate } from '../policies/effective-window';
import { isVersionId } from '../policies/policy-version.access';

/** At most this many columns in one comparison (the issue asks for 100 jurisdictions in under 300 ms). */
export const MAX_COLUMNS = 200;

/** Which policies to compare, checked: exactly one way of choosing them, and the day to read them on. */
export type Selection =
  | { kind: 'jurisdictions'; codes: string[]; at: string }
  | { kind: 'versions'; ids: string[]; at: string }
  | { kind: 'history'; code: string; at: string };

/** What a request says about the selection, as a query (comma-separated lists) or a JSON body (arrays). */
export interface SelectionInput {
  jurisdictions?: string | string[];
  versions?: string | string[];
  history?: string;
  at?: string;
}

/** "441623,371702" or ["441623", "371702"] (or a repeated query parameter) → the trimmed, distinct values. */
function list(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const parts = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(/[,，\s]+/));
  return [...new Set(parts.map((part) => part.trim()).filter((part) => part.length > 0))];
}

/** A value to quote in a message: printable and short. */
function shown(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, '');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

/**
 * Reads the selection, refusing (400, with the parameter as the field) anything that cannot name a policy: none or
 * two ways of choosing, a code that is not 6 digits, an id no version can have, a day not in the calendar, too many.
 */
export function readSelection(input: SelectionInput, today: string, prefix = ''): Selection {
  const field = (name: string) => `${prefix}${name}`;
  const issues: AppErrorDetail[] = [];
  const at = input.at === undefined || input.at === '' ? today : input.at;
  if (!isCalendarDate(at)) issues.push({ field: field('at'), message: `比较日期（at）应为有效日期 YYYY-MM-DD，例如 ${today}，而不是“${shown(String(at))}”` });

  const jurisdictions = list(input.jurisdictions);
  const versions = list(input.versions);
  const history = input.history === undefined || input.history === '' ? undefined : String(input.history).trim();
  const given = [jurisdictions && 'jurisdictions', versions && 'versions', history !== undefined && 'history'].filter((name): name is string => Boolean(name));
  if (given.length !== 1) {
    issues.push({
      field: given.length === 0 ? field('jurisdictions') : field(given[1] ?? 'versions'),
      message:
        given.length === 0
          ? '请选择要比较的政策：jurisdictions（行政区划代码，逗号分隔，如 441623,371702）、versions（政策版本 ID，逗号分隔）或 history（一个行政区划代码：比较其各版本）'
          : `jurisdictions、versions、history 只能选用其一，而不是同时给出 ${given.join('、')}`,
    });
  }
  if (jurisdictions) {
    if (jurisdictions.length === 0) issues.push({ field: field('jurisdictions'), message: '请至少选择一个行政区划（jurisdictions，例如 441623,371702）' });
    if (jurisdictions.length > MAX_COLUMNS) issues.push({ field: field('jurisdictions'), message: `一次最多比较 ${MAX_COLUMNS} 个行政区划，而不是 ${jurisdictions.length} 个` });
    const wrong = jurisdictions.filter((code) => !/^\d{6}$/.test(code));
    if (wrong.length > 0) {
      issues.push({ field: field('jurisdictions'), message: `行政区划代码应为 6 位数字（GB/T 2260，如 441623），而不是 ${wrong.slice(0, 5).map((code) => `“${shown(code)}”`).join('、')}` });
    }
  }
  if (versions) {
    if (versions.length === 0) issues.push({ field: field('versions'), message: '请至少选择一个政策版本（versions）' });
    if (versions.length > MAX_COLUMNS) issues.push({ field: field('versions'), message: `一次最多比较 ${MAX_COLUMNS} 个政策版本，而不是 ${versions.length} 个` });
    const wrong = versions.filter((id) => !isVersionId(id));
    if (wrong.length > 0) issues.push({ field: field('versions'), message: `政策版本 ID 无效：${wrong.slice(0, 5).map((id) => `“${shown(id)}”`).join('、')}；请从政策列表中选择版本` });
  }
  if (history !== undefined && !/^\d{6}$/.test(history)) {
    issues.push({ field: field('history'), message: `history 应为一个 6 位行政区划代码（如 441623），而不是“${shown(history)}”` });
  }
  if (issues.length > 0) throw new AppError('validation-failed', issues.length === 1 ? (issues[0]?.message ?? '比较参数不正确') : `比较参数有 ${issues.length} 处需要修改`, issues);
  if (jurisdictions) return { kind: 'jurisdictions', codes: jurisdictions, at };
  if (versions) return { kind: 'versions', ids: versions, at };
  return { kind: 'history', code: history ?? '', at };
}
