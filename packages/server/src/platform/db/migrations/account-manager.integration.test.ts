import { randomUUID } from 'node:crypto';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database';
import { openDatabase, type Database } from '../database';
import { parseDatabaseUrl } from '../database-url';
import { OrganizationEntity } from '../../../modules/organization/organization.entity';
import { ProfessionalEntity } from '../../../modules/professional/professional.entity';
import { migrations } from './index';
import { AccountManager1764633600000 } from './1764633600000-account-manager';

/**
 * On SQLite, adding a foreign key rebuilds the organization table. A database the previous
 * release left behind must come out of it with its rows, its constraints and the foreign keys
 * other tables hold on organization intact.
 */
describe('migration: account manager', () => {
  let database: TestDatabase;
  let db: Database;
  const customerId = randomUUID();
  const vendorId = randomUUID();
  const managerId = randomUUID();

  beforeAll(async () => {
    database = await createTestDatabase();
    const previous = migrations.slice(0, migrations.indexOf(AccountManager1764633600000));
    const before = new DataSource({ ...connectionOptions(database.url), migrations: previous });
    await before.initialize();
    await before.runMigrations({ transaction: 'each' });
    const at = '2025-01-02 03:04:05.000';
    const organization = (
      id: string,
      kind: string,
      accountNumber: string,
      emailDomain: string | null,
    ) => ({
      id,
      kind,
      name: `${kind} ${accountNumber}`,
      account_number: accountNumber,
      region: 'EMEA',
      email_domain: emailDomain,
      created_at: at,
      updated_at: at,
    });
    for (const row of [
      organization(vendorId, 'VENDOR', 'V-1', 'vendor.example'),
      organization(customerId, 'CUSTOMER', 'C-1', 'customer.example'),
    ]) {
      await before.createQueryBuilder().insert().into('organization').values(row).execute();
    }
    await before
      .createQueryBuilder()
      .insert()
      .into('professional')
      .values({
        id: managerId,
        organization_id: vendorId,
        first_name: 'Omar',
        last_name: 'Haddad',
        email: 'omar@vendor.example',
        email_normalized: 'omar@vendor.example',
        sort_name: 'haddad omar',
        preferred_language: 'en',
        status: 'ACTIVE',
        created_at: at,
        updated_at: at,
      })
      .execute();
    await before.destroy();

    db = await openDatabase(database.url);
  });

  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it('keeps the existing organizations, with no account manager', async () => {
    const rows = await db.manager.find(OrganizationEntity, { order: { accountNumber: 'ASC' } });
    expect(rows.map((o) => [o.accountNumber, o.emailDomain, o.accountManagerId])).toEqual([
      ['C-1', 'customer.example', null],
      ['V-1', 'vendor.example', null],
    ]);
  });

  it('keeps the unique account numbers and e-mail domains', async () => {
    const copy = (changes: Partial<OrganizationEntity>) => ({
      id: randomUUID(),
      kind: 'CUSTOMER' as const,
      name: 'Copy',
      accountNumber: 'C-2',
      region: 'EMEA' as const,
      emailDomain: null,
      accountManagerId: null,
      createdAt: new Date(),
      updatedAt: new Date(),
      ...changes,
    });
    await expect(
      db.manager.insert(OrganizationEntity, copy({ accountNumber: 'C-1' })),
    ).rejects.toThrow(/account_number|UQ_/);
    await expect(
      db.manager.insert(OrganizationEntity, copy({ emailDomain: 'customer.example' })),
    ).rejects.toThrow(/email_domain/);
    // Organizations without a registered domain are not duplicates of each other.
    await db.manager.insert(OrganizationEntity, copy({ accountNumber: 'C-3' }));
    await db.manager.insert(OrganizationEntity, copy({ accountNumber: 'C-4' }));
  });

  it('refers to a professional that exists, and forgets them when they are deleted', async () => {
    await expect(
      db.manager.update(OrganizationEntity, customerId, { accountManagerId: randomUUID() }),
    ).rejects.toThrow();
    await db.manager.update(OrganizationEntity, customerId, { accountManagerId: managerId });
    expect(
      (await db.manager.findOneByOrFail(OrganizationEntity, { id: customerId })).accountManagerId,
    ).toBe(managerId);

    await db.manager.delete(ProfessionalEntity, { id: managerId });
    expect(
      (await db.manager.findOneByOrFail(OrganizationEntity, { id: customerId })).accountManagerId,
    ).toBeNull();
  });

  it('leaves the foreign keys other tables hold on organization in force', async () => {
    await expect(
      db.manager.insert(ProfessionalEntity, {
        id: randomUUID(),
        organizationId: randomUUID(),
        firstName: 'No',
        lastName: 'Organization',
        email: 'nobody@nowhere.example',
        emailNormalized: 'nobody@nowhere.example',
        sortName: 'organization no',
        phone: null,
        jobTitle: null,
        preferredLanguage: 'en',
        status: 'INVITED',
        accountId: null,
        lastSignInAt: null,
        createdAt: new Date(),
        updatedAt: new Date(),
      }),
    ).rejects.toThrow();
  });
});

describe('migrations on a new database', () => {
  it('keep the e-mail domain unique through the rebuild of organization in the same run', async () => {
    const database = await createTestDatabase();
    const db = await openDatabase(database.url);
    try {
      const organization = (accountNumber: string) => ({
        id: randomUUID(),
        kind: 'CUSTOMER' as const,
        name: accountNumber,
        accountNumber,
        region: 'EMEA' as const,
        emailDomain: 'same.example',
        accountManagerId: null,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      await db.manager.insert(OrganizationEntity, organization('N-1'));
      await expect(db.manager.insert(OrganizationEntity, organization('N-2'))).rejects.toThrow(
        /email_domain/,
      );
    } finally {
      await db.close();
      await database.drop();
    }
  });
});

function connectionOptions(url: string): DataSourceOptions {
  const location = parseDatabaseUrl(url);
  return location.kind === 'sqlite'
    ? { type: 'better-sqlite3', database: location.file, logging: false }
    : { type: 'postgres', url: location.url, logging: false };
}
