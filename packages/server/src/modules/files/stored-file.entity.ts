import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Sizes up to 2^53 come back as numbers on both databases (PostgreSQL returns bigint as text). */
const bigintAsNumber = {
  to: (value: number) => value,
  from: (value: string | number) => Number(value),
};

/**
 * An uploaded file: what it is called and what it holds. The bytes are in FileStorage under
 * storageKey; modules (updates, training) point at a row here and decide who may read it.
 */
@Entity('stored_file')
export class StoredFileEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'storage_key', length: 80 })
  storageKey: string;

  /** The name the uploader gave, offered again on download. */
  @Column('varchar', { name: 'file_name', length: 200 })
  fileName: string;

  @Column('varchar', { name: 'content_type', length: 100 })
  contentType: string;

  @Column('bigint', { transformer: bigintAsNumber })
  size: number;

  /** Lower-case hex, computed while the upload was stored. */
  @Column('varchar', { length: 64 })
  sha256: string;

  @Column('varchar', { name: 'uploaded_by_professional_id', length: 36, nullable: true })
  uploadedByProfessionalId: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;
}
