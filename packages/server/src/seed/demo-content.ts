import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { displayName, isoDay } from '@foyer/shared';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { ProfessionalEntity } from '../modules/professional/professional.entity';
import { LicenseEntity } from '../modules/licensing/license.entity';
import { ArticleEntity } from '../modules/knowledge-base/article.entity';
import { ArticleIndexer } from '../modules/knowledge-base/article-indexer';
import { insertArticle } from '../modules/knowledge-base/import/article-writer';
import { SearchDocuments } from '../platform/db/search/search-documents';
import { DEMO_LICENSES, DEMO_ORGANIZATIONS } from './demo-world.data';
import { DEMO_ARTICLES } from './demo-articles.data';

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
export async function seedDemoContent(manager: EntityManager, now: Date): Promise<DemoContentOutcome> {
  const outcome: DemoContentOutcome = { articles: 0, licenses: 0 };
  const day = (offset: number) => isoDay(new Date(now.getTime() + offset * DAY_MS));

  for (const license of DEMO_LICENSES) {
    const accountNumber = DEMO_ORGANIZATIONS.find((o) => o.key === license.organizationKey)?.accountNumber;
    const organization = accountNumber ? await manager.findOneBy(OrganizationEntity, { accountNumber }) : null;
    if (!organization) continue;
    if (await manager.existsBy(LicenseEntity, { organizationId: organization.id, product: license.product })) continue;
    await manager.insert(LicenseEntity, {
      id: randomUUID(),
      organizationId: organization.id,
      product: license.product,
      edition: license.edition,
      seats: license.seats,
      servicePlan: license.servicePlan,
      startsOn: day(license.startsInDays),
      endsOn: day(license.endsInDays),
      registrationKey: license.registrationKey,
      createdAt: now,
      updatedAt: now,
    });
    outcome.licenses += 1;
  }

  const author = await manager.findOne(ProfessionalEntity, { where: { email: AUTHOR_EMAIL }, select: { id: true, firstName: true, lastName: true } });
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
      { at, professionalId: author?.id ?? null, label: author ? displayName(author) : 'Northwind Software' },
      demo.published ? at : null,
    );
    outcome.articles += 1;
  }
  return outcome;
}
