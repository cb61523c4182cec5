import type { ValueField } from './policy-diff.collector';

/** Fields many elements share, and the normalisations that make set-like lists compare as sets. */

/** A list whose order carries no meaning, compared as a set; empty and absent are the same. */
export function asSet(ids: ReadonlyArray<string> | undefined): string[] | undefined {
  return ids && ids.length > 0 ? [...ids].sort() : undefined;
}

export function nameField<T extends { name: string }>(): ValueField<T> {
  return { key: 'name', label: '名称', value: (element) => element.name, text: (element) => element.name };
}

export function settingsField<T extends { settings?: string[] }>(): ValueField<T> {
  return {
    key: 'settings',
    label: '歧义设置',
    value: (element) => asSet(element.settings),
    text: (element) => asSet(element.settings)?.join('、'),
  };
}

/** Absent `tracks` means every track, which is not the same as an empty list. */
export function tracksField<T extends { tracks?: string[] }>(): ValueField<T> {
  return {
    key: 'tracks',
    label: '适用管理方式',
    value: (element) => (element.tracks ? [...element.tracks].sort() : null),
    text: (element, side) => side.tracks(element.tracks),
  };
}

export function formField<T extends { form?: string }>(): ValueField<T> {
  return { key: 'form', label: '表单', value: (element) => element.form, text: (element, side) => side.form(element.form) };
}

/** 原则上 (a warning with the article) or binding. */
export function softField<T extends { soft: boolean }>(): ValueField<T> {
  return { key: 'soft', label: '约束', value: (element) => element.soft, text: (element) => (element.soft ? '原则上' : '必须') };
}

/** "仅审批制", or nothing when the element applies to every track. */
export function onlyTracks(tracks: ReadonlyArray<string> | undefined, track: (id: string) => string): string | undefined {
  return tracks ? `仅${tracks.map(track).join('、')}` : undefined;
}

/** Joins the parts of a one-line summary, leaving out the absent ones. */
export function summaryOf(...parts: Array<string | undefined | false>): string | undefined {
  const present = parts.filter((part): part is string => typeof part === 'string' && part !== '');
  return present.length > 0 ? present.join(' · ') : undefined;
}
