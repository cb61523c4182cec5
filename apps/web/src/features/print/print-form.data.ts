import type { ChangeView, FormView, ProjectView } from '@banfa/api-contract';
import { applicationForm, formatCitation, type PolicyDocument, type PolicyForm } from '@banfa/policy-model';
import type { DecisionReport } from '@banfa/policy-runtime';
import { printModel, type FieldNode, type PrintNode } from './print-schema.model';

/**
 * What the print page reads from the project, its policy version and its change requests: the form to print, whose
 * values go in it, the project number, and the attachment requirement a stamped scan of the form is filed under.
 */

/** GET /api/policy-versions/:id (the fields the print page uses). */
export interface PolicyVersionContent {
  id: string;
  content: PolicyDocument;
}

function toFormView(form: PolicyForm): FormView {
  return { id: form.id, title: form.title, citeText: formatCitation(form.cite), schema: form.schema, ...(form.print ? { print: form.print } : {}) };
}

/** The policy's form with this id (the generated application form of a policy without forms included), or null. */
export function findForm(doc: PolicyDocument, formId: string): FormView | null {
  const form = doc.forms.find((candidate) => candidate.id === formId);
  if (form) return toFormView(form);
  const application = applicationForm(doc);
  return application.id === formId ? toFormView(application) : null;
}

/** Whether the form is the one the project was submitted with (its values are the project's formValues). */
export function isApplicationForm(doc: PolicyDocument, formId: string): boolean {
  return applicationForm(doc).id === formId;
}

/**
 * 项目编号: the project has no number of its own (ProjectView carries none), so the first 8 characters of its id,
 * upper-cased, which are unique enough to find it and short enough to write by hand.
 */
export function projectNumberOf(project: Pick<ProjectView, 'id'>): string {
  return project.id.slice(0, 8).toUpperCase();
}

/** The applying unit: as written on the application form, else the project's organisation. */
export function applicantOf(project: Pick<ProjectView, 'formValues' | 'organisation'>): string {
  const written = project.formValues['applicant'];
  return typeof written === 'string' && written.trim() !== '' ? written : project.organisation.name;
}

/**
 * The requirement a stamped scan of the form is uploaded for: the report's attachment standing for this form, else
 * any of the policy's attachments standing for it (a requirement of another track is still the form's), else the
 * api's own `form:<id>` for a form no requirement stands for.
 */
export function signedCopyRequirementId(formId: string, report: DecisionReport | null, doc: PolicyDocument | undefined): string {
  const fromReport = report?.attachments.find((attachment) => attachment.form === formId);
  if (fromReport) return fromReport.id;
  const fromPolicy = doc?.stages.flatMap((stage) => stage.attachments).find((attachment) => attachment.form === formId);
  return fromPolicy ? fromPolicy.id : `form:${formId}`;
}

/** The change request a 附表3 is printed for, or undefined. */
export function findChange(changes: readonly ChangeView[] | undefined, changeId: string): ChangeView | undefined {
  return changes?.find((change) => change.id === changeId);
}

/** Values of a change's form; a change filed without one starts from what the change request says. */
export function changeFormValues(change: ChangeView, project: Pick<ProjectView, 'name'>): Record<string, unknown> {
  if (change.formValues) return change.formValues;
  return { projectName: project.name, ...(change.description ? { content: change.description } : {}) };
}

function topLevelFields(nodes: PrintNode[]): FieldNode[] {
  return nodes.flatMap((node) => (node.kind === 'field' ? [node] : node.kind === 'section' ? topLevelFields(node.children) : []));
}

/** Same-meaning fields under other names (附表2 单位名称 is 附表1 申请单位). */
const ALIASES: Record<string, string[]> = {
  unitName: ['applicant'],
  phone: ['officePhone', 'mobile'],
  summary: ['constructionContent'],
};

/**
 * A form filled in on the print page starts from what the project already says: its fields of the same name (or
 * meaning) on the application form, and the project's name.
 */
export function prefillFromProject(form: FormView, project: Pick<ProjectView, 'name' | 'formValues'>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of topLevelFields(printModel(form.schema))) {
    if (field.path.length !== 1 || field.options.length > 0) continue;
    const candidates = [field.key, ...(ALIASES[field.key] ?? [])].map((key) => project.formValues[key]);
    const value = candidates.find((candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '');
    if (value !== undefined) values[field.key] = value;
    else if (field.key === 'projectName' && project.name) values[field.key] = project.name;
  }
  return values;
}

/** localStorage key (draft-storage) of a form filled in on the print page. */
export function printDraftKey(projectId: string, formId: string): string {
  return `print.${projectId}.${formId}`;
}
