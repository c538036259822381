import { openDatabase } from '../platform/db/database';
import { createServices } from '../services';
import { createTestDatabase } from '../test/test-database';
import { TEST_SETTINGS } from '../test/test-settings';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { ProfessionalEntity } from '../modules/professional/professional.entity';
import { AccountEntity } from '../modules/auth/account.entity';
import { loadMembers } from '../modules/professional/organization-members';
import { findInvariantViolations } from '@foyer/shared';
import { seedOnStart } from './seed';
import { DEMO_SIGN_INS } from './demo-world.data';

const config = TEST_SETTINGS;

describe('seeding on start', () => {
  it('seeds the demo world once, with every role and status, and a restart duplicates nothing', async () => {
    const database = await createTestDatabase();
    try {
      const first = await openDatabase(database.url);
      const services = createServices(first, config);
      const outcome = await seedOnStart(services, { demo: { enabled: true, password: 'demo-pass-1' }, firstAdmin: null });
      expect(outcome.demoSeededNow).toBe(true);
      const organizations = await first.manager.find(OrganizationEntity);
      expect(organizations.map((o) => o.kind).sort()).toEqual(['CUSTOMER', 'CUSTOMER', 'PARTNER', 'VENDOR']);
      const people = await first.manager.find(ProfessionalEntity);
      expect(people.length).toBeGreaterThanOrEqual(12);
      expect(new Set(people.map((p) => p.status))).toEqual(new Set(['ACTIVE', 'INVITED', 'DISABLED']));
      for (const organization of organizations) {
        expect(findInvariantViolations(await loadMembers(first.manager, organization.id))).toEqual([]);
      }
      for (const { email } of DEMO_SIGN_INS) {
        await expect(services.signIn.signIn(email, 'demo-pass-1')).resolves.toMatchObject({ professional: { status: 'ACTIVE' } });
      }
      await first.close();

      const second = await openDatabase(database.url);
      const again = await seedOnStart(createServices(second, config), { demo: { enabled: true, password: 'demo-pass-1' }, firstAdmin: null });
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
      const settings = { demo: { enabled: false, password: 'unused' }, firstAdmin: { email: 'Root@Vendor.test', password: 'a long admin password' } };
      expect(await seedOnStart(services, settings)).toEqual({ demoSeededNow: false, demoPresent: false, firstAdminCreated: true });
      expect(await seedOnStart(services, settings)).toMatchObject({ firstAdminCreated: false });
      expect(await db.manager.count(AccountEntity)).toBe(1);
      const vendor = await db.manager.findOneByOrFail(OrganizationEntity, { kind: 'VENDOR' });
      expect(findInvariantViolations(await loadMembers(db.manager, vendor.id))).toEqual([]);
      const { professional } = await services.signIn.signIn('root@vendor.test', 'a long admin password');
      expect(professional.organizationId).toBe(vendor.id);
    } finally {
      await db.close();
      await database.drop();
    }
  });
});
