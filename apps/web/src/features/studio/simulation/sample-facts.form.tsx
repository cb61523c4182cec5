import { conditionFacts, createFactEnvironment, formatCitation, resolveFacts, unboundFacts, type PolicyDocument, type ResolvedFact } from '@banfa/policy-model';
import { Collapse, Form, Tooltip } from 'antd';
import { useMemo } from 'react';
import type { FactProblem, SampleFactValue } from './sample-project.model';
import { FactField } from './fact-field';

/** As many columns as fit the panel's width (it shares the page with the YAML pane). */
const GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))', columnGap: 16 } as const;

/**
 * The facts the document declares, as a form: the ones that choose the track and those asked at submission first,
 * the others folded. Each field is typed as its fact (money in 万元 or 元, yes/no, options, whole numbers, dates) and
 * names the article that makes it matter.
 */
export function SampleFactsForm({
  doc,
  values,
  problems,
  disabled,
  onChange,
}: {
  doc: PolicyDocument;
  values: Readonly<Record<string, SampleFactValue>>;
  problems: ReadonlyArray<FactProblem>;
  disabled: boolean;
  onChange: (key: string, value: SampleFactValue | undefined) => void;
}) {
  const { primary, other } = useMemo(() => factGroups(doc), [doc]);
  const field = (fact: ResolvedFact) => {
    const problem = problems.find((candidate) => candidate.key === fact.key);
    const label = fact.cite ? <Tooltip title={`${fact.cite.quote ?? ''}（${formatCitation(fact.cite)}）`}>{fact.label}</Tooltip> : fact.label;
    return (
      <Form.Item key={fact.key} label={label} validateStatus={problem ? 'error' : undefined} help={problem?.message} style={{ marginBottom: 8 }}>
        <FactField fact={fact} value={values[fact.key]} disabled={disabled} onChange={(value) => onChange(fact.key, value)} />
      </Form.Item>
    );
  };
  const answeredOther = other.filter((fact) => values[fact.key] !== undefined).length;
  return (
    <Form layout="vertical" data-testid="sample-facts" component="div">
      <div style={GRID}>{primary.map(field)}</div>
      {other.length > 0 && (
        <Collapse
          size="small"
          items={[{ key: 'other', label: `其他事实（${other.length} 项${answeredOther > 0 ? `，已填 ${answeredOther} 项` : ''}）`, children: <div style={GRID}>{other.map(field)}</div>, forceRender: true }]}
        />
      )}
    </Form>
  );
}

/** The facts the tracks read and those asked at submission (unboundFacts), then the rest, each in the document's order. */
function factGroups(doc: PolicyDocument): { primary: ResolvedFact[]; other: ResolvedFact[] } {
  const facts = resolveFacts(doc);
  const env = createFactEnvironment(facts);
  const first = new Set([...doc.tracks.flatMap((track) => (track.when ? conditionFacts(env, track.when) : [])), ...unboundFacts(doc).map((fact) => fact.key)]);
  return { primary: facts.filter((fact) => first.has(fact.key)), other: facts.filter((fact) => !first.has(fact.key)) };
}
