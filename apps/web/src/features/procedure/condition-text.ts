import type { ConditionTrace } from '@banfa/policy-runtime';

/** "项目总投资 ≤ 50万元（项目总投资：30万元）" */
export function conditionText(condition: ConditionTrace): string {
  const facts = condition.facts.map((fact) => `${fact.label}：${fact.value ?? '未填写'}`).join('，');
  return facts ? `${condition.text}（${facts}）` : condition.text;
}
