import { formatCitation } from './citation';
import { anchorText } from './describe';
import type { ChangeLimit, ChangeRule, Gate, Obligation, Schedule } from './policy-document.schema';
import type { ChangeCollector, ElementSpec } from './policy-diff.collector';
import { asSet, formField, nameField, onlyTracks, settingsField, softField, summaryOf, tracksField } from './policy-diff.fields';
import { GATE_EFFECT_LABEL, LIMIT_KIND_LABEL, OUTSIDE_LABEL } from './policy-diff.labels';
import { matchByKey } from './policy-diff.match';
import { percent } from './policy-diff.side';

/** A limit of a change rule: limits have no id, so they are told apart by their kind within the rule. */
interface RuleLimit {
  rule: ChangeRule;
  key: string;
  limit: ChangeLimit;
}

const LIMIT: ElementSpec<RuleLimit> = {
  ref: ({ rule, key, limit }) => ({
    element: 'change-limit',
    kind: 'change-limit',
    id: `${rule.id}:${key}`,
    path: `changeRules[${rule.id}].limits[${key}]`,
    label: `变更规则“${rule.name}”的${LIMIT_KIND_LABEL[limit.kind]}`,
    name: LIMIT_KIND_LABEL[limit.kind],
    citeText: formatCitation(limit.cite),
  }),
  fields: [{ key: '', label: '', value: ({ limit }) => limitValue(limit), text: ({ limit }, side) => side.limit(limit) }],
  cite: ({ limit }) => limit.cite,
  summary: ({ limit }, side) => side.limit(limit),
};

const CHANGE_RULE: ElementSpec<ChangeRule> = {
  ref: (rule) => ({
    element: 'change-rule',
    kind: 'change-rule',
    id: rule.id,
    path: `changeRules[${rule.id}]`,
    label: `变更规则“${rule.name}”`,
    name: rule.name,
    citeText: formatCitation(rule.cite),
  }),
  fields: [
    nameField(),
    { key: 'when', label: '条件', condition: (rule) => rule.when },
    { key: 'before', label: '适用时点', value: (rule) => rule.before, text: (rule) => rule.before && `${anchorText(rule.before)}之前` },
    { key: 'approvalBy', label: '审批机构', kind: 'body', value: (rule) => asSet(rule.approvalBy), text: (rule, side) => side.bodies(rule.approvalBy) },
    { key: 'filedWith', label: '备案机构', kind: 'body', value: (rule) => asSet(rule.filedWith), text: (rule, side) => side.bodies(rule.filedWith) },
    { key: 'outside', label: '超出限制时', value: (rule) => rule.outside, text: (rule) => OUTSIDE_LABEL[rule.outside] },
    { key: 'outsideText', label: '超出限制的说明', value: (rule) => rule.outsideText, text: (rule) => rule.outsideText },
    formField(),
    settingsField(),
  ],
  cite: (rule) => rule.cite,
  summary: (rule, side) =>
    summaryOf(
      ...rule.limits.map((limit) => side.limit(limit)),
      rule.approvalBy.length > 0 && `须经${side.bodies(rule.approvalBy)}同意`,
      rule.filedWith.length > 0 && `报${side.bodies(rule.filedWith)}备案`,
    ),
  nested: (collector, before, after) =>
    collector.elements(
      matchByKey(limits(before), limits(after), (limit) => limit.key),
      LIMIT,
    ),
};

const OBLIGATION: ElementSpec<Obligation> = {
  ref: (obligation) => ({
    element: 'obligation',
    kind: 'obligation',
    id: obligation.id,
    path: `obligations[${obligation.id}]`,
    label: `义务“${obligation.name}”`,
    name: obligation.name,
    citeText: formatCitation(obligation.cite),
  }),
  fields: [
    nameField(),
    { key: 'body', label: '义务主体', kind: 'body', value: (obligation) => obligation.body, text: (obligation, side) => side.body(obligation.body) },
    { key: 'to', label: '报送对象', kind: 'body', value: (obligation) => asSet(obligation.to), text: (obligation, side) => side.bodies(obligation.to) },
    { key: 'when', label: '条件', condition: (obligation) => obligation.when },
    tracksField(),
    { key: 'schedule', label: '期限', kind: 'deadline', value: (obligation) => scheduleValue(obligation.schedule), text: (obligation, side) => side.schedule(obligation.schedule) },
    softField(),
    formField(),
    settingsField(),
  ],
  cite: (obligation) => obligation.cite,
  summary: (obligation, side) =>
    summaryOf(
      `${side.body(obligation.body)}${obligation.to.length > 0 ? ` → ${side.bodies(obligation.to)}` : ''}`,
      side.schedule(obligation.schedule),
      onlyTracks(obligation.tracks, (id) => side.track(id)),
      obligation.when && `条件：${side.condition(obligation.when)}`,
    ),
};

const GATE: ElementSpec<Gate> = {
  ref: (gate) => ({
    element: 'gate',
    kind: 'gate',
    id: gate.id,
    path: `gates[${gate.id}]`,
    label: `否决规则“${gate.name}”`,
    name: gate.name,
    citeText: formatCitation(gate.cite),
  }),
  fields: [
    nameField(),
    { key: 'effect', label: '后果', value: (gate) => gate.effect, text: (gate) => GATE_EFFECT_LABEL[gate.effect] },
    { key: 'when', label: '条件', condition: (gate) => gate.when },
    softField(),
    { key: 'message', label: '提示语', value: (gate) => gate.message, text: (gate) => gate.message },
    settingsField(),
  ],
  cite: (gate) => gate.cite,
  summary: (gate, side) => `${gate.soft ? '原则上' : ''}${GATE_EFFECT_LABEL[gate.effect]}：${side.condition(gate.when)}`,
};

/** Change rules with their limits, obligations and gates: the rules that apply along the way. */
export function diffRules(collector: ChangeCollector): void {
  const [before, after] = [collector.before.doc, collector.after.doc];
  collector.elements(matchByKey(before.changeRules, after.changeRules, (rule) => rule.id), CHANGE_RULE);
  collector.elements(matchByKey(before.obligations, after.obligations, (obligation) => obligation.id), OBLIGATION);
  collector.elements(matchByKey(before.gates, after.gates, (gate) => gate.id), GATE);
}

function limits(rule: ChangeRule): RuleLimit[] {
  const seen = new Map<string, number>();
  return rule.limits.map((limit) => {
    const occurrence = (seen.get(limit.kind) ?? 0) + 1;
    seen.set(limit.kind, occurrence);
    return { rule, key: occurrence === 1 ? limit.kind : `${limit.kind}-${occurrence}`, limit };
  });
}

/** A limit without its citation, its ratio as a percentage ("0.1" and "0.10" are the same). */
function limitValue(limit: ChangeLimit): unknown {
  const { cite: _cite, ...rest } = limit;
  return rest.kind === 'ratio' ? { ...rest, ratio: percent(rest.ratio), settings: asSet(rest.settings) } : rest;
}

function scheduleValue(schedule: Schedule): unknown {
  if (schedule.kind === 'after') return { ...schedule, deadline: { ...schedule.deadline, settings: asSet(schedule.deadline.settings) } };
  if (schedule.kind === 'every' || schedule.kind === 'calendar') return { ...schedule, settings: asSet(schedule.settings) };
  return schedule;
}
