import { explainCondition, readFactKeys } from '@banfa/policy-model';
import { Alert, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { DocumentPath } from '../../studio-draft.context';
import { useBufferedValue } from '../fields/buffered-value';
import { asText } from '../fields/draft-data';
import { useDraftField } from '../fields/draft-field';
import { IssueList } from '../fields/field-shell';
import { TextField } from '../fields/text.field';
import { CelCodeEditor } from './cel-code.editor';
import { celToQuery } from './cel-query.convert';
import { CelQueryBuilder } from './cel-query.builder';
import { useConditionFacts } from './condition-facts';

/**
 * A CEL condition `{ cel, description }`: built visually where the builder can show it, or written as CEL with its
 * type errors shown as you type; both edit the same text, written into the draft after a pause in typing.
 */
export function CelConditionEditor({ path }: { path: DocumentPath }) {
  const field = useDraftField([...path, 'cel']);
  const { facts, env } = useConditionFacts();
  const { value: text, change, flush } = useBufferedValue(asText(field.value), (next) => field.set(next));
  const explanation = useMemo(() => explainCondition(env, text, facts), [env, text, facts]);
  const representable = useMemo(() => celToQuery(text, facts, env), [env, text, facts]);
  const [tab, setTab] = useState<'builder' | 'text'>(() => (representable.ok ? 'builder' : 'text'));
  const labels = new Map(facts.map((fact) => [fact.key, fact.label]));
  const reads = explanation.valid ? readFactKeys(env, text).map((key) => labels.get(key) ?? key) : [];
  // Issues the document's validation found here; while the text is being edited, its own live check says more.
  const issues = explanation.valid ? field.issues : [];

  return (
    <div data-testid="cel-condition" data-path={field.name}>
      <Tabs
        size="small"
        activeKey={tab}
        onChange={(key) => setTab(key === 'text' ? 'text' : 'builder')}
        items={[
          {
            key: 'builder',
            label: '可视化编辑',
            children: representable.ok ? (
              <CelQueryBuilder
                cel={text}
                onChange={(next) => {
                  change(next);
                }}
                disabled={!field.editable}
              />
            ) : (
              <Alert type="info" showIcon message="此条件只能在“表达式”中编辑" description={representable.reason} data-testid="builder-unavailable" />
            ),
          },
          {
            key: 'text',
            label: '表达式（CEL）',
            children: <CelCodeEditor value={text} onChange={change} onBlur={flush} facts={facts} env={env} disabled={!field.editable} />,
          },
        ]}
      />
      <div data-testid="cel-check" style={{ marginTop: 4 }}>
        {explanation.valid ? (
          <Typography.Text type="success">类型检查通过{reads.length > 0 ? `，读取：${reads.join('、')}` : ''}</Typography.Text>
        ) : (
          <Typography.Text type="danger">
            {explanation.message}
            {explanation.hint ? `（提示：${explanation.hint}）` : ''}
          </Typography.Text>
        )}
      </div>
      {issues.length > 0 ? (
        <Typography.Text type="danger">
          <IssueList issues={issues} />
        </Typography.Text>
      ) : null}
      <div style={{ marginTop: 8 }}>
        <TextField path={[...path, 'description']} label="说明" optional placeholder="用申报单位能看懂的话说明此条件，例如 项目涉及密码应用" extra="决定书和材料清单中显示此说明，而不是表达式" />
      </div>
    </div>
  );
}
