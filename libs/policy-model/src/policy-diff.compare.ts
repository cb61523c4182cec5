import type { PolicyDocument } from './policy-document.schema';
import { diffCatalogue, diffProvisions } from './policy-diff.catalogue';
import { ChangeCollector } from './policy-diff.collector';
import { diffForms } from './policy-diff.form';
import { diffMetadata, diffNotes } from './policy-diff.metadata';
import { diffProcess } from './policy-diff.process';
import { diffRules } from './policy-diff.rules';
import { DiffSide } from './policy-diff.side';
import { POLICY_CHANGE_KINDS, type PolicyChange, type PolicyDiff, type PolicyDiffSummary, type PolicyVersionInfo } from './policy-diff.types';

export {
  POLICY_CHANGE_KINDS,
  POLICY_CHANGE_KIND_LABEL,
  type PolicyChange,
  type PolicyChangeKind,
  type PolicyDiff,
  type PolicyDiffSummary,
  type PolicyElementKind,
  type PolicyVersionInfo,
} from './policy-diff.types';

/**
 * The semantic difference between two versions of a policy: what a reviewer must know changed, element by
 * element (matched by id, not position), each change with its article and one Chinese sentence.
 * Pure and deterministic; diffPolicies(b, a) is the mirror image of diffPolicies(a, b).
 */
export function diffPolicies(before: PolicyDocument, after: PolicyDocument): PolicyDiff {
  const collector = new ChangeCollector(new DiffSide(before), new DiffSide(after));
  diffMetadata(collector);
  diffCatalogue(collector);
  diffProcess(collector);
  diffRules(collector);
  diffProvisions(collector);
  diffForms(collector);
  diffNotes(collector);
  const { changes } = collector;
  return { before: versionInfo(before), after: versionInfo(after), identical: changes.length === 0, changes, summary: summarize(changes) };
}

function summarize(changes: ReadonlyArray<PolicyChange>): PolicyDiffSummary {
  const byKind: PolicyDiffSummary['byKind'] = {};
  for (const kind of POLICY_CHANGE_KINDS) {
    const count = changes.filter((change) => change.kind === kind).length;
    if (count > 0) byKind[kind] = count;
  }
  return { total: changes.length, editorial: byKind.text ?? 0, byKind };
}

function versionInfo(doc: PolicyDocument): PolicyVersionInfo {
  return {
    id: doc.id,
    jurisdiction: { code: doc.jurisdiction.code, name: doc.jurisdiction.name },
    title: doc.title,
    versionLabel: doc.versionLabel,
    status: doc.status,
  };
}
