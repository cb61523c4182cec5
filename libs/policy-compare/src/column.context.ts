import {
  anchorText,
  describeAnchor,
  describeSpan,
  formatCitation,
  PolicyDescriber,
  type Citation,
  type Condition,
  type Deadline,
  type PolicyBody,
  type PolicyDocument,
} from '@banfa/policy-model';
import type { Phase } from './comparison.types';
import { declaredFacts } from './document-facts.cache';
import { stagePhases } from './phase.classify';
import { collectThresholds, conditionSites, type ConditionSite, type FoundThreshold } from './thresholds.collect';

/** One document as the comparison reads it: names, fact labels, phases and conditions in Chinese. */
export class ColumnContext {
  readonly phases: ReadonlyMap<string, Phase>;
  /** Every element that carries (or may carry) a condition. */
  readonly sites: ReadonlyArray<ConditionSite>;
  /** The money thresholds in those conditions. */
  readonly thresholds: ReadonlyArray<FoundThreshold>;
  private readonly describer: PolicyDescriber;
  private readonly bodies: ReadonlyMap<string, PolicyBody>;
  private readonly tracks: ReadonlyMap<string, string>;
  private readonly factLabels: ReadonlyMap<string, string>;

  constructor(readonly doc: PolicyDocument) {
    this.phases = stagePhases(doc);
    this.sites = conditionSites(doc);
    this.thresholds = collectThresholds(this.sites);
    this.describer = new PolicyDescriber(doc);
    this.bodies = new Map(doc.bodies.map((body) => [body.id, body]));
    this.tracks = new Map(doc.tracks.map((track) => [track.id, track.name]));
    this.factLabels = new Map([...declaredFacts(doc).values()].map((fact) => [fact.key, fact.label]));
  }

  body(id: string): PolicyBody | undefined {
    return this.bodies.get(id);
  }

  bodyName(id: string): string {
    return this.bodies.get(id)?.name ?? id;
  }

  factLabel(key: string): string {
    return this.factLabels.get(key) ?? key;
  }

  condition(condition: Condition): string {
    return this.describer.condition(condition);
  }

  /** "（仅审批制；条件：项目涉及密码应用）", or nothing for an element of every track without a condition. */
  scope(element: { tracks?: ReadonlyArray<string>; when?: Condition }): string {
    const parts = [
      element.tracks ? `仅${element.tracks.map((id) => this.tracks.get(id) ?? id).join('、')}` : '',
      element.when ? `条件：${this.condition(element.when)}` : '',
    ].filter(Boolean);
    return parts.length > 0 ? `（${parts.join('；')}）` : '';
  }
}

export function citeText(cite: Citation | undefined): string {
  return cite ? formatCitation(cite) : '';
}

/**
 * "原则上10个工作日内", "3至6个月内（自初步验收次日起算）", "12个月内（自验收通过、上线两者中较晚者次日起算）": the anchor is said
 * unless the period runs from the step's start.
 */
export function periodText(deadline: Deadline, factLabel?: (key: string) => string): string {
  const anchor = typeof deadline.from === 'string' ? eventText(deadline.from) : describeAnchor(deadline.from);
  const from = deadline.from === 'started' ? '' : `（自${anchor}次日起算）`;
  return `${deadline.soft ? '原则上' : ''}${describeSpan(deadline, factLabel)}内${from}`;
}

/** The Chinese name of an event a period counts from ("合同签订"); 环节办结 for the completion of a step. */
export function eventText(event: string): string {
  return event === 'stepCompleted' ? '环节办结' : anchorText(event);
}
