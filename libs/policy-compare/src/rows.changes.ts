import { anchorText, OUTSIDE_LABEL, percent } from '@banfa/policy-model';
import { citeText, type ColumnContext } from './column.context';
import type { EntryValue } from './comparison.types';
import { comparisonSymbol } from './entry.format';
import type { EntrySink, RowSpec } from './row.collector';

const SECTION = 'changes';

const RATIO_ROW: RowSpec = {
  key: 'change:ratio',
  kind: 'change-ratio',
  section: SECTION,
  label: '变更金额比例上限',
  rank: 0,
  strictness: '比例越低越严格（仅比较计算基数相同的比例）',
};
const BASE_ROW: RowSpec = { key: 'change:base', kind: 'change-base', section: SECTION, label: '变更比例的计算基数', rank: 1 };
const COUNT_ROW: RowSpec = { key: 'change:count', kind: 'change-count', section: SECTION, label: '变更次数上限', rank: 2, strictness: '次数越少越严格' };
const TOTAL_ROW: RowSpec = { key: 'change:total', kind: 'change-total', section: SECTION, label: '变更后总额不得超过', rank: 3 };
const NO_INCREASE_ROW: RowSpec = { key: 'change:no-increase', kind: 'change-no-increase', section: SECTION, label: '不得增加的金额', rank: 4 };
const APPROVAL_ROW: RowSpec = {
  key: 'change:approval',
  kind: 'change-approval',
  section: SECTION,
  label: '变更的审批或备案',
  rank: 5,
  signature: (entry) => JSON.stringify(entry.value),
};

/** Change limits by their kind (ratio, count, total, no increase: the schema's own kinds), with the base amounts. */
export function changeRows(ctx: ColumnContext, rows: EntrySink): void {
  [RATIO_ROW, BASE_ROW, COUNT_ROW].forEach((spec) => rows.declare(spec));
  for (const rule of ctx.doc.changeRules) {
    const source = `changeRules.${rule.id}`;
    const scope = `${rule.when ? `（${ctx.condition(rule.when)}）` : ''}${rule.before ? `（限于${anchorText(rule.before)}之前）` : ''}`;
    for (const limit of rule.limits) {
      const soft = limit.soft ? '原则上' : '';
      const cite = limit.cite;
      const base = { source, name: rule.name, cite, citeText: citeText(cite) };
      if (limit.kind === 'ratio') {
        const baseLabel = ctx.factLabel(limit.base);
        const value: EntryValue = { kind: 'ratio', ratio: limit.ratio, percent: percent(limit.ratio), comparison: limit.comparison, base: limit.base, baseLabel, soft: limit.soft };
        rows.add(RATIO_ROW, { ...base, value, text: `${rule.name}${scope}：变更金额${soft}${comparisonSymbol(limit.comparison)}${baseLabel}的${percent(limit.ratio)}` });
        rows.add(BASE_ROW, { ...base, value: { kind: 'fact', key: limit.base, label: baseLabel }, text: `${rule.name}：${baseLabel}` });
      } else if (limit.kind === 'count') {
        rows.add(COUNT_ROW, { ...base, value: { kind: 'count', max: limit.max, soft: limit.soft }, text: `${rule.name}${scope}：${soft}不超过${limit.max}次` });
      } else {
        const label = ctx.factLabel(limit.base);
        const spec = limit.kind === 'total-not-above' ? TOTAL_ROW : NO_INCREASE_ROW;
        rows.add(spec, { ...base, value: { kind: 'fact', key: limit.base, label, soft: limit.soft }, text: `${rule.name}${scope}：${soft}${limit.kind === 'total-not-above' ? `不超过${label}` : `${label}不得增加`}` });
      }
    }
    const approvers = rule.approvalBy.map((id) => ctx.body(id)?.catalogueKey ?? id);
    const filers = rule.filedWith.map((id) => ctx.body(id)?.catalogueKey ?? id);
    const parts = [
      rule.approvalBy.length > 0 ? `须经${rule.approvalBy.map((id) => ctx.bodyName(id)).join('、')}同意` : '',
      rule.filedWith.length > 0 ? `报${rule.filedWith.map((id) => ctx.bodyName(id)).join('、')}备案` : '',
      `超出限制：${OUTSIDE_LABEL[rule.outside]}`,
    ].filter(Boolean);
    rows.add(APPROVAL_ROW, {
      source,
      name: rule.name,
      value: { kind: 'text', text: `${approvers.join(',')}|${filers.join(',')}|${rule.outside}` },
      text: `${rule.name}${scope}：${parts.join('，')}`,
      cite: rule.cite,
      citeText: citeText(rule.cite),
    });
  }
}
