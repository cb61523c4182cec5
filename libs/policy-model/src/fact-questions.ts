import { formatCitation } from './citation';
import { collectFactBindings } from './form-bindings';
import { resolveFacts, type ResolvedFact } from './facts';
import { createFactEnvironment, readFactKeys, type FactEnvironment } from './cel-environment';
import type { Condition, Gate, PolicyDocument } from './policy-document.schema';

/** Gates that decide at submission whether a project may be initiated under this regulation at all. */
const SUBMISSION_GATES: ReadonlyArray<Gate['effect']> = ['refuse-initiation', 'refuse-support', 'refuse-budget', 'not-applicable', 'other-rules-apply'];

/**
 * The facts the rules read at submission that none of the policy's forms asks for (涉及密码应用 is not on 附表1, yet
 * 第十一条 turns on it). They are asked in a generated section, "规则所需信息", so no rule at submission reads a fact
 * nobody entered: the facts of the track conditions, of the steps and attachments up to the submission stage, and of
 * the gates that refuse initiation. Facts needed later (the contract amount of a change) are asked when they are.
 */
export function unboundFacts(doc: PolicyDocument): ResolvedFact[] {
  const bound = new Set(doc.forms.flatMap((form) => collectFactBindings(form.schema).map((binding) => binding.fact)));
  const facts = resolveFacts(doc);
  const env = createFactEnvironment(facts);
  const submissionStage = doc.stages.findIndex((stage) => stage.steps.some((step) => step.doneOn === 'submitted'));
  const stages = doc.stages.slice(0, submissionStage < 0 ? 1 : submissionStage + 1);
  const conditions: Array<Condition | undefined> = [
    ...doc.tracks.map((track) => track.when),
    ...stages.flatMap((stage) => [...stage.steps.map((step) => step.when), ...stage.attachments.map((attachment) => attachment.when)]),
    ...doc.gates.filter((gate) => SUBMISSION_GATES.includes(gate.effect)).map((gate) => gate.when),
  ];
  const read = new Set(conditions.flatMap((condition) => (condition ? conditionFacts(env, condition) : [])));
  return facts.filter((fact) => read.has(fact.key) && !bound.has(fact.key));
}

/** The fact keys a condition reads. */
export function conditionFacts(env: FactEnvironment, condition: Condition): string[] {
  if ('threshold' in condition) return [condition.threshold.fact];
  if ('cel' in condition) return readFactKeys(env, condition.cel);
  if ('not' in condition) return conditionFacts(env, condition.not);
  return ('all' in condition ? condition.all : condition.any).flatMap((part) => conditionFacts(env, part));
}

export function factQuestionsSchema(facts: ReadonlyArray<ResolvedFact>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  facts.forEach((fact, index) => {
    const hint = fact.cite?.quote ? `${fact.cite.quote}（${formatCitation(fact.cite)}）` : undefined;
    properties[fact.key] = {
      ...fieldFor(fact),
      title: fact.label,
      required: true,
      'x-fact': fact.key,
      'x-index': index,
      ...(hint ? { description: hint } : {}),
    };
  });
  return { type: 'object', properties };
}

function fieldFor(fact: ResolvedFact): Record<string, unknown> {
  const item = { 'x-decorator': 'FormItem' };
  switch (fact.type) {
    case 'boolean':
      return {
        ...item,
        type: 'boolean',
        enum: [
          { label: '是', value: true },
          { label: '否', value: false },
        ],
        'x-component': 'Radio.Group',
      };
    case 'enum':
      return { ...item, type: 'string', enum: fact.options ?? [], 'x-component': 'Select' };
    case 'money':
      return { ...item, type: 'string', 'x-component': 'MoneyInput', 'x-component-props': { unit: '万元' } };
    case 'integer':
      return { ...item, type: 'string', 'x-component': 'Input', 'x-validator': [{ pattern: '^\\d+$', message: `${fact.label}应为整数` }] };
    case 'date':
      return { ...item, type: 'string', 'x-component': 'DatePicker' };
    case 'string':
      return { ...item, type: 'string', 'x-component': 'Input' };
  }
}
