import type { ConditionEvaluator } from './condition.evaluator';
import type { ConditionTrace, Finding } from './decision-report.types';
import type { GatePlan } from './execution-plan.types';

/**
 * The refusals and gates of a regulation (不予立项, 不予支持, 不适用本办法 …) whose condition holds, as findings with
 * their article. A soft gate (原则上) is a warning, a hard one an error; an informational one stays information.
 * A gate whose facts are not known yet is left out of the findings (its condition is in the trace).
 */
export function gateFindings(gates: readonly GatePlan[], conditions: ConditionEvaluator, findings: Finding[]): void {
  for (const gate of gates) {
    const condition = conditions.record(gate.site);
    if (condition.result !== true) continue;
    const key = conditions.lastKey;
    if (key < 0) {
      findings.push(gateFinding(gate, condition));
      continue;
    }
    findings.push(gate.findings.get(key) ?? gate.findings.keep(key, Object.freeze(gateFinding(gate, condition))));
  }
}

function gateFinding(gate: GatePlan, condition: ConditionTrace): Finding {
  let facts = '';
  for (const fact of condition.facts) facts += `${facts ? '，' : ''}${fact.label}：${fact.value ?? '未填写'}`;
  return {
    level: gate.level,
    code: gate.code,
    source: gate.id,
    message: facts ? `${gate.message}（${facts}）` : gate.message,
    cite: gate.cite,
    citeText: gate.citeText,
  };
}
