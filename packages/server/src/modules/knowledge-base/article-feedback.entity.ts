import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One professional's verdict on one article; they may change their mind. */
@Entity('article_feedback')
export class ArticleFeedbackEntity {
  @PrimaryColumn('varchar', { name: 'article_id', length: 36 })
  articleId: string;

  @PrimaryColumn('varchar', { name: 'professional_id', length: 36 })
  professionalId: string;

  @Column('boolean')
  helpful: boolean;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;
}
