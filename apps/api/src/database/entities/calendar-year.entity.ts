import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A year whose official holiday arrangement was entered by hand (beyond or correcting the chinese-days package). */
@Entity('calendar_years')
export class CalendarYearEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  /** true: the State Council's arrangement for this year is complete here, so its deadlines are not provisional. */
  @Column({ type: 'boolean' })
  published!: boolean;

  @Column({ type: 'varchar', length: 300, nullable: true })
  note!: string | null;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: true })
  updatedBy!: string | null;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt!: string;
}
