const FEN_PER_WAN = 1_000_000n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Integer 分 in 万元, without trailing zeros: 50_000_000n → "50", 1_234_500n → "1.2345", -5n → "-0.000005".
 * The same text as policy-model's formatMoney(fen, '万元'), without a decimal library: amounts up to 2⁵³ 分 are
 * worked out in Number arithmetic (exact there), larger ones in bigint.
 */
export function wanText(fen: bigint): string {
  const negative = fen < 0n;
  const magnitude = negative ? -fen : fen;
  let whole: string;
  let rest: number;
  if (magnitude <= MAX_SAFE) {
    const amount = Number(magnitude);
    rest = amount % 1_000_000;
    whole = String((amount - rest) / 1_000_000);
  } else {
    rest = Number(magnitude % FEN_PER_WAN);
    whole = (magnitude / FEN_PER_WAN).toString();
  }
  const text = rest === 0 ? whole : `${whole}.${fraction(rest)}`;
  return negative ? `-${text}` : text;
}

/** 1 to 999 999 分 as the six decimals of 万元, without trailing zeros: 500 000 → "5", 1 → "000001". */
function fraction(rest: number): string {
  let digits = 6;
  while (rest % 10 === 0) {
    rest /= 10;
    digits--;
  }
  const text = String(rest);
  return text.length < digits ? '0'.repeat(digits - text.length) + text : text;
}
