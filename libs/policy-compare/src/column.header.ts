import { POLICY_STATUS_LABEL, type PolicyDocument } from '@banfa/policy-model';
import type { ColumnHeader, PolicyColumn } from './column.types';

/** A document alone is a column too. */
export function toColumn(input: PolicyColumn | PolicyDocument): PolicyColumn {
  return 'document' in input ? input : { document: input };
}

/**
 * The headers of the columns, with each status as it reads on `at`: a trial whose period has ended is 试行（已过期）,
 * a version whose period has not begun says so. Without `at`, the status as the document states it.
 */
export function columnHeaders(columns: ReadonlyArray<PolicyColumn>, at?: string): ColumnHeader[] {
  const seen = new Map<string, number>();
  return columns.map(({ document: doc, draft }) => {
    const occurrence = (seen.get(doc.id) ?? 0) + 1;
    seen.set(doc.id, occurrence);
    const statusText = statusOn(doc, at, draft === true);
    const { code, name } = doc.jurisdiction;
    return {
      key: occurrence === 1 ? doc.id : `${doc.id}#${occurrence}`,
      policyId: doc.id,
      jurisdiction: { code, name },
      title: doc.title,
      versionLabel: doc.versionLabel,
      status: doc.status,
      statusText,
      effective: { ...(doc.effective.from ? { from: doc.effective.from } : {}), ...(doc.effective.to ? { to: doc.effective.to } : {}) },
      header: `${name}（${code}）${doc.versionLabel}〔${statusText}〕`,
    };
  });
}

function statusOn(doc: PolicyDocument, at: string | undefined, draft: boolean): string {
  const label = POLICY_STATUS_LABEL[doc.status];
  const { from, to } = doc.effective;
  const when = at === undefined || doc.status === 'expired' || doc.status === 'repealed' ? '' : to && at > to ? '已过期' : from && at < from ? '尚未施行' : '';
  const parts = [draft ? '草稿' : '', when].filter(Boolean).join('，');
  return parts ? `${label}（${parts}）` : label;
}
