import { canonicalJson } from './canonical-json';
import { formatCitation } from './citation';
import type { PolicyDocument } from './policy-document.schema';
import type { ChangeCollector, ElementRef, FieldSpec } from './policy-diff.collector';
import { asSet, settingsField } from './policy-diff.fields';
import { ADJUSTED_WORKDAYS_LABEL, EVENT_DAY_LABEL, HOLIDAY_END_LABEL, LEVEL_LABEL, RETURNED_CLOCK_LABEL } from './policy-diff.labels';
import { matchByKey } from './policy-diff.match';
import { POLICY_STATUS_LABEL } from './policy-status';

type Doc = PolicyDocument;

const METADATA: ReadonlyArray<FieldSpec<Doc>> = [
  { key: 'id', label: '政策标识', value: (doc) => doc.id, text: (doc) => doc.id },
  { key: 'jurisdiction', label: '行政区划', value: (doc) => doc.jurisdiction, text: jurisdiction },
  { key: 'title', label: '标题', value: (doc) => doc.title, text: (doc) => doc.title },
  { key: 'versionLabel', label: '版本', value: (doc) => doc.versionLabel, text: (doc) => doc.versionLabel },
  { key: 'documentNumber', label: '文号', value: (doc) => doc.documentNumber, text: (doc) => doc.documentNumber },
  { key: 'issuer', label: '发布机关', value: (doc) => doc.issuer, text: (doc) => doc.issuer },
  { key: 'status', label: '状态', value: (doc) => doc.status, text: (doc) => POLICY_STATUS_LABEL[doc.status] },
  { key: 'effective.from', label: '施行日期', value: (doc) => doc.effective.from, text: (doc) => doc.effective.from },
  { key: 'effective.to', label: '有效期至', value: (doc) => doc.effective.to, text: (doc) => doc.effective.to },
  { key: 'effective.note', label: '有效期说明', kind: 'text', value: (doc) => doc.effective.note, text: (doc) => doc.effective.note },
  { key: 'effective.settings', label: '有效期的歧义设置', value: (doc) => asSet(doc.effective.settings), text: (doc) => asSet(doc.effective.settings)?.join('、') },
  {
    key: 'repeals',
    label: '废止文件',
    value: (doc) => doc.repeals.map((repealed) => canonicalJson(repealed)).sort(),
    text: (doc) => (doc.repeals.length > 0 ? doc.repeals.map((r) => `${r.title}${r.documentNumber ? `（${r.documentNumber}）` : ''}`).join('；') : undefined),
  },
  { key: 'source.file', label: '来源文件', value: (doc) => doc.source.file, text: (doc) => doc.source.file },
  { key: 'source.title', label: '来源标题', value: (doc) => doc.source.title, text: (doc) => doc.source.title },
];

const COUNTING: ReadonlyArray<FieldSpec<Doc['counting']>> = [
  { key: 'eventDay', label: '事件当日', value: (c) => c.eventDay ?? 'excluded', text: (c) => EVENT_DAY_LABEL[c.eventDay ?? 'excluded'] },
  { key: 'adjustedWorkdays', label: '调休上班日', value: (c) => c.adjustedWorkdays ?? 'count', text: (c) => ADJUSTED_WORKDAYS_LABEL[c.adjustedWorkdays ?? 'count'] },
  { key: 'holidayEnd', label: '期间末日为法定节假日时', value: (c) => c.holidayEnd, text: (c) => HOLIDAY_END_LABEL[c.holidayEnd] },
  { key: 'returnedClock', label: '补正后的期限', value: (c) => c.returnedClock, text: (c) => RETURNED_CLOCK_LABEL[c.returnedClock] },
  settingsField(),
];

/** The document's own data (title, version, dates, status …), its counting conventions and its encoding notes. */
export function diffMetadata(collector: ChangeCollector): void {
  const [before, after] = [collector.before.doc, collector.after.doc];
  const doc: ElementRef = { element: 'metadata', kind: 'metadata', id: 'document', path: '', label: '', name: after.title, citeText: '' };
  collector.fields(doc, before, after, METADATA);
  const counting: ElementRef = { element: 'counting', kind: 'counting', id: 'counting', path: 'counting', label: '期限计算规则', name: '期限计算规则', citeText: '' };
  collector.fields(counting, before.counting, after.counting, COUNTING);
}

/** Encoding notes have no id: a reworded note is one removed and one added, all editorial. */
export function diffNotes(collector: ChangeCollector): void {
  const [before, after] = [collector.before.doc.notes, collector.after.doc.notes];
  for (const pair of matchByKey(before, after, (note) => canonicalJson(note))) {
    const note = pair.after ?? pair.before;
    if (!note || (pair.before && pair.after)) continue;
    const ref: ElementRef = {
      element: 'note',
      kind: 'text',
      id: 'notes',
      path: 'notes',
      label: '编码说明',
      name: '编码说明',
      citeText: note.cite ? formatCitation(note.cite) : '',
    };
    if (pair.after) collector.push(ref, 'text', 'added', ref.path, undefined, note.text, `新增编码说明：${note.text}`);
    else collector.push(ref, 'text', 'removed', ref.path, note.text, undefined, `删除编码说明：${note.text}`);
  }
}

function jurisdiction(doc: Doc): string {
  const j = doc.jurisdiction;
  return `${j.name}（${j.code}，${LEVEL_LABEL[j.level]}${j.parent ? `，上级：${j.parent.name}` : ''}）`;
}
