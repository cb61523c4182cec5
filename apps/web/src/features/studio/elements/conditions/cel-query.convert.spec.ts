/// <reference types="node" />
import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { createFactEnvironment, parsePolicyYaml, resolveFacts, type PolicyDocument } from '@banfa/policy-model';
import { evaluate } from '@banfa/policy-runtime';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RuleGroupType } from 'react-querybuilder';
import { describe, expect, it } from 'vitest';
import { SEED_FILES } from '../testing/mount.test-helper';
import { yamlSetIn } from '../testing/yaml-edit.test-helper';
import { celToQuery, queryToCel } from './cel-query.convert';

const LIANPING = readFileSync(resolve(import.meta.dirname, '../../../../../../../policies/441623-lianping/consultation-draft-2.policy.yaml'), 'utf8');
const parsed = parsePolicyYaml(LIANPING);
if (!parsed.ok) throw new Error('连平 does not parse');
const facts = resolveFacts(parsed.written);
const env = createFactEnvironment(facts);
const read = (cel: string) => celToQuery(cel, facts, env);
const write = (query: RuleGroupType) => queryToCel(query, facts);

describe('celToQuery / queryToCel', () => {
  it('round-trips a condition on a boolean and a money fact, showing the amount in 万元', () => {
    const cel = 'involvesCryptography == true && totalInvestment > 50000000';
    const result = read(cel);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.query).toMatchObject({
      combinator: 'and',
      rules: [
        { field: 'involvesCryptography', operator: '=', value: true },
        { field: 'totalInvestment', operator: '>', value: '50' },
      ],
    });
    expect(write(result.query)).toEqual({ ok: true, cel });
  });

  it('reads the shapes the seed policies use: bare facts, negations, enums, lists and nested groups', () => {
    for (const cel of ['involvesCryptography', '!classified', 'constructionNature != "operation"', 'projectScope == "public"', 'constructionNature in ["new", "expansion"]', '!inAnnualPlan || (category == "software" && !classified)']) {
      const result = read(cel);
      expect(result.ok, cel).toBe(true);
    }
    const result = read('!inAnnualPlan || (category == "software" && !classified)');
    if (result.ok) expect(write(result.query)).toEqual({ ok: true, cel: '!(inAnnualPlan == true) || (category == "software" && !(classified == true))' });
  });

  it('keeps amounts exact: 1.234567万元 is 1234567分, and amounts finer than 1分 are refused', () => {
    const query: RuleGroupType = { combinator: 'and', rules: [{ field: 'contractAmount', operator: '<=', value: '1.234567' }] };
    expect(write(query)).toEqual({ ok: true, cel: 'contractAmount <= 1234567' });
    const back = read('contractAmount <= 1234567');
    expect(back.ok && back.query.rules[0]).toMatchObject({ value: '1.234567' });
    expect(write({ combinator: 'and', rules: [{ field: 'contractAmount', operator: '<=', value: '0.0000001' }] })).toEqual({ ok: false, reason: '“合同金额”：精度超过 1 分（万元最多保留 6 位小数）' });
  });

  it('says why an expression stays in the text editor instead of dropping part of it', () => {
    expect(read('size(projectName) > 3')).toMatchObject({ ok: false, reason: expect.stringContaining('不能表示') });
    expect(read('classified ? inAnnualPlan : dataShared')).toMatchObject({ ok: false, reason: expect.stringContaining('不能表示') });
    expect(read('totalInvestment > contractAmount')).toMatchObject({ ok: false });
    expect(read('totalInvestment == true')).toMatchObject({ ok: false, reason: expect.stringContaining('类型不匹配') });
    expect(read('projectName == "x"')).toMatchObject({ ok: false, reason: '可视化编辑器不支持文字类事实“项目名称”' });
  });

  it('refuses to write a query that is not complete yet, naming the rule', () => {
    expect(write({ combinator: 'and', rules: [] })).toEqual({ ok: false, reason: '请添加至少一条条件' });
    expect(write({ combinator: 'and', rules: [{ field: 'totalInvestment', operator: '>', value: '' }] })).toMatchObject({ ok: false, reason: expect.stringContaining('项目总投资') });
    expect(write({ combinator: 'or', rules: [{ field: 'classified', operator: '=', value: true }, { combinator: 'and', rules: [] }] })).toEqual({ ok: false, reason: '条件组中还没有条件' });
  });

  it('writes enum lists, negated groups and integer comparisons as CEL that type-checks', () => {
    const query: RuleGroupType = {
      combinator: 'or',
      not: true,
      rules: [
        { field: 'constructionNature', operator: 'notIn', value: ['new', 'expansion'] },
        { field: 'category', operator: '=', value: 'software' },
      ],
    };
    const result = write(query);
    expect(result).toEqual({ ok: true, cel: '!(!(constructionNature in ["new", "expansion"]) || category == "software")' });
    if (result.ok) expect(env.check(result.cel)).toMatchObject({ valid: true, type: 'bool' });
  });
});

describe('the seed policies’ conditions in the builder', () => {
  it('shows every CEL condition of the five policies’ elements in the builder, each read back unchanged in meaning', () => {
    for (const file of Object.values(SEED_FILES)) {
      const result = parsePolicyYaml(readFileSync(resolve(import.meta.dirname, '../../../../../../../policies', file), 'utf8'));
      if (!result.ok) throw new Error(file);
      const seedFacts = resolveFacts(result.written);
      const seedEnv = createFactEnvironment(seedFacts);
      // The settings' overrides hold conditions of other readings, over facts those readings add: not the elements'.
      const { settings: _settings, ...elements } = result.written;
      const conditions: string[] = [];
      JSON.stringify(elements, (key, value: unknown) => {
        if (key === 'cel' && typeof value === 'string') conditions.push(value);
        return value;
      });
      expect(conditions.length, file).toBeGreaterThan(10);
      const unreadable = conditions.filter((cel) => !celToQuery(cel, seedFacts, seedEnv).ok);
      expect(unreadable, file).toEqual([]);
    }
  });
});

describe('a condition built visually, run by the runtime', () => {
  const calendar = new WorkingCalendar(chineseDaysYears());
  const withCondition = (cel: string): PolicyDocument => {
    const text = yamlSetIn(LIANPING, ['stages', 0, 'steps', 1, 'when'], { cel, description: '涉及密码应用且总投资超过80万元' });
    const result = parsePolicyYaml(text);
    if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('; '));
    return result.document;
  };
  const cryptoReview = (doc: PolicyDocument, amountFen: bigint, crypto: boolean) =>
    evaluate(doc, { facts: { totalInvestment: amountFen, involvesCryptography: crypto, projectScope: 'public', classified: false }, events: [{ kind: 'submitted', on: '2025-09-30' }] }, '2025-10-09', { calendar }).steps.find((step) => step.id === 'crypto-review');

  it('applies 密码应用审核 above 80万元 for a cryptography project, and skips it at exactly 80万元 or without cryptography', () => {
    const built = write({
      combinator: 'and',
      rules: [
        { field: 'involvesCryptography', operator: '=', value: true },
        { field: 'totalInvestment', operator: '>', value: '80' },
      ],
    });
    expect(built).toEqual({ ok: true, cel: 'involvesCryptography == true && totalInvestment > 80000000' });
    if (!built.ok) return;
    const doc = withCondition(built.cel);
    expect(cryptoReview(doc, 80_000_001n, true)).toMatchObject({ state: 'active', condition: { result: true } });
    expect(cryptoReview(doc, 80_000_000n, true)).toMatchObject({ state: 'skipped', condition: { result: false } });
    expect(cryptoReview(doc, 200_000_000n, false)).toMatchObject({ state: 'skipped' });
    expect(cryptoReview(doc, 80_000_001n, true)?.condition?.text).toBe('涉及密码应用且总投资超过80万元');
  });
});
