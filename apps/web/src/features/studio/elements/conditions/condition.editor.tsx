import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useStudioDraft, type DocumentPath } from '../../studio-draft.context';
import { asList, getIn } from '../fields/draft-data';
import { useDraftField } from '../fields/draft-field';
import { IssueList } from '../fields/field-shell';
import { NestedForm } from '../fields/nested-form';
import { TextField } from '../fields/text.field';
import { CelConditionEditor } from './cel-condition.editor';
import { useConditionFacts } from './condition-facts';
import { convertCondition, MODE_LABEL, modeOf, type ConditionMode } from './condition.model';
import { ThresholdForm } from './threshold.form';

/** A labelled condition of an element (适用条件, 触发条件): absent when optional and not set. */
export function ConditionField({ path, label, optional, extra }: { path: DocumentPath; label: ReactNode; optional?: boolean; extra?: ReactNode }) {
  return (
    // Label above: a condition (the visual builder above all) needs the whole width.
    <Form.Item label={label} required={!optional} extra={extra} labelCol={{ span: 24 }} wrapperCol={{ span: 24 }} className="banfa-condition-field">
      <NestedForm>
        <ConditionEditor path={path} optional={optional} />
      </NestedForm>
    </Form.Item>
  );
}

/**
 * A condition: a budget threshold (以下 = lte …), a CEL expression (built visually or written), or all / any / not
 * of conditions, nested as deep as the regulation needs. Switching the kind keeps what the condition says where it
 * can (a threshold becomes CEL over 分); where it cannot, it asks first.
 */
export function ConditionEditor({ path, optional, depth = 0 }: { path: DocumentPath; optional?: boolean; depth?: number }) {
  const field = useDraftField(path);
  const { facts } = useConditionFacts();
  const { modal } = App.useApp();
  const mode = modeOf(field.value);
  const modes: ConditionMode[] = [...(optional ? (['none'] as const) : []), 'threshold', 'cel', 'all', 'any', 'not'];

  const switchTo = (next: ConditionMode) => {
    const converted = convertCondition(field.value, next, facts);
    const apply = () => field.set(converted.value);
    if (converted.lossless) return apply();
    modal.confirm({
      title: `改为“${MODE_LABEL[next]}”？`,
      content: '现有条件无法原样转换，切换后将被替换。',
      okText: '替换',
      cancelText: '取消',
      onOk: apply,
    });
  };

  return (
    <div data-testid="condition-editor" style={depth > 0 ? { borderLeft: '3px solid #e3e9f2', paddingLeft: 12 } : undefined}>
      <Space style={{ marginBottom: mode === 'none' ? 0 : 12 }} wrap>
        <Select
          value={mode === 'unknown' ? undefined : mode}
          placeholder="无法识别的条件"
          options={modes.map((value) => ({ value, label: MODE_LABEL[value] }))}
          onChange={switchTo}
          disabled={!field.editable}
          data-path={`${field.name}:mode`}
          style={{ width: 190 }}
        />
        {mode === 'threshold' ? <Typography.Text type="secondary">适用于按预算金额区分的情形；可被各地比较</Typography.Text> : null}
      </Space>
      {mode === 'unknown' ? (
        <Typography.Text type="danger">
          <IssueList issues={field.issues.length > 0 ? field.issues : [{ path, message: '条件应为 threshold、cel、all、any 或 not 之一（请在 YAML 中修正）' }]} />
        </Typography.Text>
      ) : null}
      {mode === 'threshold' ? <ThresholdForm path={[...path, 'threshold']} /> : null}
      {mode === 'cel' ? <CelConditionEditor path={path} /> : null}
      {mode === 'all' || mode === 'any' ? <ConditionParts path={path} mode={mode} depth={depth} /> : null}
      {mode === 'not' ? (
        <>
          <ConditionEditor path={[...path, 'not']} depth={depth + 1} />
          <TextField path={[...path, 'description']} label="说明" optional />
        </>
      ) : null}
    </div>
  );
}

function ConditionParts({ path, mode, depth }: { path: DocumentPath; mode: 'all' | 'any'; depth: number }) {
  const draft = useStudioDraft();
  const parts = asList(getIn(draft.data, [...path, mode]));
  const listPath = [...path, mode];
  return (
    <div data-testid={`condition-${mode}`}>
      {parts.map((_, index) => (
        <div key={index} style={{ marginBottom: 12 }}>
          <Space style={{ marginBottom: 4 }}>
            <Typography.Text strong>
              {mode === 'all' ? '并且' : '或者'} · 条件 {index + 1}
            </Typography.Text>
            {draft.editable ? (
              <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={parts.length <= 2} title={parts.length <= 2 ? '至少须有两项条件' : '删除此条件'} aria-label="删除此条件" onClick={() => draft.deleteIn([...listPath, index])} />
            ) : null}
          </Space>
          <ConditionEditor path={[...listPath, index]} depth={depth + 1} />
        </div>
      ))}
      {draft.editable ? (
        <Button size="small" icon={<PlusOutlined />} onClick={() => draft.appendIn(listPath, { cel: '' })} style={{ marginBottom: 12 }}>
          添加条件
        </Button>
      ) : null}
      <TextField path={[...path, 'description']} label="说明" optional placeholder="整组条件的说明，例如 新建项目涉及的信息系统未全部列入目录" />
    </div>
  );
}
