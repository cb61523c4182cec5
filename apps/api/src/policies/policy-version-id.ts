import { randomUUID } from 'node:crypto';
import { Like, type EntityManager } from 'typeorm';
import { AuditEntryEntity, PolicyVersionEntity } from '../database/entities';

const MAX_ID_LENGTH = 64;

/**
 * The id of a new version of a policy: `<policy-id>:v<n>`, n one more than any number this policy has used,
 * counting deleted drafts too (from the audit log), so an id is never given to two different versions.
 * Stable (projects pin versions by id) and readable; ids do not say draft/published, since a version keeps its id
 * when it is published. A policy id too long for the column falls back to a UUID.
 */
export async function nextVersionId(manager: EntityManager, policyId: string): Promise<string> {
  const prefix = `${policyId}:v`;
  if (`${prefix}${Number.MAX_SAFE_INTEGER}`.length > MAX_ID_LENGTH) return randomUUID();
  const pattern = Like(`${prefix}%`);
  const [versions, audited] = await Promise.all([
    manager.find(PolicyVersionEntity, { select: { id: true }, where: { policyId, id: pattern } }),
    manager.find(AuditEntryEntity, { select: { subjectId: true }, where: { subjectType: 'PolicyVersion', subjectId: pattern } }),
  ]);
  const count = await manager.countBy(PolicyVersionEntity, { policyId });
  const used = [...versions.map((version) => version.id), ...audited.map((entry) => entry.subjectId)]
    .map((id) => /^v(\d+)$/.exec(id.slice(policyId.length + 1))?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return `${prefix}${Math.max(count, ...used) + 1}`;
}
