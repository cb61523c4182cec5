import { canonicalJson } from './canonical-json';
import { formatCitation } from './citation';
import type { PolicyBody, PolicyFact, PolicySetting, Provision } from './policy-document.schema';
import type { ChangeCollector, ElementSpec } from './policy-diff.collector';
import { FACT_TYPE_LABEL, PROVISION_KIND_LABEL } from './policy-diff.labels';
import { matchByKey } from './policy-diff.match';
import { nameField } from './policy-diff.fields';

const BODY: ElementSpec<PolicyBody> = {
  ref: (body) => ({
    element: 'body',
    kind: 'body',
    id: body.id,
    path: `bodies[${body.id}]`,
    label: `审查机构“${body.name}”`,
    name: body.name,
    citeText: formatCitation(body.cite),
  }),
  fields: [nameField(), { key: 'catalogueKey', label: '目录类别', value: (body) => body.catalogueKey, text: (body, side) => side.catalogue(body.catalogueKey) }],
  cite: (body) => body.cite,
  summary: (body, side) => side.catalogue(body.catalogueKey),
};

/** Facts are known by their key; a canonical fact takes its label and type from the catalogue. */
const FACT: ElementSpec<PolicyFact> = {
  ref: (fact, side) => ({
    element: 'fact',
    kind: 'fact',
    id: fact.key,
    path: `facts[${fact.key}]`,
    label: `事实“${side.fact(fact.key)}”（${fact.key}）`,
    name: side.fact(fact.key),
    citeText: formatCitation(fact.cite),
  }),
  fields: [
    { key: 'label', label: '名称', value: (fact) => fact.label, text: (fact, side) => side.fact(fact.key) },
    { key: 'type', label: '类型', value: (fact) => fact.type, text: (fact) => fact.type && FACT_TYPE_LABEL[fact.type] },
    {
      key: 'options',
      label: '选项',
      value: (fact) => fact.options,
      text: (fact) => fact.options?.map((option) => `${option.label}（${option.value}）`).join('、'),
    },
    { key: 'setting', label: '歧义设置', value: (fact) => fact.setting, text: (fact) => fact.setting },
  ],
  cite: (fact) => fact.cite,
};

const SETTING: ElementSpec<PolicySetting> = {
  ref: (setting) => ({
    element: 'setting',
    kind: 'setting',
    id: setting.id,
    path: `settings[${setting.id}]`,
    label: `歧义设置 ${setting.id}`,
    name: setting.question,
    citeText: formatCitation(setting.cite),
  }),
  fields: [
    { key: 'question', label: '问题', value: (setting) => setting.question, text: (setting) => setting.question },
    {
      key: 'alternatives',
      label: '可选解读',
      value: (setting) => byValue(setting).map(({ value, label }) => ({ value, label })),
      text: (setting) => setting.alternatives.map((alternative) => `${alternative.label}（${alternative.value}）`).join('；'),
    },
    {
      key: 'alternatives.overrides',
      label: '各解读对文件的改动',
      value: (setting) => byValue(setting).map(({ value, overrides, effect, reason }) => ({ value, overrides, effect, reason })),
      text: (setting) => setting.alternatives.map(overridesText).join('；'),
    },
    { key: 'reading', label: '选定解读', value: (setting) => setting.reading, text: reading },
    // The reason given for a reading explains it; it does not change what runs.
    { key: 'why', label: '理由', kind: 'text', value: (setting) => setting.why, text: (setting) => setting.why },
  ],
  cite: (setting) => setting.cite,
  summary: (setting) => `${setting.question}；选定：${reading(setting)}`,
};

const PROVISION: ElementSpec<Provision> = {
  ref: (provision) => ({
    element: 'provision',
    kind: 'provision',
    id: provision.id,
    path: `provisions[${provision.id}]`,
    label: `${PROVISION_KIND_LABEL[provision.kind]}条款（${provision.id}）`,
    name: provision.id,
    citeText: formatCitation(provision.cite),
  }),
  fields: [
    { key: 'kind', label: '类别', value: (provision) => provision.kind, text: (provision) => PROVISION_KIND_LABEL[provision.kind] },
    { key: 'text', label: '条文', value: (provision) => provision.text, text: (provision) => provision.text },
  ],
  cite: (provision) => provision.cite,
  summary: (provision) => provision.text,
};

/** Bodies, facts and ambiguity settings: what the rules refer to. */
export function diffCatalogue(collector: ChangeCollector): void {
  const [before, after] = [collector.before.doc, collector.after.doc];
  collector.elements(matchByKey(before.bodies, after.bodies, (body) => body.id), BODY);
  collector.elements(matchByKey(before.facts, after.facts, (fact) => fact.key), FACT);
  collector.elements(matchByKey(before.settings, after.settings, (setting) => setting.id), SETTING);
}

/** Provisions: text the runtime does not execute (sanctions, duties, principles, definitions). */
export function diffProvisions(collector: ChangeCollector): void {
  const [before, after] = [collector.before.doc, collector.after.doc];
  collector.elements(matchByKey(before.provisions, after.provisions, (provision) => provision.id), PROVISION);
}

/** The order alternatives are listed in carries no meaning: the reading is chosen by value. */
function byValue(setting: PolicySetting): PolicySetting['alternatives'] {
  return [...setting.alternatives].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function reading(setting: PolicySetting): string {
  return setting.alternatives.find((alternative) => alternative.value === setting.reading)?.label ?? setting.reading;
}

/** "exclusive：tracks/filing/when/threshold/comparison = "lt"", "parallel：不改变计算结果（理由）". */
function overridesText(alternative: PolicySetting['alternatives'][number]): string {
  if (alternative.overrides) {
    const changes = alternative.overrides.map((override) => `${override.path}${override.remove ? ' 删除' : ` = ${canonicalJson(override.value)}`}`);
    return `${alternative.value}：${changes.join('，')}`;
  }
  if (alternative.effect === 'none') return `${alternative.value}：不改变计算结果${alternative.reason ? `（${alternative.reason}）` : ''}`;
  return `${alternative.value}：文件正文`;
}
