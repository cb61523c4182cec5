import { canonicalJson } from './canonical-json';
import { formatCitation, type Citation } from './citation';
import type { Condition } from './policy-document.schema';
import { diffCondition } from './policy-diff.condition';
import type { MatchedPair } from './policy-diff.match';
import type { DiffSide } from './policy-diff.side';
import type { PolicyChange, PolicyChangeKind, PolicyElementKind } from './policy-diff.types';

/** The element a change belongs to, as the sentence names it. */
export interface ElementRef {
  element: PolicyElementKind;
  id: string;
  /** `steps[funding-review]`; fields are appended to it. */
  path: string;
  /** The kind its field changes are reported under unless a field says otherwise. */
  kind: PolicyChangeKind;
  /** 步骤“资金审核”; empty for the document itself. */
  label: string;
  name: string;
  citeText: string;
}

interface FieldBase {
  key: string;
  /** The field's Chinese name: 期限, 审查机构 … */
  label: string;
}

/** A field compared by a normalised value (sets sorted, money by amount) and shown as text. */
export interface ValueField<T> extends FieldBase {
  kind?: PolicyChangeKind;
  value: (element: T) => unknown;
  text: (element: T, side: DiffSide) => string | undefined;
}

/** A condition, compared part by part so that a changed threshold is reported as one. */
export interface ConditionField<T> extends FieldBase {
  condition: (element: T) => Condition | undefined;
}

export type FieldSpec<T> = ValueField<T> | ConditionField<T>;

export interface ElementSpec<T> {
  ref: (element: T, side: DiffSide) => ElementRef;
  fields: ReadonlyArray<FieldSpec<T>>;
  cite?: (element: T) => Citation | undefined;
  /** One line on an added or removed element (its body, deadline, conditions …). */
  summary?: (element: T, side: DiffSide) => string | undefined;
  /** What fields do not cover: a change rule's limits, a form's fields. */
  nested?: (collector: ChangeCollector, before: T, after: T) => void;
}

export interface FieldChange {
  key: string;
  /** Empty when the field is the whole element (a change rule's limit). */
  label: string;
  kind?: PolicyChangeKind;
  /** Replaces "<element>的<field>" in the sentence of a changed value (备案制门槛). */
  subject?: string;
}

/** Collects the changes between two versions, each with its path, rendered values, article and sentence. */
export class ChangeCollector {
  readonly changes: PolicyChange[] = [];

  constructor(
    readonly before: DiffSide,
    readonly after: DiffSide,
  ) {}

  elements<T>(pairs: ReadonlyArray<MatchedPair<T>>, spec: ElementSpec<T>): void {
    for (const { before, after } of pairs) {
      if (before === undefined && after !== undefined) {
        const ref = spec.ref(after, this.after);
        const summary = spec.summary?.(after, this.after);
        this.push(ref, ref.kind, 'added', ref.path, undefined, summary ?? ref.name, `新增${glue(ref.label, `${summary ? `：${summary}` : ''}`)}`);
      } else if (after === undefined && before !== undefined) {
        const ref = spec.ref(before, this.before);
        this.push(ref, ref.kind, 'removed', ref.path, spec.summary?.(before, this.before) ?? ref.name, undefined, `删除${ref.label}`);
      } else if (before !== undefined && after !== undefined) {
        const ref = spec.ref(after, this.after);
        this.fields(ref, before, after, spec.fields);
        if (spec.cite) this.cite(ref, spec.cite(before), spec.cite(after));
        spec.nested?.(this, before, after);
      }
    }
  }

  fields<T>(ref: ElementRef, before: T, after: T, fields: ReadonlyArray<FieldSpec<T>>): void {
    for (const field of fields) {
      if ('condition' in field) {
        diffCondition(this, ref, field.key, field.label, field.condition(before), field.condition(after));
      } else if (canonicalJson(field.value(before)) !== canonicalJson(field.value(after))) {
        this.field(ref, field, field.text(before, this.before), field.text(after, this.after));
      }
    }
  }

  /** An article renumbered is a change of the element; a quote reworded is editorial. */
  cite(ref: ElementRef, before: Citation | undefined, after: Citation | undefined): void {
    const article = (cite: Citation | undefined) => (cite ? formatCitation(cite) || undefined : undefined);
    if (article(before) !== article(after)) this.field(ref, { key: 'cite', label: '出处' }, article(before), article(after));
    const quote = (cite: Citation | undefined) => (cite?.quote !== undefined ? `“${cite.quote}”` : undefined);
    if (before?.quote !== after?.quote) this.field(ref, { key: 'cite.quote', label: '引文', kind: 'text' }, quote(before), quote(after));
  }

  /** One changed field; absent on one side, it is added or removed. */
  field(ref: ElementRef, field: FieldChange, before: string | undefined, after: string | undefined): void {
    const kind = field.kind ?? ref.kind;
    const path = [ref.path, field.key].filter(Boolean).join('.');
    if (before === undefined && after !== undefined) {
      this.push(ref, kind, 'added', path, before, after, `${glue(ref.label, '新增')}${field.label}：${after}`);
    } else if (after === undefined && before !== undefined) {
      this.push(ref, kind, 'removed', path, before, after, `${glue(ref.label, '删除')}${field.label}（原为：${before}）`);
    } else {
      const subject = field.subject ?? (field.label ? `${ref.label ? glue(ref.label, '的') : ''}${field.label}` : ref.label);
      this.push(ref, kind, 'changed', path, before, after, `${subject}：${before ?? '无'} → ${after ?? '无'}`);
    }
  }

  /** Records one change; `text` is the sentence without the article. */
  push(
    ref: ElementRef,
    kind: PolicyChangeKind,
    change: PolicyChange['change'],
    path: string,
    before: string | undefined,
    after: string | undefined,
    text: string,
  ): void {
    this.changes.push({
      kind,
      element: ref.element,
      id: ref.id,
      change,
      path,
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
      citeText: ref.citeText,
      sentence: `${ref.citeText ? `${ref.citeText} ` : ''}${text}`,
    });
  }
}

/** Joins a label and the Chinese that follows it, with a space after a Latin letter or digit (歧义设置 A1 的…). */
function glue(label: string, text: string): string {
  return /[A-Za-z0-9]$/.test(label) && /^[^\sA-Za-z0-9：]/.test(text) ? `${label} ${text}` : `${label}${text}`;
}
