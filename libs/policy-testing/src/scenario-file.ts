import { parseMoneyWithUnit, PROJECT_EVENT_KINDS, type FactValue, type ProjectEvent } from '@banfa/policy-model';
import type { ChangeRequest } from '@banfa/policy-runtime';
import { z } from 'zod';

/** Dated project events as written in scenario and input files. */
export const eventsSchema = z.array(
  z.strictObject({
    kind: z.enum(PROJECT_EVENT_KINDS, { error: `未知的事件类型，可选：${PROJECT_EVENT_KINDS.join('、')}` }),
    on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD'),
    step: z.string().optional(),
    outcome: z.enum(['approve', 'return', 'reject']).optional(),
    reason: z.string().optional(),
    obligation: z.string().optional(),
  }),
);

/** A change request as written in scenario and input files: 附表3 lines (原小计 / 现小计) with their unit. */
export const changeSchema = z.strictObject({
  on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD'),
  lines: z.array(z.strictObject({ old: z.string().optional(), new: z.string().optional() })).default([]),
  newTotal: z.string().optional(),
  changedAmount: z.string().optional(),
});

/** Facts as written in scenario and input files: money with its unit ("30万元"), booleans, integers, enum values. */
export const factsSchema = z.record(z.string(), z.union([z.string(), z.boolean(), z.number().int()]));

/**
 * The YAML scenario tests that sit beside each policy (OpenFisca-style: name / at / facts / events / expect),
 * readable by a policy admin. Money facts are written with their unit: "30万元", "1200元".
 */
export const scenarioFileSchema = z.strictObject({
  policy: z.string(),
  scenarios: z.array(
    z.strictObject({
      name: z.string(),
      at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      /** The reading chosen per ambiguity setting for this case, e.g. { A3: parallel }; the others keep their `reading`. */
      readings: z.record(z.string(), z.string()).default({}),
      facts: factsSchema.default({}),
      events: eventsSchema.default([]),
      /** A change request to check against the change rules (连平 附表3 lines: 原小计 / 现小计, with their unit). */
      change: changeSchema.optional(),
      /** A submission of one of the policy's forms, validated as the api validates it (fields required under a reading …). */
      form: z.strictObject({ id: z.string(), values: z.record(z.string(), z.unknown()).default({}) }).optional(),
      expect: z.strictObject({
        track: z.string().nullable().optional(),
        steps: z.record(z.string(), z.string()).optional(),
        dueOn: z.record(z.string(), z.string()).optional(),
        /** Step id → the id of the body that acts on it (who the regulation makes responsible). */
        bodies: z.record(z.string(), z.string()).optional(),
        /** The ids of the attachments required, in order. */
        attachments: z.array(z.string()).optional(),
        /** Obligation id → its next due date (YYYY-MM-DD) or its state (open, fulfilled, overdue, waiting, ended). */
        obligations: z.record(z.string(), z.string()).optional(),
        /** Obligation id → the first day of its window (12至24个月: not before), or null when it has none. */
        earliestOn: z.record(z.string(), z.string().nullable()).optional(),
        /** The ids of the gates that hold (不予立项 …), in document order. */
        gates: z.array(z.string()).optional(),
        /** The verdict on `change`: its outcome and the ratio compared (four decimals). */
        change: z.strictObject({ outcome: z.string(), ratio: z.string().optional(), earlierChanges: z.number().int().optional() }).optional(),
        /**
         * Finding source (gate or obligation id) or code (deadline-breached …) → the level of the first such finding:
         * error, warning (原则上), info, or none when there is no such finding.
         */
        findingLevels: z.record(z.string(), z.enum(['error', 'warning', 'info', 'none'])).optional(),
        /** The data paths of the fields of `form` that fail validation, in order. */
        formIssues: z.array(z.string()).optional(),
      }),
    }),
  ),
});

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type Scenario = ScenarioFile['scenarios'][number];

export function toFactValues(facts: Record<string, string | boolean | number>): Record<string, FactValue> {
  return Object.fromEntries(
    Object.entries(facts).map(([key, value]) => {
      if (typeof value === 'number') return [key, BigInt(value)];
      const money = typeof value === 'string' ? parseMoneyWithUnit(value) : null;
      return [key, money ?? value];
    }),
  );
}

export function toEvents(events: ScenarioFile['scenarios'][number]['events']): ProjectEvent[] {
  return events as ProjectEvent[];
}

/** "8万元" → 分; throws on a malformed amount, naming it. */
export function money(text: string): bigint {
  const value = parseMoneyWithUnit(text);
  if (value === null) throw new Error(`金额“${text}”应写成带单位的十进制数，例如 8万元 或 1200元`);
  return value;
}

export function toChange(change: z.infer<typeof changeSchema>): ChangeRequest {
  return {
    on: change.on,
    lines: change.lines.map((line) => ({
      ...(line.old ? { oldSubtotal: money(line.old) } : {}),
      ...(line.new ? { newSubtotal: money(line.new) } : {}),
    })),
    ...(change.newTotal ? { newTotal: money(change.newTotal) } : {}),
    ...(change.changedAmount ? { changedAmount: money(change.changedAmount) } : {}),
  };
}
