import type { DecisionReport } from '@banfa/policy-runtime';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { jsonColumn } from '../money-column.transformer';

/** Every decision report the runtime computed for a project, with the policy version and hash it used. */
@Entity('decision_reports')
export class DecisionReportEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  @Column({ name: 'policy_version_id', type: 'varchar', length: 64 })
  policyVersionId!: string;

  @Column({ name: 'policy_hash', type: 'varchar', length: 64 })
  policyHash!: string;

  /** The as-of date the report was computed for (YYYY-MM-DD, China time). */
  @Column({ name: 'as_of', type: 'varchar', length: 10 })
  asOf!: string;

  /** The event whose recording caused this report, if any. */
  @Column({ name: 'event_id', type: 'varchar', length: 36, nullable: true })
  eventId!: string | null;

  @Column({ type: 'text', transformer: jsonColumn })
  report!: DecisionReport;

  @Column({ name: 'computed_at', type: 'varchar', length: 32 })
  computedAt!: string;
}
