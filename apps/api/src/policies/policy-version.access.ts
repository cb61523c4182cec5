import { defineAbilityFor, subject, type Action, type Actor } from '@banfa/permissions';
import type { PolicyVersionEntity } from '../database/entities';
import { AppError } from '../errors/app-error';

type VersionScope = Pick<PolicyVersionEntity, 'jurisdictionCode' | 'provinceCode' | 'state'>;

/** The GB/T 2260 province of a jurisdiction code: its first two digits followed by 0000. */
export function provinceOf(jurisdictionCode: string): string {
  return `${jurisdictionCode.slice(0, 2)}0000`;
}

/** Whether the actor may do `action` on this version row (the one CASL definition, checked per row). */
export function canOnVersion(actor: Actor, action: Action, row: VersionScope): boolean {
  const { jurisdictionCode, provinceCode, state } = row;
  return defineAbilityFor(actor).can(action, subject('PolicyVersion', { jurisdictionCode, provinceCode, state }));
}

/**
 * Whether a string can be a version id at all (≤ 64 characters, no control characters). Anything else is simply
 * not found, without asking the database (PostgreSQL refuses a NUL byte in a query with an error, not a miss).
 */
export function isVersionId(id: unknown): id is string {
  // eslint-disable-next-line no-control-regex
  return typeof id === 'string' && id.length > 0 && id.length <= 64 && !/[\u0000-\u001f\u007f]/.test(id);
}

/** 404 for a version the actor may not read: its existence is not revealed. */
export function versionNotFound(id: string): AppError {
  // eslint-disable-next-line no-control-regex
  const shown = isVersionId(id) ? id : `${String(id).replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 64)}…`;
  return new AppError('not-found', `政策版本“${shown}”不存在或无权查看；请从政策列表中选择版本`);
}

/** Refuses (403) a write on a version the actor can read but not change. */
export function assertCanOnVersion(actor: Actor, action: Action, row: VersionScope, what: string): void {
  if (canOnVersion(actor, action, row)) return;
  throw new AppError(
    'forbidden',
    `无权${what}：该政策属于行政区划 ${row.jurisdictionCode}，只有该行政区划的政策管理员或平台管理员可以操作`,
  );
}
