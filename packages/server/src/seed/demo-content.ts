import type { EntityManager } from 'typeorm';
import { displayName } from '@foyer/shared';
import { ProfessionalEntity } from '../modules/professional/professional.entity';
import { ArticleEntity } from '../modules/knowledge-base/article.entity';
import { ArticleIndexer } from '../modules/knowledge-base/article-indexer';
import { insertArticle } from '../modules/knowledge-base/import/article-writer';
import { SearchDocuments } from '../platform/db/search/search-documents';
import { DEMO_ARTICLES } from './demo-articles.data';
import { insertMissingDemoLicenses } from './demo-licenses';

const DAY_MS = 86_400_000;
/** The demo articles are written by the vendor's demo administrator, when she is still there. */
const AUTHOR_EMAIL = 'vera@northwind.example';

export interface DemoContentOutcome {
  articles: number;
  licenses: number;
}

/**
 * The demo customers' licences and the demo knowledge base, in the caller's transaction. Runs on
 * a database whose demo world was seeded now or by an earlier version: whatever is already there
 * (an organization's licence for the product, an article with the slug) is left as it is, and a
 * demo organization that was deleted gets no licence.
 */
export async function seedDemoContent(
  manager: EntityManager,
  now: Date,
): Promise<DemoContentOutcome> {
  const outcome: DemoContentOutcome = { articles: 0, licenses: 0 };

  outcome.licenses = await insertMissingDemoLicenses(manager, now);

  const author = await manager.findOne(ProfessionalEntity, {
    where: { email: AUTHOR_EMAIL },
    select: { id: true, firstName: true, lastName: true },
  });
  const indexer = new ArticleIndexer(new SearchDocuments());
  for (const demo of DEMO_ARTICLES) {
    if (await manager.existsBy(ArticleEntity, { slug: demo.slug })) continue;
    const at = new Date(now.getTime() - demo.daysAgo * DAY_MS);
    await insertArticle(
      manager,
      indexer,
      {
        slug: demo.slug,
        title: demo.title,
        summary: demo.summary,
        bodyMarkdown: `${demo.body.trim()}\n`,
        product: demo.product,
        version: demo.version,
        category: demo.category,
        tags: demo.tags,
        visibility: demo.visibility,
      },
      {
        at,
        professionalId: author?.id ?? null,
        label: author ? displayName(author) : 'Northwind Software',
      },
      demo.published ? at : null,
    );
    outcome.articles += 1;
  }
  return outcome;
}
