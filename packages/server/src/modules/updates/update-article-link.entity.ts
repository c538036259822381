import { Column, Entity, PrimaryColumn } from 'typeorm';

/** "Fixed in": the update or hotfix that fixes the problem an article describes. */
@Entity('update_article_link')
export class UpdateArticleLinkEntity {
  @PrimaryColumn('varchar', { name: 'update_id', length: 36 })
  updateId: string;

  @PrimaryColumn('varchar', { name: 'article_id', length: 36 })
  articleId: string;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;
}
