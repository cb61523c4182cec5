import type { ImportPolicyRequest, PolicyListItemView, PolicyVersionSummaryView, PolicyVersionView } from '@banfa/api-contract';
import { downloadFromApi } from '../../../api/file.download';
import { api } from '../../../api/http';
import type { DraftTransport } from './draft-session';
import { versionFileName } from './version-file.name';

const path = (id: string) => `/policy-versions/${encodeURIComponent(id)}`;

/** A save unanswered this long counts as a lost connection: the edits stay here and the save is retried. */
const SAVE_TIMEOUT_MS = 15_000;

export const studioTransport: DraftTransport = {
  load: (id) => api<PolicyVersionView>(path(id)),
  save: (id, body) => api<PolicyVersionView>(path(id), { method: 'PUT', body, timeoutMs: SAVE_TIMEOUT_MS }),
};

export const loadVersion = (id: string) => api<PolicyVersionView>(path(id));

export const listPolicies = () => api<PolicyListItemView[]>('/policies');

/** A new draft of the policy, starting as a copy of `basedOn`. */
export const createDraft = (basedOn: string) => api<PolicyVersionView>('/policy-versions', { method: 'POST', body: { basedOn } });

/**
 * A policies/ file (its YAML text) as a new draft; the api refuses a file that does not validate (422, every problem
 * with its line:col) or belongs to another jurisdiction (403), and then stores nothing.
 */
export const importVersion = (yaml: string, fileName: string) => api<PolicyVersionView>('/policy-versions/import', { method: 'POST', body: { yaml, fileName } satisfies ImportPolicyRequest });

/** Deletes a draft (the api refuses published versions and drafts projects refer to, 409). */
export const deleteDraft = (id: string) => api<void>(path(id), { method: 'DELETE' });

/** Downloads the version's YAML as the server holds it, named after the jurisdiction and the version's label. */
export const exportVersion = (version: Pick<PolicyVersionSummaryView, 'id' | 'label'>, jurisdictionCode: string) =>
  downloadFromApi(`${path(version.id)}/export`, { fileName: () => versionFileName(jurisdictionCode, version.label) });
