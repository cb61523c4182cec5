import type { ProjectView } from '@banfa/api-contract';
import type { StepOutcome } from '@banfa/policy-model';
import type { StepReport } from '@banfa/policy-runtime';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/http';

const OUTCOME: Record<StepOutcome, { button: string; title: string; placeholder: string }> = {
  approve: { button: '同意', title: '同意', placeholder: '审核意见（可不填）' },
  return: { button: '退回补正', title: '退回补正', placeholder: '写明需要补正的内容，例如：商用密码应用方案评估报告缺少评估结论页' },
  reject: { button: '不予通过', title: '不予通过', placeholder: '写明不予通过的理由' },
};

/** A reviewer's decision on an active step of its own body: approve, return for correction (补正) with a reason, or reject. */
export function StepReview({ project, step, onDone }: { project: ProjectView; step: StepReport; onDone: () => void }) {
  const { message } = App.useApp();
  const [outcome, setOutcome] = useState<StepOutcome | null>(null);
  const [reason, setReason] = useState('');
  const act = useMutation({
    mutationFn: () =>
      api<ProjectView>(`/projects/${project.id}/steps/${step.id}/actions`, {
        method: 'POST',
        body: { outcome, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      }),
    onSuccess: () => {
      message.success(`已${OUTCOME[outcome!].title}：${step.name}`);
      setOutcome(null);
      setReason('');
      onDone();
    },
  });
  const needsReason = outcome === 'return' || outcome === 'reject';
  return (
    <>
      <Space wrap data-testid={`review-${step.id}`}>
        <Button type="primary" size="small" onClick={() => setOutcome('approve')}>
          同意
        </Button>
        <Button size="small" onClick={() => setOutcome('return')}>
          退回补正
        </Button>
        <Button size="small" danger onClick={() => setOutcome('reject')}>
          不予通过
        </Button>
      </Space>
      <Modal
        open={outcome !== null}
        title={outcome ? `${OUTCOME[outcome].title}：${step.name}` : ''}
        okText={outcome ? `确认${OUTCOME[outcome].button}` : '确认'}
        cancelText="取消"
        okButtonProps={{ disabled: needsReason && reason.trim() === '', loading: act.isPending, danger: outcome === 'reject' }}
        onOk={() => act.mutate()}
        onCancel={() => {
          setOutcome(null);
          act.reset();
        }}
        destroyOnClose
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            项目：{project.name}（{project.organisation.name}）
          </Typography.Text>
          <Input.TextArea
            aria-label={needsReason ? '理由' : '审核意见'}
            rows={4}
            maxLength={2000}
            value={reason}
            placeholder={outcome ? OUTCOME[outcome].placeholder : ''}
            onChange={(event) => setReason(event.target.value)}
          />
          {needsReason && reason.trim() === '' && <Typography.Text type="secondary">须说明理由</Typography.Text>}
          {act.isError && <Typography.Text type="danger">{act.error.message}</Typography.Text>}
        </Space>
      </Modal>
    </>
  );
}
