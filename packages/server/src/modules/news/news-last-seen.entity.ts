import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When a professional last opened the news: what was published after it is "new" to them. */
@Entity('news_last_seen')
export class NewsLastSeenEntity {
  @PrimaryColumn('varchar', { name: 'professional_id', length: 36 })
  professionalId: string;

  @Column({ name: 'seen_at', type: Date })
  seenAt: Date;
}
