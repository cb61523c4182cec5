import { BODY_CATALOGUE, isBodyCatalogueKey } from './body-catalogue';
import { PolicyDescriber } from './describe';
import { resolveFacts } from './facts';
import { formatMoney, parseMoney } from './money';
import type { ChangeLimit, Condition, Deadline, PolicyDocument, Schedule, Threshold } from './policy-document.schema';
import { MEASURE_LABEL } from './policy-diff.labels';

const SYMBOL = { lt: '<', lte: '≤', gt: '>', gte: '≥' } as const;

/**
 * One version of a policy as a diff reads it: every value rendered for people, with the names this version
 * gives to the bodies, tracks, steps, stages, forms and facts it refers to.
 */
export class DiffSide {
  private readonly describer: PolicyDescriber;
  private readonly names: ReadonlyMap<string, string>;
  private readonly factLabels: ReadonlyMap<string, string>;

  constructor(readonly doc: PolicyDocument) {
    this.describer = new PolicyDescriber(doc);
    this.factLabels = new Map(resolveFacts(doc).map((fact) => [fact.key, fact.label]));
    // Ids are unique within each kind; namespacing keeps a step and a body with the same id apart.
    this.names = new Map([
      ...doc.bodies.map((body) => [`body:${body.id}`, body.name] as const),
      ...doc.tracks.map((track) => [`track:${track.id}`, track.name] as const),
      ...doc.stages.map((stage) => [`stage:${stage.id}`, stage.name] as const),
      ...doc.stages.flatMap((stage) => stage.steps).map((step) => [`step:${step.id}`, step.name] as const),
      ...doc.forms.map((form) => [`form:${form.id}`, form.title] as const),
    ]);
  }

  body(id: string): string {
    return this.names.get(`body:${id}`) ?? id;
  }

  /** "县政务服务数据管理局、县财政局"; absent when the list is empty. */
  bodies(ids: ReadonlyArray<string>): string | undefined {
    return ids.length > 0 ? ids.map((id) => this.body(id)).join('、') : undefined;
  }

  track(id: string): string {
    return this.names.get(`track:${id}`) ?? id;
  }

  /** A `tracks` restriction: absent means every track. */
  tracks(ids: ReadonlyArray<string> | undefined): string {
    return ids ? ids.map((id) => this.track(id)).join('、') : '全部管理方式';
  }

  stage(id: string): string {
    return this.names.get(`stage:${id}`) ?? id;
  }

  steps(ids: ReadonlyArray<string>): string | undefined {
    return ids.length > 0 ? ids.map((id) => `“${this.names.get(`step:${id}`) ?? id}”`).join('、') : undefined;
  }

  form(id: string | undefined): string | undefined {
    return id === undefined ? undefined : (this.names.get(`form:${id}`) ?? id);
  }

  fact(key: string): string {
    return this.factLabels.get(key) ?? key;
  }

  condition(condition: Condition): string {
    return this.describer.condition(condition);
  }

  /** A condition without its descriptions: what it tests, when two descriptions read the same. */
  conditionLogic(condition: Condition): string {
    if ('threshold' in condition) return this.threshold(condition.threshold);
    if ('cel' in condition) return condition.cel;
    if ('not' in condition) return `并非（${this.conditionLogic(condition.not)}）`;
    const parts = 'all' in condition ? condition.all : condition.any;
    return `（${parts.map((part) => this.conditionLogic(part)).join('all' in condition ? ' 且 ' : ' 或 ')}）`;
  }

  /** A CEL leaf whose expression changed: the description, then the expression. */
  cel(condition: { cel: string; description?: string }): string {
    return condition.description ? `${condition.description}（${condition.cel}）` : condition.cel;
  }

  /** "项目总投资 ≤ 50万元（A1）" */
  threshold(threshold: Threshold): string {
    const setting = threshold.setting ? `（${threshold.setting}）` : '';
    return `${this.fact(threshold.fact)} ${SYMBOL[threshold.comparison]} ${money(threshold.amount, threshold.unit)}${setting}`;
  }

  deadline(deadline: Deadline): string {
    return `${this.describer.deadline(deadline)}${refs(deadline.settings)}`;
  }

  schedule(schedule: Schedule): string {
    const settings = schedule.kind === 'every' || schedule.kind === 'calendar' ? schedule.settings : schedule.kind === 'after' ? schedule.deadline.settings : undefined;
    return `${this.describer.schedule(schedule)}${refs(settings)}`;
  }

  catalogue(key: string): string {
    return isBodyCatalogueKey(key) ? BODY_CATALOGUE[key] : key;
  }

  /** "变更金额原则上≤合同金额的10%（计量：每行取原小计与现小计中较大者）（A5）" */
  limit(limit: ChangeLimit): string {
    const soft = limit.soft ? '原则上' : '';
    switch (limit.kind) {
      case 'ratio':
        return `变更金额${soft}${SYMBOL[limit.comparison]}${this.fact(limit.base)}的${percent(limit.ratio)}（计量：${MEASURE_LABEL[limit.measure]}）${refs(limit.settings)}`;
      case 'count':
        return `变更${soft}不超过${limit.max}次`;
      case 'total-not-above':
        return `变更后总金额${soft}不超过${this.fact(limit.base)}`;
      case 'no-increase':
        return `${this.fact(limit.base)}${soft}不得增加`;
    }
  }
}

/** "50万元", "1200.5元": the amount in its unit, without trailing zeros. */
export function money(amount: string, unit: Threshold['unit']): string {
  return `${formatMoney(parseMoney(amount, unit), unit)}${unit}`;
}

/** The ambiguity settings an element depends on: "（A3、A5）", or nothing. */
export function refs(settings: ReadonlyArray<string> | undefined): string {
  return settings && settings.length > 0 ? `（${settings.join('、')}）` : '';
}

/** "0.10" → "10%", exactly (no floating point). */
export function percent(ratio: string): string {
  const [whole = '0', fraction = ''] = ratio.split('.');
  const digits = `${whole}${fraction.padEnd(2, '0')}`;
  const integer = digits.slice(0, whole.length + 2).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(whole.length + 2).replace(/0+$/, '');
  return `${integer}${rest ? `.${rest}` : ''}%`;
}
