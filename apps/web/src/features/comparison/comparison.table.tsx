import type { ComparisonColumnView } from '@banfa/api-contract';
import type { ComparisonCell, ComparisonRow, ComparisonSection } from '@banfa/policy-compare';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CiteTag } from '../procedure/CiteTag';
import { tableLines, type TableLine } from './comparison-rows';
import { StatusTag } from './status.tag';

const LABEL_WIDTH = 200;
const COLUMN_WIDTH = 250;

/** A column's heading: the jurisdiction, the version and its status on the comparison date. */
function ColumnHeading({ column }: { column: ComparisonColumnView }) {
  return (
    <div data-testid={`column-${column.jurisdiction.code}`} data-column={column.key}>
      <Typography.Text strong>{column.jurisdiction.name}</Typography.Text>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {column.versionLabel}
        </Typography.Text>
      </div>
      <StatusTag statusText={column.statusText} />
    </div>
  );
}

/** A cell: each entry with its article (the quoted sentence on hover), “—” where the regulation is silent. */
function Cell({ cell, testId }: { cell: ComparisonCell; testId: string }) {
  if (cell.silent) {
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        —
      </Typography.Text>
    );
  }
  const entries = cell.entries.length > 0 ? cell.entries : [{ text: cell.text, citeText: cell.citeText, cite: undefined }];
  return (
    <div data-testid={testId} className={cell.stricter ? 'comparison-cell-stricter' : undefined}>
      {cell.stricter && (
        <Tooltip title="可比较的各列中要求较严">
          <Tag color="red" bordered={false} data-testid="stricter">
            较严
          </Tag>
        </Tooltip>
      )}
      {entries.map((entry, index) => (
        <div key={index} className="comparison-entry">
          <span>{entry.text}</span> <CiteTag text={entry.citeText} quote={entry.cite?.quote} />
        </div>
      ))}
    </div>
  );
}

/** A row's heading, with how strictness is judged on it and whether its columns differ. */
function RowLabel({ row }: { row: ComparisonRow }) {
  return (
    <Space size={4} wrap>
      <Typography.Text strong={row.differs}>{row.label}</Typography.Text>
      {row.strictness && (
        <Tooltip title={row.strictness}>
          <QuestionCircleOutlined style={{ color: '#8c8c8c' }} aria-label={`如何判断较严：${row.strictness}`} />
        </Tooltip>
      )}
      {row.differs && (
        <Tag color="gold" bordered={false}>
          不同
        </Tag>
      )}
    </Space>
  );
}

/**
 * Policies side by side: the first column (the row's label) stays in place while the others scroll; one column per
 * policy with its status; rows whose columns differ highlighted, the stricter cell marked. Serves the configuration
 * matrix and the outcome comparison alike (both are sections of rows of cells).
 */
export function ComparisonTable({
  columns,
  sections,
  rows,
  differsOnly,
  loading,
  testId,
}: {
  columns: ReadonlyArray<ComparisonColumnView>;
  sections: ReadonlyArray<ComparisonSection>;
  rows: ReadonlyArray<ComparisonRow>;
  differsOnly: boolean;
  loading?: boolean;
  testId: string;
}) {
  const span = columns.length + 1;
  const tableColumns: ColumnsType<TableLine> = [
    {
      key: 'label',
      title: '对比项',
      fixed: 'left',
      width: LABEL_WIDTH,
      onCell: (line) => ({ colSpan: line.kind === 'section' ? span : 1 }),
      render: (_, line) =>
        line.kind === 'section' ? (
          <Space>
            <Typography.Text strong>{line.label}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {line.differing > 0 ? `${line.differing} 项不同` : '各列一致'}
            </Typography.Text>
          </Space>
        ) : (
          <RowLabel row={line.row} />
        ),
    },
    ...columns.map(
      (column, index): ColumnsType<TableLine>[number] => ({
        key: column.key,
        title: <ColumnHeading column={column} />,
        width: COLUMN_WIDTH,
        onCell: (line) => ({ colSpan: line.kind === 'section' ? 0 : 1 }),
        render: (_, line) => {
          if (line.kind === 'section') return null;
          const cell = line.row.cells[index];
          return cell ? <Cell cell={cell} testId={`cell-${line.row.key}-${column.jurisdiction.code}`} /> : null;
        },
      }),
    ),
  ];
  return (
    <Table<TableLine>
      data-testid={testId}
      className="comparison-table"
      size="small"
      bordered
      loading={loading}
      pagination={false}
      rowKey="key"
      columns={tableColumns}
      dataSource={tableLines(sections, rows, differsOnly)}
      rowClassName={(line) => (line.kind === 'section' ? 'comparison-section-row' : line.row.differs ? 'comparison-row-differs' : '')}
      scroll={{ x: LABEL_WIDTH + columns.length * COLUMN_WIDTH }}
      locale={{ emptyText: differsOnly ? '所选政策在各项上均一致' : '请选择要对比的行政区划' }}
    />
  );
}
