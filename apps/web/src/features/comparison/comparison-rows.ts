import type { ComparisonRow, ComparisonSection } from '@banfa/policy-compare';

/** A line of the comparison table: a section heading, or a row of the comparison. */
export type TableLine = { kind: 'section'; key: string; label: string; shown: number; differing: number } | { kind: 'row'; key: string; row: ComparisonRow };

/**
 * The comparison's rows under their section headings, in the sections' order. With `differsOnly` (只看不同) only the
 * rows whose columns do not all say the same; a section left with no row is left out.
 */
export function tableLines(sections: ReadonlyArray<ComparisonSection>, rows: ReadonlyArray<ComparisonRow>, differsOnly: boolean): TableLine[] {
  const known = new Set(sections.map((section) => section.key));
  const ordered = [...sections, ...[...new Set(rows.map((row) => row.section))].filter((key) => !known.has(key)).map((key) => ({ key, label: key }))];
  return ordered.flatMap((section): TableLine[] => {
    const own = rows.filter((row) => row.section === section.key);
    const shown = differsOnly ? own.filter((row) => row.differs) : own;
    if (shown.length === 0) return [];
    return [
      { kind: 'section', key: `section:${section.key}`, label: section.label, shown: shown.length, differing: own.filter((row) => row.differs).length },
      ...shown.map((row): TableLine => ({ kind: 'row', key: row.key, row })),
    ];
  });
}

/** How many rows differ, of how many: “64 项中 38 项不同”. */
export function differenceSummary(rows: ReadonlyArray<ComparisonRow>): string {
  return `${rows.length} 项中 ${rows.filter((row) => row.differs).length} 项不同`;
}
