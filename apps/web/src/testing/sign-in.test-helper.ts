import type { SessionResponse } from '@banfa/api-contract';
import { defineAbilityFor, type Actor } from '@banfa/permissions';

/** Signs `actor` in as the login page would leave it (the session in localStorage, read by AuthProvider). */
export function signIn(actor: Actor, organisationName: string | null = null): void {
  const session: SessionResponse = {
    token: 't',
    user: { id: actor.id, username: actor.id, displayName: actor.id, role: actor.role, roleLabel: actor.role, organisationName },
    actor,
    rules: defineAbilityFor(actor).rules,
  };
  localStorage.setItem('banfa.session', JSON.stringify(session));
}
