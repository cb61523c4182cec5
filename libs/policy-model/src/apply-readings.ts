import { canonicalJson } from './canonical-json';
import { cloneData, resolveOverridePath, writeAtPath, type ConcretePath } from './override-path';
import { policyDocumentSchema, type PolicyDocument } from './policy-document.schema';

/** The reading chosen per ambiguity setting, e.g. { A3: 'parallel' }. Settings not named keep their `reading`. */
export type ReadingChoices = Readonly<Record<string, string>>;

/** A choice names a setting or an alternative the document does not have. */
export class ReadingChoiceError extends Error {
  constructor(readonly problems: ReadonlyArray<string>) {
    super(problems.join('；'));
    this.name = 'ReadingChoiceError';
  }
}

/** An override applied while resolving, with the concrete path it wrote to (for locating problems it causes). */
export interface AppliedOverride {
  setting: number;
  alternative: number;
  override: number;
  target: ConcretePath;
}

/** An override whose path does not resolve in the document it is applied to. */
export interface UnresolvedOverride {
  setting: number;
  alternative: number;
  override: number;
  message: string;
}

export interface Overlay {
  data: Record<string, unknown>;
  applied: AppliedOverride[];
  unresolved: UnresolvedOverride[];
}

// Which written document an effective document was resolved from, so that it can be resolved again under other
// readings; and the effective documents already resolved from a written one, by their readings.
const writtenOf = new WeakMap<PolicyDocument, PolicyDocument>();
const resolved = new WeakMap<PolicyDocument, Map<string, PolicyDocument>>();

/** The written document an effective document was resolved from (itself, when it was not resolved by applyReadings). */
export function writtenDocument(doc: PolicyDocument): PolicyDocument {
  return writtenOf.get(doc) ?? doc;
}

/** Problems with a set of choices, in Chinese: an unknown setting, or an alternative the setting does not have. */
export function checkReadingChoices(doc: PolicyDocument, choices: ReadingChoices): string[] {
  return Object.entries(choices).flatMap(([id, value]) => {
    const setting = doc.settings.find((candidate) => candidate.id === id);
    if (!setting) {
      return [`未定义的歧义设置“${id}”（本政策的歧义设置有：${doc.settings.map((candidate) => candidate.id).join('、') || '无'}）`];
    }
    const alternative = setting.alternatives.find((candidate) => candidate.value === value);
    if (!alternative) {
      return [`歧义设置 ${id} 没有解读“${value}”，可选：${setting.alternatives.map((candidate) => candidate.value).join('、')}`];
    }
    if (alternative.effect === 'unsupported') return [`歧义设置 ${id} 的解读“${value}”尚不能由系统计算：${alternative.reason ?? ''}`];
    return [];
  });
}

/**
 * The effective document: the written document with the overrides of each setting's chosen reading applied
 * (the reading named in `choices`, else the setting's `reading`), and each setting's `reading` set to the reading
 * used, so that reports say which reading an answer rests on. Given an effective document, resolves again from the
 * written document it came from. Pure: the argument is not changed; equal calls return the same document, which
 * callers must not change.
 */
export function applyReadings(doc: PolicyDocument, choices: ReadingChoices = {}): PolicyDocument {
  const written = writtenDocument(doc);
  const problems = checkReadingChoices(written, choices);
  if (problems.length > 0) throw new ReadingChoiceError(problems);
  const key = canonicalJson(Object.fromEntries(written.settings.map((setting) => [setting.id, choices[setting.id] ?? setting.reading])));
  const cache = resolved.get(written) ?? new Map<string, PolicyDocument>();
  resolved.set(written, cache);
  const hit = cache.get(key);
  if (hit) return hit;

  const overlay = overlayReadings(written, choices);
  if (overlay.unresolved.length > 0) throw new Error(overlay.unresolved.map((problem) => problem.message).join('；'));
  const parsed = overlay.applied.length > 0 ? policyDocumentSchema.safeParse(overlay.data) : { success: true as const, data: overlay.data as PolicyDocument };
  if (!parsed.success) throw new Error(`按所选解读改写后的政策文件无效：${parsed.error.issues[0]?.message ?? ''}`);
  writtenOf.set(parsed.data, written);
  cache.set(key, parsed.data);
  return parsed.data;
}

/**
 * Applies the overrides of the chosen readings to a copy of the written document, in the order of `settings` and
 * then of each alternative's overrides, without validating the result. Paths that do not resolve are reported,
 * not applied. Used by applyReadings and by validation (which checks the result against the schema).
 */
export function overlayReadings(written: PolicyDocument, choices: ReadingChoices): Overlay {
  const data = cloneData(written) as unknown as Record<string, unknown>;
  const settings = data['settings'] as Array<Record<string, unknown>>;
  const applied: AppliedOverride[] = [];
  const unresolved: UnresolvedOverride[] = [];
  written.settings.forEach((setting, s) => {
    const chosen = choices[setting.id] ?? setting.reading;
    const a = setting.alternatives.findIndex((alternative) => alternative.value === chosen);
    const target = settings[s];
    if (target) target['reading'] = chosen;
    setting.alternatives[a]?.overrides?.forEach((override, o) => {
      if (/^settings(\/|$)/.test(override.path)) {
        unresolved.push({ setting: s, alternative: a, override: o, message: `${setting.id}“${chosen}”的覆盖不能修改 settings 本身（${override.path}）` });
        return;
      }
      const resolution = resolveOverridePath(data, override.path, override.remove !== true);
      if (!resolution.ok) {
        const at = resolution.resolved ? `在 ${resolution.resolved} 下` : '在文件顶层';
        unresolved.push({
          setting: s,
          alternative: a,
          override: o,
          message: `${setting.id}“${chosen}”的覆盖路径“${override.path}”无法解析：${at}，“${resolution.segment}”：${resolution.reason}`,
        });
        return;
      }
      writeAtPath(data, resolution.path, override.remove === true ? { remove: true } : { value: cloneData(override.value) });
      applied.push({ setting: s, alternative: a, override: o, target: resolution.path });
    });
  });
  return { data, applied, unresolved };
}
