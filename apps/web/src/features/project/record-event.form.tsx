import type { ProjectView, RecordEventRequest } from '@banfa/api-contract';
import { anchorText, PROJECT_EVENT_KINDS } from '@banfa/policy-model';
import type { DecisionReport } from '@banfa/policy-runtime';
import { useMutation } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../api/http';

/** Kinds a department records here (submission, changes and 补正 have their own buttons). */
const KINDS = PROJECT_EVENT_KINDS.filter((kind) => !['submitted', 'changeRequested', 'changeDecided', 'resubmitted'].includes(kind));

interface Values {
  kind: RecordEventRequest['kind'];
  on: Dayjs;
  step?: string;
  obligation?: string;
  amount?: string;
  note?: string;
}

/** 登记事项: what happened to the project and when (合同签订 with its amount, 开工, 初步验收, a report submitted …). */
export function RecordEventForm({ project, report, onDone }: { project: ProjectView; report: DecisionReport; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const today = dayjs(report.at);
  const ownSteps = report.steps.filter((step) => step.body.catalogueKey === 'applicant' && (step.state === 'active' || step.state === 'overdue'));
  const record = useMutation({
    mutationFn: (values: Values) =>
      api<ProjectView>(`/projects/${project.id}/events`, {
        method: 'POST',
        body: {
          kind: values.kind,
          on: values.on.format('YYYY-MM-DD'),
          ...(values.step ? { step: values.step } : {}),
          ...(values.obligation ? { obligation: values.obligation } : {}),
          ...(values.amount ? { amount: `${values.amount.trim()}万元` } : {}),
          ...(values.note?.trim() ? { note: values.note.trim() } : {}),
        },
      }),
    onSuccess: () => {
      message.success('已登记');
      form.resetFields();
      onDone();
    },
  });
  return (
    <Form<Values> form={form} layout="vertical" initialValues={{ on: today }} onFinish={(values) => record.mutate(values)} style={{ maxWidth: 520 }}>
      <Form.Item name="kind" label="事项" rules={[{ required: true, message: '请选择登记的事项' }]}>
        <Select options={KINDS.map((value) => ({ value, label: anchorText(value) }))} placeholder="例如：合同签订" showSearch optionFilterProp="label" />
      </Form.Item>
      <Form.Item name="on" label="发生日期" rules={[{ required: true, message: '请选择发生日期' }]}>
        <DatePicker disabledDate={(date) => date.isAfter(today, 'day') || (project.submittedOn !== null && date.isBefore(dayjs(project.submittedOn), 'day'))} />
      </Form.Item>
      {kind === 'stepCompleted' && (
        <Form.Item name="step" label="完成的环节" rules={[{ required: true, message: '请选择完成的环节' }]}>
          <Select options={ownSteps.map((step) => ({ value: step.id, label: step.name }))} notFoundContent="当前没有由本单位办理的环节" />
        </Form.Item>
      )}
      {kind === 'reportSubmitted' && (
        <Form.Item name="obligation" label="报送的报告或备案" rules={[{ required: true, message: '请选择报送的是哪一项' }]}>
          <Select options={report.obligations.map((obligation) => ({ value: obligation.id, label: obligation.name }))} />
        </Form.Item>
      )}
      {kind === 'contractSigned' && (
        <Form.Item
          name="amount"
          label="合同金额"
          rules={[
            { required: true, message: '请填写合同金额' },
            { pattern: /^\d+(\.\d{1,6})?$/, message: '合同金额应为金额（万元），精确到分，例如 78.5' },
          ]}
        >
          <Input suffix="万元" inputMode="decimal" style={{ maxWidth: 240 }} />
        </Form.Item>
      )}
      <Form.Item name="note" label="备注">
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          登记
        </Button>
        {record.isError && <span style={{ color: '#cf1322' }}>{record.error.message}</span>}
      </Space>
    </Form>
  );
}
