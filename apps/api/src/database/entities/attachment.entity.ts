import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A file a department attached to a project for one of the policy's required attachments. */
@Entity('attachments')
export class AttachmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'project_id', type: 'varchar', length: 36 })
  projectId!: string;

  /** The id of the attachment requirement in the policy document (its declared type). */
  @Column({ name: 'requirement_id', type: 'varchar', length: 64 })
  requirementId!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ name: 'media_type', type: 'varchar', length: 100 })
  mediaType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  /** SHA-256 of the content, hex. */
  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  /** Where the content lives in the attachment store (a path under the data folder by default). */
  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey!: string;

  @Column({ name: 'uploaded_by', type: 'varchar', length: 64 })
  uploadedBy!: string;

  @Column({ name: 'uploaded_at', type: 'varchar', length: 32 })
  uploadedAt!: string;
}
