import type { PolicyDocument } from '@banfa/policy-model';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { jsonColumn } from '../money-column.transformer';

/** A version of a policy: the whole document as data, with the hash of its content. */
@Entity('policy_versions')
export class PolicyVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'policy_id', type: 'varchar', length: 100 })
  policyId!: string;

  @Column({ name: 'jurisdiction_code', type: 'varchar', length: 6 })
  jurisdictionCode!: string;

  @Column({ name: 'version_label', type: 'varchar', length: 100 })
  versionLabel!: string;

  /** The regulation's own status (征求意见稿, 试行 …), from the document. */
  @Column({ type: 'varchar', length: 32 })
  status!: string;

  @Column({ name: 'effective_from', type: 'varchar', length: 10, nullable: true })
  effectiveFrom!: string | null;

  @Column({ name: 'effective_to', type: 'varchar', length: 10, nullable: true })
  effectiveTo!: string | null;

  @Column({ type: 'text', transformer: jsonColumn })
  content!: PolicyDocument;

  /** SHA-256 of the canonical JSON of `content`. */
  @Column({ name: 'content_hash', type: 'varchar', length: 64 })
  contentHash!: string;

  @Column({ name: 'source_file', type: 'varchar', length: 300, nullable: true })
  sourceFile!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;
}
