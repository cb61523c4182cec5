import type { PolicyVersionState } from '@banfa/api-contract';
import { subject, type AppAbility } from '@banfa/permissions';

/**
 * Whether the signed-in user may `action` a version of `jurisdictionCode`'s policy in `state`, by the CASL rules the
 * api enforces (the api decides; this only says what to offer). No ability (signed out): nothing.
 */
export function canOnVersion(ability: AppAbility | null, action: 'create' | 'update', version: { jurisdictionCode: string; state: PolicyVersionState }): boolean {
  return ability?.can(action, subject('PolicyVersion', { jurisdictionCode: version.jurisdictionCode, state: version.state })) ?? false;
}
