import { createFactEnvironment, resolveFacts, type FactValues, type ResolvedFact } from '@banfa/policy-model';
import { describe, expect, it } from 'vitest';
import { compileCel } from './cel.compile';
import { PlainFacts } from './fact-row';

const facts: ResolvedFact[] = [
  { key: 'secret', type: 'boolean', label: '涉密', canonical: false },
  { key: 'crypto', type: 'boolean', label: '涉及密码', canonical: false },
  { key: 'nature', type: 'enum', label: '建设性质', options: [{ value: 'new', label: '新建' }, { value: 'operation', label: '运维' }], canonical: false },
  { key: 'amount', type: 'money', label: '金额', canonical: false },
  { key: 'count', type: 'integer', label: '数量', canonical: false },
];
const env = createFactEnvironment(facts);
const byKey = new Map(facts.map((fact) => [fact.key, fact]));
/** The reference: cel-js itself, as the runtime ran every condition before. */
const celJs = (expression: string, values: FactValues) => (env.parse(expression) as unknown as (values: FactValues) => unknown)(values);
const outcome = (run: () => unknown) => {
  try {
    return { value: run() };
  } catch (error) {
    return { error: String(error) };
  }
};

// Every combination of a few values per fact, well typed.
const combinations: FactValues[] = [];
for (const secret of [true, false])
  for (const crypto of [true, false])
    for (const nature of ['new', 'operation', 'other'])
      for (const amount of [0n, 49_999_999n, 50_000_000n, 50_000_001n]) combinations.push({ secret, crypto, nature, amount, count: amount % 3n });

describe('compileCel', () => {
  it('answers as cel-js does for every expression shape it compiles', () => {
    const expressions = [
      'secret',
      '!secret',
      'secret && !crypto',
      '!secret || crypto',
      'secret || crypto || !secret',
      'nature == "operation"',
      'nature != "operation"',
      'nature in ["new", "operation"]',
      'nature in ["renovation"]',
      'amount <= 50000000',
      'amount < 50000000 && crypto',
      'amount > 50000000 || amount >= 49999999',
      'count == 2',
      'secret == crypto',
      'secret ? amount > 1 : nature == "new"',
      '(secret)',
    ];
    for (const expression of expressions) {
      const program = compileCel(env, byKey, expression);
      for (const values of combinations) {
        expect(outcome(() => program.run(values)), `${expression} ${JSON.stringify(values, (_key, value) => (typeof value === 'bigint' ? `${value}n` : value))}`).toEqual(
          outcome(() => celJs(expression, values)),
        );
      }
    }
  });

  it('reads the fact keys in order of first appearance', () => {
    expect(compileCel(env, byKey, 'crypto && (secret || crypto) && nature == "new"').keys).toEqual(['crypto', 'secret', 'nature']);
  });

  it('leaves what it does not compile to cel-js, with cel-js’s answer', () => {
    for (const expression of ['amount + 1 > 50000000', 'size(nature) > 2', 'amount == 5.0', 'nature.startsWith("op")']) {
      const program = compileCel(env, byKey, expression);
      for (const values of combinations.slice(0, 12)) expect(outcome(() => program.run(values)), expression).toEqual(outcome(() => celJs(expression, values)));
    }
  });

  it('hands facts that do not have their declared type to cel-js, which refuses them as before', () => {
    const program = compileCel(env, byKey, '!secret');
    const wrong = { secret: 'yes', crypto: true, nature: 'new', amount: 1n, count: 1n } as FactValues;
    expect(outcome(() => program.run(wrong))).toEqual(outcome(() => celJs('!secret', wrong)));
    expect(outcome(() => program.run(wrong))).toHaveProperty('error');
  });

  it('decides as cel-js answers: unknown when a fact is missing, cel-js’s answer (or error) when one has the wrong type', () => {
    const shapes = ['secret', '!secret', 'secret && !crypto', 'nature == "operation"', 'amount < 50000000 && crypto', 'secret ? amount > 1 : nature == "new"', 'size(nature) > 2'];
    const wrongs: FactValues[] = [
      { secret: 'yes', crypto: true, nature: 'new', amount: 1n, count: 1n },
      { secret: true, crypto: 1n, nature: 'new', amount: 50_000_000n, count: 1n },
      { secret: false, crypto: true, nature: 7n, amount: '80万元', count: 1n },
    ] as FactValues[];
    const missing: FactValues[] = [{}, { secret: true }, { crypto: false, nature: 'new' }, { secret: 'yes', amount: 1n }] as FactValues[];
    for (const expression of shapes) {
      const program = compileCel(env, byKey, expression);
      for (const values of [...combinations, ...wrongs, ...missing]) {
        const expected = program.keys.some((key) => values[key] === undefined) ? { value: 'unknown' } : outcome(() => celJs(expression, values) === true);
        expect(outcome(() => program.decide(new PlainFacts(values))), `${expression} ${JSON.stringify(values, (_key, value) => (typeof value === 'bigint' ? `${value}n` : value))}`).toEqual(expected);
      }
    }
  });

  it('fails where cel-js fails to parse, when run, not when compiled', () => {
    const program = compileCel(env, byKey, 'secret &&');
    expect(program.keys).toEqual([]);
    expect(() => program.run({ secret: true })).toThrow();
  });

  it('compiles the conditions of a real document the same way (resolved facts)', () => {
    const doc = { facts: [{ key: 'involvesCryptography', cite: { article: 1 } }] };
    const resolved = resolveFacts(doc);
    const realEnv = createFactEnvironment(resolved);
    const program = compileCel(realEnv, new Map(resolved.map((fact) => [fact.key, fact])), '!involvesCryptography');
    expect([program.run({ involvesCryptography: true }), program.run({ involvesCryptography: false })]).toEqual([false, true]);
  });
});
