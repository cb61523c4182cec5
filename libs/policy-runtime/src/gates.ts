import { formatCitation, type PolicyDocument } from '@banfa/policy-model';
import type { ConditionEvaluator } from './condition.evaluator';
import type { Finding } from './decision-report.types';

const EFFECT_CODE = 'gate';

/**
 * The refusals and gates of a regulation (不予立项, 不予支持, 不适用本办法 …) whose condition holds, as findings with
 * their article. A soft gate (原则上) is a warning, a hard one an error; an informational one stays information.
 * A gate whose facts are not known yet is left out of the findings (its condition is in the trace).
 */
export function gateFindings(doc: PolicyDocument, conditions: ConditionEvaluator): Finding[] {
  return doc.gates.flatMap((gate): Finding[] => {
    const condition = conditions.evaluate(gate.when, `gates.${gate.id}.when`, gate.cite);
    if (condition.result !== true) return [];
    const facts = condition.facts.map((fact) => `${fact.label}：${fact.value ?? '未填写'}`).join('，');
    return [
      {
        level: gate.effect === 'warning' ? 'info' : gate.soft ? 'warning' : 'error',
        code: `${EFFECT_CODE}:${gate.effect}`,
        source: gate.id,
        message: `${gate.soft ? '（原则上）' : ''}${gate.message}${facts ? `（${facts}）` : ''}`,
        cite: gate.cite,
        citeText: formatCitation(gate.cite),
      },
    ];
  });
}
