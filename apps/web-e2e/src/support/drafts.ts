import { expect, type APIRequestContext } from '@playwright/test';

/** The id of the policy version a studio editor page shows (/studio/versions/:id). */
export function versionIdOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
}

/**
 * Deletes a draft a test made, as its policy admin, so the policy's history is as the other tests expect it (a test
 * that publishes reads the newest rows).
 */
export async function deleteDraft(request: APIRequestContext, draftId: string, username = 'lp-policy'): Promise<void> {
  const signedIn = await request.post('/api/auth/login', { data: { username, password: 'banfa2025' } });
  expect(signedIn.status()).toBe(200);
  const token = ((await signedIn.json()) as { token: string }).token;
  const deleted = await request.delete(`/api/policy-versions/${encodeURIComponent(draftId)}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(deleted.ok()).toBe(true);
}
