import { startTestApp, type TestApp } from '../../test/test-app';
import { createOrganization } from '../../test/factories';
import { runSql } from './search/sql';

describe('Database.readPrepared', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const SQL = `SELECT name, kind FROM organization WHERE kind = :kind AND name LIKE :pattern ORDER BY name`;

  it('reads what runSql reads, each time with the values given, and is counted', async () => {
    await createOrganization(app.services, { name: 'Prepared Alpha' });
    await createOrganization(app.services, { name: 'Prepared Beta', kind: 'PARTNER' });
    const db = app.services.db;
    const read = (kind: string) =>
      db.readPrepared('foyer_test_organizations', SQL, { kind, pattern: 'Prepared%' });

    const before = db.statements.count;
    const customers = await read('CUSTOMER');
    // The same name again, with other values: the statement prepared once answers both.
    const partners = await read('PARTNER');
    expect(db.statements.count - before).toBe(2);

    expect(customers).toEqual([{ name: 'Prepared Alpha', kind: 'CUSTOMER' }]);
    expect(partners).toEqual([{ name: 'Prepared Beta', kind: 'PARTNER' }]);
    expect(partners).toEqual(
      await runSql(db.manager, SQL, { kind: 'PARTNER', pattern: 'Prepared%' }),
    );
  });
});
