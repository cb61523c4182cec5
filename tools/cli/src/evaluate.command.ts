import { chineseDaysYears, WorkingCalendar } from '@banfa/calendar';
import { loadPolicyYaml, parseMoneyWithUnit, resolveFacts, type FactValue, type PolicyDocument, type ProjectEvent } from '@banfa/policy-model';
import { evaluate, type DecisionReport } from '@banfa/policy-runtime';
import { readFileSync } from 'node:fs';

export interface EvaluateOptions {
  fact: string[];
  at: string;
  submitted?: string;
  json?: boolean;
}

/** Runs one project (facts given as key=value) through a policy document and prints the decision report. */
export function evaluateCommand(file: string, options: EvaluateOptions, out: (line: string) => void): number {
  const doc = loadPolicyYaml(readFileSync(file, 'utf8'), file);
  const facts = checkFacts(doc, Object.fromEntries(options.fact.map(parseFact)));
  const events: ProjectEvent[] = options.submitted ? [{ kind: 'submitted', on: options.submitted }] : [];
  const report = evaluate(doc, { facts, events }, options.at, { calendar: new WorkingCalendar(chineseDaysYears()) });
  if (options.json) out(JSON.stringify(report, null, 2));
  else printReport(report, out);
  return 0;
}

/** "totalInvestment=30万元" → 30万元 in 分; "involvesCryptography=true" → true; "mlpsLevel=3" → 3n. */
export function parseFact(text: string): [string, FactValue] {
  const index = text.indexOf('=');
  if (index <= 0) throw new Error(`事实应写成 键=值，例如 totalInvestment=30万元，而不是“${text}”`);
  const key = text.slice(0, index);
  const value = text.slice(index + 1);
  const money = parseMoneyWithUnit(value);
  if (money !== null) return [key, money];
  if (value === 'true' || value === 'false') return [key, value === 'true'];
  if (/^\d+$/.test(value)) return [key, BigInt(value)];
  return [key, value];
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
      (fact.type === 'enum' && !fact.options?.some((option) => option.value === value) &&
        `事实 ${key}（${fact.label}）的取值应为 ${fact.options?.map((option) => `${option.value}（${option.label}）`).join('、')}`);
    if (wrong) throw new Error(wrong);
  }
  return facts;
}

function printReport(report: DecisionReport, out: (line: string) => void): void {
  out(`${report.policy.jurisdiction} · ${report.policy.title}（${report.policy.versionLabel}）于 ${report.at}`);
  report.findings.forEach((finding) => out(`  ! ${finding.message}${finding.citeText ? `（${finding.citeText}）` : ''}`));
  out(report.track ? `管理方式：${report.track.name}（${report.track.citeText}）` : '管理方式：无法确定');
  for (const step of report.steps) {
    const deadline = step.deadline ? ` · ${step.deadline.text}${step.deadline.dueOn ? `，${step.deadline.dueOn}前` : ''}` : '';
    out(`  [${step.state}] ${step.name} · ${step.body.name}${deadline} · ${step.citeText}`);
  }
  const required = report.attachments.filter((attachment) => attachment.required === true);
  if (required.length > 0) out(`申报材料：${required.map((attachment) => attachment.name).join('、')}`);
}
