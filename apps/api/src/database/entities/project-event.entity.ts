import { Column, Entity, PrimaryColumn } from 'typeorm';
import { jsonColumn } from '../money-column.transformer';

/** A dated event of a project. The project's state is derived from these, never stored by hand. */
@Entity('project_events')
export class ProjectEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  /** The day the event happened (YYYY-MM-DD, China time). */
  @Column({ name: 'occurred_on', type: 'varchar', length: 10 })
  occurredOn!: string;

  @Column({ type: 'text', transformer: jsonColumn })
  payload!: Record<string, unknown>;

  @Column({ name: 'actor_id', type: 'varchar', length: 64, nullable: true })
  actorId!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;
}
