import { startTestApp, type GraphQLResponse, type TestApp } from '../../test/test-app';
import { createOrganization, type CreatedOrganization } from '../../test/factories';
import { ProfessionalEntity } from './professional.entity';

const PAGE = `query ($org: ID!, $after: String, $orderBy: ProfessionalOrderInput) {
  professionals(organizationId: $org, first: 4, after: $after, orderBy: $orderBy) {
    edges { node { email status lastSignInAt lastName firstName } } pageInfo { hasNextPage endCursor } totalCount
  }
}`;

type Row = {
  email: string;
  status: string;
  lastSignInAt: string | null;
  lastName: string;
  firstName: string;
};

describe('sorting professionals', () => {
  let app: TestApp;
  let org: CreatedOrganization;
  let cookie: string;

  beforeAll(async () => {
    app = await startTestApp();
    const statuses = ['ACTIVE', 'INVITED', 'DISABLED'] as const;
    org = await createOrganization(app.services, {
      people: [
        {
          firstName: 'Zed',
          lastName: 'Admin',
          email: 'zz-admin@x.test',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        // Shared last names and statuses make ties that only the later keys break.
        ...Array.from({ length: 10 }, (_, i) => ({
          firstName: `P${i}`,
          lastName: i % 3 === 0 ? 'Same' : `Name${9 - i}`,
          email: `m${(i * 7) % 10}-${i}@x.test`,
          status: statuses[i % 3],
        })),
      ],
    });
    // Some have signed in, at distinct times; the rest never did.
    await app.db.write([], async (manager) => {
      for (const [i, person] of org.people.slice(1, 6).entries()) {
        await manager.update(ProfessionalEntity, person.id, {
          lastSignInAt: new Date(Date.UTC(2026, 0, 1 + ((i * 3) % 5))),
        });
      }
    });
    cookie = await app.signIn('zz-admin@x.test');
  });
  afterAll(() => app.close());

  async function readAll(orderBy: { field: string; direction: string }): Promise<Row[]> {
    const rows: Row[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result: GraphQLResponse = await app.graphql(
        PAGE,
        { org: org.gid, after, orderBy },
        cookie,
      );
      expect(result.errors).toBeUndefined();
      const connection: {
        edges: Array<{ node: Row }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      } = result.data!.professionals;
      rows.push(...connection.edges.map((e: { node: Row }) => e.node));
      if (!connection.pageInfo.hasNextPage) return rows;
      after = connection.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  }

  const sortName = (r: Row) => `${r.lastName} ${r.firstName}`.toLowerCase();
  const comparators: Record<string, (a: Row, b: Row) => number> = {
    NAME: (a, b) => sortName(a).localeCompare(sortName(b)),
    EMAIL: (a, b) => a.email.localeCompare(b.email),
    STATUS: (a, b) => a.status.localeCompare(b.status) || sortName(a).localeCompare(sortName(b)),
    LAST_SIGN_IN: (a, b) =>
      (a.lastSignInAt ?? '').localeCompare(b.lastSignInAt ?? '') ||
      sortName(a).localeCompare(sortName(b)),
  };

  it.each(
    Object.keys(comparators).flatMap((field) => [
      [field, 'ASC'],
      [field, 'DESC'],
    ]),
  )('pages by %s %s through everyone exactly once, in order', async (field, direction) => {
    const rows = await readAll({ field, direction });
    expect(rows).toHaveLength(11);
    expect(new Set(rows.map((r) => r.email)).size).toBe(11);
    const expected = [...rows].sort(comparators[field]);
    if (direction === 'DESC') expected.reverse();
    expect(rows.map((r) => r.email)).toEqual(expected.map((r) => r.email));
  });
});
