import { describe, expect, it } from 'vitest';
import { createFactEnvironment } from './cel-environment';
import { explainCondition } from './cel-explain';
import { resolveFacts } from './facts';

const facts = resolveFacts({
  facts: [
    { key: 'totalInvestment', cite: { article: 12 } },
    { key: 'involvesCryptography', cite: { article: 11 } },
    { key: 'category', cite: { article: 2 } },
  ],
});
const env = createFactEnvironment(facts);
const explain = (expression: string) => explainCondition(env, expression, facts);

describe('explainCondition', () => {
  it('accepts a well-typed condition', () => {
    expect(explain('involvesCryptography == true && totalInvestment > 50000000')).toEqual({ valid: true });
  });

  it('says in Chinese that money cannot be compared with true, and underlines the comparison', () => {
    const result = explain('involvesCryptography && totalInvestment == true');
    expect(result).toMatchObject({ valid: false, from: 24, to: 47 });
    if (result.valid) return;
    expect(result.message).toBe('“totalInvestment == true”类型不匹配：整数（金额类事实以“分”计，也是整数）不能与是/否（bool）用“==”比较');
    expect(result.hint).toContain('以分计');
  });

  it('names an undeclared fact and suggests the declared one it differs from only in case', () => {
    const result = explain('totalinvestment > 1');
    expect(result).toMatchObject({ valid: false, message: '未声明的事实“totalinvestment”', from: 0, to: 15 });
    if (!result.valid) expect(result.hint).toContain('totalInvestment');
  });

  it('reports an expression that does not yield 是/否, an incomplete one and an empty one', () => {
    expect(explain('totalInvestment')).toMatchObject({ valid: false, message: expect.stringContaining('结果应为是/否') });
    expect(explain('totalInvestment > ')).toMatchObject({ valid: false, message: '表达式不完整：结尾缺少内容', from: 18 });
    expect(explain('  ')).toMatchObject({ valid: false, message: '条件表达式为空' });
  });

  it('translates mixed lists, bad operands and unterminated text', () => {
    expect(explain('category in ["software", 1]')).toMatchObject({ valid: false, message: expect.stringContaining('列表中的元素类型须一致') });
    expect(explain('totalInvestment && involvesCryptography')).toMatchObject({ valid: false, message: expect.stringContaining('两侧都须是是/否条件') });
    expect(explain('category == "soft')).toMatchObject({ valid: false, message: '文字缺少结尾的引号' });
    expect(explain('!totalInvestment')).toMatchObject({ valid: false, message: expect.stringContaining('“!”不能用于整数') });
  });
});
