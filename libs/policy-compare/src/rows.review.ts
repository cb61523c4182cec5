import { anchorKey, BODY_CATALOGUE, isBodyCatalogueKey } from '@banfa/policy-model';
import { citeText, periodText, type ColumnContext } from './column.context';
import type { CellEntry, EntryValue } from './comparison.types';
import { PHASE_LABEL, PHASES } from './phase.classify';
import type { EntrySink, RowSpec } from './row.collector';
import type { Measure } from './strictness.measure';

const CATALOGUE_KEYS = Object.keys(BODY_CATALOGUE);

/**
 * Each review step by who reviews and when: a row per phase (立项, 实施, 验收) and body catalogue key (财政部门,
 * 密码管理部门 …), its cells the steps of that body in that phase with their periods. A review step is a step of a
 * body other than the applicant that no event completes (an event-completed step — 采购, 签订合同 — is recorded,
 * not decided).
 */
export function reviewRows(ctx: ColumnContext, rows: EntrySink): void {
  // The body is named before its first step in a cell, and again where the cell moves on to another body.
  const lastBody = new Map<string, string>();
  for (const stage of ctx.doc.stages) {
    const phase = ctx.phases.get(stage.id) ?? 'initiation';
    for (const step of stage.steps) {
      const body = ctx.body(step.body);
      if (!body || body.catalogueKey === 'applicant' || step.doneOn) continue;
      const key = body.catalogueKey;
      const spec: RowSpec = {
        key: `review:${phase}:${key}`,
        kind: 'review-step',
        section: 'review',
        label: `${PHASE_LABEL[phase]}·${isBodyCatalogueKey(key) ? BODY_CATALOGUE[key] : key}`,
        rank: PHASES.indexOf(phase) * 100 + CATALOGUE_KEYS.indexOf(key),
        strictness: '各环节工作日期限之和越短越严格（仅当各环节都以工作日计并自环节开始起算时比较）',
        measure: workingDaysTotal,
      };
      const deadline = step.deadline;
      const text = `${lastBody.get(spec.key) === body.id ? '' : `【${body.name}】`}${step.name}：${deadline ? periodText(deadline, (key) => ctx.factLabel(key)) : '未规定期限'}${ctx.scope(step)}`;
      // A length read from a project fact is not a number to add up: such a step's period is shown, not measured.
      const value: EntryValue = !deadline
        ? { kind: 'no-deadline' }
        : typeof deadline.amount === 'number'
          ? { kind: 'period', amount: deadline.amount, ...(deadline.earliest !== undefined ? { earliest: deadline.earliest } : {}), unit: deadline.unit, from: anchorKey(deadline.from), soft: deadline.soft }
          : { kind: 'text', text };
      const entry: CellEntry = {
        source: `stages.${stage.id}.steps.${step.id}`,
        name: step.name,
        value,
        text,
        cite: step.cite,
        citeText: citeText(step.cite),
      };
      rows.add(spec, entry);
      lastBody.set(spec.key, body.id);
    }
  }
}

/** The working days of a body's steps in a phase, added up; not comparable when any has no period or another unit. */
function workingDaysTotal(entries: ReadonlyArray<CellEntry>): Measure[] {
  let total = 0n;
  for (const { value } of entries) {
    if (value.kind !== 'period' || value.unit !== 'workingDays' || value.from !== 'started') return [];
    total += BigInt(value.amount);
  }
  return entries.length > 0 ? [{ scale: 'workingDays', value: total }] : [];
}
