import type { ConditionTrace } from '@banfa/policy-runtime';
import { Button, Popover, Space, Typography } from 'antd';
import { CiteTag } from '../procedure/CiteTag';

interface Props {
  /** The condition that makes it needed (absent: the article requires it of every project). */
  condition?: ConditionTrace;
  citeText: string;
  quote?: string;
}

/** “为什么需要？”: the condition, the facts that triggered it and the article, in words. */
export function WhyNeeded({ condition, citeText, quote }: Props) {
  const content = (
    <Space direction="vertical" size={4} style={{ maxWidth: 420 }}>
      {condition ? (
        <>
          <Typography.Text>
            条件：{condition.text}
            {condition.result === 'unknown' ? '（尚未确定）' : condition.result ? '（成立）' : '（不成立）'}
          </Typography.Text>
          {condition.facts.length > 0 && (
            <Typography.Text type="secondary">依据填写的内容：{condition.facts.map((fact) => `${fact.label}：${fact.value ?? '未填写'}`).join('，')}</Typography.Text>
          )}
        </>
      ) : (
        <Typography.Text>本办法要求所有项目提交</Typography.Text>
      )}
      <Space size={4} wrap>
        依据
        <CiteTag text={citeText} />
      </Space>
      {quote && <Typography.Text type="secondary">“{quote}”</Typography.Text>}
    </Space>
  );
  return (
    <Popover content={content} title="为什么需要？" trigger="click">
      <Button type="link" size="small" style={{ padding: 0 }}>
        为什么需要？
      </Button>
    </Popover>
  );
}
