import { formatCitation, type Citation } from '@banfa/policy-model';
import { Button, Card, Form, InputNumber, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { DocumentPath } from '../../studio-draft.context';
import { useBufferedValue } from './buffered-value';
import { asRecord, asText } from './draft-data';
import { useDraftField } from './draft-field';
import { IssueList } from './field-shell';
import { TextField } from './text.field';

/** 第十一条第（二）项, from whatever the draft holds (numbers only; a malformed part is left out). */
export function citationText(value: unknown): string {
  const cite = asRecord(value);
  const parts: Citation = {};
  for (const key of ['article', 'paragraph', 'item', 'appendix'] as const) {
    const part = cite[key];
    if (typeof part === 'number' && Number.isInteger(part) && part > 0 && part < 10000) parts[key] = part;
  }
  return formatCitation(parts);
}

/**
 * The article an element encodes and the sentence it quotes, beside the element's fields; the citation itself is
 * editable (article, paragraph, item, appendix, quote). Open from the start when something is wrong with it.
 */
export function CitationEditor({ path, title = '出处' }: { path: DocumentPath; title?: string }) {
  const field = useDraftField(path);
  const [open, setOpen] = useState(false);
  const text = citationText(field.value);
  const quote = asText(asRecord(field.value)['quote']);
  // A problem opens the form, and it stays open once fixed, so it does not vanish under the user's typing.
  const troubled = field.issues.length > 0;
  useEffect(() => {
    if (troubled) setOpen(true);
  }, [troubled]);
  const editing = open || troubled;
  return (
    <Card
      size="small"
      data-testid="citation"
      title={
        <Space size={4} wrap>
          <span>{title}</span>
          {text ? (
            <Tag color="geekblue" bordered={false} data-testid="cite">
              {text}
            </Tag>
          ) : (
            <Tag color="warning">未注明条款</Tag>
          )}
        </Space>
      }
      extra={
        field.editable ? (
          <Button size="small" type="link" onClick={() => setOpen(!editing)} disabled={troubled}>
            {editing ? '收起' : '编辑出处'}
          </Button>
        ) : null
      }
      style={{ background: '#fafbfd' }}
    >
      {quote ? (
        <Typography.Paragraph style={{ borderLeft: '3px solid #c5d3e8', paddingLeft: 8, marginBottom: editing ? 12 : 0 }} data-testid="cite-quote">
          {quote}
        </Typography.Paragraph>
      ) : (
        <Typography.Text type="secondary">（未摘录原文）</Typography.Text>
      )}
      {field.issues.some((issue) => issue.path[path.length] !== 'quote') ? (
        <Typography.Text type="danger">
          <IssueList issues={field.issues.filter((issue) => issue.path[path.length] !== 'quote')} />
        </Typography.Text>
      ) : null}
      {editing ? (
        <Form component={false} layout="vertical">
          <Space wrap size={[8, 8]} style={{ marginTop: 8, marginBottom: 12 }}>
            <CitePart path={[...path, 'article']} before="第" after="条" />
            <CitePart path={[...path, 'paragraph']} before="第" after="款" />
            <CitePart path={[...path, 'item']} before="第（" after="）项" />
            <CitePart path={[...path, 'appendix']} before="附表" />
          </Space>
          <TextField path={[...path, 'quote']} label="原文" multiline rows={2} optional placeholder="逐字摘录该要素所依据的条文原句" />
        </Form>
      ) : null}
    </Card>
  );
}

/** One number of the citation, read as the regulation writes it: 第 [11] 条, 第（[2]）项, 附表 [1]. */
function CitePart({ path, before, after }: { path: DocumentPath; before: string; after?: string }) {
  const field = useDraftField(path);
  const external = typeof field.value === 'number' ? field.value : null;
  const { value, change, flush } = useBufferedValue<number | null>(external, (next) => field.set(next ?? undefined));
  return (
    <Space.Compact size="small">
      <Space.Addon>{before}</Space.Addon>
      <InputNumber
        value={value}
        min={1}
        precision={0}
        size="small"
        disabled={!field.editable}
        status={field.issues.length > 0 ? 'error' : undefined}
        onChange={(next) => change(typeof next === 'number' ? next : null)}
        onBlur={flush}
        onFocus={field.focus}
        data-path={field.name}
        style={{ width: 64 }}
      />
      {after ? <Space.Addon>{after}</Space.Addon> : null}
    </Space.Compact>
  );
}
