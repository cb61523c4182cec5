import type { CompareOutcomesRequest, ComparisonMatrixView, OutcomeComparisonView, SampleProjectInput } from '@banfa/api-contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Empty, Result, Segmented, Select, Space, Switch, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { api, ApiError } from '../../api/http';
import { PRINT_ROOT_CLASS } from '../print/print-root.constants';
import { ApprovalDaysChart } from './approval-days.chart';
import { approvalBars } from './approval-bars';
import { differenceSummary } from './comparison-rows';
import { selectionBody, selectionQuery, type ComparisonMode } from './comparison-selection';
import { ComparisonTable } from './comparison.table';
import { comparableJurisdictions, defaultSelection, type JurisdictionNode } from './jurisdiction-options';
import { SampleProjectForm } from './sample-project.form';
import { mergeQuestions, toSampleProject, type SampleProjectValues } from './sample-project.input';
import { downloadWorkbook } from './xlsx-download';
import './comparison.css';

type TabKey = 'matrix' | 'outcomes';

/** An api error with the fields it names, as a warning above the result. */
function ErrorAlert({ error }: { error: Error }) {
  const details = error instanceof ApiError ? error.body.details : [];
  return (
    <Alert
      type="error"
      showIcon
      message={error.message}
      description={details.length > 0 ? details.map((detail, index) => <div key={index}>{detail.field ? `${detail.field}：${detail.message}` : detail.message}</div>) : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}

/**
 * 政策对比: the regulations of several jurisdictions side by side (each one's version in force on the chosen day, else
 * its newest — a 征求意见稿 or an expired trial still shows, marked), and one sample project run through all of them.
 * Exported to Excel by the api; printed without the app's header.
 */
export function ComparisonPage() {
  const { message } = App.useApp();
  const [selected, setSelected] = useState<string[] | null>(null);
  const [mode, setMode] = useState<ComparisonMode>('places');
  const [historyCode, setHistoryCode] = useState<string | null>(null);
  const [at, setAt] = useState(() => dayjs().format('YYYY-MM-DD'));
  const [differsOnly, setDiffersOnly] = useState(false);
  const [tab, setTab] = useState<TabKey>('matrix');
  const [project, setProject] = useState<SampleProjectInput | null>(null);
  const [exporting, setExporting] = useState(false);

  const jurisdictions = useQuery({ queryKey: ['jurisdictions'], queryFn: () => api<JurisdictionNode[]>('/jurisdictions') });
  const options = useMemo(() => comparableJurisdictions(jurisdictions.data ?? []), [jurisdictions.data]);
  useEffect(() => {
    if (selected === null && jurisdictions.data) setSelected(defaultSelection(options));
  }, [selected, jurisdictions.data, options]);
  const codes = selected ?? [];
  const selection = { mode, codes, historyCode };
  const query = selectionQuery(selection, at);
  const body = selectionBody(selection);

  const matrix = useQuery({
    queryKey: ['comparison-matrix', query],
    queryFn: () => api<ComparisonMatrixView>(`/comparisons/matrix?${query}`),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
  const outcomesRequest: CompareOutcomesRequest | null = project && body ? { ...body, at, project } : null;
  const outcomes = useQuery({
    queryKey: ['comparison-outcomes', outcomesRequest],
    queryFn: () => api<OutcomeComparisonView>('/comparisons/outcomes', { method: 'POST', body: outcomesRequest }),
    enabled: outcomesRequest !== null,
    placeholderData: keepPreviousData,
  });
  const [questions, setQuestions] = useState<OutcomeComparisonView['missingFacts']>([]);
  useEffect(() => {
    if (outcomes.data) setQuestions((asked) => mergeQuestions(asked, outcomes.data.missingFacts));
  }, [outcomes.data]);
  const names = useMemo(() => new Map((outcomes.data?.columns ?? matrix.data?.columns ?? []).map((column) => [column.key, column.jurisdiction.name])), [outcomes.data, matrix.data]);

  const exportWorkbook = async () => {
    setExporting(true);
    try {
      const name =
        tab === 'outcomes' && outcomesRequest && outcomes.data
          ? await downloadWorkbook('/comparisons/outcomes.xlsx', { method: 'POST', body: outcomesRequest })
          : await downloadWorkbook(`/comparisons/matrix.xlsx?${query}`);
      message.success(`已导出：${name}`);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '导出失败');
    } finally {
      setExporting(false);
    }
  };

  if (jurisdictions.isError) {
    return <Result status="warning" title="无法载入行政区划" subTitle={jurisdictions.error.message} extra={<Button onClick={() => jurisdictions.refetch()}>重试</Button>} />;
  }

  const selectionLabel = (matrix.data?.columns ?? []).map((column) => `${column.jurisdiction.name}（${column.versionLabel}，${column.statusText}）`).join('；');
  return (
    <Card
      title="政策对比"
      className={`comparison-page ${PRINT_ROOT_CLASS}`}
      extra={
        <Space className="banfa-print-hide">
          <Button onClick={exportWorkbook} loading={exporting} disabled={!matrix.data || query === null}>
            导出 Excel
          </Button>
          <Button onClick={() => window.print()} disabled={!matrix.data}>
            打印
          </Button>
        </Space>
      }
    >
      <div className="comparison-print-heading">
        <Typography.Title level={4}>政务信息化项目管理办法对比</Typography.Title>
        <Typography.Paragraph>
          比较日期：{at}。{selectionLabel}
        </Typography.Paragraph>
      </div>
      <Space wrap align="center" className="banfa-print-hide" style={{ marginBottom: 16, width: '100%' }}>
        <Segmented<ComparisonMode>
          aria-label="对比方式"
          value={mode}
          onChange={setMode}
          options={[
            { value: 'places', label: '各地对比' },
            { value: 'history', label: '一地历次版本' },
          ]}
        />
        {mode === 'history' ? (
          <Select
            aria-label="查看历次版本的行政区划"
            data-testid="history-jurisdiction"
            style={{ minWidth: 240 }}
            placeholder="选择一个行政区划"
            loading={jurisdictions.isPending}
            value={historyCode ?? undefined}
            onChange={(value: string) => setHistoryCode(value)}
            options={options.map((option) => ({ value: option.value, label: option.label, title: option.path }))}
            optionFilterProp="label"
            showSearch
          />
        ) : (
          <Select
            mode="multiple"
            aria-label="对比的行政区划"
            data-testid="jurisdictions"
            style={{ minWidth: 360, maxWidth: 720 }}
            placeholder="选择行政区划"
            loading={jurisdictions.isPending}
            value={codes}
            onChange={(value: string[]) => setSelected(value)}
            options={options.map((option) => ({ value: option.value, label: option.label, title: option.path }))}
            optionFilterProp="label"
            maxTagCount="responsive"
            allowClear
          />
        )}
        <Space>
          <Typography.Text>比较日期</Typography.Text>
          <DatePicker aria-label="比较日期" allowClear={false} value={dayjs(at)} onChange={(value) => value && setAt(value.format('YYYY-MM-DD'))} />
        </Space>
        <Space>
          <Switch aria-label="只看不同" checked={differsOnly} onChange={setDiffersOnly} />
          <Typography.Text>只看不同</Typography.Text>
        </Space>
        {matrix.data && <Typography.Text type="secondary">{differenceSummary(matrix.data.rows)}</Typography.Text>}
      </Space>
      {mode === 'places' && codes.length === 0 && selected !== null && <Empty description="请选择至少一个有管理办法的行政区划" />}
      {mode === 'history' && historyCode === null && <Empty description="请选择一个行政区划，查看其各个已发布版本的对照（按施行日期排列）" />}
      {mode === 'history' && matrix.data && matrix.data.columns.length === 1 && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message="该行政区划目前只有一个已发布版本；发布新版本后，这里会并列显示各版本的差异" />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as TabKey)}
        items={[
          {
            key: 'matrix',
            label: '配置对照',
            children: (
              <>
                {matrix.isError && <ErrorAlert error={matrix.error} />}
                <ComparisonTable
                  testId="comparison-matrix"
                  columns={matrix.data?.columns ?? []}
                  sections={matrix.data?.sections ?? []}
                  rows={matrix.data?.rows ?? []}
                  differsOnly={differsOnly}
                  loading={matrix.isFetching}
                />
              </>
            ),
          },
          {
            key: 'outcomes',
            label: '同一项目对比',
            children: (
              <>
                <SampleProjectForm
                  questions={questions}
                  names={names}
                  defaultDate={at}
                  loading={outcomes.isFetching}
                  onSubmit={(values: SampleProjectValues) => setProject(toSampleProject(values, questions))}
                />
                {outcomes.isError && <div style={{ marginTop: 16 }}><ErrorAlert error={outcomes.error} /></div>}
                {outcomes.data && (
                  <div data-testid="outcomes" style={{ marginTop: 24 }}>
                    <Typography.Paragraph>
                      样例项目：{outcomes.data.project.facts.map((fact) => `${fact.label ?? fact.key} ${fact.value}`).join('，')}
                      {outcomes.data.project.events.length > 0 ? `；${outcomes.data.project.events.join('，')}` : ''}
                    </Typography.Paragraph>
                    <Typography.Title level={5}>立项用时（工作日，自申报至立项环节最后期限）</Typography.Title>
                    <ApprovalDaysChart bars={approvalBars(outcomes.data)} />
                    <Typography.Title level={5} style={{ marginTop: 16 }}>
                      结果对照
                    </Typography.Title>
                    <ComparisonTable
                      testId="comparison-outcomes"
                      columns={outcomes.data.columns}
                      sections={outcomes.data.sections}
                      rows={outcomes.data.rows}
                      differsOnly={differsOnly}
                      loading={outcomes.isFetching}
                    />
                    {outcomes.data.rows
                      .filter((row) => row.differs && (row.key === 'track' || row.key === 'approval-time') && row.explanation)
                      .map((row) => (
                        <div key={row.key} style={{ marginTop: 12 }}>
                          <Typography.Text strong>{row.label}的差异</Typography.Text>
                          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                            {(row.explanation ?? []).map((line, index) => (
                              <li key={index}>{line}</li>
                            ))}
                          </ul>
                        </div>
                      ))}
                  </div>
                )}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
