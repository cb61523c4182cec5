import type { PolicyDocument } from '@banfa/policy-model';
import type { DecisionReport, StepState } from '@banfa/policy-runtime';
import { Alert, Button, Checkbox, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { STEP_STATE } from '../../procedure/StepsTable';
import { expectationsFromReport, orderAttachments } from './expectations.model';
import type { ExpectationEdits } from './scenario-file.edit';

interface Draft {
  checkTrack: boolean;
  track: string | null;
  steps: Record<string, string>;
  dueOn: Record<string, string>;
  checkAttachments: boolean;
  attachments: string[];
}

function fromEdits(edits: ExpectationEdits): Draft {
  return {
    checkTrack: edits.track !== undefined,
    track: edits.track ?? null,
    steps: { ...(edits.steps ?? {}) },
    dueOn: { ...(edits.dueOn ?? {}) },
    checkAttachments: edits.attachments !== undefined,
    attachments: [...(edits.attachments ?? [])],
  };
}

const NOT_CHECKED = '';
const STATE_OPTIONS = [{ value: NOT_CHECKED, label: '不检查' }, ...(Object.keys(STEP_STATE) as StepState[]).map((state) => ({ value: state, label: STEP_STATE[state].label }))];

/**
 * The expectations of a scenario, as a form: the track, each step's state and due date, the attachments required —
 * beside what the current draft gives for the scenario's project, which “采用当前结果” copies in. For a new scenario it
 * also asks the name.
 */
export function ScenarioExpectationsModal({
  title,
  doc,
  report,
  initial,
  askName,
  extra,
  onSave,
  onCancel,
}: {
  title: string;
  doc: PolicyDocument;
  report: DecisionReport | null;
  initial: ExpectationEdits;
  /** A new scenario: its name, with this default. */
  askName?: string;
  extra?: ReactNode;
  onSave: (edits: ExpectationEdits, name: string) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => fromEdits(initial));
  const [name, setName] = useState(askName ?? '');
  const actual = new Map(report?.steps.map((step) => [step.id, step]) ?? []);
  const required = new Set(report?.attachments.filter((attachment) => attachment.required === true).map((attachment) => attachment.id) ?? []);
  const steps = doc.stages.flatMap((stage) => stage.steps.map((step) => ({ id: step.id, name: step.name, stage: stage.name })));
  const attachments = orderAttachments(
    doc.stages.flatMap((stage) => stage.attachments.map((attachment) => attachment.id)),
    report,
    doc,
  ).map((id) => ({ id, name: doc.stages.flatMap((stage) => stage.attachments).find((attachment) => attachment.id === id)?.name ?? id }));

  const save = () => {
    const edits: ExpectationEdits = {
      ...(draft.checkTrack ? { track: draft.track } : {}),
      ...(Object.keys(draft.steps).length > 0 ? { steps: draft.steps } : {}),
      ...(Object.keys(draft.dueOn).length > 0 ? { dueOn: draft.dueOn } : {}),
      ...(draft.checkAttachments ? { attachments: orderAttachments(draft.attachments, report, doc) } : {}),
    };
    onSave(edits, name.trim());
  };
  const setStep = (id: string, state: string) => {
    const next = { ...draft.steps };
    if (state === NOT_CHECKED) delete next[id];
    else next[id] = state;
    setDraft({ ...draft, steps: next });
  };
  const setDue = (id: string, date: string | null) => {
    const next = { ...draft.dueOn };
    if (date === null) delete next[id];
    else next[id] = date;
    setDraft({ ...draft, dueOn: next });
  };

  return (
    <Modal
      open
      width={960}
      title={title}
      okText="保存到场景文件"
      cancelText="取消"
      onOk={save}
      okButtonProps={{ disabled: askName !== undefined && name.trim() === '' }}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }} data-testid="scenario-expectations">
        {askName !== undefined && (
          <Form.Item label="场景名称" required style={{ marginBottom: 0 }} validateStatus={name.trim() ? undefined : 'error'} help={name.trim() ? undefined : '请写明这个场景检验什么，例如：总投资120万元的项目实行审批制（第十二条）'}>
            <Input aria-label="场景名称" value={name} onChange={(event) => setName(event.target.value)} />
          </Form.Item>
        )}
        {extra}
        {report ? (
          <Space>
            <Button onClick={() => setDraft(fromEdits(expectationsFromReport(report)))}>采用当前结果</Button>
            <Typography.Text type="secondary">把当前草稿对该项目的结果（管理方式、各环节状态和到期日、须提交的材料）设为期望</Typography.Text>
          </Space>
        ) : (
          <Alert type="warning" showIcon message="当前草稿无法计算该项目的结果，只能手工填写期望" />
        )}
        <Space wrap>
          <Checkbox checked={draft.checkTrack} onChange={(event) => setDraft({ ...draft, checkTrack: event.target.checked })}>
            检查管理方式
          </Checkbox>
          <Select
            aria-label="期望的管理方式"
            disabled={!draft.checkTrack}
            value={draft.track ?? '__none'}
            style={{ width: 200 }}
            options={[...doc.tracks.map((track) => ({ value: track.id, label: track.name })), { value: '__none', label: '无法确定' }]}
            onChange={(value: string) => setDraft({ ...draft, track: value === '__none' ? null : value })}
          />
          <Typography.Text type="secondary">当前结果：{report?.track?.name ?? '无法确定'}</Typography.Text>
        </Space>
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          scroll={{ y: 360 }}
          dataSource={steps}
          columns={[
            { key: 'name', title: '环节', render: (_, step) => `${step.name}（${step.stage}）` },
            {
              key: 'actual',
              title: '当前结果',
              width: 200,
              render: (_, step) => {
                const current = actual.get(step.id);
                if (!current) return <Typography.Text type="secondary">不在本管理方式中</Typography.Text>;
                return (
                  <Space size={4} wrap>
                    <Tag color={STEP_STATE[current.state].color}>{STEP_STATE[current.state].label}</Tag>
                    {current.deadline?.dueOn && <Typography.Text type="secondary">{current.deadline.dueOn}</Typography.Text>}
                  </Space>
                );
              },
            },
            {
              key: 'state',
              title: '期望状态',
              width: 150,
              render: (_, step) => (
                <Select aria-label={`${step.name}的期望状态`} size="small" style={{ width: 130 }} value={draft.steps[step.id] ?? NOT_CHECKED} options={STATE_OPTIONS} onChange={(value: string) => setStep(step.id, value)} />
              ),
            },
            {
              key: 'due',
              title: '期望到期日',
              width: 170,
              render: (_, step) => (
                <DatePicker
                  aria-label={`${step.name}的期望到期日`}
                  size="small"
                  placeholder="不检查"
                  value={draft.dueOn[step.id] ? dayjs(draft.dueOn[step.id]) : null}
                  onChange={(date) => setDue(step.id, date ? date.format('YYYY-MM-DD') : null)}
                />
              ),
            },
          ]}
        />
        <Checkbox checked={draft.checkAttachments} onChange={(event) => setDraft({ ...draft, checkAttachments: event.target.checked })}>
          检查须提交的材料（勾选期望须提交的）
        </Checkbox>
        <Checkbox.Group
          aria-label="期望须提交的材料"
          disabled={!draft.checkAttachments}
          value={draft.attachments}
          onChange={(values) => setDraft({ ...draft, attachments: values as string[] })}
          options={attachments.map((attachment) => ({
            value: attachment.id,
            label: (
              <span>
                {attachment.name}
                {required.has(attachment.id) && <Typography.Text type="secondary">（当前须提交）</Typography.Text>}
              </span>
            ),
          }))}
        />
      </Space>
    </Modal>
  );
}
