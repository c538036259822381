import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { normalizeEmail } from '@foyer/shared';
import type { Config } from '../platform/config';
import type { Services } from '../services';
import { SystemSettingEntity } from '../platform/db/system-setting.entity';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { PartnerLinkEntity } from '../modules/organization/partner-link.entity';
import {
  insertProfessional,
  assertOrganizationInvariants,
} from '../modules/professional/professional-writer';
import { AccountEntity } from '../modules/auth/account.entity';
import { DEMO_ORGANIZATIONS, DEMO_PARTNER_LINKS } from './demo-world.data';
import { seedDemoContent } from './demo-content';
import { insertMissingDemoLicenses } from './demo-licenses';
import { seedDemoNewsOnce } from './demo-news';
import { seedDemoUpdates } from './demo-updates';
import { seedDemoCommunity } from './demo-community';
import { seedDemoTraining } from './demo-training';

const DEMO_SEEDED = 'demo_world_seeded_at';
/** Its own step, so a demo database seeded before the knowledge base existed gets the articles too. */
const DEMO_CONTENT_SEEDED = 'demo_content_seeded_at';
/** Demo licences added after the content step (the expiring plan): once, also on older demo databases. */
const DEMO_LICENSES_SEEDED = 'demo_licenses_seeded_at';
/** The demo community, after the demo content (it links to a demo article); also for older demo databases. */
const DEMO_COMMUNITY_SEEDED = 'demo_community_seeded_at';

export interface SeedOutcome {
  demoSeededNow: boolean;
  demoPresent: boolean;
  /** The demo licences and knowledge-base articles (once per database, like the demo world). */
  demoContentSeededNow: boolean;
  /** The demo courses and some progress through them (once per database, like the content). */
  demoTrainingSeededNow: boolean;
  firstAdminCreated: boolean;
}

/**
 * Runs at every start and does only what has not been done: the demo world once (remembered in
 * system_setting, so a restart or a deleted demo person never brings it back), the demo content
 * (licences and knowledge-base articles) once, also on demo databases seeded before it existed,
 * and the first vendor administrator from FOYER_ADMIN_EMAIL when no sign-in has that e-mail yet.
 */
export async function seedOnStart(
  services: Services,
  config: Pick<Config, 'demo' | 'firstAdmin'>,
): Promise<SeedOutcome> {
  const { db } = services;
  const alreadySeeded = await db.manager.existsBy(SystemSettingEntity, { key: DEMO_SEEDED });
  let demoSeededNow = false;
  if (config.demo.enabled && !alreadySeeded) {
    const passwordHash = await services.accounts.hashPassword(config.demo.password);
    await db.write([], async (manager) => {
      await seedDemoWorld(services, manager, passwordHash, services.clock.now());
      await manager.insert(SystemSettingEntity, {
        key: DEMO_SEEDED,
        value: services.clock.now().toISOString(),
      });
    });
    demoSeededNow = true;
  }
  let demoContentSeededNow = false;
  if (
    config.demo.enabled &&
    (alreadySeeded || demoSeededNow) &&
    !(await db.manager.existsBy(SystemSettingEntity, { key: DEMO_CONTENT_SEEDED }))
  ) {
    demoContentSeededNow = await db.write([], async (manager) => {
      if (await manager.existsBy(SystemSettingEntity, { key: DEMO_CONTENT_SEEDED })) return false;
      await seedDemoContent(manager, services.clock.now());
      await manager.insert(SystemSettingEntity, {
        key: DEMO_CONTENT_SEEDED,
        value: services.clock.now().toISOString(),
      });
      return true;
    });
  }
  if (
    config.demo.enabled &&
    (alreadySeeded || demoSeededNow) &&
    !(await db.manager.existsBy(SystemSettingEntity, { key: DEMO_LICENSES_SEEDED }))
  ) {
    await db.write([], async (manager) => {
      if (await manager.existsBy(SystemSettingEntity, { key: DEMO_LICENSES_SEEDED })) return;
      await insertMissingDemoLicenses(manager, services.clock.now());
      await manager.insert(SystemSettingEntity, {
        key: DEMO_LICENSES_SEEDED,
        value: services.clock.now().toISOString(),
      });
    });
  }
  if (config.demo.enabled && (alreadySeeded || demoSeededNow))
    await seedDemoNewsOnce(db, services.clock.now());
  // Updates link to demo articles, so they come after the demo content.
  if (config.demo.enabled && (alreadySeeded || demoSeededNow)) await seedDemoUpdates(services);
  if (
    config.demo.enabled &&
    (alreadySeeded || demoSeededNow) &&
    !(await db.manager.existsBy(SystemSettingEntity, { key: DEMO_COMMUNITY_SEEDED }))
  ) {
    await db.write([], async (manager) => {
      if (await manager.existsBy(SystemSettingEntity, { key: DEMO_COMMUNITY_SEEDED })) return;
      await seedDemoCommunity(manager, services.clock.now());
      await manager.insert(SystemSettingEntity, {
        key: DEMO_COMMUNITY_SEEDED,
        value: services.clock.now().toISOString(),
      });
    });
  }
  const demoTrainingSeededNow =
    config.demo.enabled && (alreadySeeded || demoSeededNow)
      ? await seedDemoTraining(services)
      : false;
  const firstAdminCreated = config.firstAdmin
    ? await ensureFirstAdmin(services, config.firstAdmin)
    : false;
  return {
    demoSeededNow,
    demoPresent: alreadySeeded || demoSeededNow,
    demoContentSeededNow,
    demoTrainingSeededNow,
    firstAdminCreated,
  };
}

async function seedDemoWorld(
  services: Services,
  manager: EntityManager,
  passwordHash: string,
  now: Date,
): Promise<void> {
  const idByKey = new Map<string, string>();
  const professionalIdByEmail = new Map<string, string>();
  for (const demo of DEMO_ORGANIZATIONS) {
    const organization = {
      id: randomUUID(),
      kind: demo.kind,
      name: demo.name,
      accountNumber: demo.accountNumber,
      region: demo.region,
      emailDomain: demo.emailDomain,
      createdAt: now,
      updatedAt: now,
    };
    await manager.insert(OrganizationEntity, organization);
    idByKey.set(demo.key, organization.id);
    for (const person of demo.people) {
      // Everyone who has signed up (active or since disabled) has a sign-in; the invited do not yet.
      const accountId =
        person.status === 'INVITED'
          ? null
          : (await services.accounts.create(manager, person.email, passwordHash, now)).id;
      const professional = await insertProfessional(
        manager,
        { ...person, organizationId: organization.id, accountId },
        person.roles,
        now,
      );
      professionalIdByEmail.set(person.email, professional.id);
    }
    await assertOrganizationInvariants(manager, organization.id);
  }
  for (const [partnerKey, customerKey] of DEMO_PARTNER_LINKS) {
    await manager.insert(PartnerLinkEntity, {
      partnerId: idByKey.get(partnerKey)!,
      customerId: idByKey.get(customerKey)!,
      createdAt: now,
    });
  }
  // After every organization's people exist, so an account manager may be anyone of the vendor's.
  for (const demo of DEMO_ORGANIZATIONS) {
    if (!demo.accountManager) continue;
    await manager.update(OrganizationEntity, idByKey.get(demo.key)!, {
      accountManagerId: professionalIdByEmail.get(demo.accountManager)!,
    });
  }
}

async function ensureFirstAdmin(
  services: Services,
  admin: { email: string; password: string },
): Promise<boolean> {
  const { db } = services;
  if (await db.manager.existsBy(AccountEntity, { emailNormalized: normalizeEmail(admin.email) }))
    return false;
  const passwordHash = await services.accounts.hashPassword(admin.password);
  return db.write([], async (manager) => {
    const now = services.clock.now();
    let vendor = await manager.findOneBy(OrganizationEntity, { kind: 'VENDOR' });
    const newVendor = !vendor;
    if (!vendor) {
      vendor = {
        id: randomUUID(),
        kind: 'VENDOR',
        name: 'Vendor',
        accountNumber: 'VENDOR',
        region: 'NORTH_AMERICA',
        emailDomain: null,
        accountManagerId: null,
        createdAt: now,
        updatedAt: now,
      };
      await manager.insert(OrganizationEntity, vendor);
    }
    const accountId = (await services.accounts.create(manager, admin.email, passwordHash, now)).id;
    const localPart = admin.email.split('@')[0] ?? 'Admin';
    await insertProfessional(
      manager,
      {
        organizationId: vendor.id,
        firstName: capitalize(localPart),
        lastName: 'Administrator',
        email: admin.email,
        status: 'ACTIVE',
        accountId,
        jobTitle: 'Portal administrator',
      },
      newVendor
        ? ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT']
        : ['ADMINISTRATOR'],
      now,
    );
    await assertOrganizationInvariants(manager, vendor.id);
    return true;
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
