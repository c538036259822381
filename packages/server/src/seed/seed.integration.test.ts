import { openDatabase } from '../platform/db/database';
import { createServices } from '../services';
import { createTestDatabase } from '../test/test-database';
import { TEST_SETTINGS } from '../test/test-settings';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { ProfessionalEntity } from '../modules/professional/professional.entity';
import { AccountEntity } from '../modules/auth/account.entity';
import { loadMembers } from '../modules/professional/organization-members';
import { findInvariantViolations } from '@foyer/shared';
import type { Actor } from '@foyer/shared';
import type { Database } from '../platform/db/database';
import { SystemSettingEntity } from '../platform/db/system-setting.entity';
import { SearchDocumentEntity } from '../platform/db/search/search-document.entity';
import { ArticleEntity } from '../modules/knowledge-base/article.entity';
import { ArticleTagEntity } from '../modules/knowledge-base/article-tag.entity';
import { ArticleVersionEntity } from '../modules/knowledge-base/article-version.entity';
import { LicenseEntity } from '../modules/licensing/license.entity';
import { seedOnStart } from './seed';
import { DEMO_LICENSES, DEMO_SIGN_INS } from './demo-world.data';
import { DEMO_ARTICLES } from './demo-articles.data';

const config = TEST_SETTINGS;

describe('seeding on start', () => {
  it('seeds the demo world once, with every role and status, and a restart duplicates nothing', async () => {
    const database = await createTestDatabase();
    try {
      const first = await openDatabase(database.url);
      const services = createServices(first, config);
      const outcome = await seedOnStart(services, {
        demo: { enabled: true, password: 'demo-pass-1' },
        firstAdmin: null,
      });
      expect(outcome.demoSeededNow).toBe(true);
      const organizations = await first.manager.find(OrganizationEntity);
      expect(organizations.map((o) => o.kind).sort()).toEqual([
        'CUSTOMER',
        'CUSTOMER',
        'PARTNER',
        'VENDOR',
      ]);
      const people = await first.manager.find(ProfessionalEntity);
      expect(people.length).toBeGreaterThanOrEqual(12);
      expect(new Set(people.map((p) => p.status))).toEqual(
        new Set(['ACTIVE', 'INVITED', 'DISABLED']),
      );
      for (const organization of organizations) {
        expect(findInvariantViolations(await loadMembers(first.manager, organization.id))).toEqual(
          [],
        );
      }
      // The vendor's account manager looks after the partner and both customers.
      const omar = people.find((p) => p.email === 'omar@northwind.example');
      expect(
        organizations
          .filter((o) => o.accountManagerId === omar?.id)
          .map((o) => o.name)
          .sort(),
      ).toEqual(['Acme Logistics', 'Bluefin Systems Integration', 'Globex Health']);
      for (const { email } of DEMO_SIGN_INS) {
        await expect(services.signIn.signIn(email, 'demo-pass-1')).resolves.toMatchObject({
          professional: { status: 'ACTIVE' },
        });
      }
      await first.close();

      const second = await openDatabase(database.url);
      const again = await seedOnStart(createServices(second, config), {
        demo: { enabled: true, password: 'demo-pass-1' },
        firstAdmin: null,
      });
      expect(again).toMatchObject({ demoSeededNow: false, demoPresent: true });
      expect(await second.manager.count(OrganizationEntity)).toBe(4);
      expect(await second.manager.count(ProfessionalEntity)).toBe(people.length);
      await second.close();
    } finally {
      await database.drop();
    }
  });

  it('without the demo world, creates the first vendor administrator from the settings once', async () => {
    const database = await createTestDatabase();
    const db = await openDatabase(database.url);
    try {
      const services = createServices(db, config);
      const settings = {
        demo: { enabled: false, password: 'unused' },
        firstAdmin: { email: 'Root@Vendor.test', password: 'a long admin password' },
      };
      expect(await seedOnStart(services, settings)).toEqual({
        demoSeededNow: false,
        demoPresent: false,
        demoContentSeededNow: false,
        demoTrainingSeededNow: false,
        firstAdminCreated: true,
      });
      expect(await db.manager.count(ArticleEntity)).toBe(0);
      expect(await seedOnStart(services, settings)).toMatchObject({ firstAdminCreated: false });
      expect(await db.manager.count(AccountEntity)).toBe(1);
      const vendor = await db.manager.findOneByOrFail(OrganizationEntity, { kind: 'VENDOR' });
      expect(findInvariantViolations(await loadMembers(db.manager, vendor.id))).toEqual([]);
      const { professional } = await services.signIn.signIn(
        'root@vendor.test',
        'a long admin password',
      );
      expect(professional.organizationId).toBe(vendor.id);
    } finally {
      await db.close();
      await database.drop();
    }
  });

  it("seeds the demo licences and knowledge base once, searchable within each reader's entitlements, also into a demo database seeded before them", async () => {
    const database = await createTestDatabase();
    const db = await openDatabase(database.url);
    try {
      const services = createServices(db, config);
      const settings = { demo: { enabled: true, password: 'demo-pass-1' }, firstAdmin: null };
      expect(await seedOnStart(services, settings)).toMatchObject({
        demoSeededNow: true,
        demoContentSeededNow: true,
      });
      expect(DEMO_ARTICLES.length).toBeGreaterThanOrEqual(55);
      expect(await db.manager.count(ArticleEntity)).toBe(DEMO_ARTICLES.length);
      expect(await db.manager.count(ArticleVersionEntity)).toBe(DEMO_ARTICLES.length);
      expect(await db.manager.count(SearchDocumentEntity, { where: { kind: 'ARTICLE' } })).toBe(
        DEMO_ARTICLES.length,
      );
      expect(await db.manager.count(LicenseEntity)).toBe(DEMO_LICENSES.length);
      const facts = new Set(DEMO_ARTICLES.flatMap((a) => [a.product, a.version, a.visibility]));
      for (const expected of [
        'ledger',
        'dispatch',
        'insight',
        null,
        '4.2',
        '5.0',
        '2.9',
        '3.0',
        '1.6',
        '1.7',
        'ALL_CUSTOMERS',
        'ENTITLED_PRODUCT',
        'ACTIVE_SERVICE_PLAN',
        'VENDOR_ONLY',
      ]) {
        expect(facts).toContain(expected);
      }

      const [vera, ana, hiro, lars] = await Promise.all(
        [
          'vera@northwind.example',
          'ana@acme.example',
          'hiro@globex.example',
          'lars@bluefin.example',
        ].map((email) => actorFor(db, email)),
      );
      const found = async (reader: Actor, query: string) =>
        (await services.contentSearch.search(reader, { query, first: 50 })).nodes.map(
          (hit) => hit.slug,
        );

      // Everyone finds the public articles; a title match comes first.
      expect((await found(lars, 'geofences'))[0]).toBe(
        'configuring-geofences-and-delivery-windows',
      );
      expect(await found(ana, 'upgrading ledger')).toContain('upgrading-ledger-from-4-2-to-5-0');
      const versioned = await services.contentSearch.search(hiro, {
        query: 'known issues',
        product: 'insight',
        version: '1.6',
      });
      expect(versioned.nodes.map((hit) => hit.slug)).toEqual(['insight-1-6-known-issues']);

      // Who finds what: Acme holds Ledger (active plan) and Dispatch (plan ended), Globex holds
      // Insight (active plan), the partner holds nothing; drafts are for the vendor.
      const readers = { vera, ana, hiro, lars };
      const expectations: Array<
        [query: string, slug: string, whoFinds: Array<keyof typeof readers>]
      > = [
        ['migration checklist', 'ledger-5-0-database-migration-checklist', ['vera', 'ana']],
        ['rotating encryption key', 'rotating-the-ledger-database-encryption-key', ['vera', 'ana']],
        [
          'telematics gateway securing',
          'securing-the-dispatch-telematics-gateway',
          ['vera', 'ana'],
        ],
        ['optimiser 2,000 orders', 'route-optimizer-times-out-on-large-plans', ['vera']],
        ['query cache tuning', 'insight-query-cache-tuning', ['vera', 'hiro']],
        ['row-level security', 'row-level-security-for-dashboards', ['vera', 'hiro']],
        ['diagnostic bundle', 'collecting-a-diagnostic-bundle', ['vera', 'ana', 'hiro']],
        ['preview test plan', 'ledger-5-1-preview-internal-test-plan', ['vera']],
        ['escalation runbook', 'dispatch-escalation-runbook', ['vera']],
      ];
      for (const [query, slug, whoFinds] of expectations) {
        for (const [name, reader] of Object.entries(readers)) {
          const finds = (await found(reader, query)).includes(slug);
          expect({ query, name, finds }).toEqual({
            query,
            name,
            finds: (whoFinds as string[]).includes(name),
          });
        }
      }

      // A demo database seeded before the knowledge base existed gets it on its next start.
      await db.write([], async (manager) => {
        for (const entity of [
          ArticleVersionEntity,
          ArticleTagEntity,
          SearchDocumentEntity,
          ArticleEntity,
          LicenseEntity,
        ]) {
          await manager.createQueryBuilder().delete().from(entity).execute();
        }
        await manager.delete(SystemSettingEntity, { key: 'demo_content_seeded_at' });
      });
      expect(await seedOnStart(services, settings)).toMatchObject({
        demoSeededNow: false,
        demoPresent: true,
        demoContentSeededNow: true,
      });
      expect(await db.manager.count(ArticleEntity)).toBe(DEMO_ARTICLES.length);
      expect(await db.manager.count(LicenseEntity)).toBe(DEMO_LICENSES.length);
      expect(await db.manager.count(OrganizationEntity)).toBe(4);
      expect(await found(ana, 'migration checklist')).toContain(
        'ledger-5-0-database-migration-checklist',
      );

      // And only once.
      expect(await seedOnStart(services, settings)).toMatchObject({ demoContentSeededNow: false });
      expect(await db.manager.count(ArticleEntity)).toBe(DEMO_ARTICLES.length);
    } finally {
      await db.close();
      await database.drop();
    }
  });
});

async function actorFor(db: Database, email: string): Promise<Actor> {
  const person = await db.manager.findOneByOrFail(ProfessionalEntity, { email });
  const organization = await db.manager.findOneByOrFail(OrganizationEntity, {
    id: person.organizationId,
  });
  return {
    professionalId: person.id,
    organizationId: organization.id,
    organizationKind: organization.kind,
    status: person.status,
    roles: [],
    servedCustomerIds: [],
  };
}
