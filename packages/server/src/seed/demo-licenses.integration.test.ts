import { isoDay, servicePlanStatus, REGISTRATION_KEY_PATTERN } from '@foyer/shared';
import { openDatabase } from '../platform/db/database';
import { createServices } from '../services';
import { createTestDatabase } from '../test/test-database';
import { TEST_SETTINGS } from '../test/test-settings';
import { TestClock } from '../test/test-clock';
import { SystemSettingEntity } from '../platform/db/system-setting.entity';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { LicenseEntity } from '../modules/licensing/license.entity';
import { seedOnStart } from './seed';
import { DEMO_LICENSES } from './demo-world.data';

describe('demo licences', () => {
  it('show an ended plan and one ending within 30 days, with well-formed keys, also on a demo database seeded before them', async () => {
    const database = await createTestDatabase();
    const db = await openDatabase(database.url);
    const clock = new TestClock(new Date('2030-05-10T12:00:00Z'));
    try {
      const services = createServices(db, TEST_SETTINGS, clock);
      const settings = { demo: { enabled: true, password: 'demo-pass-1' }, firstAdmin: null };
      await seedOnStart(services, settings);
      const statusByProduct = async () => {
        const licenses = await db.manager.find(LicenseEntity);
        const organizations = await db.manager.find(OrganizationEntity);
        const name = (id: string) => organizations.find((o) => o.id === id)!.accountNumber;
        return Object.fromEntries(
          licenses.map((l) => [
            `${name(l.organizationId)} ${l.product}`,
            servicePlanStatus(
              { ...l, startsOn: String(l.startsOn), endsOn: String(l.endsOn) },
              isoDay(clock.now()),
            ),
          ]),
        );
      };
      expect(await statusByProduct()).toEqual({
        'AC-2001 ledger': 'ACTIVE',
        'AC-2001 dispatch': 'EXPIRED',
        'GX-2002 insight': 'ACTIVE',
        'GX-2002 beacon': 'EXPIRING_SOON',
      });
      for (const license of DEMO_LICENSES)
        expect(license.registrationKey).toMatch(REGISTRATION_KEY_PATTERN);

      // A demo database from before: it lacks the Beacon licence and the marker.
      await db.write([], async (manager) => {
        await manager.delete(LicenseEntity, { product: 'beacon' });
        await manager.delete(SystemSettingEntity, { key: 'demo_licenses_seeded_at' });
      });
      await seedOnStart(services, settings);
      expect(await db.manager.countBy(LicenseEntity, { product: 'beacon' })).toBe(1);
      expect(await db.manager.count(LicenseEntity)).toBe(DEMO_LICENSES.length);

      // Once: removed again, it stays removed.
      await db.write([], (manager) => manager.delete(LicenseEntity, { product: 'beacon' }));
      await seedOnStart(services, settings);
      expect(await db.manager.countBy(LicenseEntity, { product: 'beacon' })).toBe(0);
    } finally {
      await db.close();
      await database.drop();
    }
  });
});
