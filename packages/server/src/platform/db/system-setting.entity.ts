import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Facts about this installation, such as whether the demo world has been seeded. */
@Entity('system_setting')
export class SystemSettingEntity {
  @PrimaryColumn('varchar', { length: 64 })
  key: string;

  @Column('text')
  value: string;
}
