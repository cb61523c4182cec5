import { parseMoneyWithUnit, type FactValue } from '@banfa/policy-model';

/** "totalInvestment=30万元" → 30万元 in 分; "involvesCryptography=true" → true; "mlpsLevel=3" → 3n. */
export function parseFact(text: string): [string, FactValue] {
  const index = text.indexOf('=');
  if (index <= 0) throw new Error(`事实应写成 键=值，例如 totalInvestment=30万元，而不是“${text}”`);
  const key = text.slice(0, index);
  const value = text.slice(index + 1);
  const money = parseMoneyWithUnit(value);
  if (money !== null) return [key, money];
  if (value === 'true' || value === 'false') return [key, value === 'true'];
  if (/^\d+$/.test(value)) return [key, BigInt(value)];
  return [key, value];
}
