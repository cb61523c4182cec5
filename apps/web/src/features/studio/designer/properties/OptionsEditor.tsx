import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space, Typography } from 'antd';
import { optionsOf, setOptions, type OptionItem } from '../design-props';
import type { DesignNode } from '../design-tree';
import type { PanelEdit } from './panel-edit';

const YES_NO: OptionItem[] = [
  { label: '是', value: true },
  { label: '否', value: false },
];

/**
 * The options of a choice (enum): what is shown (label) and what is stored and read by conditions and facts
 * (value). A single choice can be made a yes/no question (boolean values), as facts like 涉及密码应用 need.
 */
export function OptionsEditor({ node, readOnly, onEdit }: { node: DesignNode; readOnly: boolean; onEdit: PanelEdit }) {
  const options = optionsOf(node.field);
  const boolean = node.field['type'] === 'boolean';
  const coalesce = `options:${node.path.join('/')}`;
  const write = (next: OptionItem[], merge = true) => onEdit((schema) => setOptions(schema, node.path, next), merge ? coalesce : undefined);
  const change = (index: number, patch: Partial<OptionItem>) => write(options.map((option, at) => (at === index ? { ...option, ...patch } : option)));
  const move = (index: number, step: number) => {
    const next = [...options];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + step, 0, moved);
    write(next, false);
  };
  const fresh = () => {
    for (let n = options.length + 1; ; n++) if (!options.some((option) => option.value === `option${n}`)) return { label: `选项${n}`, value: `option${n}` };
  };
  return (
    <Form.Item label="选项" help={boolean ? '是/否问题：值为 true / false' : '“显示”是表单上的文字；“值”是保存的数据，条件和事实读取它（建议用英文，如 new）'}>
      <Space direction="vertical" style={{ width: '100%' }} data-testid="options-editor">
        {options.map((option, index) => (
          <Space.Compact key={index} style={{ width: '100%' }}>
            <Input aria-label={`选项${index + 1}显示`} value={option.label} disabled={readOnly} onChange={(event) => change(index, { label: event.target.value })} />
            {boolean ? (
              <Input aria-label={`选项${index + 1}值`} value={String(option.value)} disabled style={{ maxWidth: 90 }} />
            ) : (
              <Input
                aria-label={`选项${index + 1}值`}
                value={String(option.value)}
                disabled={readOnly}
                style={{ maxWidth: 140 }}
                onChange={(event) => change(index, { value: event.target.value })}
              />
            )}
            <Button aria-label={`上移选项${index + 1}`} icon={<ArrowUpOutlined />} disabled={readOnly || index === 0} onClick={() => move(index, -1)} />
            <Button aria-label={`下移选项${index + 1}`} icon={<ArrowDownOutlined />} disabled={readOnly || index === options.length - 1} onClick={() => move(index, 1)} />
            <Button aria-label={`删除选项${index + 1}`} icon={<DeleteOutlined />} disabled={readOnly || boolean} onClick={() => write(options.filter((_, at) => at !== index), false)} />
          </Space.Compact>
        ))}
        {options.length === 0 && <Typography.Text type="danger">请至少添加一个选项</Typography.Text>}
        <Space wrap>
          <Button icon={<PlusOutlined />} disabled={readOnly || boolean} onClick={() => write([...options, fresh()], false)}>
            添加选项
          </Button>
          {node.field['type'] !== 'array' &&
            (boolean ? (
              <Button disabled={readOnly} onClick={() => write([{ label: '选项1', value: 'option1' }], false)}>
                改为文本选项
              </Button>
            ) : (
              <Button disabled={readOnly} onClick={() => write(YES_NO, false)}>
                设为“是/否”
              </Button>
            ))}
        </Space>
      </Space>
    </Form.Item>
  );
}
