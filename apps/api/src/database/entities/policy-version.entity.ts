import type { PolicyVersionState } from '@banfa/api-contract';
import type { PolicyDocument } from '@banfa/policy-model';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { jsonColumn } from '../money-column.transformer';

/** Where a version is in its life: a draft is edited; a published version never changes again. */
export type { PolicyVersionState };

/**
 * A version of a policy: the whole document as data (its forms included, so they are versioned and hashed with
 * it), with the hash of its content. Published versions are guarded by database triggers as well as the service.
 */
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

  @Column({ type: 'varchar', length: 16 })
  state!: PolicyVersionState;

  /** Optimistic locking: a save with a stale version is refused (409), so two editors never overwrite each other. */
  @VersionColumn({ name: 'lock_version', type: 'integer' })
  lockVersion!: number;

  /** The version a draft was copied from. */
  @Column({ name: 'based_on_id', type: 'varchar', length: 64, nullable: true })
  basedOnId!: string | null;

  /** GB/T 2260 province of the jurisdiction (observers' queries). */
  @Column({ name: 'province_code', type: 'varchar', length: 6, nullable: true })
  provinceCode!: string | null;

  @Column({ name: 'published_at', type: 'varchar', length: 32, nullable: true })
  publishedAt!: string | null;

  @Column({ name: 'published_by', type: 'varchar', length: 64, nullable: true })
  publishedBy!: string | null;

  @Column({ name: 'updated_at', type: 'varchar', length: 32, nullable: true })
  updatedAt!: string | null;

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

  /**
   * The document's YAML text as its author wrote it (comments and layout kept); it always parses to `content`.
   * Null for a version stored without its text (before texts were kept): readers get the export of `content`.
   */
  @Column({ name: 'source_yaml', type: 'text', nullable: true })
  sourceYaml!: string | null;

  /** The version's scenario file (YAML, the format of policies/*.scenarios.yaml), or null when it has none. */
  @Column({ type: 'text', nullable: true })
  scenarios!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;
}
