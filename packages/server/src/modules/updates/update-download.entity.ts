import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Someone downloaded a file of an update. One row per download, not per HTTP request: the
 * continuation of a download (a Range request past the first byte) adds nothing. The file's
 * name is kept so the record still reads right after the file is removed from the update.
 */
@Entity('update_download')
export class UpdateDownloadEntity {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'update_id', length: 36 })
  updateId: string;

  @Column('varchar', { name: 'update_file_id', length: 36, nullable: true })
  updateFileId: string | null;

  @Column('varchar', { name: 'stored_file_id', length: 36, nullable: true })
  storedFileId: string | null;

  @Column('varchar', { name: 'file_name', length: 200 })
  fileName: string;

  @Column('varchar', { name: 'professional_id', length: 36, nullable: true })
  professionalId: string | null;

  @Column('varchar', { name: 'organization_id', length: 36, nullable: true })
  organizationId: string | null;

  @Column({ name: 'downloaded_at', type: Date })
  downloadedAt: Date;
}
