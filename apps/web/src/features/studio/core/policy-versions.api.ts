import type { PolicyListItemView, PolicyVersionView } from '@banfa/api-contract';
import { api } from '../../../api/http';
import type { DraftTransport } from './draft-session';

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
