import { ROLES } from '@banfa/permissions';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * Seed data lives in YAML, not in code: the jurisdiction tree beside the policies (policies/jurisdictions.yaml) and
 * the demo organisations and accounts (apps/api/seed-data/demo-accounts.yaml).
 */
const code = z.string().regex(/^\d{6}$/);

const jurisdictionsSchema = z.strictObject({
  jurisdictions: z.array(
    z.strictObject({ code, name: z.string().min(1), level: z.enum(['province', 'city', 'county']), parent: code.optional() }),
  ),
});

const demoSchema = z.strictObject({
  password: z.string().min(8),
  organisations: z.array(
    z.strictObject({
      id: z.string().min(1),
      jurisdiction: code,
      name: z.string().min(1),
      kind: z.enum(['department', 'review-body']),
      bodyKey: z.string().optional(),
    }),
  ),
  accounts: z.array(
    z.strictObject({
      id: z.string().min(1),
      username: z.string().min(1),
      displayName: z.string().min(1),
      role: z.enum(Object.keys(ROLES) as [keyof typeof ROLES, ...Array<keyof typeof ROLES>]),
      jurisdiction: code,
      organisation: z.string().optional(),
    }),
  ),
});

export type JurisdictionSeed = z.infer<typeof jurisdictionsSchema>['jurisdictions'][number];
export type DemoSeed = z.infer<typeof demoSchema>;

function load<T>(file: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    throw new Error(`${file} 格式有误：${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('；')}`);
  }
  return result.data;
}

export const loadJurisdictions = (file: string): JurisdictionSeed[] => load(file, jurisdictionsSchema).jurisdictions;
export const loadDemo = (file: string): DemoSeed => load(file, demoSchema);
