import type { PolicyDocument, PolicyForm } from './policy-document.schema';

/** The id of the form generated for a policy that defines no application form of its own. */
export const GENERATED_APPLICATION_FORM_ID = 'generated-application';

/**
 * The form a department fills to submit: the form of the first step completed by submission, else the policy's
 * first form. A regulation without an application form (most have none; 连平 has 附表1) still lets departments
 * submit: a generic form asks for the project's name and description, and the facts the rules read are asked as
 * "规则所需信息" (unboundFacts). Known from the document, not from code.
 */
export function applicationForm(doc: PolicyDocument): PolicyForm {
  const steps = doc.stages.flatMap((stage) => stage.steps);
  const formId = steps.find((step) => step.doneOn === 'submitted' && step.form)?.form;
  const form = doc.forms.find((candidate) => candidate.id === formId) ?? doc.forms[0];
  if (form) return form;
  const submission = steps.find((step) => step.doneOn === 'submitted') ?? steps[0];
  return {
    id: GENERATED_APPLICATION_FORM_ID,
    title: '项目申报表',
    cite: submission?.cite ?? doc.stages[0]?.cite ?? { article: 1 },
    schema: {
      type: 'object',
      properties: {
        projectName: {
          type: 'string',
          title: '项目名称',
          required: true,
          'x-fact': 'projectName',
          'x-decorator': 'FormItem',
          'x-component': 'Input',
          'x-validator': [{ pattern: '^[\\s\\S]{1,300}$', message: '项目名称最多300字' }],
          'x-index': 0,
        },
        constructionContent: {
          type: 'string',
          title: '主要建设内容',
          'x-decorator': 'FormItem',
          'x-component': 'Input.TextArea',
          'x-validator': [{ pattern: '^[\\s\\S]{0,5000}$', message: '主要建设内容最多5000字' }],
          'x-index': 1,
        },
      },
    },
  };
}
