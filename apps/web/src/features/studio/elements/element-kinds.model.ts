import { findCanonicalFact, PROVISION_KIND_LABEL } from '@banfa/policy-model';
import type { DocumentPath } from '../studio-draft.context';
import { asList, asRecord, asText, getIn, idsOf, type DataRecord } from './fields/draft-data';

/** The parts of a policy document the studio edits through forms (forms themselves are the designer's). */
export type ElementKind =
  | 'identity'
  | 'counting'
  | 'body'
  | 'fact'
  | 'setting'
  | 'track'
  | 'stage'
  | 'step'
  | 'attachment'
  | 'changeRule'
  | 'obligation'
  | 'gate'
  | 'provision'
  | 'note';

/** A list of elements in the document: what it is called, how an element is named and what a new one looks like. */
export interface ListSpec {
  kind: ElementKind;
  /** The list's heading (审查机构). */
  label: string;
  /** What one element is called (审查机构, 环节). */
  noun: string;
  title(item: DataRecord): string;
  /** A new element: its id generated (lowercase-hyphen), its name a placeholder, its citation still to be filled. */
  create(data: DataRecord, listPath: DocumentPath): DataRecord;
}

const named = (item: DataRecord) => asText(item['name']) || asText(item['id']) || '（未命名）';
const clip = (text: string, length = 24) => (text.length > length ? `${text.slice(0, length)}…` : text);

/** The smallest `prefix-N` no element uses yet. */
export function newId(prefix: string, taken: ReadonlyArray<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

function allSteps(data: DataRecord): DataRecord[] {
  return asList(data['stages']).flatMap((stage) => asList(asRecord(stage)['steps']).map(asRecord));
}

function allAttachments(data: DataRecord): DataRecord[] {
  return asList(data['stages']).flatMap((stage) => asList(asRecord(stage)['attachments']).map(asRecord));
}

const firstBody = (data: DataRecord) => idsOf(data['bodies'])[0] ?? 'applicant';

/** Settings a document adds are numbered on from A34 (A1–A33 are the shared register, ADR 3). */
function nextSettingId(data: DataRecord): string {
  const numbers = idsOf(data['settings']).map((id) => Number(id.slice(1))).filter(Number.isInteger);
  return `A${Math.max(33, ...numbers) + 1}`;
}

export const LISTS: Readonly<Record<string, ListSpec>> = {
  bodies: {
    kind: 'body',
    label: '审查机构',
    noun: '审查机构',
    title: named,
    create: (data) => ({ id: newId('body', idsOf(data['bodies'])), name: '新审查机构', catalogueKey: 'data-bureau', cite: {} }),
  },
  facts: {
    kind: 'fact',
    label: '事实',
    noun: '事实',
    title: (item) => {
      const key = asText(item['key']);
      return `${asText(item['label']) || findCanonicalFact(key)?.label || key}（${key}）`;
    },
    create: (data) => {
      const taken = new Set(idsOf(data['facts'], 'key'));
      let n = 1;
      while (taken.has(`newFact${n}`)) n++;
      return { key: `newFact${n}`, type: 'boolean', label: '新事实', cite: {} };
    },
  },
  settings: {
    kind: 'setting',
    label: '歧义设置',
    noun: '歧义设置',
    title: (item) => `${asText(item['id'])} ${clip(asText(item['question']), 20)}`,
    create: (data) => ({
      id: nextSettingId(data),
      question: '',
      cite: {},
      alternatives: [
        { value: 'reading-1', label: '解读一' },
        { value: 'reading-2', label: '解读二', effect: 'none', reason: '' },
      ],
      reading: 'reading-1',
      why: '',
    }),
  },
  tracks: {
    kind: 'track',
    label: '管理方式',
    noun: '管理方式',
    title: named,
    create: (data) => ({ id: newId('track', idsOf(data['tracks'])), name: '新管理方式', cite: {} }),
  },
  stages: {
    kind: 'stage',
    label: '阶段与环节',
    noun: '阶段',
    title: named,
    create: (data) => ({
      id: newId('stage', idsOf(data['stages'])),
      name: '新阶段',
      cite: {},
      steps: [{ id: newId('step', allSteps(data).map((step) => asText(step['id']))), name: '新环节', body: firstBody(data), cite: {} }],
    }),
  },
  steps: {
    kind: 'step',
    label: '环节',
    noun: '环节',
    title: named,
    create: (data, listPath) => {
      const last = asList(getIn(data, listPath)).map(asRecord).at(-1);
      const previous = last ? asText(last['id']) : '';
      return {
        id: newId('step', allSteps(data).map((step) => asText(step['id']))),
        name: '新环节',
        body: firstBody(data),
        ...(previous ? { after: [previous] } : {}),
        cite: {},
      };
    },
  },
  attachments: {
    kind: 'attachment',
    label: '材料',
    noun: '材料',
    title: named,
    create: (data) => ({ id: newId('attachment', allAttachments(data).map((item) => asText(item['id']))), name: '新材料', cite: {} }),
  },
  changeRules: {
    kind: 'changeRule',
    label: '变更规则',
    noun: '变更规则',
    title: named,
    create: (data) => ({ id: newId('change-rule', idsOf(data['changeRules'])), name: '新变更规则', cite: {}, outside: 'referred-to-other-rules' }),
  },
  obligations: {
    kind: 'obligation',
    label: '持续义务',
    noun: '义务',
    title: named,
    create: (data) => ({
      id: newId('obligation', idsOf(data['obligations'])),
      name: '新义务',
      cite: {},
      body: firstBody(data),
      schedule: { kind: 'upon', event: 'accepted' },
    }),
  },
  gates: {
    kind: 'gate',
    label: '限制情形',
    noun: '限制情形',
    title: named,
    create: (data) => ({
      id: newId('gate', idsOf(data['gates'])),
      name: '新限制情形',
      cite: {},
      effect: 'refuse-initiation',
      when: { cel: '' },
      message: '',
    }),
  },
  provisions: {
    kind: 'provision',
    label: '其他条款',
    noun: '条款',
    title: (item) => `${PROVISION_KIND_LABEL[asText(item['kind']) as keyof typeof PROVISION_KIND_LABEL] ?? '条款'}：${clip(asText(item['text']), 18)}`,
    create: (data) => ({ id: newId('provision', idsOf(data['provisions'])), kind: 'duty', text: '', cite: {} }),
  },
  notes: {
    kind: 'note',
    label: '编码说明',
    noun: '说明',
    title: (item) => clip(asText(item['text']) || '（空）', 24),
    create: () => ({ text: '' }),
  },
};

/** The list a path's last list segment names: ['stages', 0, 'steps'] → steps. */
export function listSpecAt(listPath: DocumentPath): ListSpec | undefined {
  const last = listPath.at(-1);
  return typeof last === 'string' ? LISTS[last] : undefined;
}

export const TOP_LISTS = ['bodies', 'facts', 'settings', 'tracks', 'stages', 'changeRules', 'obligations', 'gates', 'provisions', 'notes'] as const;

/** The keys of the document's identity and status, edited together (基本信息). */
export const IDENTITY_KEYS = ['schemaVersion', 'id', 'jurisdiction', 'title', 'versionLabel', 'documentNumber', 'issuer', 'status', 'effective', 'repeals', 'source'];
