import Decimal from 'decimal.js';

/**
 * Money is exact: integer 分 (fen) inside, decimal strings at the edges.
 * 1 元 = 100 分; 1 万元 = 1 000 000 分.
 */
export type MoneyUnit = '元' | '万元';

export const FEN_PER_UNIT: Readonly<Record<MoneyUnit, bigint>> = {
  元: 100n,
  万元: 1_000_000n,
};

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

export class MoneyFormatError extends Error {
  constructor(
    readonly input: string,
    readonly unit: MoneyUnit,
    readonly reason: string,
  ) {
    super(`金额“${input}”（${unit}）无效：${reason}`);
    this.name = 'MoneyFormatError';
  }
}

/** Parses a decimal string in the given unit into integer 分, refusing anything finer than 1 分. */
export function parseMoney(input: string, unit: MoneyUnit): bigint {
  const text = input.trim();
  if (!DECIMAL_PATTERN.test(text)) {
    throw new MoneyFormatError(input, unit, '请填写数字，例如 30 或 12.5');
  }
  const fen = new Decimal(text).times(FEN_PER_UNIT[unit].toString());
  if (!fen.isInteger()) {
    const places = unit === '万元' ? 6 : 2;
    throw new MoneyFormatError(input, unit, `精度超过 1 分（${unit}最多保留 ${places} 位小数）`);
  }
  return BigInt(fen.toFixed(0));
}

/** Formats integer 分 as a decimal string in the given unit, without trailing zeros. */
export function formatMoney(fen: bigint, unit: MoneyUnit): string {
  return new Decimal(fen.toString()).dividedBy(FEN_PER_UNIT[unit].toString()).toFixed();
}

/** Whether a string is a well-formed amount in the given unit (for validators). */
export function isMoney(input: string, unit: MoneyUnit): boolean {
  try {
    parseMoney(input, unit);
    return true;
  } catch {
    return false;
  }
}

const WITH_UNIT = /^\s*(\d+(?:\.\d+)?)\s*(万元|元)\s*$/;

/** Parses an amount written with its unit, as in scenario files and the CLI: "30万元", "1200.50元". */
export function parseMoneyWithUnit(text: string): bigint | null {
  const match = WITH_UNIT.exec(text);
  return match ? parseMoney(match[1] ?? '', match[2] as MoneyUnit) : null;
}
