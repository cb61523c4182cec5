import { LIMIT_KIND_LABEL, MEASURE_LABEL, OUTSIDE_LABEL } from '@banfa/policy-model';
import { Form, Select } from 'antd';
import { useStudioDraft, type DocumentPath } from '../../studio-draft.context';
import { ConditionField } from '../conditions/condition.editor';
import { COMPARISON_CHOICES } from '../conditions/threshold.form';
import { useConditionFacts } from '../conditions/condition-facts';
import { CitationEditor } from '../fields/citation.editor';
import { anchorChoices, bodyChoices, formChoices, labelled, settingChoices } from '../fields/document-options';
import { asRecord, asText, type DataRecord } from '../fields/draft-data';
import { useDraftField } from '../fields/draft-field';
import { DecimalField } from '../fields/money.field';
import { IntegerField } from '../fields/number.field';
import { MultiSelectField, SelectField, SwitchField } from '../fields/select.field';
import { TextField } from '../fields/text.field';
import { IdField } from './id.field';
import { ItemList } from './item-list';

/** How much a contract may change (第二十一条): its limits, who approves, who is told, what lies outside them. */
export function ChangeRuleEditor({ path }: { path: DocumentPath }) {
  const draft = useStudioDraft();
  return (
    <>
      <TextField path={[...path, 'name']} label="名称" required />
      <ConditionField path={[...path, 'when']} label="适用条件" optional />
      <SelectField path={[...path, 'before']} label="仅限此事件前" options={anchorChoices(draft.data)[1]?.options ?? []} optional extra="例如只约束采购完成前提出的变更" />
      <Form.Item label="限制">
        <ItemList path={[...path, 'limits']} noun="限制" create={() => ({ kind: 'count', max: 1, cite: {} })} title={(item) => LIMIT_KIND_LABEL[asText(item['kind']) as keyof typeof LIMIT_KIND_LABEL] ?? '限制'} render={(itemPath, item) => <LimitFields path={itemPath} limit={item} />} />
      </Form.Item>
      <MultiSelectField path={[...path, 'approvalBy']} label="须经同意" options={bodyChoices(draft.data)} placeholder="（无须审批，自行调整）" />
      <MultiSelectField path={[...path, 'filedWith']} label="报备机构" options={bodyChoices(draft.data)} placeholder="（无）" />
      <SelectField path={[...path, 'outside']} label="超出限制时" options={labelled(OUTSIDE_LABEL)} required />
      <TextField path={[...path, 'outsideText']} label="原文表述" optional multiline rows={2} />
      <SelectField path={[...path, 'form']} label="变更申请表" options={formChoices(draft.data)} optional />
      <MultiSelectField path={[...path, 'settings']} label="依据的歧义设置" options={settingChoices(draft.data)} optional />
      <IdField path={[...path, 'id']} />
    </>
  );
}

const KIND_DEFAULTS: Readonly<Record<string, (base: string) => DataRecord>> = {
  ratio: (base) => ({ kind: 'ratio', base, comparison: 'lte', ratio: '0.10', measure: 'declared' }),
  count: () => ({ kind: 'count', max: 1 }),
  'total-not-above': (base) => ({ kind: 'total-not-above', base }),
  'no-increase': (base) => ({ kind: 'no-increase', base }),
};

function LimitFields({ path, limit }: { path: DocumentPath; limit: DataRecord }) {
  const draft = useStudioDraft();
  const kindField = useDraftField([...path, 'kind']);
  const { moneyFacts } = useConditionFacts();
  const kind = asText(limit['kind']);
  const money = moneyFacts.map((fact) => ({ value: fact.key, label: `${fact.label}（${fact.key}）` }));
  const changeKind = (next: string) => {
    const base = asText(limit['base']) || moneyFacts[0]?.key || 'contractAmount';
    const { cite, soft } = limit;
    draft.setIn(path, { ...(KIND_DEFAULTS[next]?.(base) ?? { kind: next }), ...(soft === true ? { soft } : {}), cite: asRecord(cite) });
  };
  return (
    <>
      <Form.Item label="种类">
        <Select value={kind || undefined} options={labelled(LIMIT_KIND_LABEL)} onChange={changeKind} disabled={!kindField.editable} style={{ width: 200 }} data-path={kindField.name} />
      </Form.Item>
      {kind === 'count' ? <IntegerField path={[...path, 'max']} label="最多次数" min={0} required /> : null}
      {kind === 'ratio' || kind === 'total-not-above' || kind === 'no-increase' ? <SelectField path={[...path, 'base']} label={kind === 'ratio' ? '比较基数' : '不得超过'} options={money} required /> : null}
      {kind === 'ratio' ? (
        <>
          <SelectField path={[...path, 'comparison']} label="比较" options={COMPARISON_CHOICES} required />
          <DecimalField path={[...path, 'ratio']} label="比例" placeholder="0.10 表示 10%" extra="0 到 1 之间的小数，例如 0.10 表示 10%" />
          <SelectField path={[...path, 'measure']} label="变更金额的计量" options={labelled(MEASURE_LABEL)} optional placeholder="按变更申请所述金额（默认）" />
          <MultiSelectField path={[...path, 'settings']} label="依据的歧义设置" options={settingChoices(draft.data)} optional />
        </>
      ) : null}
      <SwitchField path={[...path, 'soft']} label="原则上" />
      <CitationEditor path={[...path, 'cite']} />
    </>
  );
}
