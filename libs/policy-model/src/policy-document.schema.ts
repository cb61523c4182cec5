import { z } from 'zod';
import { isBodyCatalogueKey } from './body-catalogue';
import { formPrintSchema } from './form-print.schema';
import { deadlineAnchorSchema, holidayEndSchema, periodAmountSchema } from './period.schema';
import { settingAlternativeSchema } from './setting-alternative.schema';

/**
 * The schema of a policy document: the whole regulation of one jurisdiction at one version, as data.
 * Objects are strict so that a misspelt key is reported at its line instead of silently ignored.
 */
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '标识只能包含小写字母、数字和连字符，例如 crypto-review');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const MONEY_HINT = '金额应写成带引号的十进制数字，例如 "50" 或 "12.5"；不要写成 50、5e5 这样的数值（数值会按浮点数读入，可能丢失精度）';
const decimal = z.string({ error: MONEY_HINT }).regex(/^\d+(\.\d+)?$/, MONEY_HINT);
/** A ratio such as "0.10" (10 %), exact like money. */
const ratio = z.string({ error: '比例应写成带引号的小数，例如 "0.10" 表示 10%' }).regex(/^(0(\.\d+)?|1(\.0+)?)$/, '比例应写成 0 到 1 之间带引号的小数，例如 "0.10" 表示 10%');
/** Ambiguity settings (A1 …) an element's reading depends on. */
const settingRefs = z.array(z.string().regex(/^A\d+$/, '歧义设置的编号形如 A1')).optional();

export const citationSchema = z
  .strictObject({
    article: z.number().int().positive().optional(),
    paragraph: z.number().int().positive().optional(),
    item: z.number().int().positive().optional(),
    appendix: z.number().int().positive().optional(),
    /** The verbatim sentence the element encodes (simplified Chinese). */
    quote: z.string().optional(),
  })
  .refine((cite) => cite.article !== undefined || cite.appendix !== undefined, {
    message: '出处须写明条（article）或附表（appendix），例如 cite: { article: 11, item: 2, quote: 原文 }',
  });

export const comparisonSchema = z.enum(['lt', 'lte', 'gt', 'gte']);

export const thresholdSchema = z.strictObject({
  fact: z.string(),
  /** 以下/以上/不超过 include the amount (lte/gte); 不含/超过/不满 exclude it (lt/gt). */
  comparison: comparisonSchema,
  amount: decimal,
  unit: z.enum(['元', '万元']),
  /** The ambiguity setting this comparison depends on, if any (e.g. A1). */
  setting: z.string().optional(),
});

export type Condition =
  | { threshold: z.infer<typeof thresholdSchema> }
  | { cel: string; description?: string }
  | { all: Condition[]; description?: string }
  | { any: Condition[]; description?: string }
  | { not: Condition; description?: string };

/** A threshold, a CEL expression, or all / any / not of conditions. */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ threshold: thresholdSchema }),
    z.strictObject({ cel: z.string().min(1), description: z.string().optional() }),
    z.strictObject({ all: z.array(conditionSchema).min(2), description: z.string().optional() }),
    z.strictObject({ any: z.array(conditionSchema).min(2), description: z.string().optional() }),
    z.strictObject({ not: conditionSchema, description: z.string().optional() }),
  ]),
);

export const deadlineSchema = z.strictObject({
  /** The period: N units after the anchor (the latest date, for a window), or a project fact's value. */
  amount: periodAmountSchema,
  /** For a window (12至24个月): the earliest point, in the same unit (with a fixed `amount` only). */
  earliest: z.number().int().nonnegative().optional(),
  unit: z.enum(['workingDays', 'calendarDays', 'months']),
  /** The event (or the later/earlier of several events) the period counts from; see the document's `counting`. */
  from: deadlineAnchorSchema,
  /** 原则上: breaching it is a warning with the article, not a refusal. */
  soft: z.boolean().default(false),
  settings: settingRefs,
});

export const bodySchema = z.strictObject({
  id,
  name: z.string().min(1),
  catalogueKey: z.string().refine(isBodyCatalogueKey, '不在审查机构目录中（见 body-catalogue.ts）'),
  cite: citationSchema,
});

export const factSchema = z.strictObject({
  key: z.string().regex(/^[a-z][A-Za-z0-9]*$/, '事实键应为小驼峰英文，例如 involvesCryptography'),
  /** Local facts declare their type and label; canonical facts take them from the catalogue. */
  type: z.enum(['money', 'boolean', 'enum', 'integer', 'date', 'string']).optional(),
  label: z.string().optional(),
  options: z.array(z.strictObject({ value: z.string(), label: z.string() })).optional(),
  cite: citationSchema,
  /** The reading of the regulation this fact encodes (e.g. A7: 涉及密码应用 is an explicit fact). */
  setting: z.string().optional(),
});

export const settingSchema = z.strictObject({
  id: z.string().regex(/^A\d+$/, '歧义设置的编号形如 A1'),
  question: z.string().min(1),
  cite: citationSchema,
  /** Each alternative may say how the document differs under it (`overrides`), or that it does not (`effect: none`). */
  alternatives: z.array(settingAlternativeSchema).min(2),
  reading: z.string(),
  why: z.string().min(1),
});

export const trackSchema = z.strictObject({
  id,
  name: z.string().min(1),
  cite: citationSchema,
  /** The first track whose condition holds is chosen; a track without a condition is the fallback. */
  when: conditionSchema.optional(),
  settings: settingRefs,
});

export const attachmentSchema = z.strictObject({
  id,
  name: z.string().min(1),
  cite: citationSchema,
  tracks: z.array(id).optional(),
  when: conditionSchema.optional(),
  form: id.optional(),
  settings: settingRefs,
});

export const stepSchema = z.strictObject({
  id,
  name: z.string().min(1),
  body: id,
  cite: citationSchema,
  tracks: z.array(id).optional(),
  when: conditionSchema.optional(),
  /** Steps that must be done before this one starts; steps with the same predecessors run in parallel. */
  after: z.array(id).default([]),
  deadline: deadlineSchema.optional(),
  /** An event that completes this step (e.g. the applicant's own steps are done when the application is submitted). */
  doneOn: z.string().optional(),
  form: id.optional(),
  settings: settingRefs,
});

export const stageSchema = z.strictObject({
  id,
  name: z.string().min(1),
  cite: citationSchema,
  steps: z.array(stepSchema).min(1),
  attachments: z.array(attachmentSchema).default([]),
});

export const formSchema = z.strictObject({
  id,
  title: z.string().min(1),
  cite: citationSchema,
  /** Formily JSON Schema. Fields bound to facts carry `x-fact`. */
  schema: z.record(z.string(), z.unknown()),
  /** The paper layout of the regulation's appendix table (form-print.schema.ts); absent: the default layout. */
  print: formPrintSchema.optional(),
});

/** A limit a change must keep (第二十一条: ≤10 % of the contract, at most once …). */
export const changeLimitSchema = z.union([
  z.strictObject({
    kind: z.literal('ratio'),
    /** The changed amount compared with `ratio` × the base fact. */
    base: z.string(),
    comparison: comparisonSchema,
    ratio,
    /**
     * How the changed amount is measured from the change list's lines (原小计 / 现小计): the larger side of each line,
     * both sides, or the net increase. `declared` takes the amount the change request states.
     */
    measure: z.enum(['larger-of-old-new', 'old-plus-new', 'net', 'declared']).default('declared'),
    cite: citationSchema,
    soft: z.boolean().default(false),
    settings: settingRefs,
  }),
  z.strictObject({ kind: z.literal('count'), max: z.number().int().nonnegative(), cite: citationSchema, soft: z.boolean().default(false) }),
  z.strictObject({
    kind: z.literal('total-not-above'),
    /** The project total after the change may not exceed this fact (e.g. contractAmount). */
    base: z.string(),
    cite: citationSchema,
    soft: z.boolean().default(false),
  }),
  z.strictObject({ kind: z.literal('no-increase'), base: z.string(), cite: citationSchema, soft: z.boolean().default(false) }),
]);

export const changeRuleSchema = z.strictObject({
  id,
  name: z.string().min(1),
  cite: citationSchema,
  when: conditionSchema.optional(),
  /** Only changes requested before this event fall under the rule (e.g. before procurement). */
  before: z.string().optional(),
  limits: z.array(changeLimitSchema).default([]),
  /** Bodies whose approval a change within the limits needs; empty when the unit decides and files. */
  approvalBy: z.array(id).default([]),
  /** Bodies a change is filed with after it is made (self-adjust, then file). */
  filedWith: z.array(id).default([]),
  /** What a change outside the limits meets. */
  outside: z.enum(['referred-to-other-rules', 'refused', 'reapproval-required']),
  outsideText: z.string().optional(),
  /** The form a change request is made on (a 项目变更单 appendix). */
  form: id.optional(),
  settings: settingRefs,
});

/** When an obligation falls due. */
export const scheduleSchema = z.union([
  /** Once, when an event happens, without a period the text sets (抄送验收报告). */
  z.strictObject({ kind: z.literal('upon'), event: z.string() }),
  /** Once, within a period after an event (file the contract within 5 working days of signing; a window). */
  z.strictObject({ kind: z.literal('after'), deadline: deadlineSchema }),
  /** Every N months from an event, until another (每3个月). */
  z.strictObject({
    kind: z.literal('every'),
    amount: z.number().int().positive(),
    unit: z.literal('months'),
    from: z.string(),
    until: z.string().optional(),
    /** A due day on a day off: as `counting.holidayEnd` says unless given here. */
    holidayEnd: holidayEndSchema.optional(),
    settings: settingRefs,
  }),
  /** At calendar points: each quarter end, each year by a month-day (每年12月底前). */
  z.strictObject({
    kind: z.literal('calendar'),
    period: z.enum(['quarter', 'half-year', 'year']),
    /** For yearly obligations: the month-day it is due by (MM-DD); otherwise the period's last day. */
    dueBy: z.string().regex(/^\d{2}-\d{2}$/, '日期格式应为 MM-DD，例如 12-31').optional(),
    from: z.string().optional(),
    until: z.string().optional(),
    /**
     * When `until` happens: `not-due` (absent): the duty ends with it; `due`: it is still due once more, at the end
     * of the period in which `until` happens (江西 A30: the year-end report of the year construction ends), and
     * ends when that period's report is filed.
     */
    finalPeriod: z.enum(['not-due', 'due']).optional(),
    /** A due point on a day off: as `counting.holidayEnd` says unless given here. */
    holidayEnd: holidayEndSchema.optional(),
    settings: settingRefs,
  }),
]);

export const obligationSchema = z.strictObject({
  id,
  name: z.string().min(1),
  cite: citationSchema,
  /** Who must act. */
  body: id,
  /** Who receives the report or filing. */
  to: z.array(id).default([]),
  when: conditionSchema.optional(),
  tracks: z.array(id).optional(),
  schedule: scheduleSchema,
  soft: z.boolean().default(false),
  form: id.optional(),
  settings: settingRefs,
});

/** A refusal or gate the regulation sets (不予立项, 不予支持, no O&M funding when …). */
export const gateSchema = z.strictObject({
  id,
  name: z.string().min(1),
  cite: citationSchema,
  effect: z.enum([
    'refuse-initiation',
    'refuse-support',
    'refuse-funding',
    'refuse-budget',
    'refuse-acceptance',
    'not-applicable',
    'other-rules-apply',
    'warning',
  ]),
  when: conditionSchema,
  /** 原则上: a warning with the article, not an automatic refusal. */
  soft: z.boolean().default(false),
  message: z.string().min(1),
  settings: settingRefs,
});

/** Text the runtime does not execute but a reader must find: sanctions, duties without a date. */
export const provisionSchema = z.strictObject({
  id,
  kind: z.enum(['sanction', 'duty', 'principle', 'definition', 'other']),
  text: z.string().min(1),
  cite: citationSchema,
});

/** A note on how the source text was encoded (traditional characters, a stray English word normalised …). */
export const encodingNoteSchema = z.strictObject({ text: z.string().min(1), cite: citationSchema.optional() });

export const policyStatusSchema = z.enum([
  'consultation-draft',
  'trial',
  'interim',
  'in-force',
  'expired',
  'repealed',
]);

export const policyDocumentSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id,
  jurisdiction: z.strictObject({
    code: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字（GB/T 2260）'),
    name: z.string().min(1),
    level: z.enum(['province', 'city', 'county']),
    parent: z.strictObject({ code: z.string().regex(/^\d{6}$/), name: z.string() }).optional(),
  }),
  title: z.string().min(1),
  versionLabel: z.string().min(1),
  documentNumber: z.string().optional(),
  issuer: z.string().min(1),
  status: policyStatusSchema,
  effective: z
    .strictObject({ from: isoDate.optional(), to: isoDate.optional(), note: z.string().optional(), settings: settingRefs })
    .default({}),
  repeals: z.array(z.strictObject({ title: z.string(), documentNumber: z.string().optional() })).default([]),
  source: z.strictObject({ file: z.string(), title: z.string() }),
  bodies: z.array(bodySchema).min(1),
  facts: z.array(factSchema).default([]),
  settings: z.array(settingSchema).default([]),
  /**
   * How periods are counted where the text is silent (民法典 第二百零一至二百零三条; the A31 reading), applied to every
   * working-day, calendar-day and month period the runtime computes. The two newer keys have no schema default (absent
   * means the civil code's reading), so documents written before them parse to the same content and hash.
   */
  counting: z
    .strictObject({
      /**
       * `excluded` (absent): the event day does not count, day 1 is the next day (民法典 第二百零一条).
       * `included`: the event day is day 1 (a working-day period starts on it when it is a working day).
       */
      eventDay: z.enum(['excluded', 'included']).optional(),
      /**
       * `count` (absent): an adjusted weekend workday (调休上班) is a working day, as the State Council makes it.
       * `skip`: working days are Monday to Friday minus holidays; an adjusted Saturday or Sunday does not count, and a
       * period ending on one moves as `holidayEnd` says.
       */
      adjustedWorkdays: z.enum(['count', 'skip']).optional(),
      /**
       * A calendar-day or month period (or a calendar point) ending on a day off ends on the next working day
       * (民法典 第二百零三条), on the last working day before it, or stays. A schedule may set its own.
       */
      holidayEnd: holidayEndSchema.default('next-working-day'),
      /** After 补正, a step's period starts again from the resubmission, or resumes with the working days left. */
      returnedClock: z.enum(['restart', 'resume']).default('restart'),
      settings: settingRefs,
    })
    .default({ holidayEnd: 'next-working-day', returnedClock: 'restart' }),
  tracks: z.array(trackSchema).min(1),
  stages: z.array(stageSchema).min(1),
  changeRules: z.array(changeRuleSchema).default([]),
  obligations: z.array(obligationSchema).default([]),
  gates: z.array(gateSchema).default([]),
  provisions: z.array(provisionSchema).default([]),
  forms: z.array(formSchema).default([]),
  notes: z.array(encodingNoteSchema).default([]),
});

export type PolicyDocument = z.infer<typeof policyDocumentSchema>;
export type PolicyStatus = z.infer<typeof policyStatusSchema>;
export type PolicyBody = z.infer<typeof bodySchema>;
export type PolicyFact = z.infer<typeof factSchema>;
export type PolicySetting = z.infer<typeof settingSchema>;
export type PolicyTrack = z.infer<typeof trackSchema>;
export type PolicyStage = z.infer<typeof stageSchema>;
export type PolicyStep = z.infer<typeof stepSchema>;
export type PolicyAttachment = z.infer<typeof attachmentSchema>;
export type PolicyForm = z.infer<typeof formSchema>;
export type ChangeRule = z.infer<typeof changeRuleSchema>;
export type ChangeLimit = z.infer<typeof changeLimitSchema>;
export type Obligation = z.infer<typeof obligationSchema>;
export type Schedule = z.infer<typeof scheduleSchema>;
export type Gate = z.infer<typeof gateSchema>;
export type Provision = z.infer<typeof provisionSchema>;
export type Threshold = z.infer<typeof thresholdSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type DeadlineAnchor = z.infer<typeof deadlineAnchorSchema>;
export type PeriodAmount = z.infer<typeof periodAmountSchema>;
export type Counting = z.infer<typeof policyDocumentSchema>['counting'];
