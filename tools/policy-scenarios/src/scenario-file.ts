import { parseMoneyWithUnit, type FactValue, type ProjectEvent } from '@banfa/policy-model';
import { z } from 'zod';

/**
 * The YAML scenario tests that sit beside each policy (OpenFisca-style: name / at / facts / events / expect),
 * readable by a policy admin. Money facts are written with their unit: "30万元", "1200元".
 */
const factValue = z.union([z.string(), z.boolean(), z.number().int()]);

export const scenarioFileSchema = z.strictObject({
  policy: z.string(),
  scenarios: z.array(
    z.strictObject({
      name: z.string(),
      at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      facts: z.record(z.string(), factValue).default({}),
      events: z
        .array(
          z.strictObject({
            kind: z.string(),
            on: z.string(),
            step: z.string().optional(),
            outcome: z.enum(['approve', 'return', 'reject']).optional(),
            reason: z.string().optional(),
          }),
        )
        .default([]),
      expect: z.strictObject({
        track: z.string().nullable().optional(),
        steps: z.record(z.string(), z.string()).optional(),
        dueOn: z.record(z.string(), z.string()).optional(),
        /** The ids of the attachments required, in order. */
        attachments: z.array(z.string()).optional(),
      }),
    }),
  ),
});

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;

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
