import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A jurisdiction of the GB/T 2260 tree: province → city → county. */
@Entity('jurisdictions')
export class JurisdictionEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  level!: 'province' | 'city' | 'county';

  @Column({ name: 'parent_code', type: 'varchar', length: 6, nullable: true })
  parentCode!: string | null;
}
