import { parseMoney, resolveFacts, type FactValue, type PolicyDocument, type ProjectEvent } from '@banfa/policy-model';

export interface SampleProject {
  facts: Record<string, FactValue>;
  events: ProjectEvent[];
  at: string;
}

/**
 * Realistic projects for a policy: amounts spread around every threshold it states (and far from them), every
 * boolean fact both ways, enum facts cycling through their options, submitted on days across the year.
 */
export function sampleProjects(doc: PolicyDocument, count: number): SampleProject[] {
  const facts = resolveFacts(doc);
  const thresholds = collectAmounts(doc);
  const amounts = [...thresholds.flatMap((fen) => [fen - 1n, fen, fen + 1n]), parseMoney('8', '万元'), parseMoney('3000', '万元')];
  const projects: SampleProject[] = [];
  for (let i = 0; i < count; i++) {
    const values: Record<string, FactValue> = {};
    facts.forEach((fact, f) => {
      if (fact.type === 'money') values[fact.key] = amounts[(i + f) % amounts.length] ?? 0n;
      else if (fact.type === 'boolean') values[fact.key] = ((i >> (f % 8)) & 1) === 1;
      else if (fact.type === 'enum' && fact.options?.length) values[fact.key] = fact.options[(i + f) % fact.options.length]?.value ?? '';
      else if (fact.type === 'integer') values[fact.key] = BigInt(i % 4);
    });
    const day = new Date(Date.UTC(2025, 0, 2) + (i % 360) * 86_400_000).toISOString().slice(0, 10);
    projects.push({ facts: values, events: [{ kind: 'submitted', on: day }], at: '2025-12-31' });
  }
  return projects;
}

function collectAmounts(doc: PolicyDocument): bigint[] {
  const found: bigint[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const threshold = record['threshold'] as { amount?: string; unit?: '元' | '万元' } | undefined;
    if (threshold?.amount && threshold.unit) found.push(parseMoney(threshold.amount, threshold.unit));
    Object.values(record).forEach(visit);
  };
  visit(doc.tracks);
  visit(doc.stages);
  return found;
}
