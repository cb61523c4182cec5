import { canonicalJson, formatCitation, type Citation, type PolicyDocument } from '@banfa/policy-model';
import type { PolicyDiffChange, PolicyDiffResult, PolicyDiffSide } from './policy-diff.adapter';

/**
 * An interim diff until libs/policy-model's semantic `diffPolicies` is merged: elements matched by id (facts
 * by key), one change per added or removed element and per changed field, values shown as compact JSON.
 */
export function structuralDiff(before: PolicyDocument, after: PolicyDocument): PolicyDiffResult {
  const changes: PolicyDiffChange[] = [];
  for (const field of METADATA) compareField('metadata', 'metadata', before.id, field, before[field], after[field], '', changes);
  compareField('counting', 'counting', 'counting', 'counting', before.counting, after.counting, '', changes);
  for (const [section, kind] of LISTS) {
    compareList(kind, section, before[section] as Element[], after[section] as Element[], section, changes, (element) => {
      if (section !== 'stages') return element;
      const { steps: _steps, attachments: _attachments, ...rest } = element as Element & { steps: unknown; attachments: unknown };
      return rest;
    });
  }
  const stagesAfter = new Map(after.stages.map((stage) => [stage.id, stage]));
  for (const stage of before.stages) {
    const other = stagesAfter.get(stage.id);
    if (!other) continue;
    compareList('step', 'step', stage.steps, other.steps, `stages[${stage.id}].steps`, changes);
    compareList('attachment', 'attachment', stage.attachments, other.attachments, `stages[${stage.id}].attachments`, changes);
  }
  compareField('text', 'note', 'notes', 'notes', before.notes, after.notes, '', changes);
  const byKind: Record<string, number> = {};
  for (const change of changes) byKind[change.kind] = (byKind[change.kind] ?? 0) + 1;
  return {
    before: side(before),
    after: side(after),
    identical: changes.length === 0,
    changes,
    summary: { total: changes.length, editorial: byKind['text'] ?? 0, byKind },
  };
}

type Element = { id?: string; key?: string; name?: string; title?: string; cite?: Citation } & Record<string, unknown>;

const METADATA = ['id', 'title', 'versionLabel', 'documentNumber', 'issuer', 'status', 'effective', 'repeals', 'jurisdiction', 'source'] as const;

const LISTS = [
  ['settings', 'setting'],
  ['facts', 'fact'],
  ['bodies', 'body'],
  ['tracks', 'track'],
  ['stages', 'stage'],
  ['changeRules', 'change-rule'],
  ['obligations', 'obligation'],
  ['gates', 'gate'],
  ['provisions', 'provision'],
  ['forms', 'form'],
] as const;

const LABEL: Record<string, string> = {
  metadata: '基本信息',
  counting: '期限计算',
  setting: '歧义设置',
  fact: '事实',
  body: '审查机构',
  track: '管理方式',
  stage: '阶段',
  step: '步骤',
  attachment: '材料',
  'change-rule': '变更规则',
  obligation: '义务',
  gate: '否决规则',
  provision: '条款',
  form: '表单',
  text: '文字说明',
};

const MAX_VALUE = 300;

function compareList(
  kind: string,
  element: string,
  before: ReadonlyArray<Element>,
  after: ReadonlyArray<Element>,
  path: string,
  changes: PolicyDiffChange[],
  project: (element: Element) => Element = (element) => element,
): void {
  const keyOf = (item: Element) => String(item.id ?? item.key ?? '');
  const afterByKey = new Map(after.map((item) => [keyOf(item), item]));
  const beforeKeys = new Set(before.map(keyOf));
  for (const item of before) {
    const other = afterByKey.get(keyOf(item));
    const at = `${path}[${keyOf(item)}]`;
    if (!other) {
      changes.push(change(kind, element, keyOf(item), 'removed', at, item, { before: show(item) }));
      continue;
    }
    const a = project(item);
    const b = project(other);
    for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
      compareField(kind, element, keyOf(item), field, a[field], b[field], at, changes, other);
    }
  }
  for (const item of after) {
    if (!beforeKeys.has(keyOf(item))) {
      changes.push(change(kind, element, keyOf(item), 'added', `${path}[${keyOf(item)}]`, item, { after: show(item) }));
    }
  }
}

function compareField(
  kind: string,
  element: string,
  id: string,
  field: string,
  before: unknown,
  after: unknown,
  at: string,
  changes: PolicyDiffChange[],
  holder?: Element,
): void {
  if (canonicalJson(before ?? null) === canonicalJson(after ?? null)) return;
  const fieldKind = field === 'cite' || field === 'note' || field === 'reason' ? 'text' : kind;
  const path = at ? `${at}.${field}` : field;
  const values = { ...(before !== undefined ? { before: show(before) } : {}), ...(after !== undefined ? { after: show(after) } : {}) };
  changes.push(change(fieldKind, element, id, before === undefined ? 'added' : after === undefined ? 'removed' : 'changed', path, holder, values));
}

function change(
  kind: string,
  element: string,
  id: string,
  what: PolicyDiffChange['change'],
  path: string,
  holder: Element | undefined,
  values: { before?: string; after?: string },
): PolicyDiffChange {
  const citeText = holder?.cite ? formatCitation(holder.cite) : '';
  const name = holder?.name ?? holder?.title ?? id;
  const verb = what === 'added' ? '新增' : what === 'removed' ? '删除' : '修改';
  const shown = values.before !== undefined && values.after !== undefined ? `：${values.before} → ${values.after}` : '';
  const sentence = `${citeText ? `${citeText} ` : ''}${LABEL[kind] ?? kind}“${name}”：${verb} ${path}${shown}`;
  return { kind, element, id, change: what, path, ...values, citeText, sentence };
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : canonicalJson(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

function side(doc: PolicyDocument): PolicyDiffSide {
  return {
    id: doc.id,
    jurisdiction: { code: doc.jurisdiction.code, name: doc.jurisdiction.name },
    title: doc.title,
    versionLabel: doc.versionLabel,
    status: doc.status,
  };
}
