import {
  collectFactBindings,
  extractFacts,
  factQuestionsSchema,
  formatMoney,
  isMoney,
  parseMoney,
  readValuePath,
  resolveFacts,
  unboundFacts,
  validateFormValues,
  type FactValue,
  type MoneyUnit,
  type PolicyDocument,
} from '@banfa/policy-model';
import type { AppErrorDetail } from '../errors/app-error';
import { applicationForm } from '../policies/policies.service';

/** The largest amount the database and both drivers keep exactly (integer 分). */
const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);

type SchemaNode = Record<string, unknown>;

/** The two parts of a submission and the schemas they are checked against: 申报表 and 规则所需信息. */
function parts(doc: PolicyDocument, formValues: unknown, factAnswers: unknown) {
  return [
    { prefix: 'formValues', schema: applicationForm(doc).schema, values: formValues },
    { prefix: 'factAnswers', schema: factQuestionsSchema(unboundFacts(doc)), values: factAnswers },
  ];
}

/**
 * Validates a submission on the server against the same Formily schema the browser rendered and the policy's fact
 * types (never trusting the client), and reads its facts. Every problem names its field path.
 */
export function checkSubmission(
  doc: PolicyDocument,
  formValues: Record<string, unknown>,
  factAnswers: Record<string, unknown>,
): { issues: AppErrorDetail[]; facts: Record<string, FactValue> } {
  const types = new Map(resolveFacts(doc).map((fact) => [fact.key, fact.type]));
  const issues: AppErrorDetail[] = [];
  // A form's conditions may read facts answered in the other part (规则所需信息), as the browser renders both as one.
  const known = { factValues: draftFacts(doc, formValues, factAnswers) };
  for (const { prefix, schema, values } of parts(doc, formValues, factAnswers)) {
    issues.push(...validateFormValues(schema, values, known).map(({ field, message }) => ({ field: `${prefix}.${field}`, message })));
    issues.push(...unknownFields(schema, values, prefix));
    // Typed facts whose field the schema alone does not check (a money fact in a plain input …), and amounts the
    // database could not keep exactly.
    for (const binding of collectFactBindings(schema)) {
      const raw = readValuePath(values, binding.valuePath);
      if (raw === undefined || raw === null || raw === '') continue;
      const field = `${prefix}.${binding.valuePath.join('.')}`;
      const type = types.get(binding.fact);
      if (issues.some((issue) => issue.field === field)) continue;
      if (type === 'money') {
        const unit = (binding.unit as MoneyUnit | undefined) ?? '元';
        if (typeof raw !== 'string' || !isMoney(raw, unit)) {
          issues.push({ field, message: `应为金额（${unit}），精确到分，例如 30 或 12.5` });
        } else if (raw.trim().startsWith('-')) {
          issues.push({ field, message: '金额不能为负数' });
        }
      } else if (type === 'integer' && !/^\d+$/.test(typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '')) {
        issues.push({ field, message: '应为不小于 0 的整数' });
      }
    }
  }
  if (issues.length > 0) return { issues, facts: {} };
  const facts: Record<string, FactValue> = {};
  for (const { prefix, schema, values } of parts(doc, formValues, factAnswers)) {
    const read = extractFacts(schema, values, resolveFacts(doc), known);
    for (const binding of collectFactBindings(schema)) {
      const value = read[binding.fact];
      if (typeof value === 'bigint' && value > MAX_FEN) {
        issues.push({ field: `${prefix}.${binding.valuePath.join('.')}`, message: `金额超出可处理的范围（不超过 ${formatMoney(MAX_FEN, '万元')} 万元）` });
      }
    }
    Object.assign(facts, read);
  }
  return { issues, facts };
}

/** Values the form has no field for: refused at submission, so nothing unasked is stored as if it were asked. */
function unknownFields(schema: Readonly<Record<string, unknown>>, values: unknown, prefix: string): AppErrorDetail[] {
  const issues: AppErrorDetail[] = [];
  const walk = (node: SchemaNode, value: unknown, path: string[]) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    const fields = new Map<string, SchemaNode>();
    const collect = (container: SchemaNode) => {
      const properties = (container['properties'] ?? {}) as Record<string, SchemaNode>;
      for (const [name, child] of Object.entries(properties)) {
        if (child['type'] === 'void') collect(child);
        else fields.set(name, child);
      }
    };
    collect(node);
    for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
      const field = fields.get(name);
      if (!field) {
        issues.push({ field: [prefix, ...path, name].join('.'), message: '表单中没有这一项，请删除后再提交' });
      } else if (field['type'] === 'object') {
        walk(field, child, [...path, name]);
      }
    }
  };
  walk(schema as SchemaNode, values, []);
  return issues;
}

/** What a draft shows before it is validated: its name and total, where the values already read as such. */
export function draftSummary(doc: PolicyDocument, formValues: Record<string, unknown>): { name: string; totalInvestmentFen: string | null } {
  const bindings = collectFactBindings(applicationForm(doc).schema);
  const read = (fact: string) => {
    const binding = bindings.find((candidate) => candidate.fact === fact);
    return binding ? { raw: readValuePath(formValues, binding.valuePath), unit: (binding.unit as MoneyUnit | undefined) ?? '元' } : undefined;
  };
  const name = read('projectName')?.raw;
  const total = read('totalInvestment');
  let totalInvestmentFen: string | null = null;
  if (total && typeof total.raw === 'string' && isMoney(total.raw, total.unit) && !total.raw.trim().startsWith('-')) {
    const fen = parseMoney(total.raw, total.unit);
    if (fen <= MAX_FEN) totalInvestmentFen = fen.toString();
  }
  return { name: projectName(name), totalInvestmentFen };
}

/** The name a project is listed under (the column keeps 300 characters; the form keeps the full text). */
export function projectName(value: unknown): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 300) : '未命名项目';
}

/**
 * The facts a draft already gives, for its preview: every bound value that reads as its type, the rest left out
 * (the runtime then says 'unknown' where it needed them). Never throws on half-typed input.
 */
export function draftFacts(doc: PolicyDocument, formValues: Record<string, unknown>, factAnswers: Record<string, unknown>): Record<string, FactValue> {
  const types = new Map(resolveFacts(doc).map((fact) => [fact.key, fact.type]));
  const facts: Record<string, FactValue> = {};
  for (const { schema, values } of parts(doc, formValues, factAnswers)) {
    for (const binding of collectFactBindings(schema)) {
      const raw = readValuePath(values, binding.valuePath);
      if (raw === undefined || raw === null || raw === '') continue;
      const type = types.get(binding.fact);
      if (type === 'money') {
        const unit = (binding.unit as MoneyUnit | undefined) ?? '元';
        if (typeof raw === 'string' && isMoney(raw, unit) && !raw.trim().startsWith('-')) facts[binding.fact] = parseMoney(raw, unit);
      } else if (type === 'integer') {
        if (/^\d+$/.test(typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '')) facts[binding.fact] = BigInt(String(raw));
      } else if (type === 'boolean') {
        if (typeof raw === 'boolean') facts[binding.fact] = raw;
      } else if (typeof raw === 'string') {
        facts[binding.fact] = raw;
      }
    }
  }
  return facts;
}
