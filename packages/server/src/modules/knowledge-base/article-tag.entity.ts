import { Entity, PrimaryColumn } from 'typeorm';

/** One tag of one article, indexed by tag so related articles are found without scanning. */
@Entity('article_tag')
export class ArticleTagEntity {
  @PrimaryColumn('varchar', { name: 'article_id', length: 36 })
  articleId: string;

  @PrimaryColumn('varchar', { length: 40 })
  tag: string;
}
