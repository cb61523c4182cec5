/** 2025-10-14 → 2025年10月14日 */
export function formatChineseDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}
