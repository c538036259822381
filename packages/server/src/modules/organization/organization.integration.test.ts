import { randomBytes } from 'node:crypto';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../test/test-app';
import { createOrganization, type CreatedOrganization } from '../../test/factories';
import { OrganizationEntity } from './organization.entity';
import { PartnerLinkEntity } from './partner-link.entity';
import { ProfessionalEntity } from '../professional/professional.entity';

const CREATE = `mutation ($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    organization { id kind name accountNumber region partners { id } administrators { email } }
    error { code message field hint }
  }
}`;

const PEOPLE = `query ($id: ID!) {
  professionals(organizationId: $id, first: 100) {
    totalCount
    edges { node { firstName lastName email status roles } }
  }
}`;

const LINK = `mutation ($p: ID!, $c: ID!) {
  linkPartnerToCustomer(partnerId: $p, customerId: $c) { customer { id partners { id } } error { code message hint } }
}`;

const ORGANIZATIONS = `query ($first: Int, $after: String) {
  organizations(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id name } }
  }
}`;

interface PersonRow {
  firstName: string;
  lastName: string;
  email: string;
  status: string;
  roles: string[];
}

describe('organizations', () => {
  let app: TestApp;
  let vendor: CreatedOrganization;
  let vendorCookie: string;
  let partner: CreatedOrganization;
  let plainCustomer: CreatedOrganization;

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
    partner = await createOrganization(app.services, { kind: 'PARTNER', name: 'Reseller One' });
    plainCustomer = await createOrganization(app.services, { name: 'Plain Customer' });
  });
  afterAll(() => app.close());

  function input(overrides: Record<string, unknown> = {}) {
    const suffix = randomBytes(3).toString('hex');
    return {
      kind: 'CUSTOMER',
      name: `Acme ${suffix}`,
      accountNumber: `acme-${suffix}`,
      region: 'LATAM',
      administrator: {
        firstName: 'Alice',
        lastName: 'Admin',
        email: `alice-${suffix}@acme.test`,
        jobTitle: 'IT lead',
      },
      ...overrides,
    };
  }

  async function create(variables: Record<string, unknown>, cookie = vendorCookie) {
    const result = await app.graphql(CREATE, { input: variables }, cookie);
    expect(result.errors).toBeUndefined();
    return result.data!.createOrganization;
  }

  async function peopleOf(id: string): Promise<PersonRow[]> {
    const result = await app.graphql(PEOPLE, { id }, vendorCookie);
    expect(result.errors).toBeUndefined();
    return result.data!.professionals.edges.map((e: { node: PersonRow }) => e.node);
  }

  async function counts() {
    return {
      organizations: await app.db.manager.count(OrganizationEntity),
      professionals: await app.db.manager.count(ProfessionalEntity),
      links: await app.db.manager.count(PartnerLinkEntity),
    };
  }

  describe('createOrganization', () => {
    it('creates the organization with an INVITED administrator who holds every contact not given', async () => {
      const given = input({ name: '  Acme Brasil  ', accountNumber: 'acme-br-1' });
      const created = await create(given);
      expect(created).toEqual({
        organization: {
          id: expect.any(String),
          kind: 'CUSTOMER',
          name: 'Acme Brasil',
          accountNumber: 'ACME-BR-1',
          region: 'LATAM',
          partners: [],
          administrators: [{ email: given.administrator.email }],
        },
        error: null,
      });
      expect(await peopleOf(created.organization.id)).toEqual([
        {
          firstName: 'Alice',
          lastName: 'Admin',
          email: given.administrator.email,
          status: 'INVITED',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
      ]);
      const read = await app.graphql(
        'query ($id: ID!) { organization(id: $id) { name viewerCanManageProfessionals } }',
        { id: created.organization.id },
        vendorCookie,
      );
      expect(read.data?.organization).toEqual({
        name: 'Acme Brasil',
        viewerCanManageProfessionals: true,
      });
    });

    it('makes each distinct contact a separate INVITED professional holding the right roles', async () => {
      const created = await create(
        input({
          billingContact: {
            firstName: 'Bob',
            lastName: 'Billing',
            email: 'bob@acme-contacts.test',
          },
          customerCareContact: {
            firstName: 'Cat',
            lastName: 'Care',
            email: 'cat@acme-contacts.test',
            phone: '+55 11 5555 0000',
          },
          // The same address in another case: the same person, holding both roles.
          shippingContact: {
            firstName: 'Catherine',
            lastName: 'Care',
            email: 'CAT@Acme-Contacts.test',
          },
        }),
      );
      expect(created.error).toBeNull();
      const people = await peopleOf(created.organization.id);
      expect(people).toEqual([
        {
          firstName: 'Alice',
          lastName: 'Admin',
          email: expect.stringMatching(/^alice-/),
          status: 'INVITED',
          roles: ['ADMINISTRATOR'],
        },
        {
          firstName: 'Bob',
          lastName: 'Billing',
          email: 'bob@acme-contacts.test',
          status: 'INVITED',
          roles: ['BILLING_CONTACT'],
        },
        {
          firstName: 'Cat',
          lastName: 'Care',
          email: 'cat@acme-contacts.test',
          status: 'INVITED',
          roles: ['CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
      ]);
    });

    it('treats a contact with the administrator’s e-mail in another case as the administrator', async () => {
      const given = input();
      const created = await create({
        ...given,
        billingContact: {
          firstName: 'Someone',
          lastName: 'Else',
          email: given.administrator.email.toUpperCase(),
        },
        shippingContact: { firstName: 'Sue', lastName: 'Shipping', email: 'sue@acme-ship.test' },
      });
      expect(created.error).toBeNull();
      expect(await peopleOf(created.organization.id)).toEqual([
        {
          firstName: 'Alice',
          lastName: 'Admin',
          email: given.administrator.email,
          status: 'INVITED',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT'],
        },
        {
          firstName: 'Sue',
          lastName: 'Shipping',
          email: 'sue@acme-ship.test',
          status: 'INVITED',
          roles: ['SHIPPING_CONTACT'],
        },
      ]);
    });

    it('refuses a second vendor organization, saying where vendor staff belong, and creates nothing', async () => {
      const before = await counts();
      expect(await create(input({ kind: 'VENDOR' }))).toEqual({
        organization: null,
        error: {
          code: 'VALIDATION_FAILED',
          message: 'Foyer has one vendor organization: Vendor HQ.',
          field: 'kind',
          hint: 'Create customers and partners here. To add vendor staff, invite them to Vendor HQ.',
        },
      });
      expect(await counts()).toEqual(before);
    });

    it('refuses an account number already in use, whatever its case, and creates nothing', async () => {
      expect((await create(input({ accountNumber: 'DUP-100' }))).error).toBeNull();
      const before = await counts();
      const refused = await create(
        input({
          accountNumber: 'dup-100',
          billingContact: { firstName: 'Bo', lastName: 'B', email: 'bo@dup.test' },
        }),
      );
      expect(refused).toEqual({
        organization: null,
        error: {
          code: 'ACCOUNT_NUMBER_TAKEN',
          message: 'Account number DUP-100 is already in use.',
          field: 'accountNumber',
          hint: 'Each organization needs its own account number.',
        },
      });
      expect(await counts()).toEqual(before);
    });

    it('gives exactly one of eight simultaneous creations an account number; the other is told it is taken', async () => {
      const before = await counts();
      const results = await Promise.all(
        Array.from({ length: 8 }, () => create(input({ accountNumber: 'RACE-1' }))),
      );
      expect(results.filter((r) => r.error === null)).toHaveLength(1);
      expect(results.filter((r) => r.error?.code === 'ACCOUNT_NUMBER_TAKEN')).toHaveLength(7);
      const after = await counts();
      expect(after.organizations).toBe(before.organizations + 1);
      expect(after.professionals).toBe(before.professionals + 1);
    });

    it('links the new customer to the partner serving it, who can manage its people at once', async () => {
      const created = await create(input({ servedByPartnerId: partner.gid }));
      expect(created.error).toBeNull();
      expect(created.organization.partners).toEqual([{ id: partner.gid }]);

      const partnerCookie = await app.signIn(partner.people[0]!.email);
      const listed = await app.graphql(PEOPLE, { id: created.organization.id }, partnerCookie);
      expect(listed.errors).toBeUndefined();
      expect(listed.data?.professionals.totalCount).toBe(1);
      const customers = await app.graphql(
        'query ($id: ID!) { organization(id: $id) { customers { id } } }',
        { id: partner.gid },
        partnerCookie,
      );
      expect(customers.data?.organization.customers).toContainEqual({
        id: created.organization.id,
      });
    });

    it.each([
      [
        'a customer named as the partner',
        () => ({ kind: 'CUSTOMER', servedByPartnerId: plainCustomer.gid }),
      ],
      [
        'the vendor named as the partner',
        () => ({ kind: 'CUSTOMER', servedByPartnerId: vendor.gid }),
      ],
      [
        'a partner served by a partner',
        () => ({ kind: 'PARTNER', servedByPartnerId: partner.gid }),
      ],
    ])(
      'refuses %s with INVALID_PARTNER_LINK, leaving no organization, person or link behind',
      async (_label, overrides) => {
        const before = await counts();
        const given = input({
          ...overrides(),
          name: 'Half Made',
          billingContact: { firstName: 'Hal', lastName: 'F', email: 'hal@half.test' },
        });
        const refused = await create(given);
        expect(refused.organization).toBeNull();
        expect(refused.error).toMatchObject({
          code: 'INVALID_PARTNER_LINK',
          hint: 'Link a partner organization to a customer organization.',
        });
        expect(await counts()).toEqual(before);
        expect(
          await app.db.manager.countBy(OrganizationEntity, {
            accountNumber: given.accountNumber.toUpperCase(),
          }),
        ).toBe(0);
      },
    );

    it.each([
      [
        'accountNumber',
        { accountNumber: 'no spaces allowed' },
        'Use 2 to 40 letters, digits or dashes for the account number.',
      ],
      [
        'administrator.email',
        { administrator: { firstName: 'A', lastName: 'B', email: 'not-an-email' } },
        'Enter a valid e-mail address, like name@example.com.',
      ],
      [
        'billingContact.email',
        { billingContact: { firstName: 'A', lastName: 'B', email: 'nope' } },
        'Enter a valid e-mail address, like name@example.com.',
      ],
      ['name', { name: 'X' }, 'Enter the organization’s name (2 to 200 characters).'],
    ])(
      'refuses an invalid %s as VALIDATION_FAILED naming it',
      async (field, overrides, message) => {
        const before = await counts();
        const refused = await create(input(overrides));
        expect(refused).toMatchObject({
          organization: null,
          error: { code: 'VALIDATION_FAILED', field, message },
        });
        expect(await counts()).toEqual(before);
      },
    );

    it('is refused to vendor staff who are not administrators', async () => {
      const staffCookie = await app.signIn(vendor.people[1]!.email);
      const before = await counts();
      const refused = await create(input(), staffCookie);
      expect(refused).toMatchObject({ organization: null, error: { code: 'FORBIDDEN' } });
      expect(await counts()).toEqual(before);
    });
  });

  describe('administrators', () => {
    it('names, as whom to ask for help, the administrators who can still be reached', async () => {
      const org = await createOrganization(app.services, {
        name: 'Helpful',
        people: [
          {
            firstName: 'Ada',
            lastName: 'Active',
            roles: [
              'ADMINISTRATOR',
              'BILLING_CONTACT',
              'CUSTOMER_CARE_CONTACT',
              'SHIPPING_CONTACT',
            ],
          },
          { firstName: 'Ivo', lastName: 'Invited', status: 'INVITED', roles: ['ADMINISTRATOR'] },
          { firstName: 'Dan', lastName: 'Disabled', status: 'DISABLED', roles: ['ADMINISTRATOR'] },
          { firstName: 'Mia', lastName: 'Member' },
        ],
      });
      const cookie = await app.signIn(org.people[3]!.email);
      const result = await app.graphql(
        '{ viewer { organization { administrators { displayName } } } }',
        {},
        cookie,
      );
      expect(result.data?.viewer.organization.administrators).toEqual([
        { displayName: 'Ada Active' },
        { displayName: 'Ivo Invited' },
      ]);
    });
  });

  describe('organizations list', () => {
    it('pages through every organization by name for vendor staff, administrators or not', async () => {
      for (let i = 0; i < 7; i += 1)
        await createOrganization(app.services, { name: `Paging ${String.fromCharCode(97 + i)}` });
      const total = await app.db.manager.count(OrganizationEntity);
      const staffCookie = await app.signIn(vendor.people[1]!.email);

      for (const cookie of [vendorCookie, staffCookie]) {
        const visited: Array<{ id: string; name: string }> = [];
        const hasNext: boolean[] = [];
        let after: string | null = null;
        do {
          const result: GraphQLResponse = await app.graphql(
            ORGANIZATIONS,
            { first: 4, after },
            cookie,
          );
          expect(result.errors).toBeUndefined();
          const page: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
            edges: Array<{ node: { id: string; name: string } }>;
          } = result.data!.organizations;
          expect(page.totalCount).toBe(total);
          expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
          visited.push(...page.edges.map((e) => e.node));
          hasNext.push(page.pageInfo.hasNextPage);
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after && hasNext.length < 50);

        expect(hasNext).toEqual([...Array(Math.ceil(total / 4) - 1).fill(true), false]);
        expect(new Set(visited.map((o) => o.id)).size).toBe(total);
        const whole = await app.graphql(ORGANIZATIONS, { first: 100 }, cookie);
        expect(visited).toEqual(
          whole.data?.organizations.edges.map((e: { node: unknown }) => e.node),
        );
        const paging = visited.filter((o) => o.name.startsWith('Paging ')).map((o) => o.name);
        expect(paging).toEqual([
          'Paging a',
          'Paging b',
          'Paging c',
          'Paging d',
          'Paging e',
          'Paging f',
          'Paging g',
        ]);
      }
    });

    it('finds an organization by part of its name, in any case, past the first page', async () => {
      for (const name of ['Zephyr Dental', 'Acme zephyrus', 'Unrelated Bakery'])
        await createOrganization(app.services, { name });
      const byName = `query ($name: String, $first: Int, $after: String) {
        organizations(name: $name, first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { name } }
        }
      }`;

      const first = await app.graphql(byName, { name: ' ZEPHYR ', first: 1 }, vendorCookie);
      expect(first.errors).toBeUndefined();
      expect(first.data?.organizations).toMatchObject({
        totalCount: 2,
        pageInfo: { hasNextPage: true },
        edges: [{ node: { name: 'Acme zephyrus' } }],
      });
      const next = await app.graphql(
        byName,
        { name: 'zephyr', first: 1, after: first.data?.organizations.pageInfo.endCursor },
        vendorCookie,
      );
      expect(next.data?.organizations).toMatchObject({
        totalCount: 2,
        pageInfo: { hasNextPage: false },
        edges: [{ node: { name: 'Zephyr Dental' } }],
      });
    });

    it('finds a name with accented capitals by its lower-case letters', async () => {
      await createOrganization(app.services, { name: 'Ärztehaus Łódź' });
      const byName = `query ($name: String) { organizations(name: $name, first: 10) { edges { node { name } } } }`;
      for (const name of ['ärzte', 'ŁÓDŹ', 'haus ł']) {
        const result = await app.graphql(byName, { name }, vendorCookie);
        expect(
          result.data?.organizations.edges.map((e: { node: { name: string } }) => e.node.name),
        ).toEqual(['Ärztehaus Łódź']);
      }
    });

    it('takes % and _ in a name filter as themselves', async () => {
      await createOrganization(app.services, { name: '100% Uptime_Ltd' });
      const byName = `query ($name: String) { organizations(name: $name, first: 10) { edges { node { name } } } }`;
      for (const [name, expected] of [
        ['0% up', ['100% Uptime_Ltd']],
        ['e_l', ['100% Uptime_Ltd']],
        ['%', ['100% Uptime_Ltd']],
        ['e%l', []],
      ] as const) {
        const result = await app.graphql(byName, { name }, vendorCookie);
        expect(
          result.data?.organizations.edges.map((e: { node: { name: string } }) => e.node.name),
        ).toEqual(expected);
      }
    });

    it('is FORBIDDEN to anyone outside the vendor', async () => {
      const customerCookie = await app.signIn(partner.people[0]!.email);
      const result = await app.graphql(ORGANIZATIONS, { first: 5 }, customerCookie);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('answers VALIDATION_FAILED for a bad cursor or page size', async () => {
      for (const variables of [{ after: 'bogus' }, { first: 500 }]) {
        const result = await app.graphql(ORGANIZATIONS, variables, vendorCookie);
        expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      }
    });
  });

  describe('linkPartnerToCustomer', () => {
    let customer: CreatedOrganization;
    let otherCustomer: CreatedOrganization;
    let otherPartner: CreatedOrganization;
    beforeAll(async () => {
      customer = await createOrganization(app.services, { name: 'Linked Customer' });
      otherCustomer = await createOrganization(app.services, { name: 'Other Customer' });
      otherPartner = await createOrganization(app.services, {
        kind: 'PARTNER',
        name: 'Other Partner',
      });
    });

    it('links a partner to a customer, once however often it is asked', async () => {
      for (let i = 0; i < 2; i += 1) {
        const result = await app.graphql(LINK, { p: partner.gid, c: customer.gid }, vendorCookie);
        expect(result.data?.linkPartnerToCustomer).toEqual({
          customer: { id: customer.gid, partners: [{ id: partner.gid }] },
          error: null,
        });
      }
      expect(
        await app.db.manager.countBy(PartnerLinkEntity, { customerId: customer.organization.id }),
      ).toBe(1);
    });

    it.each([
      [
        'a customer as the partner',
        () => [otherCustomer, customer],
        'Other Customer cannot serve Linked Customer.',
      ],
      [
        'a partner as the customer',
        () => [partner, otherPartner],
        'Reseller One cannot serve Other Partner.',
      ],
      [
        'the two the wrong way round',
        () => [customer, partner],
        'Linked Customer cannot serve Reseller One.',
      ],
      [
        'the vendor as the partner',
        () => [vendor, otherCustomer],
        'Vendor HQ cannot serve Other Customer.',
      ],
    ] as const)(
      'refuses %s with INVALID_PARTNER_LINK and links nothing',
      async (_label, pair, message) => {
        const [p, c] = pair();
        const before = await counts();
        const result = await app.graphql(LINK, { p: p.gid, c: c.gid }, vendorCookie);
        expect(result.data?.linkPartnerToCustomer).toEqual({
          customer: null,
          error: {
            code: 'INVALID_PARTNER_LINK',
            message,
            hint: 'Link a partner organization to a customer organization.',
          },
        });
        expect(await counts()).toEqual(before);
      },
    );
  });
});
