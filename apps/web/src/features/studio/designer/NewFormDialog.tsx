import { Form, Input, InputNumber, Modal, Radio, Space } from 'antd';
import { useState } from 'react';

export interface NewForm {
  id: string;
  title: string;
  cite: { appendix: number } | { article: number; item?: number };
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Asks for a new form's id, title and where the regulation provides it (附表N, or 第N条第（N）项). */
export function NewFormDialog({ open, takenIds, onCancel, onCreate }: { open: boolean; takenIds: ReadonlyArray<string>; onCancel: () => void; onCreate: (form: NewForm) => void }) {
  const [id, setId] = useState('');
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<'appendix' | 'article'>('appendix');
  const [number, setNumber] = useState<number | null>(null);
  const [item, setItem] = useState<number | null>(null);
  const [tried, setTried] = useState(false);
  const idProblem = id === '' ? '请填写标识' : !ID.test(id) ? '标识只能包含小写字母、数字和连字符，例如 project-application' : takenIds.includes(id) ? `已有标识为“${id}”的表单` : undefined;
  const titleProblem = title.trim() === '' ? '请填写表单名称' : undefined;
  const numberProblem = number === null ? (kind === 'appendix' ? '请填写附表编号' : '请填写条号') : undefined;
  const submit = () => {
    setTried(true);
    if (idProblem || titleProblem || numberProblem || number === null) return;
    onCreate({ id, title: title.trim(), cite: kind === 'appendix' ? { appendix: number } : { article: number, ...(item ? { item } : {}) } });
    setId('');
    setTitle('');
    setNumber(null);
    setItem(null);
    setTried(false);
  };
  const status = (problem: string | undefined) => (tried && problem ? { validateStatus: 'error' as const, help: problem } : {});
  return (
    <Modal open={open} title="新建表单" okText="创建" cancelText="取消" onOk={submit} onCancel={onCancel} destroyOnClose>
      <Form layout="vertical" onSubmitCapture={(event) => event.preventDefault()}>
        <Form.Item label="表单名称" htmlFor="new-form-title" {...status(titleProblem)}>
          <Input id="new-form-title" value={title} placeholder="例如 项目立项申请表" onChange={(event) => setTitle(event.target.value)} />
        </Form.Item>
        <Form.Item label="标识（英文）" htmlFor="new-form-id" {...(status(idProblem).help ? status(idProblem) : { help: '环节、材料用它引用表单，例如 project-application' })}>
          <Input id="new-form-id" value={id} placeholder="project-application" onChange={(event) => setId(event.target.value.trim())} />
        </Form.Item>
        <Form.Item label="出处" {...status(numberProblem)}>
          <Space wrap>
            <Radio.Group value={kind} onChange={(event) => setKind(event.target.value)} options={[{ label: '附表', value: 'appendix' }, { label: '条文', value: 'article' }]} />
            <InputNumber aria-label={kind === 'appendix' ? '附表编号' : '条号'} min={1} max={999} value={number} addonBefore={kind === 'appendix' ? '附表' : '第'} addonAfter={kind === 'article' ? '条' : undefined} onChange={setNumber} />
            {kind === 'article' && <InputNumber aria-label="项号" min={1} max={99} value={item} addonBefore="第（" addonAfter="）项" onChange={setItem} />}
          </Space>
        </Form.Item>
      </Form>
    </Modal>
  );
}
