import type { DecisionReport } from '@banfa/policy-runtime';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { fenColumn, jsonColumn } from '../money-column.transformer';

/** A project is a draft until its department submits it; from then on its state is its events. */
export type ProjectState = 'draft' | 'submitted';

/**
 * A project under one policy version (the version in force when the draft was created, re-pinned to the version
 * in force at submission and never changed after), with its form values, facts and latest report.
 */
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

  /** GB/T 2260 province of the jurisdiction (observers' queries). */
  @Column({ name: 'province_code', type: 'varchar', length: 6, nullable: true })
  provinceCode!: string | null;

  @Column({ type: 'varchar', length: 16 })
  state!: ProjectState;

  @VersionColumn({ name: 'lock_version', type: 'integer' })
  lockVersion!: number;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  /** 项目总投资 in 分, as a decimal string (see fenColumn). */
  @Column({ name: 'total_investment_fen', type: 'bigint', nullable: true, transformer: fenColumn })
  totalInvestmentFen!: string | null;

  @Column({ name: 'form_values', type: 'text', transformer: jsonColumn })
  formValues!: Record<string, unknown>;

  /** Facts as JSON; money and integers as decimal strings of their bigint values. */
  /** Answers to the questions the policy asks beyond its forms (规则所需信息). */
  @Column({ name: 'fact_answers', type: 'text', nullable: true, transformer: jsonColumn })
  factAnswers!: Record<string, unknown> | null;

  @Column({ type: 'text', transformer: jsonColumn })
  facts!: Record<string, string | boolean>;

  @Column({ name: 'track_id', type: 'varchar', length: 64, nullable: true })
  trackId!: string | null;

  /** The latest decision report (null while a draft); every report is also kept in decision_reports. */
  @Column({ type: 'text', nullable: true, transformer: jsonColumn })
  report!: DecisionReport | null;

  /** The content hash of the policy version the report was computed with. */
  @Column({ name: 'report_policy_hash', type: 'varchar', length: 64, nullable: true })
  reportPolicyHash!: string | null;

  @Column({ name: 'submitted_on', type: 'varchar', length: 10, nullable: true })
  submittedOn!: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 64, nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 32, nullable: true })
  updatedAt!: string | null;
}
