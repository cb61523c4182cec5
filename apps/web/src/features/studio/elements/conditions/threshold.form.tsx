import { Select, Typography } from 'antd';
import { useStudioDraft, type DocumentPath } from '../../studio-draft.context';
import { asRecord, asText, getIn } from '../fields/draft-data';
import { settingChoices } from '../fields/document-options';
import { useDraftField } from '../fields/draft-field';
import { DecimalField } from '../fields/money.field';
import { SelectField, type Choice } from '../fields/select.field';
import { useConditionFacts } from './condition-facts';

/** The words of the regulations, each with the comparison it means (民法典 第一千二百五十九条). */
export const COMPARISON_CHOICES: Choice[] = [
  { value: 'lte', label: '≤ 以下、不超过、以内（含本数）' },
  { value: 'lt', label: '< 不满、不含、低于（不含本数）' },
  { value: 'gte', label: '≥ 以上、不低于（含本数）' },
  { value: 'gt', label: '> 超过、高于（不含本数）' },
];
const WORD: Readonly<Record<string, string>> = { lte: '以下（含本数）', lt: '以下（不含本数）', gte: '以上（含本数）', gt: '以上（不含本数）' };
const SYMBOL: Readonly<Record<string, string>> = { lte: '≤', lt: '<', gte: '≥', gt: '>' };

/** A budget threshold: a money fact, an explicit comparison, an exact amount and its unit, the setting it rests on. */
export function ThresholdForm({ path }: { path: DocumentPath }) {
  const draft = useStudioDraft();
  const { moneyFacts } = useConditionFacts();
  const threshold = asRecord(getIn(draft.data, path));
  const fact = moneyFacts.find((candidate) => candidate.key === asText(threshold['fact']));
  const comparison = asText(threshold['comparison']);
  const amount = asText(threshold['amount']);
  const unit = asText(threshold['unit']);
  return (
    <div data-testid="threshold-form">
      <SelectField path={[...path, 'fact']} label="金额" options={moneyFacts.map((candidate) => ({ value: candidate.key, label: `${candidate.label}（${candidate.key}）` }))} required extra={moneyFacts.length === 0 ? '本办法尚未声明金额类事实（请先在“事实”中添加，例如 totalInvestment）' : undefined} />
      <SelectField path={[...path, 'comparison']} label="比较" options={COMPARISON_CHOICES} required />
      <DecimalField path={[...path, 'amount']} label="数额" unit={<UnitSelect path={[...path, 'unit']} />} placeholder="例如 50" />
      <SelectField path={[...path, 'setting']} label="依据的歧义设置" options={settingChoices(draft.data)} optional extra="例如 A1：恰好等于分界金额时如何理解" />
      {fact && amount && WORD[comparison] ? (
        <Typography.Paragraph type="secondary" data-testid="threshold-sentence">
          {fact.label}
          {amount}
          {unit}
          {WORD[comparison]}时成立，即 {fact.label} {SYMBOL[comparison]} {amount}
          {unit}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}

function UnitSelect({ path }: { path: DocumentPath }) {
  const field = useDraftField(path);
  return (
    <Select
      value={asText(field.value) || undefined}
      placeholder="单位"
      options={[
        { value: '万元', label: '万元' },
        { value: '元', label: '元' },
      ]}
      disabled={!field.editable}
      onChange={(value: string) => field.set(value)}
      data-path={field.name}
      style={{ width: 76 }}
    />
  );
}
