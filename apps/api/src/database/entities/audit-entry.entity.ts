import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One write, appended to a chain: entry_hash = SM3(prev_hash + the entry's canonical fields), so changing,
 * removing or reordering any entry breaks every hash after it. Database triggers refuse UPDATE and DELETE.
 */
@Entity('audit_log')
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  /** ISO instant of the write. */
  @Column({ type: 'varchar', length: 32 })
  at!: string;

  @Column({ name: 'actor_id', type: 'varchar', length: 64, nullable: true })
  actorId!: string | null;

  /** What was done, e.g. policy-version.publish, project.submit, step.return. */
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 40 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 100 })
  subjectId!: string;

  /** Hash of the subject's state before and after the write (null when it did not exist / no longer exists). */
  @Column({ name: 'hash_before', type: 'varchar', length: 64, nullable: true })
  hashBefore!: string | null;

  @Column({ name: 'hash_after', type: 'varchar', length: 64, nullable: true })
  hashAfter!: string | null;

  /** Canonical JSON of a short description of the write (no secrets, no file contents). */
  @Column({ type: 'text' })
  detail!: string;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash!: string;

  @Column({ name: 'entry_hash', type: 'varchar', length: 64 })
  entryHash!: string;
}
