import { parseMoneyWithUnit, resolveFacts, type FactValue, type PolicyDocument } from '@banfa/policy-model';
import type { ProjectInput } from '@banfa/policy-runtime';
import type { ProjectEntity, ProjectEventEntity } from '../database/entities';
import { runtimeEvents, type EventPayload } from './project-event-payload';

/** Facts as stored (JSON): money and integers as decimal strings of their bigint values. */
export function storeFacts(values: Readonly<Record<string, FactValue>>): Record<string, string | boolean> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === 'bigint' ? value.toString() : value]));
}

/** Stored facts back to the runtime's types, by the types the policy gives them. */
export function loadFacts(stored: Readonly<Record<string, string | boolean>>, doc: PolicyDocument): Record<string, FactValue> {
  const types = new Map(resolveFacts(doc).map((fact) => [fact.key, fact.type]));
  const values: Record<string, FactValue> = {};
  for (const [key, value] of Object.entries(stored)) {
    const type = types.get(key);
    values[key] = (type === 'money' || type === 'integer') && typeof value === 'string' && /^-?\d+$/.test(value) ? BigInt(value) : value;
  }
  return values;
}

/**
 * Facts that events bring: the contract amount comes with the signing of the contract (the latest signing counts),
 * for the policies that read it (change limits are ratios of it).
 */
export function eventFacts(events: ReadonlyArray<ProjectEventEntity>, doc: PolicyDocument): Record<string, FactValue> {
  if (!resolveFacts(doc).some((fact) => fact.key === 'contractAmount')) return {};
  const signed = events.filter((event) => event.kind === 'contractSigned' && typeof (event.payload as EventPayload).amount === 'string').at(-1);
  const amount = signed ? parseMoneyWithUnit(String((signed.payload as EventPayload).amount)) : null;
  return amount === null ? {} : { contractAmount: amount };
}

/** What the runtime needs of a project: its facts (entered and brought by events) and its dated events. */
export function runtimeInput(project: ProjectEntity, doc: PolicyDocument, events: ReadonlyArray<ProjectEventEntity>): ProjectInput {
  return { facts: { ...loadFacts(project.facts, doc), ...eventFacts(events, doc) }, events: runtimeEvents(events) };
}
