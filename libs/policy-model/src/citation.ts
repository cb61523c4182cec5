/**
 * Where a rule comes from in the regulation: 第N条第（N）项, or an appendix (附表N).
 * Every element of a policy document carries one, so every answer can cite the law.
 */
export interface Citation {
  article?: number;
  paragraph?: number;
  item?: number;
  appendix?: number;
  /** The source sentence, quoted from the regulation. */
  quote?: string;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 21 → 二十一, 105 → 一百零五 (article numbers in Chinese legal text). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) {
    throw new RangeError(`cannot write ${n} as a Chinese numeral`);
  }
  if (n < 10) return DIGITS[n] ?? '';
  if (n < 20) return `十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`;
  if (n < 1000) {
    const rest = n % 100;
    const head = `${DIGITS[Math.floor(n / 100)]}百`;
    if (rest === 0) return head;
    return rest < 10 ? `${head}零${DIGITS[rest]}` : `${head}${rest < 20 ? '一' : ''}${toChineseNumeral(rest)}`;
  }
  const rest = n % 1000;
  const head = `${DIGITS[Math.floor(n / 1000)]}千`;
  if (rest === 0) return head;
  return rest < 100 ? `${head}零${toChineseNumeral(rest)}` : `${head}${toChineseNumeral(rest)}`;
}

const FORMATTED = new WeakMap<Citation, string>();

/** 第十二条, 第十一条第（二）项, 第二十四条第二款, 附表1. (Citations in a document are formatted once.) */
export function formatCitation(cite: Citation): string {
  const cached = FORMATTED.get(cite);
  if (cached !== undefined) return cached;
  const text = format(cite);
  FORMATTED.set(cite, text);
  return text;
}

function format(cite: Citation): string {
  const parts: string[] = [];
  if (cite.article !== undefined) parts.push(`第${toChineseNumeral(cite.article)}条`);
  if (cite.paragraph !== undefined) parts.push(`第${toChineseNumeral(cite.paragraph)}款`);
  if (cite.item !== undefined) parts.push(`第（${toChineseNumeral(cite.item)}）项`);
  if (cite.appendix !== undefined) parts.push(`附表${cite.appendix}`);
  return parts.join('');
}
