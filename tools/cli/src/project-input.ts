import { type FactValue, type PolicyDocument, type ProjectEvent, resolveFacts } from '@banfa/policy-model';
import { eventsSchema, factsSchema, toEvents, toFactValues } from '@banfa/policy-testing';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';
import { parseFact } from './parse-fact';

/** Reads a YAML or JSON input file (or standard input for "-"), validating it and naming the field at fault. */
export function readInput<T>(file: string, schema: z.ZodType<T>, what: string): T {
  const text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  const result = schema.safeParse(parse(text));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${what}（${file}）${issue?.path.length ? ` ${issue.path.join('.')}` : ''}：${issue?.message ?? '格式不正确'}`);
  }
  return result.data;
}

/** The project's facts from a file and/or -f key=value pairs, checked against the policy's declared facts. */
export function projectFacts(doc: PolicyDocument, file: string | undefined, pairs: string[]): Record<string, FactValue> {
  const fromFile = file ? toFactValues(readInput(file, factsSchema, '事实文件')) : {};
  return checkFacts(doc, { ...fromFile, ...Object.fromEntries(pairs.map(parseFact)) });
}

export function projectEvents(file: string | undefined, submitted: string | undefined): ProjectEvent[] {
  const events = file ? toEvents(readInput(file, eventsSchema, '事件文件')) : [];
  return submitted ? [{ kind: 'submitted', on: submitted }, ...events] : events;
}

/** Refuses facts the policy does not read, and values of the wrong type, naming the fact and the fix. */
export function checkFacts(doc: PolicyDocument, facts: Record<string, FactValue>): Record<string, FactValue> {
  const declared = new Map(resolveFacts(doc).map((fact) => [fact.key, fact]));
  for (const [key, value] of Object.entries(facts)) {
    const fact = declared.get(key);
    if (!fact) throw new Error(`未知的事实“${key}”：本政策读取的事实有 ${[...declared.keys()].join('、')}`);
    const wrong =
      (fact.type === 'money' && typeof value !== 'bigint' && `事实 ${key}（${fact.label}）是金额，应写成带单位的十进制数，例如 ${key}=30万元，而不是“${String(value)}”`) ||
      (fact.type === 'boolean' && typeof value !== 'boolean' && `事实 ${key}（${fact.label}）应为 true 或 false`) ||
      (fact.type === 'integer' && typeof value !== 'bigint' && `事实 ${key}（${fact.label}）应为整数`) ||
      (fact.type === 'enum' &&
        !fact.options?.some((option) => option.value === value) &&
        `事实 ${key}（${fact.label}）的取值应为 ${fact.options?.map((option) => `${option.value}（${option.label}）`).join('、')}`);
    if (wrong) throw new Error(wrong);
  }
  return facts;
}
