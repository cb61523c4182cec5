import type { ColumnHeader, ComparisonRow, ComparisonSection } from '@banfa/policy-compare';

/** Terminal columns a character takes: two for CJK and full-width forms, one otherwise (ambiguous ones such as — ★ ≠ “ included). */
export function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
    ? 2
    : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** Breaks text into lines of at most `width` terminal columns (a line break in the text starts a new line). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const char of paragraph) {
      const w = charWidth(char);
      if (used + w > width && line) {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += char;
      used += w;
    }
    lines.push(line);
  }
  return lines;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * A comparison as a text table: 项目 and one column per policy, cells wrapped to the width, the article after each
 * cell in 〔〕, “≠” after the label of a row whose columns differ, “★” before the stricter cells, sections as headings.
 */
export function formatTable(columns: ReadonlyArray<ColumnHeader>, sections: ReadonlyArray<ComparisonSection>, rows: ReadonlyArray<ComparisonRow>, width: number): string[] {
  const labelWidth = 18;
  const separator = ' │ ';
  const cellWidth = Math.max(12, Math.floor((width - labelWidth - separator.length * columns.length) / Math.max(1, columns.length)));
  const line = (cells: string[][]) => {
    const height = Math.max(...cells.map((cell) => cell.length));
    return Array.from({ length: height }, (_, i) => cells.map((cell, c) => pad(cell[i] ?? '', c === 0 ? labelWidth : cellWidth)).join(separator).trimEnd());
  };
  const rule = '─'.repeat(labelWidth + columns.length * (cellWidth + separator.length));
  const out: string[] = [...line([wrap('项目', labelWidth), ...columns.map((column) => wrap(column.header, cellWidth))]), rule];
  for (const section of sections) {
    const inSection = rows.filter((row) => row.section === section.key);
    if (inSection.length === 0) continue;
    out.push(`【${section.label}】`);
    for (const row of inSection) {
      const label = wrap(`${row.label}${row.differs ? ' ≠' : ''}`, labelWidth);
      const cells = row.cells.map((cell) => wrap(`${cell.stricter ? '★' : ''}${cell.text}${cell.citeText ? `〔${cell.citeText}〕` : ''}`, cellWidth));
      out.push(...line([label, ...cells]));
    }
    out.push(rule);
  }
  return out;
}
