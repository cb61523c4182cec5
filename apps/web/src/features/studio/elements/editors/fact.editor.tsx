import { CANONICAL_FACTS, FACT_TYPE_LABEL, findCanonicalFact } from '@banfa/policy-model';
import { Alert, AutoComplete, Form } from 'antd';
import { useStudioDraft, type DocumentPath } from '../../studio-draft.context';
import { useBufferedValue } from '../fields/buffered-value';
import { asRecord, asText, getIn } from '../fields/draft-data';
import { labelled, settingChoices } from '../fields/document-options';
import { useDraftField } from '../fields/draft-field';
import { FieldShell } from '../fields/field-shell';
import { SelectField } from '../fields/select.field';
import { TextField } from '../fields/text.field';
import { ItemList } from './item-list';

/**
 * A fact the rules read: one of the canonical catalogue (its type and label come from there, the label may be
 * reworded) or a local one declaring its type, label and, for a choice, its options.
 */
export function FactEditor({ path }: { path: DocumentPath }) {
  const draft = useStudioDraft();
  const fact = asRecord(getIn(draft.data, path));
  const canonical = findCanonicalFact(asText(fact['key']));
  return (
    <>
      <FactKeyField path={[...path, 'key']} />
      {canonical ? (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={`规范事实：${canonical.label}（${FACT_TYPE_LABEL[canonical.type]}）`}
            description={canonical.options ? `选项：${canonical.options.map((option) => `${option.label}（${option.value}）`).join('、')}` : canonical.description}
          />
          <TextField path={[...path, 'label']} label="本办法的称谓" optional placeholder={canonical.label} extra="留空则使用规范事实目录中的名称" />
        </>
      ) : (
        <>
          <SelectField path={[...path, 'type']} label="类型" options={labelled(FACT_TYPE_LABEL)} required />
          <TextField path={[...path, 'label']} label="名称" required placeholder="例如 符合数字政府改革建设要求" />
          {asText(fact['type']) === 'enum' ? (
            <Form.Item label="选项">
              <ItemList
                path={[...path, 'options']}
                noun="选项"
                create={() => ({ value: '', label: '' })}
                title={(item, index) => asText(item['label']) || `选项 ${index + 1}`}
                render={(itemPath) => (
                  <>
                    <TextField path={[...itemPath, 'label']} label="名称" required />
                    <TextField path={[...itemPath, 'value']} label="取值" required monospace extra="条件中使用的值，例如 provincial" />
                  </>
                )}
              />
            </Form.Item>
          ) : null}
        </>
      )}
      <SelectField path={[...path, 'setting']} label="依据的歧义设置" options={settingChoices(draft.data)} optional />
    </>
  );
}

/** The fact's key: pick a canonical fact (named in Chinese) or type a new camelCase key for a local one. */
function FactKeyField({ path }: { path: DocumentPath }) {
  const field = useDraftField(path);
  const { value, change, flush } = useBufferedValue(asText(field.value), (text) => field.set(text.trim()));
  const options = CANONICAL_FACTS.map((fact) => ({ value: fact.key, label: `${fact.label}（${fact.key}，${FACT_TYPE_LABEL[fact.type]}）` }));
  return (
    <FieldShell label="事实" issues={field.issues} required extra="从规范事实目录中选择，或输入新的英文小驼峰键（如 meetsDigitalGovRequirements）声明本地事实">
      <AutoComplete
        value={value}
        options={options}
        filterOption={(input, option) => String(option?.label ?? '').toLowerCase().includes(input.toLowerCase())}
        disabled={!field.editable}
        status={field.issues.length > 0 ? 'error' : undefined}
        onChange={(next: string) => change(next)}
        onSelect={(next: string) => {
          change(next);
          flush();
        }}
        onBlur={flush}
        onFocus={field.focus}
        data-path={field.name}
        style={{ maxWidth: 420 }}
      />
    </FieldShell>
  );
}
