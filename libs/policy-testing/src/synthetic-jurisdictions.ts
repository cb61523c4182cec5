import { formatMoney, parseMoney, type Condition, type Deadline, type PolicyDocument } from '@banfa/policy-model';

/**
 * `count` synthetic jurisdictions made from the seed regulations, deterministically: variant i takes seed i mod n,
 * gets its own jurisdiction code (9xxxxx), name, policy id and body ids (every reference follows), its money
 * thresholds scaled by (100 + 5k) % and its periods lengthened by k mod 4 units (k = i div n). Structure stays valid
 * because only amounts, periods and ids change, and every id is renamed with all its references (those in the
 * overrides of alternative readings included). Works on the document as written or as read (readings applied).
 */
export function syntheticJurisdictions(seeds: ReadonlyArray<PolicyDocument>, count: number): PolicyDocument[] {
  return Array.from({ length: count }, (_, i) => variant(seeds[i % seeds.length] as PolicyDocument, i, Math.floor(i / seeds.length)));
}

function variant(seed: PolicyDocument, i: number, k: number): PolicyDocument {
  const doc = JSON.parse(JSON.stringify(seed)) as PolicyDocument;
  const suffix = `v${i}`;
  doc.id = `${seed.id}-${suffix}`;
  doc.jurisdiction = { ...doc.jurisdiction, code: `9${String(i).padStart(5, '0')}`, name: `${seed.jurisdiction.name}样例${k + 1}` };
  doc.versionLabel = `${seed.versionLabel}（样例${i + 1}）`;

  const body = (id: string) => `${id}-${suffix}`;
  doc.bodies.forEach((candidate) => (candidate.id = body(candidate.id)));
  for (const stage of doc.stages) {
    for (const step of stage.steps) {
      step.body = body(step.body);
      if (step.when) scale(step.when, k);
      if (step.deadline) lengthen(step.deadline, k);
    }
    stage.attachments.forEach((attachment) => attachment.when && scale(attachment.when, k));
  }
  doc.tracks.forEach((track) => track.when && scale(track.when, k));
  doc.gates.forEach((gate) => scale(gate.when, k));
  for (const obligation of doc.obligations) {
    obligation.body = body(obligation.body);
    obligation.to = obligation.to.map(body);
    if (obligation.when) scale(obligation.when, k);
    if (obligation.schedule.kind === 'after') lengthen(obligation.schedule.deadline, k);
    if (obligation.schedule.kind === 'every') obligation.schedule.amount += k % 4;
  }
  for (const rule of doc.changeRules) {
    rule.approvalBy = rule.approvalBy.map(body);
    rule.filedWith = rule.filedWith.map(body);
    if (rule.when) scale(rule.when, k);
  }
  // The alternative readings follow: the bodies their overrides name are renamed, their thresholds scaled alike.
  for (const setting of doc.settings) {
    for (const alternative of setting.alternatives) {
      for (const override of alternative.overrides ?? []) {
        if (!('value' in override)) continue;
        const field = override.path.split('/').at(-1) ?? '';
        // `to` names bodies in an obligation only (a document's effective period has a `to` too).
        const names = BODY_FIELDS.has(field) && (field !== 'to' || override.path.startsWith('obligations/'));
        override.value = names ? renamed(override.value, body) : followed(override.value, body, k);
      }
    }
  }
  return doc;
}

/** The fields of a document's elements that name a body (one, or a list). */
const BODY_FIELDS = new Set(['body', 'to', 'approvalBy', 'filedWith']);

/** A body id, or a list of them, renamed. */
function renamed(value: unknown, body: (id: string) => string): unknown {
  if (typeof value === 'string') return body(value);
  return Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? body(item) : item)) : value;
}

/** An element an override puts in (a step, a condition …) with its body references renamed and thresholds scaled. */
function followed(value: unknown, body: (id: string) => string, k: number): unknown {
  if (Array.isArray(value)) return value.map((item) => followed(item, body, k));
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if ('threshold' in record) scale(record as Condition, k);
  const obligation = 'schedule' in record;
  for (const [key, item] of Object.entries(record)) record[key] = BODY_FIELDS.has(key) && (key !== 'to' || obligation) ? renamed(item, body) : followed(item, body, k);
  return record;
}

/** Scales every money threshold in a condition by (100 + 5k) %, exactly, to the 分. */
function scale(condition: Condition, k: number): void {
  if ('threshold' in condition) {
    const { threshold } = condition;
    threshold.amount = formatMoney((parseMoney(threshold.amount, threshold.unit) * BigInt(100 + 5 * k)) / 100n, threshold.unit);
  } else if ('not' in condition) {
    scale(condition.not, k);
  } else if ('all' in condition) {
    condition.all.forEach((part) => scale(part, k));
  } else if ('any' in condition) {
    condition.any.forEach((part) => scale(part, k));
  }
}

function lengthen(deadline: Deadline, k: number): void {
  // A length read from a project's fact has no number of its own to vary.
  if (typeof deadline.amount === 'number') deadline.amount += k % 4;
}
