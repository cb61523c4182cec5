import { findCanonicalFact } from '@banfa/policy-model';
import { citeText, type ColumnContext } from './column.context';
import type { CellEntry, EntryValue } from './comparison.types';
import { declaredFacts } from './document-facts.cache';
import { FILING, matches, REQUIREMENT_CONCEPTS, type Concept } from './concept.catalogue';
import { normalAmount, thresholdText } from './entry.format';
import type { EntrySink, RowSpec } from './row.collector';
import { opposite, type ConditionSite, type FoundThreshold } from './thresholds.collect';

const SECTION = 'thresholds';

const FILING_ROW: RowSpec = {
  key: 'filing-threshold',
  kind: 'filing-threshold',
  section: SECTION,
  label: '备案制门槛',
  rank: 0,
  strictness: '门槛越低越严格：适用备案制（较简程序）的项目越少；同一金额时“<”严于“≤”',
};

const SITE_LABEL: Readonly<Record<ConditionSite['kind'], string>> = {
  track: '管理方式',
  step: '环节',
  attachment: '材料',
  'change-rule': '变更规则',
  obligation: '义务',
  gate: '否决或提示',
};

/**
 * The amounts that switch the procedure: the 备案制 threshold, every track's thresholds by fact, the amounts from
 * which 监理 and a third-party test are required, and every other threshold by fact, each with what it switches.
 */
export function thresholdRows(ctx: ColumnContext, rows: EntrySink): void {
  rows.declare(FILING_ROW);
  filingEntries(ctx).forEach((entry) => rows.add(FILING_ROW, entry));

  const claimed = new Set<ConditionSite>();
  REQUIREMENT_CONCEPTS.forEach((concept, index) => requirementRow(ctx, rows, concept, index, claimed));

  for (const found of ctx.thresholds) {
    const value = thresholdValue(ctx, found);
    const { site } = found;
    if (site.kind === 'track') {
      const spec: RowSpec = {
        key: `track-threshold:${found.threshold.fact}`,
        kind: 'track-threshold',
        section: SECTION,
        label: `管理方式的金额门槛（${rowFactLabel(value)}）`,
        rank: 1,
        signature: (entry) => `${JSON.stringify(entry.value)}@${entry.source}`,
      };
      rows.add(spec, entryFor(found, value, `${thresholdText(value)}${partialText(ctx, found)} → ${site.name}`));
      continue;
    }
    if (claimed.has(site)) continue;
    const spec: RowSpec = {
      key: `threshold:${found.threshold.fact}`,
      kind: 'threshold',
      section: SECTION,
      label: `其他金额门槛（${rowFactLabel(value)}）`,
      rank: 10,
      signature: (entry) => `${JSON.stringify(entry.value)}@${entry.source.split('.').pop() ?? ''}`,
    };
    rows.add(spec, entryFor(found, value, `${thresholdText(value)}${partialText(ctx, found)} → ${SITE_LABEL[site.kind]}“${site.name}”`));
  }
}

/**
 * The 备案制 threshold: the money thresholds of each filing track; a filing track without one of its own (the
 * fallback after a track for larger projects) gets the thresholds of the tracks tried before it, turned round
 * (江西 第二十三条: 限额以下 is what 限额以上 leaves).
 */
function filingEntries(ctx: ColumnContext): CellEntry[] {
  const entries: CellEntry[] = [];
  ctx.doc.tracks.forEach((track, index) => {
    if (!matches(FILING, track.id)) return;
    const site = ctx.sites.find((candidate) => candidate.kind === 'track' && candidate.id === track.id);
    const own = ctx.thresholds.filter((found) => found.site === site);
    if (own.length > 0) {
      for (const found of own) {
        const value = thresholdValue(ctx, found);
        entries.push(entryFor(found, value, `${thresholdText(value)}${partialText(ctx, found)} → ${track.name}`));
      }
      return;
    }
    const earlier = new Set(ctx.doc.tracks.slice(0, index).map((candidate) => candidate.id));
    const before = ctx.thresholds.filter((found) => found.site.kind === 'track' && earlier.has(found.site.id));
    for (const found of before) {
      const value: EntryValue = { ...thresholdValue(ctx, found), comparison: opposite(found.comparison), derived: true };
      entries.push({
        source: `tracks.${track.id}`,
        name: track.name,
        value,
        text: `${thresholdText(value)}（由“${found.site.name}”的门槛推得） → ${track.name}`,
        cite: track.cite,
        citeText: citeText(track.cite),
      });
    }
    if (before.length === 0) {
      const text = track.when ? ctx.condition(track.when) : '其他情形';
      entries.push({ source: `tracks.${track.id}`, name: track.name, value: { kind: 'condition', text }, text: `${text} → ${track.name}`, cite: track.cite, citeText: citeText(track.cite) });
    }
  });
  return entries;
}

/**
 * A requirement (监理, 第三方测评) by the amount from which it applies: its thresholds; "every project" when its
 * step or attachment has no condition; its condition otherwise; or the canonical fact that decides it case by case.
 */
function requirementRow(ctx: ColumnContext, rows: EntrySink, concept: Concept, index: number, claimed: Set<ConditionSite>): void {
  const spec: RowSpec = {
    key: `requirement:${concept.key}`,
    kind: concept.key,
    section: SECTION,
    label: `${concept.label}的金额门槛`,
    rank: 2 + index,
    strictness: '门槛越低越严格：须执行的项目越多；所有项目均须执行为最严；同一金额时“≥”严于“>”',
  };
  rows.declare(spec);
  const sites = ctx.sites.filter((site) => (site.kind === 'step' || site.kind === 'attachment') && matches(concept, site.id));
  for (const site of sites) {
    claimed.add(site);
    const own = ctx.thresholds.filter((found) => found.site === site);
    const label = `${SITE_LABEL[site.kind]}“${site.name}”`;
    if (own.length > 0) {
      own.forEach((found) => {
        const value = thresholdValue(ctx, found);
        rows.add(spec, entryFor(found, value, `${thresholdText(value)}${partialText(ctx, found)} → ${label}`));
      });
    } else if (!site.when) {
      rows.add(spec, { source: site.source, name: site.name, value: { kind: 'always' }, text: `所有项目${ctx.scope({ tracks: site.tracks })} → ${label}`, cite: site.cite, citeText: citeText(site.cite) });
    } else {
      const text = ctx.condition(site.when);
      rows.add(spec, { source: site.source, name: site.name, value: { kind: 'condition', text }, text: `${text} → ${label}`, cite: site.cite, citeText: citeText(site.cite) });
    }
  }
  if (sites.length > 0) return;
  for (const fact of [...declaredFacts(ctx.doc).values()].filter((candidate) => concept.facts?.includes(candidate.key))) {
    const text = `未设金额门槛，按事实“${fact.label}”逐案判断`;
    rows.add(spec, { source: `facts.${fact.key}`, name: fact.label, value: { kind: 'fact', key: fact.key, label: fact.label }, text, cite: fact.cite, citeText: citeText(fact.cite) });
  }
}

function thresholdValue(ctx: ColumnContext, found: FoundThreshold): Extract<EntryValue, { kind: 'threshold' }> {
  const { threshold } = found;
  return {
    kind: 'threshold',
    fact: threshold.fact,
    factLabel: ctx.factLabel(threshold.fact),
    comparison: found.comparison,
    amount: normalAmount(threshold.amount, threshold.unit),
    unit: threshold.unit,
    ...(threshold.setting ? { setting: threshold.setting } : {}),
  };
}

/** The whole condition, when the threshold is only part of it. */
function partialText(ctx: ColumnContext, found: FoundThreshold): string {
  return found.partial && found.site.when ? `（完整条件：${ctx.condition(found.site.when)}）` : '';
}

function entryFor(found: FoundThreshold, value: EntryValue, text: string): CellEntry {
  const { site } = found;
  return { source: site.source, name: site.name, value, text, cite: site.cite, citeText: citeText(site.cite) };
}

/** A row keyed by a fact is labelled with the catalogue's name for it (documents may word it their own way). */
function rowFactLabel(value: Extract<EntryValue, { kind: 'threshold' }>): string {
  return findCanonicalFact(value.fact)?.label ?? value.factLabel;
}
