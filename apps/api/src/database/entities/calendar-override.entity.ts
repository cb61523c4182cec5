import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One day whose working status differs from the package's: a holiday (放假) or an adjusted workday (调休上班). */
@Entity('calendar_overrides')
export class CalendarOverrideEntity {
  /** YYYY-MM-DD */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'boolean' })
  working!: boolean;

  @Column({ type: 'varchar', length: 300, nullable: true })
  note!: string | null;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: true })
  updatedBy!: string | null;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt!: string;
}
