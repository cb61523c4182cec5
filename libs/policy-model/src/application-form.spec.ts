import { describe, expect, it } from 'vitest';
import { applicationForm, GENERATED_APPLICATION_FORM_ID } from './application-form';
import { MINIMAL_POLICY_YAML } from './fixtures/minimal.fixture';
import { extractFacts, validateFormValues } from './form-values';
import { loadPolicyYaml } from './parse-policy';
import { resolveFacts } from './facts';

describe('applicationForm', () => {
  it('generates a generic 项目申报表 for a policy without forms, citing the submission step, that validates and feeds projectName', () => {
    const doc = loadPolicyYaml(MINIMAL_POLICY_YAML);
    expect(doc.forms).toEqual([]);
    const form = applicationForm(doc);
    expect(form).toMatchObject({ id: GENERATED_APPLICATION_FORM_ID, title: '项目申报表' });
    expect(form.cite.article).toBeGreaterThan(0);
    expect(validateFormValues(form.schema, {}).map((issue) => issue.field)).toEqual(['projectName']);
    expect(validateFormValues(form.schema, { projectName: '项'.repeat(301) })).toHaveLength(1);
    const values = { projectName: '智慧校园', constructionContent: '建设统一平台' };
    expect(validateFormValues(form.schema, values)).toEqual([]);
    expect(extractFacts(form.schema, values, resolveFacts(doc))).toEqual({ projectName: '智慧校园' });
  });

  it("uses the policy's own form when it has one", () => {
    const doc = loadPolicyYaml(MINIMAL_POLICY_YAML);
    const own = { id: 'annex-1', title: '项目立项申请表', cite: { article: 11, quote: '样例条文' }, schema: { type: 'object', properties: {} } };
    expect(applicationForm({ ...doc, forms: [own] })).toBe(own);
  });
});
