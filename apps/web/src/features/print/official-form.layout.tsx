import type { FormView } from '@banfa/api-contract';
import { useMemo } from 'react';
import { GRID_COLUMNS, officialLayout, type CellContent, type FormBlock, type GridCell, type ListTable } from './official-form.grid';
import type { SealParty } from './official-form.print';
import './print.css';

export interface OfficialFormProps {
  form: FormView;
  values: Record<string, unknown>;
  /** 项目编号 as printed on the form. */
  projectNumber: string;
  /** The applying unit for the seal line (申请单位（盖章）：…), when the form's own field is empty. */
  applicant?: string;
}

const NBSP = '\u00a0';

/**
 * A policy form as its official paper table (the regulation's 附表): 附表N, the title, 项目编号 and the seal line, the
 * bordered grid that follows the schema, lists as tables with blank rows to fill by hand, and the seal, signature
 * and date blocks. Plain HTML and print.css (no antd), so it prints the same everywhere; sized for A4.
 */
export function OfficialForm({ form, values, projectNumber, applicant }: OfficialFormProps) {
  const layout = useMemo(() => officialLayout({ form, values, ...(applicant === undefined ? {} : { applicant }) }), [form, values, applicant]);
  return (
    <article className="of-sheet" data-testid="official-form" aria-label={[layout.appendix, layout.title].filter(Boolean).join(' ')}>
      {layout.appendix && <div className="of-appendix">{layout.appendix}</div>}
      <h1 className="of-title">{layout.title}</h1>
      <div className="of-meta">
        {layout.sealLine && (
          <span className="of-meta-seal" data-testid="seal-line">
            {layout.sealLine.label}
            <span className="of-fill of-fill-wide">{layout.sealLine.value || NBSP}</span>
          </span>
        )}
        {layout.sealLine?.date && <span className="of-meta-date">{layout.sealLine.date}</span>}
        <span className="of-meta-number" data-testid="project-number">
          项目编号：<span className="of-fill">{projectNumber}</span>
        </span>
      </div>
      {layout.blocks.map((block) => (
        <Block key={block.key} block={block} />
      ))}
    </article>
  );
}

function Block({ block }: { block: FormBlock }) {
  switch (block.type) {
    case 'grid':
      return (
        <table className="of-grid" data-testid="official-grid">
          <colgroup>
            {Array.from({ length: GRID_COLUMNS }, (_, column) => (
              <col key={column} />
            ))}
          </colgroup>
          <tbody>
            {block.rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, position) => (
                  <Cell key={position} cell={cell} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'heading':
      return block.level === 2 ? <h2 className="of-heading">{block.text}</h2> : <h3 className="of-subheading">{block.text}</h3>;
    case 'list':
      return (
        <section className="of-list-part">
          {block.title && <h3 className="of-subheading">{block.title}</h3>}
          <ListTableView table={block.table} nested={false} />
          {block.description && <p className="of-note">{block.description}</p>}
          {block.seals && <Seals parties={block.seals} />}
          {block.note && <p className="of-note">{block.note}</p>}
        </section>
      );
    case 'note':
      return <p className="of-note">{block.text}</p>;
  }
}

function Cell({ cell }: { cell: GridCell }) {
  const spans = { colSpan: cell.span, ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}) };
  switch (cell.role) {
    case 'label':
      return (
        <th scope="row" className="of-label" {...spans}>
          <CellBody content={cell.content} />
        </th>
      );
    case 'section':
      return (
        <th scope="rowgroup" className={cell.span >= GRID_COLUMNS ? 'of-section-row' : 'of-section'} {...spans}>
          <CellBody content={cell.content} />
        </th>
      );
    case 'group-label':
      return (
        <th scope="rowgroup" className="of-group-label" {...spans}>
          <CellBody content={cell.content} />
        </th>
      );
    default:
      return (
        <td className={cell.content.type === 'table' ? 'of-value of-cell-table' : cell.role === 'block' ? 'of-block' : 'of-value'} {...spans}>
          <CellBody content={cell.content} />
        </td>
      );
  }
}

const linesStyle = (lines: number) => ({ minHeight: `${(lines * 1.45).toFixed(2)}em` });

function CellBody({ content }: { content: CellContent }) {
  switch (content.type) {
    case 'text':
      return <>{content.text || NBSP}</>;
    case 'multiline':
      return (
        <div className="of-multiline" style={linesStyle(content.lines)}>
          {content.text}
        </div>
      );
    case 'choices':
      return (
        <span className="of-choices">
          {content.options.map((option) => (
            <span key={option.label} className="of-choice" data-checked={option.checked}>
              <span className="of-box">
                {option.checked ? '■' : '□'}
              </span>
              {option.label}
            </span>
          ))}
        </span>
      );
    case 'opinion':
      return (
        <div className="of-opinion">
          <div className="of-opinion-title">{content.title}</div>
          <div className="of-opinion-text" style={linesStyle(content.lines)}>
            {content.text}
          </div>
          <div className={content.inline ? 'of-opinion-sign' : 'of-opinion-sign of-opinion-sign-stacked'}>
            {content.signerLabel && (
              <span>
                {content.signerLabel}
                <span className="of-fill">{content.signer || NBSP}</span>
              </span>
            )}
            <span>
              {content.dateLabel}
              {content.date}
            </span>
          </div>
        </div>
      );
    case 'table':
      return <ListTableView table={content.table} nested />;
  }
}

function ListTableView({ table, nested }: { table: ListTable; nested: boolean }) {
  const total = table.columns.reduce((sum, column) => sum + column.weight, 0) || 1;
  const classes = ['of-list', nested ? 'of-list-nested' : '', table.columns.length > 8 ? 'of-list-wide' : ''].filter(Boolean).join(' ');
  return (
    <table className={classes} data-testid={`list-${table.key}`}>
      <colgroup>
        {table.columns.map((column) => (
          <col key={column.key} style={{ width: `${((column.weight / total) * 100).toFixed(3)}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th key={column.key} scope="col">
              {column.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, position) => (
          <tr key={position}>
            {row.map((value, column) => (
              <td key={column}>{value || NBSP}</td>
            ))}
          </tr>
        ))}
        {table.totals && (
          <tr className="of-totals">
            {table.totals.map((cell, position) => (
              <td key={position} colSpan={cell.span}>
                {cell.text || NBSP}
              </td>
            ))}
          </tr>
        )}
      </tbody>
    </table>
  );
}

function Seals({ parties }: { parties: SealParty[] }) {
  return (
    <div className="of-seals">
      {parties.map((party) => (
        <div key={party.seal} className="of-seal-party">
          <div>{party.seal}</div>
          <div>{party.signer}</div>
          <div>{party.date}</div>
        </div>
      ))}
    </div>
  );
}
