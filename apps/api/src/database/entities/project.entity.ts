import type { DecisionReport } from '@banfa/policy-runtime';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { fenColumn, jsonColumn } from '../money-column.transformer';

/** A project under one policy version (pinned at submission), with its form values, facts and latest report. */
@Entity('projects')
export class ProjectEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'policy_version_id', type: 'varchar', length: 64 })
  policyVersionId!: string;

  @Column({ name: 'organisation_id', type: 'varchar', length: 64 })
  organisationId!: string;

  @Column({ name: 'jurisdiction_code', type: 'varchar', length: 6 })
  jurisdictionCode!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  /** 项目总投资 in 分, as a decimal string (see fenColumn). */
  @Column({ name: 'total_investment_fen', type: 'bigint', nullable: true, transformer: fenColumn })
  totalInvestmentFen!: string | null;

  @Column({ name: 'form_values', type: 'text', transformer: jsonColumn })
  formValues!: Record<string, unknown>;

  /** Facts as JSON; money and integers as decimal strings of their bigint values. */
  @Column({ type: 'text', transformer: jsonColumn })
  facts!: Record<string, string | boolean>;

  @Column({ name: 'track_id', type: 'varchar', length: 64, nullable: true })
  trackId!: string | null;

  @Column({ type: 'text', transformer: jsonColumn })
  report!: DecisionReport;

  /** The content hash of the policy version the report was computed with. */
  @Column({ name: 'report_policy_hash', type: 'varchar', length: 64 })
  reportPolicyHash!: string;

  @Column({ name: 'submitted_on', type: 'varchar', length: 10, nullable: true })
  submittedOn!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;
}
