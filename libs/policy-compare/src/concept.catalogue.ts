/**
 * Concepts the comparison names although the document language has no key for them. Where the schema has a
 * canonical key (a fact, a body's catalogue key, an event, a limit kind, a schedule kind) the rows use it; these few
 * concepts exist only as the encoders' element ids, which are English kebab-case and kept the same across
 * regulations (self-evaluation, contract-filing, supervision-report …). A concept is matched by a token of the id,
 * the same rule for every document: nothing here names a jurisdiction. See the README for what each one matches.
 */
export interface Concept {
  key: string;
  label: string;
  /** Matches an element id (a track, step, attachment or obligation). */
  id: RegExp;
  /** Canonical facts whose declaration alone shows the regulation deals with the concept. */
  facts?: ReadonlyArray<string>;
}

/** 备案制: a track whose id has the token `filing` (filing, city-filing). */
export const FILING: Concept = { key: 'filing', label: '备案制', id: /(^|-)filing(-|$)/ };

/** 工程监理: steps and attachments about the supervisor (supervision-engagement, supervisor-filing, supervision-report). */
export const SUPERVISION: Concept = {
  key: 'supervision',
  label: '工程监理',
  id: /(^|-)supervis(ion|or)(-|$)/,
  facts: ['supervisionEngaged'],
};

/** 第三方测评报告: a third-party functional or software test (software-test, third-party-test-report), not 等保/分保 tests. */
export const THIRD_PARTY_TEST: Concept = { key: 'third-party-test', label: '第三方测评（报告）', id: /(^|-)(third-party|software)-test(-|$)/ };

/** 自评价: the self-evaluation obligation (self-evaluation). */
export const SELF_EVALUATION: Concept = { key: 'self-evaluation', label: '项目自评价', id: /(^|-)self-evaluation(-|$)/ };

/** The requirements compared by the amount from which they apply. */
export const REQUIREMENT_CONCEPTS: ReadonlyArray<Concept> = [SUPERVISION, THIRD_PARTY_TEST];

export function matches(concept: Concept, id: string): boolean {
  return concept.id.test(id);
}
