import type { Citation, Comparison, Condition, PolicyDocument, Threshold } from '@banfa/policy-model';

/** The kind of element a condition belongs to. */
export type SiteKind = 'track' | 'step' | 'attachment' | 'change-rule' | 'obligation' | 'gate';

/** An element with a condition, as the comparison refers to it. */
export interface ConditionSite {
  kind: SiteKind;
  id: string;
  name: string;
  /** "tracks.filing", "stages.initiation.steps.crypto-review" */
  source: string;
  cite: Citation;
  tracks?: ReadonlyArray<string>;
  when?: Condition;
  /** For steps and attachments: the stage they are in. */
  stage?: string;
}

/** A structured money threshold found in a condition, as it reads where it stands (a `not` turns it round). */
export interface FoundThreshold {
  site: ConditionSite;
  threshold: Threshold;
  comparison: Comparison;
  /** The threshold is one part of a larger condition (all / any), not the whole of it. */
  partial: boolean;
}

const OPPOSITE: Readonly<Record<Comparison, Comparison>> = { lt: 'gte', lte: 'gt', gt: 'lte', gte: 'lt' };

/** Every element of a document that carries a condition (or may: tracks and steps without one are listed too). */
export function conditionSites(doc: PolicyDocument): ConditionSite[] {
  return [
    ...doc.tracks.map((track): ConditionSite => ({ kind: 'track', id: track.id, name: track.name, source: `tracks.${track.id}`, cite: track.cite, when: track.when })),
    ...doc.stages.flatMap((stage) => [
      ...stage.steps.map(
        (step): ConditionSite => ({ kind: 'step', id: step.id, name: step.name, source: `stages.${stage.id}.steps.${step.id}`, cite: step.cite, tracks: step.tracks, when: step.when, stage: stage.id }),
      ),
      ...stage.attachments.map(
        (attachment): ConditionSite => ({
          kind: 'attachment',
          id: attachment.id,
          name: attachment.name,
          source: `stages.${stage.id}.attachments.${attachment.id}`,
          cite: attachment.cite,
          tracks: attachment.tracks,
          when: attachment.when,
          stage: stage.id,
        }),
      ),
    ]),
    ...doc.changeRules.map((rule): ConditionSite => ({ kind: 'change-rule', id: rule.id, name: rule.name, source: `changeRules.${rule.id}`, cite: rule.cite, when: rule.when })),
    ...doc.obligations.map(
      (obligation): ConditionSite => ({ kind: 'obligation', id: obligation.id, name: obligation.name, source: `obligations.${obligation.id}`, cite: obligation.cite, tracks: obligation.tracks, when: obligation.when }),
    ),
    ...doc.gates.map((gate): ConditionSite => ({ kind: 'gate', id: gate.id, name: gate.name, source: `gates.${gate.id}`, cite: gate.cite, when: gate.when })),
  ];
}

/** The money thresholds in the conditions of a document, element by element, in document order. */
export function collectThresholds(sites: ReadonlyArray<ConditionSite>): FoundThreshold[] {
  const found: FoundThreshold[] = [];
  for (const site of sites) {
    if (site.when) visit(site.when, site, false, false, found);
  }
  return found;
}

function visit(condition: Condition, site: ConditionSite, negated: boolean, partial: boolean, found: FoundThreshold[]): void {
  if ('threshold' in condition) {
    const { threshold } = condition;
    found.push({ site, threshold, comparison: negated ? OPPOSITE[threshold.comparison] : threshold.comparison, partial });
  } else if ('not' in condition) {
    visit(condition.not, site, !negated, partial, found);
  } else if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    parts.forEach((part) => visit(part, site, negated, true, found));
  }
}

export function opposite(comparison: Comparison): Comparison {
  return OPPOSITE[comparison];
}
