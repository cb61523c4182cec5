import type { ProjectInput } from '@banfa/policy-runtime';
import { eventsSchema, factsSchema, toEvents, toFactValues } from '@banfa/policy-testing';
import { z } from 'zod';

/**
 * A sample project as `banfa compare --project` reads it and the api receives it: its facts (money with its unit,
 * "80万元"; booleans; whole numbers; enum values) and its dated events, in the format of docs/cli-input.md.
 */
export const sampleProjectSchema = z.strictObject({ facts: factsSchema.default({}), events: eventsSchema.default([]) });

export type SampleProjectFile = z.input<typeof sampleProjectSchema>;

/** A problem with the input, at the path of the field (`facts.totalInvestment`, `events[0].on`). */
export interface SampleProjectIssue {
  path: string;
  message: string;
}

export type SampleProjectResult = { ok: true; project: ProjectInput } | { ok: false; issues: SampleProjectIssue[] };

const MAX_ENTRIES = 500;

/**
 * Reads a sample project, naming every field at fault: the shape (unknown keys, a value of the wrong kind), an
 * amount that does not read ("30.0000001万元" is finer than 1 分), a day that is not in the calendar. Whether a fact's
 * value fits the policies compared is for `compareOutcomes` to say (`facts.invalid`), since it depends on them.
 */
export function parseSampleProject(input: unknown): SampleProjectResult {
  const parsed = sampleProjectSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: issuePath(issue.path), message: issueMessage(issue) })) };
  }
  const issues: SampleProjectIssue[] = [];
  const { facts, events } = parsed.data;
  if (Object.keys(facts).length > MAX_ENTRIES) issues.push({ path: 'facts', message: `事实最多 ${MAX_ENTRIES} 项` });
  if (events.length > MAX_ENTRIES) issues.push({ path: 'events', message: `事件最多 ${MAX_ENTRIES} 个` });
  const values: ProjectInput['facts'] = {};
  for (const [key, value] of Object.entries(facts)) {
    if (!/^[a-z][A-Za-z0-9]{0,63}$/.test(key)) {
      issues.push({ path: `facts.${key.slice(0, 64)}`, message: '事实键应为小驼峰英文（如 totalInvestment），最长 64 个字符' });
      continue;
    }
    try {
      Object.assign(values, toFactValues({ [key]: value }));
    } catch (error) {
      issues.push({ path: `facts.${key}`, message: error instanceof Error ? error.message : '金额无效' });
    }
  }
  events.forEach((event, index) => {
    if (!isCalendarDay(event.on)) issues.push({ path: `events[${index}].on`, message: `“${event.on}”不是有效日期，应为 YYYY-MM-DD` });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, project: { facts: values, events: toEvents(events) } };
}

/** A real calendar day written YYYY-MM-DD (2025-02-30 is not one). */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');
}

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `样例项目只有 facts（事实）和 events（事件），不认识：${issue.keys.join('、')}`;
    case 'invalid_type':
      return issue.path.length === 0
        ? '样例项目应为对象 { facts, events }'
        : issue.path[0] === 'facts' && issue.path.length > 1
          ? '事实的值应为带单位的金额（如 "80万元"）、true/false、整数或选项值'
          : issue.path[0] === 'facts'
            ? 'facts 应为对象：事实键 → 值'
            : issue.path.length === 1
              ? 'events 应为事件列表：[{ kind, on }]'
              : issue.message;
    case 'invalid_union':
      return '事实的值应为带单位的金额（如 "80万元"）、true/false、整数或选项值';
    default:
      return issue.message;
  }
}
