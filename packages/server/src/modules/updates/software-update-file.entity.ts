import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A file offered with an update ("Linux x64"), pointing at an uploaded stored_file. */
@Entity('software_update_file')
export class SoftwareUpdateFileEntity {
  /** Random, so a download address cannot be guessed from another. */
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { name: 'update_id', length: 36 })
  updateId: string;

  @Column('varchar', { name: 'stored_file_id', length: 36 })
  storedFileId: string;

  @Column('varchar', { length: 80 })
  label: string;

  /** Order on the page, 1 first. */
  @Column('integer')
  position: number;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;
}
