import type { FormView } from '@banfa/api-contract';
import type { PolicyDocument } from '@banfa/policy-model';
import type { DecisionReport } from '@banfa/policy-runtime';
import { describe, expect, it } from 'vitest';
import { applicantOf, findForm, prefillFromProject, projectNumberOf, signedCopyRequirementId } from './print-form.data';

const doc = {
  stages: [
    { attachments: [{ id: 'application-form', form: 'project-application' }, { id: 'data-resource-checklist', form: 'data-resource-checklist' }, { id: 'project-plan' }] },
  ],
} as unknown as PolicyDocument;
const report = (attachments: Array<{ id: string; form?: string }>) => ({ attachments }) as unknown as DecisionReport;

describe('print form data', () => {
  it('files a stamped scan under the requirement standing for the form, else form:<id>', () => {
    expect(signedCopyRequirementId('project-application', report([{ id: 'application-form', form: 'project-application' }]), doc)).toBe('application-form');
    // 备案制 reports leave 附表2 out; the policy's requirement still stands for it.
    expect(signedCopyRequirementId('data-resource-checklist', report([]), doc)).toBe('data-resource-checklist');
    expect(signedCopyRequirementId('change-request', report([]), doc)).toBe('form:change-request');
    expect(signedCopyRequirementId('change-request', null, undefined)).toBe('form:change-request');
  });

  it('numbers the project by its id and names the applicant', () => {
    expect(projectNumberOf({ id: '3f2a9c1e-77b0-4c1d-9e55-0a1b2c3d4e5f' })).toBe('3F2A9C1E');
    expect(applicantOf({ formValues: { applicant: '连平县教育局' }, organisation: { id: 'o', name: '教育局' } })).toBe('连平县教育局');
    expect(applicantOf({ formValues: {}, organisation: { id: 'o', name: '连平县教育局' } })).toBe('连平县教育局');
  });

  it('starts a form filled on the print page from the application form', () => {
    const form: FormView = {
      id: 'data-resource-checklist',
      title: '项目数据资源管理核查表',
      citeText: '附表2',
      schema: {
        type: 'object',
        properties: {
          header: {
            type: 'void',
            'x-component': 'Section',
            properties: {
              unitName: { type: 'string', title: '单位名称' },
              projectName: { type: 'string', title: '项目名称' },
              phone: { type: 'string', title: '电话' },
              email: { type: 'string', title: '邮箱' },
            },
          },
          totalInvestment: { type: 'string', title: '项目总投资', 'x-component': 'MoneyInput' },
        },
      },
    };
    const project = { name: '智慧校园平台', formValues: { applicant: '连平县教育局', projectName: '智慧校园平台（80万元）', mobile: '13800000000', totalInvestment: '80' } };
    expect(prefillFromProject(form, project)).toEqual({ unitName: '连平县教育局', projectName: '智慧校园平台（80万元）', phone: '13800000000', totalInvestment: '80' });
  });

  it('hands the form’s paper layout (`print`) from the policy document to the sheet', () => {
    const form = { id: 'checklist', title: '核查表', cite: { appendix: 2 }, schema: { type: 'object', properties: {} } };
    const print = { sealLine: { label: '单位名称（盖章）：' } };
    const policy = { forms: [{ ...form, print }, { ...form, id: 'plain' }], stages: [{ steps: [] }] } as unknown as PolicyDocument;
    expect(findForm(policy, 'checklist')).toEqual({ id: 'checklist', title: '核查表', citeText: '附表2', schema: form.schema, print });
    expect(findForm(policy, 'plain')).not.toHaveProperty('print');
  });
});
