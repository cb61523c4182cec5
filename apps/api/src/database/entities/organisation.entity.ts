import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A department (项目建设单位) or a review body in a jurisdiction, mapped to the body catalogue. */
@Entity('organisations')
export class OrganisationEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ name: 'jurisdiction_code', type: 'varchar', length: 6 })
  jurisdictionCode!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: 'department' | 'review-body';

  @Column({ name: 'body_key', type: 'varchar', length: 64, nullable: true })
  bodyKey!: string | null;
}
