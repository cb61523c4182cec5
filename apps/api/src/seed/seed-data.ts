import { ROLES } from '@banfa/permissions';
import { isBodyCatalogueKey } from '@banfa/policy-model';
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

const demoShape = z.strictObject({
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

/**
 * The references inside the file hold: organisations exist and have the kind the role needs, review bodies name a
 * key of the body catalogue, ids and usernames are unique.
 */
const demoSchema = demoShape.superRefine((demo, context) => {
  const issue = (path: Array<string | number>, message: string) => context.addIssue({ code: 'custom', path, message });
  const organisations = new Map(demo.organisations.map((organisation) => [organisation.id, organisation]));
  demo.organisations.forEach((organisation, i) => {
    if (organisations.get(organisation.id) !== organisation) issue(['organisations', i, 'id'], `单位标识 ${organisation.id} 重复`);
    if (organisation.kind === 'review-body' && !(organisation.bodyKey && isBodyCatalogueKey(organisation.bodyKey))) {
      issue(['organisations', i, 'bodyKey'], `审查机构 ${organisation.id} 应有机构目录中的 bodyKey（如 finance-bureau）`);
    }
  });
  const seen = new Set<string>();
  demo.accounts.forEach((account, i) => {
    for (const key of [`id:${account.id}`, `username:${account.username}`]) {
      if (seen.has(key)) issue(['accounts', i], `账号 ${key} 重复`);
      seen.add(key);
    }
    const organisation = account.organisation ? organisations.get(account.organisation) : undefined;
    if (account.organisation && !organisation) issue(['accounts', i, 'organisation'], `找不到单位 ${account.organisation}`);
    const needs = account.role === 'department' ? 'department' : account.role === 'reviewer' ? 'review-body' : undefined;
    if (needs && organisation?.kind !== needs) issue(['accounts', i, 'organisation'], `角色 ${account.role} 的账号应属于一个 ${needs} 单位`);
    if (organisation && organisation.jurisdiction !== account.jurisdiction) {
      issue(['accounts', i, 'jurisdiction'], `账号 ${account.username} 的行政区划与其单位 ${organisation.id} 不一致`);
    }
  });
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
