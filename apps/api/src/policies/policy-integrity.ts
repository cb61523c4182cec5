import type { PolicyVersionEntity } from '../database/entities';
import { AppError } from '../errors/app-error';
import { contentHash } from './policy-content.hash';

/**
 * Checks a stored version's content against its recorded hash, on every read: a version never changes silently
 * (the database's guards stop updates; this catches a row written around them, e.g. restored from a bad backup).
 */
export function assertIntact(version: PolicyVersionEntity): PolicyVersionEntity {
  if (contentHash(version.content) !== version.contentHash) {
    throw new AppError('conflict', `政策版本 ${version.id} 的内容与其记录的哈希不符，可能被篡改；请联系平台管理员核查，在此之前不能使用该版本`);
  }
  return version;
}
