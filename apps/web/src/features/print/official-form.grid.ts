import type { FormPrint, MoneyUnit } from '@banfa/policy-model';
import { hintsFor, type OfficialFormHints, type SealParty, type SectionStyle } from './official-form.print';
import { printModel, valueAt, type ArrayColumn, type ArrayNode, type FieldNode, type GroupNode, type PrintNode } from './print-schema.model';
import {
  BLANK,
  BLANK_DATE,
  BLANK_MONTH,
  choiceLabel,
  formatAmount,
  formatDay,
  formatYearMonth,
  isBlank,
  plainText,
  sumAmounts,
} from './print-values.format';

/**
 * A form and its values laid out as the paper form: a grid of 24 equal columns (so rows of one, two, three or four
 * label/value pairs, merged label columns and stacked cells all fit one table), headings, lists as tables of their
 * own, notes and seal lines. Pure data: official-form.layout.tsx draws it.
 */
export const GRID_COLUMNS = 24;

export type CellContent =
  | { type: 'text'; text: string }
  | { type: 'multiline'; text: string; lines: number }
  | { type: 'choices'; options: Array<{ label: string; checked: boolean }> }
  | {
      type: 'opinion';
      title: string;
      text: string;
      lines: number;
      signerLabel?: string;
      signer?: string;
      dateLabel?: string;
      date: string;
      /** Signer and date on one line (附表3) or stacked at the right (附表1). */
      inline: boolean;
    }
  | { type: 'table'; table: ListTable };

export interface GridCell {
  role: 'label' | 'value' | 'section' | 'group-label' | 'block';
  span: number;
  rowSpan?: number;
  content: CellContent;
}

export interface GridRow {
  key: string;
  cells: GridCell[];
}

export interface ListTable {
  key: string;
  columns: Array<{ key: string; title: string; weight: number }>;
  rows: string[][];
  /** The 合计 row: cells with their column spans. */
  totals?: Array<{ text: string; span: number }>;
}

export type FormBlock =
  | { type: 'grid'; key: string; rows: GridRow[] }
  | { type: 'heading'; key: string; text: string; level: 2 | 3 }
  /** A list as a table of its own, kept on one page with the seals and notes printed under it where it fits. */
  | { type: 'list'; key: string; title?: string; table: ListTable; description?: string; seals?: SealParty[]; note?: string }
  | { type: 'note'; key: string; text: string };

export interface OfficialLayout {
  /** 附表1 — from the form's citation; null when the form is cited by an article. */
  appendix: string | null;
  title: string;
  sealLine: { label: string; value: string; date?: string } | null;
  blocks: FormBlock[];
}

export interface LayoutInput {
  /** print: the paper layout the form's policy document gives (official-form.print.ts fills in the defaults). */
  form: { id: string; title: string; citeText: string; schema: Record<string, unknown>; print?: FormPrint | undefined };
  values: Record<string, unknown>;
  applicant?: string;
}

/** 附表N of the form's citation (附表1; 第十一条附表1), or null. */
export function appendixLabel(citeText: string): string | null {
  const match = /附表\s*(\d+)/.exec(citeText);
  return match ? `附表${match[1]}` : null;
}

const text = (value: string): CellContent => ({ type: 'text', text: value });
const label = (title: string, span: number, rowSpan?: number): GridCell => ({ role: 'label', span, content: text(title), ...(rowSpan && rowSpan > 1 ? { rowSpan } : {}) });
const empty = (role: GridCell['role'], span: number): GridCell => ({ role, span, content: text('') });

/** Whether a field's title already names its unit (项目总投资（万元）): the value then prints without it. */
function titleHasUnit(field: FieldNode): boolean {
  return field.unit !== undefined && new RegExp(`[（(]${field.unit}[）)]`).test(field.title);
}

/** A field's value as it reads on paper (or the paper's blank for it). */
export function valueContent(field: FieldNode, raw: unknown): CellContent {
  if (field.options.length > 0 && (field.component === 'Radio.Group' || field.component === 'Checkbox.Group')) {
    const chosen = Array.isArray(raw) ? raw : [raw];
    return { type: 'choices', options: field.options.map((option) => ({ label: option.label, checked: chosen.includes(option.value) })) };
  }
  const month = field.component === 'MonthPicker' || (field.component.startsWith('DatePicker') && field.picker === 'month');
  if (isBlank(raw)) {
    if (month) return text(BLANK_MONTH);
    if (field.component.startsWith('DatePicker') && !field.picker) return text(BLANK_DATE);
    if (field.component === 'MoneyInput' && !titleHasUnit(field)) return text(`${BLANK.repeat(4)}${field.unit ?? ''}`);
    if (field.component === 'Input.TextArea') return { type: 'multiline', text: '', lines: linesOf(field) };
    return text('');
  }
  if (month) return text(formatYearMonth(plainText(raw)));
  if (field.component.startsWith('DatePicker')) {
    return text(Array.isArray(raw) ? raw.map((day) => formatDay(plainText(day))).join('至') : formatDay(plainText(raw)));
  }
  if (field.component === 'MoneyInput') return text(formatAmount(raw, titleHasUnit(field) ? undefined : field.unit));
  if (field.options.length > 0) {
    return text(Array.isArray(raw) ? raw.map((value) => choiceLabel(field.options, value)).join('、') : choiceLabel(field.options, raw));
  }
  if (field.component === 'Input.TextArea') return { type: 'multiline', text: plainText(raw), lines: linesOf(field) };
  return text(plainText(raw));
}

/** The text of a list cell (no blanks to fill by hand inside a list's rows). */
function cellText(field: FieldNode | undefined, raw: unknown): string {
  if (!field || isBlank(raw)) return '';
  const content = valueContent(field, raw);
  if (content.type === 'text' || content.type === 'multiline') return content.text;
  if (content.type === 'choices') return content.options.filter((option) => option.checked).map((option) => option.label).join('、');
  return '';
}

/** How wide a list column prints, relative to the others: numbers narrow, amounts medium, text wide. */
function columnWeight(column: ArrayColumn): number {
  if (column.index) return 0.5;
  if (column.field?.numeric) return 0.65;
  if (column.field?.component === 'MoneyInput') return 1.15;
  return 1.25;
}

function linesOf(field: FieldNode): number {
  return Math.min(Math.max(field.rows ?? 2, 1), 6);
}

class LayoutBuilder {
  private readonly blocks: FormBlock[] = [];
  private grid: GridRow[] = [];
  private notes: string[] = [];
  private readonly consumed = new Set<string>();
  private signaturesPlaced = false;
  private sequence = 0;

  constructor(
    private readonly hints: OfficialFormHints,
    private readonly values: Record<string, unknown>,
    private readonly applicant: string,
  ) {}

  /** Marks nodes as printed (by their value path: keys repeat across groups, paths do not). */
  consume(...nodes: Array<{ path: string[] }>): void {
    for (const node of nodes) this.consumed.add(node.path.join('.'));
  }

  private isConsumed(node: PrintNode): boolean {
    return node.kind !== 'section' && this.consumed.has(node.path.join('.'));
  }

  build(model: PrintNode[]): FormBlock[] {
    this.emit(model, GRID_COLUMNS, true);
    if (!this.signaturesPlaced) this.grid.push(...this.signatureRows());
    this.flush();
    return this.blocks;
  }

  private key(prefix: string): string {
    this.sequence += 1;
    return `${prefix}-${this.sequence}`;
  }

  /** Closes the current grid (a heading, a list or a note follows), then prints the notes its lists carried. */
  private flush(): void {
    if (this.grid.length > 0) this.blocks.push({ type: 'grid', key: this.key('grid'), rows: this.grid });
    this.grid = [];
    for (const note of this.notes) this.blocks.push({ type: 'note', key: this.key('note'), text: note });
    this.notes = [];
  }

  /** Top level and heading sections: sections may close the grid; elsewhere everything is rows of it. */
  private emit(nodes: PrintNode[], width: number, topLevel: boolean): void {
    let run: PrintNode[] = [];
    const flushRun = () => {
      this.grid.push(...this.rows(run, width));
      run = [];
    };
    for (const node of nodes) {
      if (node.kind === 'section' && topLevel) {
        flushRun();
        this.section(node.key, node.title, node.children);
      } else if (node.kind === 'array' && !topLevel) {
        // Inside a headed section a list is a table of its own, under its title.
        flushRun();
        this.list(node);
      } else {
        run.push(node);
      }
    }
    flushRun();
  }

  private section(key: string, title: string, children: PrintNode[]): void {
    if (this.hints.signatures.before === key && !this.signaturesPlaced) this.grid.push(...this.signatureRows());
    const style: SectionStyle = this.hints.sections[key] ?? this.hints.defaultSection;
    if (style.style === 'heading') {
      this.flush();
      if (title) this.blocks.push({ type: 'heading', key: this.key('heading'), text: title, level: 2 });
      this.emit(children, GRID_COLUMNS, false);
      this.flush();
    } else {
      this.grid.push(...this.sectionRows(style, title, children, GRID_COLUMNS));
    }
    const note = this.hints.notesAfter[key];
    if (note) {
      this.flush();
      this.blocks.push({ type: 'note', key: this.key('note'), text: note });
    }
  }

  private sectionRows(style: SectionStyle, title: string, children: PrintNode[], width: number): GridRow[] {
    if (style.style === 'merged' && width > style.labelSpan) {
      const rows = this.rows(children, width - style.labelSpan);
      const first = rows[0];
      if (first) first.cells.unshift({ role: 'section', span: style.labelSpan, rowSpan: rows.length, content: text(title) });
      return rows;
    }
    const header: GridRow[] = style.style === 'plain' || !title ? [] : [{ key: this.key('section'), cells: [{ role: 'section', span: width, content: text(title) }] }];
    return [...header, ...this.rows(children, width)];
  }

  /** Rows for sibling nodes within `width` grid columns, following the row, stack and opinion hints. */
  private rows(nodes: PrintNode[], width: number): GridRow[] {
    const rows: GridRow[] = [];
    const fields = new Map(nodes.filter((node): node is FieldNode => node.kind === 'field').map((node) => [node.key, node]));
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index] as PrintNode;
      if (this.isConsumed(node)) continue;
      if (node.kind === 'section') {
        rows.push(...this.sectionRows(this.hints.sections[node.key] ?? this.hints.defaultSection, node.title, node.children, width));
      } else if (node.kind === 'array') {
        rows.push(...this.arrayRows(node, width));
      } else if (node.kind === 'group') {
        const next = nodes[index + 1];
        if (next?.kind === 'group' && !this.isConsumed(next)) {
          rows.push(...this.groupsSideBySide(node, next, width));
          index += 1;
        } else {
          rows.push(...this.groupRows(node, width));
        }
      } else {
        rows.push(...this.fieldRows(node, fields, width));
      }
    }
    return rows;
  }

  private fieldRows(field: FieldNode, siblings: Map<string, FieldNode>, width: number): GridRow[] {
    const opinion = this.hints.opinions[field.key];
    if (opinion) {
      const signer = opinion.signer ? siblings.get(opinion.signer) : undefined;
      if (signer) this.consume(signer);
      const raw = this.value(field);
      return [
        {
          key: this.key(field.key),
          cells: [
            {
              role: 'block',
              span: width,
              content: {
                type: 'opinion',
                title: `${field.title}：`,
                text: plainText(raw),
                lines: opinion.lines ?? linesOf(field),
                ...(opinion.signerLabel ? { signerLabel: opinion.signerLabel } : {}),
                ...(signer ? { signer: plainText(this.value(signer)) } : {}),
                ...(opinion.dateLabel ? { dateLabel: opinion.dateLabel } : {}),
                date: opinion.dateLabel ? BLANK_DATE : '',
                inline: true,
              },
            },
          ],
        },
      ];
    }
    const spec = this.hints.rows.find((row) => row.includes(field.key));
    if (spec) {
      const present = (key: string) => {
        const sibling = siblings.get(key);
        return sibling !== undefined && !this.isConsumed(sibling) ? sibling : undefined;
      };
      const pairs = spec.filter((key) => key === null || present(key) !== undefined).map((key) => (key === null ? null : (present(key) ?? null)));
      this.consume(...pairs.filter((pair): pair is FieldNode => pair !== null));
      return [this.pairRow(pairs, width)];
    }
    const stack = this.hints.stacks[field.key];
    if (stack) {
      const stacked = stack.map((key) => siblings.get(key)).filter((child): child is FieldNode => child !== undefined && !this.isConsumed(child));
      if (stacked.length > 0) {
        this.consume(field, ...stacked);
        const left = Math.floor(width / 2);
        const labelSpan = Math.min(5, Math.floor(left / 2));
        return stacked.map((child, position) => ({
          key: this.key(child.key),
          cells: [
            ...(position === 0
              ? [label(field.title, labelSpan, stacked.length), { role: 'value' as const, span: left - labelSpan, rowSpan: stacked.length, content: valueContent(field, this.value(field)) }]
              : []),
            label(child.title, labelSpan),
            { role: 'value' as const, span: width - left - labelSpan, content: valueContent(child, this.value(child)) },
          ],
        }));
      }
    }
    this.consume(field);
    return [this.pairRow([field], width)];
  }

  /** One row of label/value pairs sharing `width` (a null pair is left blank, as the paper does). */
  private pairRow(pairs: Array<FieldNode | null>, width: number): GridRow {
    const count = Math.max(pairs.length, 1);
    const per = Math.floor(width / count);
    const labelSpan = Math.min(count <= 2 ? 5 : 3, Math.floor(per / 2));
    const cells: GridCell[] = [];
    pairs.forEach((pair, position) => {
      const valueSpan = per - labelSpan + (position === pairs.length - 1 ? width - per * count : 0);
      if (pair === null) {
        cells.push(empty('label', labelSpan), empty('value', valueSpan));
      } else {
        cells.push(label(pair.title, labelSpan), { role: 'value', span: valueSpan, content: valueContent(pair, this.value(pair)) });
      }
    });
    return { key: this.key(pairs.map((pair) => pair?.key ?? 'blank').join('+')), cells };
  }

  /** A group of amounts: its title merged over its fields' rows (not printed where the paper leaves it out). */
  private groupRows(group: GroupNode, width: number): GridRow[] {
    this.consume(group);
    const hideTitle = this.hints.hideTitles.includes(group.key) || !group.title;
    const titleSpan = hideTitle ? 0 : 5;
    const rows = group.children.map((child) => this.pairRow([child], width - titleSpan));
    const first = rows[0];
    if (first && titleSpan > 0) first.cells.unshift({ role: 'group-label', span: titleSpan, rowSpan: rows.length, content: text(group.title) });
    return rows;
  }

  /** Two groups of amounts side by side, as 资金安排计划 prints the years beside the funding sources. */
  private groupsSideBySide(left: GroupNode, right: GroupNode, width: number): GridRow[] {
    this.consume(left, right);
    const half = Math.floor(width / 2);
    const sides = [
      { group: left, width: half },
      { group: right, width: width - half },
    ].map((side) => {
      // A narrow merged column, one character a line, as the paper writes 资金来源.
      const titleSpan = this.hints.hideTitles.includes(side.group.key) || !side.group.title ? 0 : 1;
      const labelSpan = 3;
      return { ...side, titleSpan, labelSpan, valueSpan: side.width - titleSpan - labelSpan };
    });
    const count = Math.max(left.children.length, right.children.length);
    return Array.from({ length: count }, (_, position) => ({
      key: this.key(`${left.key}+${right.key}`),
      cells: sides.flatMap((side) => {
        const child = side.group.children[position];
        const cells: GridCell[] = [];
        if (position === 0 && side.titleSpan > 0) cells.push({ role: 'group-label', span: side.titleSpan, rowSpan: count, content: text(side.group.title) });
        if (child) cells.push(label(child.title, side.labelSpan), { role: 'value', span: side.valueSpan, content: valueContent(child, this.value(child)) });
        else cells.push(empty('label', side.labelSpan), empty('value', side.valueSpan));
        return cells;
      }),
    }));
  }

  /** A list inside the grid: its table in one cell, under or beside its title. */
  private arrayRows(array: ArrayNode, width: number): GridRow[] {
    this.consume(array);
    if (array.description) this.notes.push(array.description);
    const table: CellContent = { type: 'table', table: this.listTable(array) };
    const hideTitle = this.hints.hideTitles.includes(array.key) || !array.title;
    if (hideTitle) return [{ key: this.key(array.key), cells: [{ role: 'value', span: width, content: table }] }];
    if (array.columns.length > 5) {
      return [
        { key: this.key(`${array.key}-title`), cells: [{ role: 'section', span: width, content: text(array.title) }] },
        { key: this.key(array.key), cells: [{ role: 'value', span: width, content: table }] },
      ];
    }
    const labelSpan = Math.min(5, Math.floor(width / 4));
    return [{ key: this.key(array.key), cells: [label(array.title, labelSpan), { role: 'value', span: width - labelSpan, content: table }] }];
  }

  /** A list as a table of its own: its title, the table, then the seal lines and note the paper prints under it. */
  private list(array: ArrayNode): void {
    this.consume(array);
    const hint = this.hints.lists[array.key];
    this.blocks.push({
      type: 'list',
      key: this.key(array.key),
      ...(array.title && !this.hints.hideTitles.includes(array.key) ? { title: array.title } : {}),
      table: this.listTable(array),
      ...(array.description ? { description: array.description } : {}),
      ...(hint?.seals ? { seals: hint.seals } : {}),
      ...(hint?.note ? { note: hint.note } : {}),
    });
  }

  private listTable(array: ArrayNode): ListTable {
    const hint = this.hints.lists[array.key];
    const raw = this.value(array);
    const entries = Array.isArray(raw) ? raw : [];
    const filled = entries.map((entry, position) => array.columns.map((column) => (column.index ? String(position + 1) : cellText(column.field, valueAt(entry, column.field?.path ?? [])))));
    const minRows = hint?.minRows ?? this.hints.defaultMinRows;
    const blanks = Array.from({ length: Math.max(0, minRows - filled.length) }, () => array.columns.map(() => ''));
    const table: ListTable = {
      key: array.key,
      columns: array.columns.map((column) => ({ key: column.key, title: column.title, weight: columnWeight(column) })),
      rows: [...filled, ...blanks],
    };
    const totals = hint?.totals;
    if (totals && totals.length > 0) {
      const totalled = (position: number) => {
        const field = array.columns[position]?.field;
        return field !== undefined && totals.includes(field.key) ? field : undefined;
      };
      const first = array.columns.findIndex((_, position) => totalled(position) !== undefined);
      if (first > 0) {
        const cells: Array<{ text: string; span: number }> = [{ text: '合计', span: first }];
        for (let position = first; position < array.columns.length; position++) {
          const field = totalled(position);
          if (field) {
            const unit: MoneyUnit = field.unit === '万元' ? '万元' : '元';
            cells.push({ text: sumAmounts(entries.map((entry) => valueAt(entry, field.path)), unit), span: 1 });
          } else {
            const last = cells[cells.length - 1];
            if (last && last.text === '' && position > first && !totalled(position - 1)) last.span += 1;
            else cells.push({ text: '', span: 1 });
          }
        }
        table.totals = cells;
      }
    }
    return table;
  }

  private signatureRows(): GridRow[] {
    this.signaturesPlaced = true;
    return this.hints.signatures.blocks.map((block) => ({
      key: this.key('signature'),
      cells: [
        {
          role: 'block',
          span: GRID_COLUMNS,
          content: {
            type: 'opinion',
            title: block.title,
            text: block.withApplicant ? this.applicant : '',
            lines: block.lines ?? 2,
            signerLabel: block.signerLabel,
            ...(block.dateLabel ? { dateLabel: block.dateLabel } : {}),
            date: BLANK_DATE,
            inline: false,
          },
        },
      ],
    }));
  }

  private value(node: FieldNode | ArrayNode): unknown {
    return valueAt(this.values, node.path);
  }
}

/** The paper layout of a form filled with `values`. */
export function officialLayout({ form, values, applicant }: LayoutInput): OfficialLayout {
  const hints = hintsFor(form);
  const seal = hints.sealLine;
  const builder = new LayoutBuilder(hints, values, applicant ?? plainText(values['applicant']));
  let sealLine: OfficialLayout['sealLine'] = null;
  if (seal) {
    // Fields printed on the seal line (sections are void: they sit at the top of the values) are not printed again.
    const field = seal.field ? plainText(valueAt(values, [seal.field])) : '';
    if (seal.field && seal.replacesRows) builder.consume({ path: [seal.field] });
    sealLine = { label: seal.label, value: field || (applicant ?? '') };
    if (seal.dateField) {
      if (seal.replacesRows) builder.consume({ path: [seal.dateField] });
      const date = valueAt(values, [seal.dateField]);
      sealLine.date = isBlank(date) ? BLANK_DATE : formatDay(plainText(date));
    }
  }
  return { appendix: appendixLabel(form.citeText), title: form.title, sealLine, blocks: builder.build(printModel(form.schema)) };
}
