import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One regulation of one jurisdiction; its content lives in versions. */
@Entity('policies')
export class PolicyEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  id!: string;

  @Column({ name: 'jurisdiction_code', type: 'varchar', length: 6 })
  jurisdictionCode!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;
}
