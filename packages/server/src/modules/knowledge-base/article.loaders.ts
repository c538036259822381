import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { ArticleEntity } from './article.entity';
import { ArticleFeedbackEntity } from './article-feedback.entity';

export interface FeedbackCounts {
  helpful: number;
  notHelpful: number;
}

/** Per-request batching for article lists and search results. */
export function createArticleLoaders(manager: EntityManager) {
  const articleById = new DataLoader<string, ArticleEntity | null>(async (ids) => {
    const rows = await manager.findBy(ArticleEntity, { id: In([...ids]) });
    const byId = new Map(rows.map((a) => [a.id, a]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const feedbackCountsByArticleId = new DataLoader<string, FeedbackCounts>(async (ids) => {
    const rows: Array<{ articleId: string; helpful: boolean | number; count: string | number }> =
      await manager
        .createQueryBuilder(ArticleFeedbackEntity, 'f')
        .select('f.article_id', 'articleId')
        .addSelect('f.helpful', 'helpful')
        .addSelect('count(*)', 'count')
        .where('f.article_id IN (:...ids)', { ids: [...ids] })
        .groupBy('f.article_id')
        .addGroupBy('f.helpful')
        .getRawMany();
    const counts = new Map<string, FeedbackCounts>(
      ids.map((id) => [id, { helpful: 0, notHelpful: 0 }]),
    );
    for (const row of rows) {
      const entry = counts.get(row.articleId);
      if (!entry) continue;
      if (row.helpful === true || row.helpful === 1) entry.helpful = Number(row.count);
      else entry.notHelpful = Number(row.count);
    }
    return ids.map((id) => counts.get(id)!);
  });

  /** Keyed "professionalId articleId": what this reader said about each article, if anything. */
  const feedbackByReaderAndArticle = new DataLoader<string, boolean | null>(async (keys) => {
    const pairs = keys.map((key) => key.split(' ') as [string, string]);
    const professionalIds = [...new Set(pairs.map(([p]) => p))];
    const rows = await manager.findBy(ArticleFeedbackEntity, {
      professionalId: In(professionalIds),
      articleId: In([...new Set(pairs.map(([, a]) => a))]),
    });
    const byKey = new Map(
      rows.map((r) => [`${r.professionalId} ${r.articleId}`, Boolean(r.helpful)]),
    );
    return keys.map((key) => byKey.get(key) ?? null);
  });

  return { articleById, feedbackCountsByArticleId, feedbackByReaderAndArticle };
}

export type ArticleLoaders = ReturnType<typeof createArticleLoaders>;
