import { z } from 'zod';

/**
 * One change an alternative reading makes to the written document: set the value at `path`, or remove what is
 * there. Paths name elements by their id (`stages/initiation/steps/funding-review/after`), else by 0-based index;
 * `-` appends to a list. See override-path.ts.
 */
export const readingOverrideSchema = z
  .strictObject({
    path: z.string().regex(/^[^/\s]+(\/[^/\s]+)*$/, '覆盖路径应写成以“/”分隔的各级键或元素标识，例如 tracks/filing/when/threshold/comparison'),
    value: z.unknown().optional(),
    remove: z.literal(true).optional(),
  })
  .refine((override) => Object.hasOwn(override, 'value') !== (override.remove === true), {
    message: '每项覆盖须且只能给出 value（新的取值）或 remove: true（删除）之一',
  });

/**
 * An alternative reading of an ambiguity setting. `overrides` say how the document differs when this reading is
 * chosen (relative to the written document); `effect: none` with a `reason` says the reading changes nothing the
 * runtime computes (it only changes wording, or who acts outside the system …); `effect: unsupported` with a
 * `reason` says it would change what the runtime computes but the document language cannot express it yet, so it
 * cannot be chosen. At most one alternative of a setting may carry none of these: the reading the written
 * document encodes.
 */
export const settingAlternativeSchema = z.strictObject({
  value: z.string(),
  label: z.string(),
  overrides: z.array(readingOverrideSchema).min(1).optional(),
  effect: z.enum(['none', 'unsupported']).optional(),
  /** Why the reading changes nothing the runtime computes, or why it cannot be expressed (required with `effect`). */
  reason: z.string().min(1).optional(),
});

export type ReadingOverride = z.infer<typeof readingOverrideSchema>;
export type SettingAlternative = z.infer<typeof settingAlternativeSchema>;
