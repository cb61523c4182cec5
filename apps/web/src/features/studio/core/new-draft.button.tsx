import type { PolicyVersionSummaryView, PolicyVersionView } from '@banfa/api-contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { createDraft } from './policy-versions.api';

/** 新建草稿（基于此版本）: a copy of the version as a new draft of the same policy, then its editor. */
export function NewDraftButton({ basedOn, onCreated, size, type }: { basedOn: Pick<PolicyVersionSummaryView, 'id' | 'label'>; onCreated(created: PolicyVersionView): void; size?: 'small' | 'middle'; type?: 'primary' | 'default' | 'link' }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => createDraft(basedOn.id),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['studio-policies'] });
      message.success(`已基于“${basedOn.label}”新建草稿`);
      onCreated(created);
    },
    onError: (error) => void message.error(`未能新建草稿：${error.message}`),
  });
  return (
    <Button size={size} type={type} loading={create.isPending} onClick={() => create.mutate()}>
      新建草稿（基于此版本）
    </Button>
  );
}
