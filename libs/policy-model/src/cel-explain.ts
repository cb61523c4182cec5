import type { FactEnvironment } from './cel-environment';
import type { ResolvedFact } from './facts';

/**
 * A CEL condition checked for someone who writes no code: what is wrong in Chinese, where (character offsets, so an
 * editor can underline it) and how to fix it. cel-js reports in English with its own error codes; the codes are
 * stable, so they are translated here rather than the messages.
 */
export type CelExplanation =
  | { valid: true }
  | { valid: false; message: string; hint?: string; from: number; to: number };

const TYPE_TEXT: Readonly<Record<string, string>> = {
  int: '整数（金额类事实以“分”计，也是整数）',
  uint: '无符号整数',
  double: '小数',
  bool: '是/否（bool）',
  string: '文字',
  bytes: '字节',
  list: '列表',
  map: '映射',
  null: '空值（null）',
};

interface CelErrorLike {
  code?: string;
  summary?: string;
  message?: string;
  range?: { start: number; end: number };
}

export function explainCondition(env: FactEnvironment, expression: string, facts: ReadonlyArray<ResolvedFact> = []): CelExplanation {
  if (expression.trim() === '') {
    return { valid: false, message: '条件表达式为空', hint: '例如 involvesCryptography == true', from: 0, to: 0 };
  }
  const result = env.check(expression);
  if (result.valid) {
    if (result.type === 'bool') return { valid: true };
    return {
      valid: false,
      message: `条件的结果应为是/否（bool），此表达式的结果是${typeText(String(result.type))}`,
      hint: '把事实与一个值比较，例如 totalInvestment > 50000000（即 50万元，金额以分计）或 category == "software"',
      from: 0,
      to: expression.length,
    };
  }
  const error = (result.error ?? {}) as CelErrorLike;
  const from = error.range?.start ?? 0;
  const to = Math.max(error.range?.end ?? expression.length, from);
  const snippet = expression.slice(from, to).trim();
  const summary = error.summary ?? error.message?.split('\n')[0] ?? '';
  return { valid: false, ...translate(error.code, summary, snippet, facts), from, to };
}

function translate(code: string | undefined, summary: string, snippet: string, facts: ReadonlyArray<ResolvedFact>): { message: string; hint?: string } {
  const quoted = snippet ? `“${snippet}”` : '';
  switch (code) {
    case 'unknown_variable': {
      const name = /Unknown variable: (\S+)/.exec(summary)?.[1] ?? snippet;
      const near = facts.find((fact) => fact.key.toLowerCase() === name.toLowerCase());
      return {
        message: `未声明的事实“${name}”`,
        hint: near
          ? `是否指“${near.key}”（${near.label}）？事实名区分大小写`
          : '条件只能读取本办法“事实”中声明的事实；需要新的事实，请先在“事实”中添加',
      };
    }
    case 'no_such_overload': {
      const binary = /no such overload: (\w+) (\S+) (\w+)/.exec(summary);
      if (binary) {
        const [, left = '', op = '', right = ''] = binary;
        return {
          message: `${quoted}类型不匹配：${typeText(left)}不能与${typeText(right)}用“${op}”比较`,
          hint: overloadHint(left, right),
        };
      }
      const unary = /no such overload: (\W+)(\w+)/.exec(summary);
      return {
        message: `${quoted}类型不匹配：“${unary?.[1] ?? ''}”不能用于${typeText(unary?.[2] ?? '')}`,
        hint: '“!”（并非）只能用于是/否类事实，例如 !classified',
      };
    }
    case 'invalid_logical_operand':
      return {
        message: `${quoted}中“&&”（并且）、“||”（或者）两侧都须是是/否条件`,
        hint: '金额等数值须先与一个值比较，例如 totalInvestment > 50000000 && classified',
      };
    case 'heterogeneous_list_element':
      return { message: `${quoted}：列表中的元素类型须一致`, hint: '例如 constructionNature in ["new", "expansion"]' };
    case 'incompatible_ternary_branches':
      return { message: `${quoted}：“? :”两个分支的类型须一致` };
    case 'unexpected_token':
      return /EOF/.test(summary)
        ? { message: '表达式不完整：结尾缺少内容', hint: '检查比较符号后是否写了值、括号是否成对' }
        : { message: `无法识别的符号${quoted}`, hint: '比较用 ==、!=、<、<=、>、>=，并且用 &&，或者用 ||，并非用 !' };
    case 'unexpected_character':
      return { message: `无法识别的字符${quoted}`, hint: '表达式中的符号须为英文半角，例如 == 而不是 ＝＝' };
    case 'unterminated_string':
    case 'unterminated_triple_quoted_string':
      return { message: '文字缺少结尾的引号', hint: '文字值须写在一对英文双引号中，例如 "software"' };
    case 'newline_in_string':
      return { message: '文字值中不能换行' };
    case 'reserved_identifier':
      return { message: `${quoted}是保留字，不能用作事实名` };
    default:
      return { message: `条件表达式有误：${summary || '无法解析'}` };
  }
}

function overloadHint(left: string, right: string): string | undefined {
  const types = new Set([left, right]);
  if (types.has('int') && types.has('bool')) {
    return '金额、整数类事实不能与 true/false 比较；是/否类事实直接写事实名（或 == true），金额请与以分计的整数比较，例如 totalInvestment > 50000000';
  }
  if (types.has('int') && types.has('string')) {
    return '金额、整数类事实请与不带引号的整数比较；选项类事实请与带引号的选项值比较，例如 category == "software"';
  }
  if (types.has('bool') && types.has('string')) return '是/否类事实请与 true 或 false 比较（不加引号）';
  return undefined;
}

function typeText(type: string): string {
  return TYPE_TEXT[type] ?? type;
}
