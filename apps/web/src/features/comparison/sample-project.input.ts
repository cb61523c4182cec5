import type { MissingFactQuestion, SampleProjectInput } from '@banfa/api-contract';

/** The sample project as the form holds it: dates as YYYY-MM-DD, yes/no as booleans, money in 万元. */
export interface SampleProjectValues {
  /** 总投资 in 万元, as typed. */
  totalInvestment?: string | number | null;
  submittedOn?: string | null;
  /** Fact key → answer, for the facts asked (the common ones and those the policies reported missing). */
  facts?: Record<string, unknown>;
}

/** The facts every form asks, whatever the policies compared: the ones most regulations read to choose a track. */
export const COMMON_FACTS = ['involvesCryptography', 'inAnnualPlan', 'urgent', 'classified', 'constructionNature'] as const;

/**
 * The request's project: 总投资 as “80万元”, each answered fact by its type (money in 万元, whole numbers, yes/no,
 * options, dates), unanswered ones left out, and the submission as a `submitted` event.
 */
export function toSampleProject(values: SampleProjectValues, questions: ReadonlyArray<Pick<MissingFactQuestion, 'key' | 'type'>> = []): SampleProjectInput {
  const facts: Record<string, string | number | boolean> = {};
  const amount = typeof values.totalInvestment === 'number' ? String(values.totalInvestment) : values.totalInvestment?.trim();
  if (amount) facts['totalInvestment'] = `${amount}万元`;
  const types = new Map(questions.map((question) => [question.key, question.type]));
  for (const [key, answer] of Object.entries(values.facts ?? {})) {
    if (answer === undefined || answer === null || answer === '' || key === 'totalInvestment') continue;
    const type = types.get(key);
    if (type === 'money') facts[key] = `${String(answer).trim()}万元`;
    else if (type === 'integer') facts[key] = Math.trunc(Number(answer));
    else if (typeof answer === 'boolean' || typeof answer === 'string' || typeof answer === 'number') facts[key] = answer;
  }
  return { facts, events: values.submittedOn ? [{ kind: 'submitted', on: values.submittedOn }] : [] };
}

/**
 * The facts to ask, across runs: those reported missing now, and those asked before (answered ones are no longer
 * missing, and their fields must stay so that the answers are sent again). Most needed first.
 */
export function mergeQuestions(asked: ReadonlyArray<MissingFactQuestion>, missing: ReadonlyArray<MissingFactQuestion>): MissingFactQuestion[] {
  const byKey = new Map(asked.map((question) => [question.key, question]));
  for (const question of missing) byKey.set(question.key, question);
  return [...byKey.values()].sort((a, b) => b.columns.length - a.columns.length);
}
