import type { AppRule, Actor } from '@banfa/permissions';
import type { FormPrint, PolicyStatus } from '@banfa/policy-model';
import type { DecisionReport } from '@banfa/policy-runtime';

/**
 * The shapes the api sends and receives, shared by apps/api and apps/web (which never import each other).
 * Money travels as decimal strings with their unit; never as a float.
 */
export interface SessionResponse {
  token: string;
  user: { id: string; username: string; displayName: string; role: string; roleLabel: string; organisationName: string | null };
  actor: Actor;
  rules: AppRule[];
}

export interface ErrorResponse {
  code: string;
  message: string;
  details: Array<{ field?: string; message: string }>;
}

export interface FormView {
  id: string;
  title: string;
  citeText: string;
  schema: Record<string, unknown>;
  /** The form's paper layout, as its policy document gives it; absent: the default layout. */
  print?: FormPrint;
}

/** The policy version a department submits under, with the form to fill and the rule facts to answer. */
export interface SubmissionPolicyView {
  versionId: string;
  policyId: string;
  title: string;
  versionLabel: string;
  status: PolicyStatus;
  statusLabel: string;
  jurisdiction: { code: string; name: string };
  applicationForm: FormView;
  /** Formily schema of the facts the rules read that no form asks for ("规则所需信息"). */
  factQuestions: Record<string, unknown>;
}

export interface ProjectView {
  id: string;
  name: string;
  /** draft: saved, not yet submitted (no report); submitted: pinned to its policy version for good. */
  state: 'draft' | 'submitted';
  /** Optimistic locking: send it back when saving or submitting a draft. */
  lockVersion: number;
  organisation: { id: string; name: string };
  jurisdictionCode: string;
  /** Answers to the rule questions (规则所需信息). */
  factAnswers: Record<string, unknown>;
  createdAt: string;
  updatedAt: string | null;
  /** 项目总投资 in 万元, exact decimal string. */
  totalInvestment: string | null;
  /** 项目总投资 in 分, exact decimal string. */
  totalInvestmentFen: string | null;
  formValues: Record<string, unknown>;
  policy: { versionId: string; title: string; versionLabel: string; contentHash: string };
  submittedOn: string | null;
  /** null while the project is a draft. */
  report: DecisionReport | null;
  /**
   * A draft (when read on its own or saved): the procedure as it would be if submitted today with what is filled in
   * so far — the steps, bodies and attachments that apply, 'unknown' where a fact is still missing. null otherwise.
   */
  preview: DecisionReport | null;
}
