import { Button, Form, List, Tag, Typography } from 'antd';
import { stringify } from 'yaml';
import { useStudioDraft, type DocumentPath } from '../../studio-draft.context';
import { asList, asRecord, asText, getIn, type DataRecord } from '../fields/draft-data';
import { SelectField, type Choice } from '../fields/select.field';
import { TextField } from '../fields/text.field';
import { ItemList } from './item-list';

const EFFECT_CHOICES: Choice[] = [
  { value: 'none', label: '不改变计算结果（须说明理由）' },
  { value: 'unsupported', label: '文件语言尚不能表达（不可选定，须说明理由）' },
];

/**
 * An ambiguity the text leaves open (A1 …): the question, the alternative readings, the one chosen and why. The
 * chosen reading is picked among the alternatives; a reading the language cannot express cannot be chosen.
 */
export function SettingEditor({ path }: { path: DocumentPath }) {
  const draft = useStudioDraft();
  const setting = asRecord(getIn(draft.data, path));
  const readings: Choice[] = asList(setting['alternatives']).map((raw) => {
    const alternative = asRecord(raw);
    const value = asText(alternative['value']);
    const unsupported = alternative['effect'] === 'unsupported';
    return { value, label: `${asText(alternative['label']) || value}${unsupported ? '（无法表达，不可选定）' : ''}`, disabled: unsupported };
  });
  return (
    <>
      <TextField path={[...path, 'id']} label="编号" required monospace extra="A1–A33 为全平台共用的歧义登记编号；本办法新增的从 A34 起编" />
      <TextField path={[...path, 'question']} label="问题" required multiline rows={2} />
      <Form.Item label="可选解读">
        <ItemList
          path={[...path, 'alternatives']}
          noun="解读"
          min={2}
          create={(data) => ({ value: `reading-${asList(getIn(data, [...path, 'alternatives'])).length + 1}`, label: '' })}
          title={(item, index) => (
            <>
              {asText(item['label']) || `解读 ${index + 1}`}
              {asText(item['value']) === asText(setting['reading']) ? (
                <Tag color="green" style={{ marginLeft: 8 }}>
                  选定
                </Tag>
              ) : null}
            </>
          )}
          render={(itemPath, item) => <AlternativeFields path={itemPath} item={item} />}
        />
      </Form.Item>
      <SelectField path={[...path, 'reading']} label="选定的解读" options={readings} required />
      <TextField path={[...path, 'why']} label="理由" required multiline rows={2} extra="例如引用民法典条文，或说明按原文顺序理解" />
    </>
  );
}

function AlternativeFields({ path, item }: { path: DocumentPath; item: DataRecord }) {
  const draft = useStudioDraft();
  const overrides = asList(item['overrides']);
  return (
    <>
      <TextField path={[...path, 'label']} label="说明" required />
      <TextField path={[...path, 'value']} label="取值" required monospace />
      <SelectField path={[...path, 'effect']} label="效果" options={EFFECT_CHOICES} optional placeholder="按下列覆盖改变文件（或为原文所写的解读）" />
      {item['effect'] !== undefined ? <TextField path={[...path, 'reason']} label="理由" required multiline rows={2} /> : null}
      {overrides.length > 0 ? (
        <Form.Item label="覆盖" extra="选定此解读时对文件所作的修改；请在 YAML 中编辑">
          <List
            size="small"
            bordered
            dataSource={overrides.map(asRecord)}
            renderItem={(override, index) => (
              <List.Item
                actions={[
                  <Button key="show" size="small" type="link" onClick={() => draft.setFocus([...path, 'overrides', index])}>
                    在 YAML 中查看
                  </Button>,
                ]}
              >
                <Typography.Text code>{asText(override['path'])}</Typography.Text>
                {override['remove'] === true ? ' 删除' : ` → ${compact(override['value'])}`}
              </List.Item>
            )}
          />
        </Form.Item>
      ) : null}
    </>
  );
}

function compact(value: unknown): string {
  const text = stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
