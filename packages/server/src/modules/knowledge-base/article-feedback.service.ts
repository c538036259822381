import type { Actor } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { requireActor } from '../organization/organization-access';
import type { ArticleService } from './article.service';
import type { ArticleEntity } from './article.entity';
import { ArticleFeedbackEntity } from './article-feedback.entity';

/** Readers say whether an article helped: one verdict per professional, which they may change. */
export class ArticleFeedbackService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly articles: ArticleService,
  ) {}

  /** NOT_FOUND for an article the reader may not open, as everywhere. */
  async rate(actor: Actor | null, articleId: string, helpful: boolean): Promise<ArticleEntity> {
    const reader = requireActor(actor);
    const article = await this.articles.get(reader, articleId);
    const now = this.clock.now();
    await this.db.write([], async (manager) => {
      // One statement (INSERT … ON CONFLICT DO UPDATE on both databases), so a double click cannot make two.
      await manager
        .createQueryBuilder()
        .insert()
        .into(ArticleFeedbackEntity)
        .values({
          articleId: article.id,
          professionalId: reader.professionalId,
          helpful,
          createdAt: now,
          updatedAt: now,
        })
        .orUpdate(['helpful', 'updated_at'], ['article_id', 'professional_id'])
        .execute();
    });
    return article;
  }
}
