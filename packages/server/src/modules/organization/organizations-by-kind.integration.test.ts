import type { OrganizationKind } from '@foyer/shared';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../test/test-app';
import { createOrganization, linkPartner, type CreatedOrganization } from '../../test/factories';
import { OrganizationEntity } from './organization.entity';

const BY_KIND = `query ($kinds: [OrganizationKind!], $name: String, $first: Int, $after: String) {
  organizations(kinds: $kinds, name: $name, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { node { id name kind } }
  }
}`;

interface Listed {
  id: string;
  name: string;
  kind: OrganizationKind;
}

interface ListedPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: Array<{ node: Listed }>;
}

describe('organizations filtered by kind', () => {
  let app: TestApp;
  let vendor: CreatedOrganization;
  let vendorCookie: string;
  let partner: CreatedOrganization;

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createOrganization(app.services, {
      kind: 'VENDOR',
      name: 'Vendor HQ',
      people: [
        {
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        { firstName: 'Stella', lastName: 'Staff' },
      ],
    });
    vendorCookie = await app.signIn(vendor.people[0]!.email);
    // Partners spread among many customers, as on a real install: none of them is on the
    // first page of every organization by name.
    partner = await createOrganization(app.services, { kind: 'PARTNER', name: 'Reseller Delta' });
    for (const name of ['Reseller Alpha', 'Reseller Charlie', 'Reseller Echo', 'Bravo Channel'])
      await createOrganization(app.services, { kind: 'PARTNER', name });
    for (let i = 0; i < 12; i += 1)
      await createOrganization(app.services, { name: `Customer ${String(i).padStart(2, '0')}` });
  });
  afterAll(() => app.close());

  async function list(variables: Record<string, unknown>, cookie = vendorCookie) {
    const result = await app.graphql(BY_KIND, variables, cookie);
    expect(result.errors).toBeUndefined();
    return result.data!.organizations as ListedPage;
  }

  /** Every page, following endCursor, with the totalCount and hasNextPage of each. */
  async function walk(variables: Record<string, unknown>, cookie = vendorCookie) {
    const visited: Listed[] = [];
    const totals: number[] = [];
    const hasNext: boolean[] = [];
    let after: string | null = null;
    do {
      const page: ListedPage = await list({ ...variables, after }, cookie);
      visited.push(...page.edges.map((edge) => edge.node));
      totals.push(page.totalCount);
      hasNext.push(page.pageInfo.hasNextPage);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && hasNext.length < 50);
    return { visited, totals, hasNext };
  }

  it('pages through the partners only, by name, with their own count', async () => {
    const staffCookie = await app.signIn(vendor.people[1]!.email);
    for (const cookie of [vendorCookie, staffCookie]) {
      const { visited, totals, hasNext } = await walk({ kinds: ['PARTNER'], first: 2 }, cookie);

      expect(visited.map((o) => o.name)).toEqual([
        'Bravo Channel',
        'Reseller Alpha',
        'Reseller Charlie',
        'Reseller Delta',
        'Reseller Echo',
      ]);
      expect(totals).toEqual([5, 5, 5]);
      expect(hasNext).toEqual([true, true, false]);
    }
  });

  it('lists every customer once, and no other kind, in one or several pages', async () => {
    const customers = await app.db.manager.countBy(OrganizationEntity, { kind: 'CUSTOMER' });
    const { visited, totals } = await walk({ kinds: ['CUSTOMER'], first: 5 });

    expect(customers).toBe(12);
    expect(visited).toHaveLength(customers);
    expect(new Set(visited.map((o) => o.id)).size).toBe(customers);
    expect(visited.every((o) => o.kind === 'CUSTOMER')).toBe(true);
    expect(new Set(totals)).toEqual(new Set([customers]));
    const whole = await list({ kinds: ['CUSTOMER'], first: 100 });
    expect(whole.edges.map((edge) => edge.node)).toEqual(visited);
  });

  it('takes several kinds, and a kind together with part of a name', async () => {
    const both = await list({ kinds: ['PARTNER', 'VENDOR', 'PARTNER'], first: 100 });
    expect(both.totalCount).toBe(6);
    expect(both.edges.map((edge) => edge.node.name)).toEqual([
      'Bravo Channel',
      'Reseller Alpha',
      'Reseller Charlie',
      'Reseller Delta',
      'Reseller Echo',
      'Vendor HQ',
    ]);

    const first = await list({ kinds: ['PARTNER'], name: 'RESELLER', first: 3 });
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const rest = await list({
      kinds: ['PARTNER'],
      name: 'reseller',
      first: 3,
      after: first.pageInfo.endCursor,
    });
    expect(rest).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });
    expect([...first.edges, ...rest.edges].map((edge) => edge.node.name)).toEqual([
      'Reseller Alpha',
      'Reseller Charlie',
      'Reseller Delta',
      'Reseller Echo',
    ]);

    const none = await list({ kinds: ['CUSTOMER'], name: 'reseller', first: 3 });
    expect(none).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
  });

  it('lists every kind when kinds is left out, as before', async () => {
    const all = await list({ first: 100 });
    expect(all.totalCount).toBe(await app.db.manager.count(OrganizationEntity));
    expect(new Set(all.edges.map((edge) => edge.node.kind))).toEqual(
      new Set(['VENDOR', 'PARTNER', 'CUSTOMER']),
    );
  });

  it('is FORBIDDEN outside the vendor, whichever kinds are asked for', async () => {
    const customer = await createOrganization(app.services, { name: 'Served Customer' });
    await linkPartner(app.services, partner, customer);
    for (const cookie of [
      await app.signIn(partner.people[0]!.email),
      await app.signIn(customer.people[0]!.email),
    ]) {
      for (const kinds of [null, ['CUSTOMER'], ['PARTNER', 'CUSTOMER']]) {
        const result: GraphQLResponse = await app.graphql(BY_KIND, { kinds, first: 5 }, cookie);
        expect(result.data).toBeNull();
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
  });

  it('answers VALIDATION_FAILED for an empty list of kinds', async () => {
    const result = await app.graphql(BY_KIND, { kinds: [], first: 5 }, vendorCookie);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({
      message: 'kinds names no kind of organization.',
      extensions: { code: 'VALIDATION_FAILED' },
    });
  });
});
