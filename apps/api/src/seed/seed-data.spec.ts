import { ROLES } from '@banfa/permissions';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadDemo, loadJurisdictions } from './seed-data';

const ROOT = resolve(__dirname, '../../../..');
const demo = loadDemo(join(ROOT, 'apps/api/seed-data/demo-accounts.yaml'));
const jurisdictions = loadJurisdictions(join(ROOT, 'policies/jurisdictions.yaml'));

/** Each seed regulation's jurisdiction and the body catalogue keys of its bodies (the applicant is the department). */
const regulations = readdirSync(join(ROOT, 'policies'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.policy.yaml'))
  .map((file) => {
    const doc = parse(readFileSync(join(ROOT, 'policies', file), 'utf8')) as { jurisdiction: { code: string }; bodies: Array<{ catalogueKey: string }> };
    return { file, code: doc.jurisdiction.code, bodyKeys: [...new Set(doc.bodies.map((body) => body.catalogueKey))].filter((key) => key !== 'applicant') };
  });

describe('demo organisations and accounts', () => {
  it('cover the five seed jurisdictions', () => {
    expect(regulations.map((regulation) => regulation.code).sort()).toEqual(['141023', '210882', '360000', '371702', '441623']);
  });

  it.each(regulations)('give every review body of $file an organisation and a reviewer', ({ code, bodyKeys }) => {
    for (const bodyKey of bodyKeys) {
      const organisation = demo.organisations.find((candidate) => candidate.jurisdiction === code && candidate.kind === 'review-body' && candidate.bodyKey === bodyKey);
      expect(organisation, `${code} has no review body for ${bodyKey}`).toBeDefined();
      expect(demo.accounts.some((account) => account.role === 'reviewer' && account.organisation === organisation?.id), `${code} ${bodyKey} has no reviewer`).toBe(true);
    }
    const extra = demo.organisations.filter((candidate) => candidate.jurisdiction === code && candidate.kind === 'review-body' && !bodyKeys.includes(candidate.bodyKey ?? ''));
    expect(extra, 'review bodies the regulation does not name').toEqual([]);
  });

  it.each(regulations)('give $file a policy admin (数据局) and a department', ({ code }) => {
    const inJurisdiction = demo.accounts.filter((account) => account.jurisdiction === code);
    const policyAdmins = inJurisdiction.filter((account) => account.role === 'policy-admin');
    expect(policyAdmins).toHaveLength(1);
    expect(demo.organisations.find((organisation) => organisation.id === policyAdmins[0]?.organisation)?.bodyKey).toBe('data-bureau');
    expect(inJurisdiction.filter((account) => account.role === 'department').length).toBeGreaterThanOrEqual(1);
  });

  it('give every province an observer, and keep one platform administrator', () => {
    const provinces = jurisdictions.filter((jurisdiction) => jurisdiction.level === 'province').map((jurisdiction) => jurisdiction.code).sort();
    const observed = demo.accounts.filter((account) => account.role === 'provincial-observer').map((account) => account.jurisdiction).sort();
    expect(observed).toEqual(provinces);
    expect(demo.accounts.filter((account) => account.role === 'platform-admin').map((account) => account.username)).toEqual(['admin']);
  });

  it('keep the usernames tests and the web rely on', () => {
    const usernames = demo.accounts.map((account) => account.username);
    expect(usernames).toEqual(expect.arrayContaining(['admin', 'lp-policy', 'lp-dept', 'lp-data', 'lp-finance', 'lp-crypto', 'gd-observer']));
  });

  it('are listed in README.md, one row each', () => {
    const whole = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = whole.indexOf('## Demo accounts');
    expect(start, 'README.md has a “Demo accounts” section').toBeGreaterThanOrEqual(0);
    const readme = whole.slice(start, whole.indexOf('\n## ', start + 1));
    const names = new Map(jurisdictions.map((jurisdiction) => [jurisdiction.code, jurisdiction.name]));
    const organisations = new Map(demo.organisations.map((organisation) => [organisation.id, organisation.name]));
    for (const account of demo.accounts) {
      const where = account.role === 'platform-admin' ? '全平台' : `${account.jurisdiction} ${names.get(account.jurisdiction)}`;
      const row = `| \`${account.username}\` | ${ROLES[account.role]} | ${where} | ${account.organisation ? organisations.get(account.organisation) : '—'} |`;
      expect(readme, `README.md lacks the row ${row}`).toContain(row);
    }
    expect(readme.match(/^\| `[^`]+` \| /gm)).toHaveLength(demo.accounts.length);
  });

  it('refuse a file whose references do not hold, naming where', () => {
    const dir = mkdtempSync(join(tmpdir(), 'banfa-demo-'));
    try {
      const file = join(dir, 'demo.yaml');
      writeFileSync(
        file,
        [
          'password: banfa2025',
          'organisations:',
          '  - { id: dept, jurisdiction: "441623", name: 教育局, kind: department }',
          '  - { id: body, jurisdiction: "441623", name: 税务局, kind: review-body, bodyKey: tax-bureau }',
          'accounts:',
          '  - { id: u1, username: a, displayName: A, role: reviewer, jurisdiction: "441623", organisation: dept }',
          '  - { id: u2, username: a, displayName: B, role: department, jurisdiction: "441623", organisation: nowhere }',
        ].join('\n'),
      );
      expect(() => loadDemo(file)).toThrow(/organisations\.1\.bodyKey: 审查机构 body 应有机构目录中的 bodyKey/);
      expect(() => loadDemo(file)).toThrow(/accounts\.0\.organisation: 角色 reviewer 的账号应属于一个 review-body 单位/);
      expect(() => loadDemo(file)).toThrow(/accounts\.1: 账号 username:a 重复/);
      expect(() => loadDemo(file)).toThrow(/accounts\.1\.organisation: 找不到单位 nowhere/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
