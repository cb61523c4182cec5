import { DeleteOutlined } from '@ant-design/icons';
import type { PolicyVersionSummaryView } from '@banfa/api-contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useAuth } from '../../../auth/AuthContext';
import { localStorageMirror } from './draft-mirror';
import { deleteDraft } from './policy-versions.api';

/**
 * 删除草稿: asks first (it cannot be undone), then deletes the draft on the server and this browser's copy of its
 * edits, refreshes the list and says so; `onDeleted` then takes the user on (the editor: back to /studio). The
 * confirmation starts on 取消, so Enter never deletes by accident. Only for drafts the user may change: the caller
 * decides (the api refuses the rest).
 */
export function DeleteDraftButton({ version, onDeleted, size = 'small' }: {
  version: Pick<PolicyVersionSummaryView, 'id' | 'label'>;
  onDeleted?(): void;
  size?: 'small' | 'middle';
}) {
  const { message, modal } = App.useApp();
  const { session } = useAuth();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deleteDraft(version.id),
    onSuccess: () => {
      localStorageMirror(session?.user.id ?? 'anonymous', version.id).clear();
      void queryClient.invalidateQueries({ queryKey: ['studio-policies'] });
      void message.success(`已删除草稿“${version.label}”`);
      onDeleted?.();
    },
    onError: (error) => void message.error(`未能删除草稿“${version.label}”：${error.message}。草稿未删除`),
  });
  const confirm = () =>
    modal.confirm({
      title: `删除草稿“${version.label}”？`,
      content: '删除后无法恢复：服务器上的草稿和本机保存的未提交修改都会删除。已发布的版本不受影响。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      autoFocusButton: 'cancel',
      // Resolves either way: the dialog closes, and a refusal is said by the message above.
      onOk: () => remove.mutateAsync().catch(() => undefined),
    });
  return (
    <Button size={size} danger icon={<DeleteOutlined />} loading={remove.isPending} onClick={confirm} aria-label={`删除草稿：${version.label}`}>
      删除草稿
    </Button>
  );
}
