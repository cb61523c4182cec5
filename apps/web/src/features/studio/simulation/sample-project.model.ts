import { parseMoney, resolveFacts, type FactValue, type MoneyUnit, type PolicyDocument, type ProjectEvent, type ProjectEventKind, type StepOutcome } from '@banfa/policy-model';
import type { ChangeRequest, ProjectInput } from '@banfa/policy-runtime';
import type { Scenario } from '@banfa/policy-testing';

/** A fact as the simulation holds it, in the scenario file's notation: money with its unit ("80万元"), yes/no, whole numbers, options and dates as text. */
export type SampleFactValue = string | boolean | number;

/** A dated event of the sample project; `amount` (contractSigned) is the contract amount with its unit. */
export interface SampleEvent {
  kind: ProjectEventKind;
  on: string;
  step?: string;
  outcome?: StepOutcome;
  reason?: string;
  obligation?: string;
  amount?: string;
}

/** A change request (附表3): its date and lines (原小计 / 现小计, with their unit). */
export interface SampleChange {
  on: string;
  lines: Array<{ old?: string; new?: string }>;
  newTotal?: string;
}

/**
 * The project a policy admin tries the draft on: what a scenario test holds (facts, dated events, the date it is
 * looked at, the readings chosen), so that one converts into the other without loss.
 */
export interface SampleProject {
  at: string;
  facts: Record<string, SampleFactValue>;
  events: SampleEvent[];
  /** Ambiguity setting id → the reading to evaluate under (the others keep the document's). */
  readings: Record<string, string>;
  change?: SampleChange;
  /** The scenario it was opened from (its name), if any. */
  scenario?: string;
}

export interface FactProblem {
  key: string;
  message: string;
}

const WITH_UNIT = /^(\d+(?:\.\d+)?)(万元|元)$/;

/** "80万元" → 8000000 分; null with the reason when it does not read. */
export function readMoney(text: string): { fen: bigint } | { problem: string } {
  const match = WITH_UNIT.exec(text.trim());
  if (!match) return { problem: '应为金额，例如 80（万元）或 1200.50（元）' };
  try {
    return { fen: parseMoney(match[1] ?? '', match[2] as MoneyUnit) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The facts as the runtime reads them, by the types the document gives them (money in 分, whole numbers as bigint),
 * with every value that does not read listed (and left out, so the report says the fact is missing).
 */
export function runtimeFacts(doc: PolicyDocument, project: Pick<SampleProject, 'facts' | 'events'>): { facts: Record<string, FactValue>; problems: FactProblem[] } {
  const types = new Map(resolveFacts(doc).map((fact) => [fact.key, fact]));
  const facts: Record<string, FactValue> = {};
  const problems: FactProblem[] = [];
  const entries = Object.entries(project.facts);
  // The contract amount comes with the signing of the contract (the latest signing counts), as on the server.
  const signed = project.events.filter((event) => event.kind === 'contractSigned' && event.amount?.trim()).at(-1);
  if (signed?.amount && types.has('contractAmount')) entries.push(['contractAmount', signed.amount]);
  for (const [key, value] of entries) {
    if (value === '' || value === undefined || value === null) continue;
    const fact = types.get(key);
    const label = fact?.label ?? key;
    if (fact?.type === 'money') {
      const money = readMoney(String(value));
      if ('fen' in money) facts[key] = money.fen;
      else problems.push({ key, message: `${label}：${money.problem}` });
    } else if (fact?.type === 'integer') {
      if (/^-?\d+$/.test(String(value))) facts[key] = BigInt(String(value));
      else problems.push({ key, message: `${label}应为整数` });
    } else if (fact?.type === 'boolean') {
      if (typeof value === 'boolean') facts[key] = value;
      else problems.push({ key, message: `${label}应为是或否` });
    } else {
      facts[key] = typeof value === 'string' ? value : String(value);
    }
  }
  return { facts, problems };
}

/** The events as the runtime takes them, in date order (the amount is a fact, not part of the event). */
export function runtimeEvents(events: ReadonlyArray<SampleEvent>): ProjectEvent[] {
  return events
    .filter((event) => /^\d{4}-\d{2}-\d{2}$/.test(event.on))
    .map(({ amount: _amount, ...event }) => stripEmpty(event) as ProjectEvent)
    .sort((a, b) => a.on.localeCompare(b.on));
}

export function projectInput(doc: PolicyDocument, project: SampleProject): { input: ProjectInput; problems: FactProblem[] } {
  const { facts, problems } = runtimeFacts(doc, project);
  return { input: { facts, events: runtimeEvents(project.events) }, problems };
}

/** The change request in 分, or the problem with its line. */
export function changeRequest(change: SampleChange): { request: ChangeRequest } | { problem: string } {
  const lines: ChangeRequest['lines'] = [];
  for (const [index, line] of change.lines.entries()) {
    const read = (text: string | undefined, what: string) => {
      if (!text?.trim()) return undefined;
      const money = readMoney(text);
      if ('problem' in money) throw new Error(`第 ${index + 1} 行${what}：${money.problem}`);
      return money.fen;
    };
    try {
      const oldSubtotal = read(line.old, '原小计');
      const newSubtotal = read(line.new, '现小计');
      (lines as Array<{ oldSubtotal?: bigint; newSubtotal?: bigint }>).push({ ...(oldSubtotal !== undefined ? { oldSubtotal } : {}), ...(newSubtotal !== undefined ? { newSubtotal } : {}) });
    } catch (error) {
      return { problem: (error as Error).message };
    }
  }
  const total = change.newTotal?.trim() ? readMoney(change.newTotal) : undefined;
  if (total && 'problem' in total) return { problem: `变更后总额：${total.problem}` };
  return { request: { on: change.on, lines, ...(total ? { newTotal: total.fen } : {}) } };
}

/** A scenario opened in the simulation: its project, as it is written. */
export function projectFromScenario(scenario: Scenario): SampleProject {
  return {
    at: scenario.at,
    facts: { ...scenario.facts },
    events: scenario.events.map((event) => stripEmpty({ ...event }) as SampleEvent),
    readings: { ...scenario.readings },
    ...(scenario.change ? { change: { on: scenario.change.on, lines: scenario.change.lines.map((line) => ({ ...line })), ...(scenario.change.newTotal ? { newTotal: scenario.change.newTotal } : {}) } } : {}),
    scenario: scenario.name,
  };
}

/**
 * The project written as a scenario's input (at, readings, facts, events, change): the contract amount of the latest
 * signing becomes the contractAmount fact, since scenario events carry no amounts.
 */
export function scenarioInput(project: SampleProject): Pick<Scenario, 'at' | 'readings' | 'facts' | 'events'> & { change?: Scenario['change'] } {
  const facts: Record<string, SampleFactValue> = {};
  for (const [key, value] of Object.entries(project.facts)) if (value !== '' && value !== undefined && value !== null) facts[key] = value;
  const signed = project.events.filter((event) => event.kind === 'contractSigned' && event.amount?.trim()).at(-1);
  if (signed?.amount) facts['contractAmount'] = signed.amount.trim();
  return {
    at: project.at,
    readings: { ...project.readings },
    facts,
    events: runtimeEvents(project.events) as Scenario['events'],
    ...(project.change ? { change: { on: project.change.on, lines: project.change.lines.filter((line) => line.old?.trim() || line.new?.trim()), ...(project.change.newTotal?.trim() ? { newTotal: project.change.newTotal.trim() } : {}) } } : {}),
  };
}

/** Every date the project names, for reading the calendar of their years. */
export function projectDates(project: Pick<SampleProject, 'at' | 'events'>): string[] {
  return [project.at, ...project.events.map((event) => event.on)].filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date));
}

function stripEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined && entry !== '')) as T;
}
