import { Tag, Tooltip } from 'antd';

/** The article an item comes from (第十一条第（二）项), with the quoted sentence on hover when there is one. */
export function CiteTag({ text, quote }: { text: string; quote?: string }) {
  if (!text) return null;
  const tag = (
    <Tag color="geekblue" bordered={false} data-testid="cite">
      {text}
    </Tag>
  );
  return quote ? <Tooltip title={quote}>{tag}</Tooltip> : tag;
}
