import { randomBytes, randomUUID } from 'node:crypto';
import { startTestApp, type GraphQLResponse, type TestApp } from '../test/test-app';
import { createOrganization, linkPartner, type CreatedOrganization } from '../test/factories';
import { toGlobalId } from '../platform/graphql/global-id';
import { OrganizationEntity } from './organization/organization.entity';
import { PartnerLinkEntity } from './organization/partner-link.entity';

/**
 * Every query and mutation that takes an id, tried by people who must not reach the object
 * behind it. Another tenant's object must answer exactly like one that does not exist, and
 * must come out of the attempt unchanged.
 */

interface Outcome {
  code: string | null;
  message?: string;
  hint?: string;
}

/** An organization shaped so that every operation below would be allowed on it by its own admin. */
interface Victim {
  created: CreatedOrganization;
  gid: string;
  /** Holds ADMINISTRATOR and every mandatory contact. */
  admin: CreatedOrganization['people'][number];
  /** A second ADMINISTRATOR: revoking it breaks no rule. */
  secondAdmin: CreatedOrganization['people'][number];
  /** No roles: may be edited, deleted, handed a contact role. */
  plain: CreatedOrganization['people'][number];
  /** No roles either: the organization's own non-administrator, who tries things on colleagues. */
  member: CreatedOrganization['people'][number];
}

interface Operation {
  name: string;
  kind: 'query' | 'mutation';
  /** The id this operation would act on in the victim organization. */
  targetOf(victim: Victim): string;
  /** An id of the same type that does not exist. */
  missingId(): string;
  run(app: TestApp, id: string, cookie?: string): Promise<Outcome>;
}

const missingOrganization = () => toGlobalId('Organization', randomUUID());
const missingProfessional = () => toGlobalId('Professional', randomUUID());

const OPERATIONS: Operation[] = [
  {
    name: 'organization(id)',
    kind: 'query',
    targetOf: (v) => v.gid,
    missingId: missingOrganization,
    run: async (app, id, cookie) =>
      queryOutcome(
        await app.graphql('query ($id: ID!) { organization(id: $id) { id name } }', { id }, cookie),
        'organization',
      ),
  },
  {
    name: 'professionals(organizationId)',
    kind: 'query',
    targetOf: (v) => v.gid,
    missingId: missingOrganization,
    run: async (app, id, cookie) =>
      queryOutcome(
        await app.graphql(
          'query ($id: ID!) { professionals(organizationId: $id) { totalCount edges { node { id email } } } }',
          { id },
          cookie,
        ),
        'professionals',
      ),
  },
  {
    name: 'createProfessional(input.organizationId)',
    kind: 'mutation',
    targetOf: (v) => v.gid,
    missingId: missingOrganization,
    run: async (app, id, cookie) =>
      mutationOutcome(
        await app.graphql(
          'mutation ($input: CreateProfessionalInput!) { createProfessional(input: $input) { professional { id } error { code message hint } } }',
          {
            input: {
              organizationId: id,
              firstName: 'Ivy',
              lastName: 'Intruder',
              email: `ivy-${randomBytes(3).toString('hex')}@example.test`,
              roles: ['ADMINISTRATOR'],
            },
          },
          cookie,
        ),
        'createProfessional',
      ),
  },
  {
    name: 'updateProfessional(input.id)',
    kind: 'mutation',
    targetOf: (v) => v.plain.gid,
    missingId: missingProfessional,
    run: async (app, id, cookie) =>
      mutationOutcome(
        await app.graphql(
          'mutation ($input: UpdateProfessionalInput!) { updateProfessional(input: $input) { professional { id } error { code message hint } } }',
          { input: { id, firstName: 'Hacked', email: 'hacked@example.test', status: 'DISABLED' } },
          cookie,
        ),
        'updateProfessional',
      ),
  },
  {
    name: 'deleteProfessional(id)',
    kind: 'mutation',
    targetOf: (v) => v.plain.gid,
    missingId: missingProfessional,
    run: async (app, id, cookie) =>
      mutationOutcome(
        await app.graphql(
          'mutation ($id: ID!) { deleteProfessional(id: $id) { deletedProfessionalId error { code message hint } } }',
          { id },
          cookie,
        ),
        'deleteProfessional',
      ),
  },
  {
    name: 'transferRole(toProfessionalId)',
    kind: 'mutation',
    targetOf: (v) => v.plain.gid,
    missingId: missingProfessional,
    run: async (app, id, cookie) =>
      mutationOutcome(
        await app.graphql(
          'mutation ($id: ID!) { transferRole(role: BILLING_CONTACT, toProfessionalId: $id) { professional { id } error { code message hint } } }',
          { id },
          cookie,
        ),
        'transferRole',
      ),
  },
  {
    name: 'transferRole(toProfessionalId) granting ADMINISTRATOR',
    kind: 'mutation',
    targetOf: (v) => v.plain.gid,
    missingId: missingProfessional,
    run: async (app, id, cookie) =>
      mutationOutcome(
        await app.graphql(
          'mutation ($id: ID!) { transferRole(role: ADMINISTRATOR, toProfessionalId: $id) { professional { id } error { code message hint } } }',
          { id },
          cookie,
        ),
        'transferRole',
      ),
  },
  {
    name: 'revokeAdministrator(professionalId)',
    kind: 'mutation',
    targetOf: (v) => v.secondAdmin.gid,
    missingId: missingProfessional,
    run: async (app, id, cookie) =>
      mutationOutcome(
        await app.graphql(
          'mutation ($id: ID!) { revokeAdministrator(professionalId: $id) { professional { id } error { code message hint } } }',
          { id },
          cookie,
        ),
        'revokeAdministrator',
      ),
  },
  {
    // Clearing it: every victim has one (see beforeAll), so a clear that got through would show.
    name: 'setAccountManager(organizationId)',
    kind: 'mutation',
    targetOf: (v) => v.gid,
    missingId: missingOrganization,
    run: async (app, id, cookie) =>
      mutationOutcome(
        await app.graphql(
          'mutation ($id: ID!) { setAccountManager(organizationId: $id, professionalId: null) { organization { id } error { code message hint } } }',
          { id },
          cookie,
        ),
        'setAccountManager',
      ),
  },
];

const MANAGING = OPERATIONS.filter((op) => op.kind === 'mutation');

const SNAPSHOT = `query ($id: ID!) {
  organization(id: $id) { id name accountNumber partners { id } accountManager { id } }
  professionals(organizationId: $id, first: 100) {
    totalCount
    edges { node { id firstName lastName email phone status roles updatedAt } }
  }
}`;

describe('tenant isolation', () => {
  let app: TestApp;
  let vendorCookie: string;
  let vendor: CreatedOrganization;
  let customerA: Victim;
  let customerB: Victim;
  let servedCustomer: Victim;
  let unservedCustomer: Victim;
  let partner: Victim;
  let otherPartner: Victim;
  let customerAdminCookie: string;
  let customerMemberCookie: string;
  let partnerAdminCookie: string;
  let partnerMemberCookie: string;
  let partnerMember: CreatedOrganization['people'][number];
  let customerMember: CreatedOrganization['people'][number];

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createOrganization(app.services, { kind: 'VENDOR', name: 'Vendor' });
    vendorCookie = await app.signIn(vendor.people[0]!.email);

    customerA = await victim(app, 'CUSTOMER', 'Customer A');
    customerB = await victim(app, 'CUSTOMER', 'Customer B');
    servedCustomer = await victim(app, 'CUSTOMER', 'Served customer');
    unservedCustomer = await victim(app, 'CUSTOMER', 'Unserved customer');
    partner = await victim(app, 'PARTNER', 'Partner P');
    otherPartner = await victim(app, 'PARTNER', 'Partner Q');
    await linkPartner(app.services, partner.created, servedCustomer.created);
    await linkPartner(app.services, otherPartner.created, unservedCustomer.created);
    for (const looked of [
      customerA,
      customerB,
      servedCustomer,
      unservedCustomer,
      partner,
      otherPartner,
    ]) {
      await app.db.manager.update(OrganizationEntity, looked.created.organization.id, {
        accountManagerId: vendor.people[0]!.id,
      });
    }

    customerMember = customerA.member;
    partnerMember = partner.member;
    customerAdminCookie = await app.signIn(customerA.admin.email);
    customerMemberCookie = await app.signIn(customerMember.email);
    partnerAdminCookie = await app.signIn(partner.admin.email);
    partnerMemberCookie = await app.signIn(partnerMember.email);
  });
  afterAll(() => app.close());

  /** What the vendor's administrator sees of an organization: anything changed shows here. */
  async function snapshot(target: Victim) {
    const result = await app.graphql(SNAPSHOT, { id: target.gid }, vendorCookie);
    expect(result.errors).toBeUndefined();
    return result.data;
  }

  describe('an administrator of customer A acting on customer B', () => {
    it.each(OPERATIONS.map((op) => [op.name, op] as const))(
      '%s: NOT_FOUND, worded exactly as for an id that does not exist, and B is unchanged',
      async (_name, op) => {
        await expectIndistinguishableAndHarmless(op, customerAdminCookie, customerB);
      },
    );

    it('node(id) is null for B and its people, as for ids that do not exist', async () => {
      for (const id of [
        customerB.gid,
        customerB.admin.gid,
        customerB.plain.gid,
        missingOrganization(),
        missingProfessional(),
      ]) {
        const result = await app.graphql(
          'query ($id: ID!) { node(id: $id) { id } }',
          { id },
          customerAdminCookie,
        );
        expect(result.errors).toBeUndefined();
        expect(result.data).toEqual({ node: null });
      }
      // The same query does return the administrator's own organization: null above is not a broken node().
      const own = await app.graphql(
        'query ($id: ID!) { node(id: $id) { id ... on Organization { name } } }',
        { id: customerA.gid },
        customerAdminCookie,
      );
      expect(own.data).toEqual({ node: { id: customerA.gid, name: 'Customer A' } });
    });

    it('B does not appear among the partners or customers A can see', async () => {
      const result = await app.graphql(
        'query ($id: ID!) { organization(id: $id) { partners { id } customers { id } } }',
        { id: customerA.gid },
        customerAdminCookie,
      );
      expect(result.data?.organization).toEqual({ partners: [], customers: [] });
    });
  });

  describe('a partner administrator', () => {
    it('sees the customers it serves, and only those', async () => {
      const result = await app.graphql(
        'query ($id: ID!) { organization(id: $id) { customers { id name viewerCanManageProfessionals } } }',
        { id: partner.gid },
        partnerAdminCookie,
      );
      expect(result.data?.organization.customers).toEqual([
        { id: servedCustomer.gid, name: 'Served customer', viewerCanManageProfessionals: true },
      ]);
    });

    it('lists and manages the people of a customer it serves, as its own administrators could', async () => {
      const list = await app.graphql(
        'query ($id: ID!) { professionals(organizationId: $id) { totalCount edges { node { id viewerCanDelete } } } }',
        { id: servedCustomer.gid },
        partnerAdminCookie,
      );
      expect(list.errors).toBeUndefined();
      expect(list.data?.professionals.totalCount).toBe(4);
      expect(
        list.data?.professionals.edges.map((e: { node: { id: string } }) => e.node.id).sort(),
      ).toEqual(
        [
          servedCustomer.admin.gid,
          servedCustomer.secondAdmin.gid,
          servedCustomer.plain.gid,
          servedCustomer.member.gid,
        ].sort(),
      );

      const created = await app.graphql(
        'mutation ($input: CreateProfessionalInput!) { createProfessional(input: $input) { professional { id status organization { id } } error { code } } }',
        {
          input: {
            organizationId: servedCustomer.gid,
            firstName: 'Nina',
            lastName: 'New',
            email: 'nina.new@example.test',
          },
        },
        partnerAdminCookie,
      );
      expect(created.data?.createProfessional).toMatchObject({
        error: null,
        professional: { status: 'INVITED', organization: { id: servedCustomer.gid } },
      });
      const nina = created.data?.createProfessional.professional.id as string;

      const updated = await app.graphql(
        'mutation ($input: UpdateProfessionalInput!) { updateProfessional(input: $input) { professional { firstName } error { code } } }',
        { input: { id: servedCustomer.plain.gid, firstName: 'Renamed' } },
        partnerAdminCookie,
      );
      expect(updated.data?.updateProfessional).toEqual({
        professional: { firstName: 'Renamed' },
        error: null,
      });

      const transferred = await app.graphql(
        'mutation ($id: ID!) { transferRole(role: BILLING_CONTACT, toProfessionalId: $id) { professional { roles } error { code } } }',
        { id: nina },
        partnerAdminCookie,
      );
      expect(transferred.data?.transferRole).toEqual({
        professional: { roles: ['BILLING_CONTACT'] },
        error: null,
      });

      const revoked = await app.graphql(
        'mutation ($id: ID!) { revokeAdministrator(professionalId: $id) { professional { roles } error { code } } }',
        { id: servedCustomer.secondAdmin.gid },
        partnerAdminCookie,
      );
      expect(revoked.data?.revokeAdministrator).toEqual({
        professional: { roles: [] },
        error: null,
      });

      const deleted = await app.graphql(
        'mutation ($id: ID!) { deleteProfessional(id: $id) { deletedProfessionalId error { code } } }',
        { id: servedCustomer.plain.gid },
        partnerAdminCookie,
      );
      expect(deleted.data?.deleteProfessional).toEqual({
        deletedProfessionalId: servedCustomer.plain.gid,
        error: null,
      });

      const after = await snapshot(servedCustomer);
      const people = after?.professionals.edges.map(
        (e: { node: { id: string; roles: string[] } }) => [e.node.id, e.node.roles],
      );
      expect(new Map(people)).toEqual(
        new Map([
          [
            servedCustomer.admin.gid,
            ['ADMINISTRATOR', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
          ],
          [servedCustomer.secondAdmin.gid, []],
          [servedCustomer.member.gid, []],
          [nina, ['BILLING_CONTACT']],
        ]),
      );
    });

    describe.each([
      ['a customer it does not serve', () => unservedCustomer],
      ['another partner', () => otherPartner],
    ] as const)('acting on %s', (_label, target) => {
      it.each(OPERATIONS.map((op) => [op.name, op] as const))(
        '%s: NOT_FOUND as for a missing id, and nothing changes',
        async (_name, op) => {
          await expectIndistinguishableAndHarmless(op, partnerAdminCookie, target());
        },
      );

      it('node(id) is null', async () => {
        for (const id of [target().gid, target().plain.gid]) {
          const result = await app.graphql(
            'query ($id: ID!) { node(id: $id) { id } }',
            { id },
            partnerAdminCookie,
          );
          expect(result.data).toEqual({ node: null });
        }
      });
    });

    it('loses access to a customer as soon as the vendor unlinks it', async () => {
      const customer = await victim(app, 'CUSTOMER', 'Briefly served');
      await linkPartner(app.services, partner.created, customer.created);
      const query = 'query ($id: ID!) { professionals(organizationId: $id) { totalCount } }';
      expect(
        (await app.graphql(query, { id: customer.gid }, partnerAdminCookie)).data?.professionals
          .totalCount,
      ).toBe(4);

      const unlinked = await app.graphql(
        'mutation ($p: ID!, $c: ID!) { unlinkPartnerFromCustomer(partnerId: $p, customerId: $c) { customer { partners { id } } error { code } } }',
        { p: partner.gid, c: customer.gid },
        vendorCookie,
      );
      expect(unlinked.data?.unlinkPartnerFromCustomer).toEqual({
        customer: { partners: [] },
        error: null,
      });
      expect(
        (await app.graphql(query, { id: customer.gid }, partnerAdminCookie)).errors?.[0]?.extensions
          ?.code,
      ).toBe('NOT_FOUND');
    });
  });

  describe('a partner professional who is not an administrator', () => {
    it.each(MANAGING.map((op) => [op.name, op] as const))(
      '%s on a served customer is refused and changes nothing',
      async (_name, op) => {
        const before = await snapshot(servedCustomer);
        const outcome = await op.run(app, op.targetOf(servedCustomer), partnerMemberCookie);
        // Partner staff reach served customers only through the Administrator role, so the customer stays out of sight.
        expect(outcome.code).toBe('NOT_FOUND');
        expect(await snapshot(servedCustomer)).toEqual(before);
      },
    );

    it('cannot list the people of a served customer', async () => {
      const result = await app.graphql(
        'query ($id: ID!) { professionals(organizationId: $id) { totalCount } }',
        { id: servedCustomer.gid },
        partnerMemberCookie,
      );
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('a customer professional who is not an administrator', () => {
    it('sees their own organization and themselves, without management rights', async () => {
      const result = await app.graphql(
        `query ($id: ID!) {
          viewer { id email roles viewerCanUpdate viewerCanDelete organization { id } }
          organization(id: $id) { id name viewerCanViewProfessionals viewerCanManageProfessionals administrators { id } }
        }`,
        { id: customerA.gid },
        customerMemberCookie,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        viewer: {
          id: customerMember.gid,
          email: customerMember.email,
          roles: [],
          viewerCanUpdate: true,
          viewerCanDelete: false,
          organization: { id: customerA.gid },
        },
        organization: {
          id: customerA.gid,
          name: 'Customer A',
          viewerCanViewProfessionals: false,
          viewerCanManageProfessionals: false,
          administrators: expect.arrayContaining([
            { id: customerA.admin.gid },
            { id: customerA.secondAdmin.gid },
          ]),
        },
      });
    });

    it('reaches the account manager as a contact, but not the vendor organization through them', async () => {
      const contact = await app.graphql(
        'query ($id: ID!) { organization(id: $id) { accountManager { displayName email } } }',
        { id: customerA.gid },
        customerMemberCookie,
      );
      expect(contact.data?.organization.accountManager).toEqual({
        displayName: expect.any(String),
        email: vendor.people[0]!.email,
      });

      const through = await app.graphql(
        `query ($id: ID!) {
          organization(id: $id) {
            accountManager { organization { id name accountNumber administrators { email lastSignInAt } } }
          }
        }`,
        { id: customerA.gid },
        customerMemberCookie,
      );
      const errors = through.errors as Array<{ path?: unknown; extensions?: { code?: unknown } }>;
      expect(errors?.map((e) => [e.extensions?.code, e.path])).toEqual([
        ['NOT_FOUND', ['organization', 'accountManager', 'organization']],
      ]);
      expect(JSON.stringify(through.data)).not.toContain(vendor.organization.accountNumber);
    });

    it('is FORBIDDEN to list the people of their own organization', async () => {
      const result = await app.graphql(
        'query ($id: ID!) { professionals(organizationId: $id) { totalCount edges { node { email } } } }',
        { id: customerA.gid },
        customerMemberCookie,
      );
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]).toMatchObject({
        message: 'You are not allowed to do that.',
        extensions: { code: 'FORBIDDEN' },
      });
    });

    it.each(MANAGING.map((op) => [op.name, op] as const))(
      '%s in their own organization is FORBIDDEN and changes nothing',
      async (_name, op) => {
        const before = await snapshot(customerA);
        const outcome = await op.run(app, op.targetOf(customerA), customerMemberCookie);
        expect(outcome).toMatchObject({
          code: 'FORBIDDEN',
          message: 'You are not allowed to do that.',
        });
        expect(await snapshot(customerA)).toEqual(before);
      },
    );

    it('may not hand themselves a role or the Administrator role', async () => {
      for (const role of ['ADMINISTRATOR', 'BILLING_CONTACT']) {
        const result = await app.graphql(
          'mutation ($role: Role!, $id: ID!) { transferRole(role: $role, toProfessionalId: $id) { error { code } } }',
          { role, id: customerMember.gid },
          customerMemberCookie,
        );
        expect(result.data?.transferRole.error.code).toBe('FORBIDDEN');
      }
      const viewer = await app.graphql('{ viewer { roles } }', {}, customerMemberCookie);
      expect(viewer.data?.viewer.roles).toEqual([]);
    });

    it.each(OPERATIONS.map((op) => [op.name, op] as const))(
      '%s on customer B: NOT_FOUND as for a missing id',
      async (_name, op) => {
        await expectIndistinguishableAndHarmless(op, customerMemberCookie, customerB);
      },
    );
  });

  describe('signed out', () => {
    it.each(OPERATIONS.map((op) => [op.name, op] as const))(
      '%s: UNAUTHENTICATED and nothing changes',
      async (_name, op) => {
        const before = await snapshot(customerB);
        const outcome = await op.run(app, op.targetOf(customerB), undefined);
        expect(outcome).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Sign in first.' });
        expect(await snapshot(customerB)).toEqual(before);
      },
    );

    it('node(id): UNAUTHENTICATED, so a client can tell an expired session from a missing object', async () => {
      const result = await app.graphql('query ($id: ID!) { node(id: $id) { id } }', {
        id: customerB.gid,
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.data).toEqual({ node: null });
    });

    it('viewer is null and organizations is UNAUTHENTICATED', async () => {
      const viewer = await app.graphql('{ viewer { id } }');
      expect(viewer.data).toEqual({ viewer: null });
      const list = await app.graphql('{ organizations { totalCount } }');
      expect(list.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('vendor-only mutations by anyone else', () => {
    const CREATE =
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } error { code message } } }';
    const LINK =
      'mutation ($p: ID!, $c: ID!) { linkPartnerToCustomer(partnerId: $p, customerId: $c) { customer { id } error { code message } } }';
    const UNLINK =
      'mutation ($p: ID!, $c: ID!) { unlinkPartnerFromCustomer(partnerId: $p, customerId: $c) { customer { id } error { code message } } }';

    const actors: Array<[string, () => string]> = [
      ['a customer administrator', () => customerAdminCookie],
      ['a customer professional', () => customerMemberCookie],
      ['a partner administrator', () => partnerAdminCookie],
      ['a partner professional', () => partnerMemberCookie],
    ];

    it.each(actors)(
      '%s gets FORBIDDEN and nothing is created or linked',
      async (_label, cookie) => {
        const organizations = await app.db.manager.count(OrganizationEntity);
        const links = await app.db.manager.count(PartnerLinkEntity);

        const created = await app.graphql(
          CREATE,
          {
            input: {
              kind: 'CUSTOMER',
              name: 'Sneaky Co',
              accountNumber: `SNEAKY-${randomBytes(3).toString('hex')}`,
              region: 'EMEA',
              administrator: { firstName: 'Sam', lastName: 'Sneak', email: 'sam@sneaky.test' },
              servedByPartnerId: partner.gid,
            },
          },
          cookie(),
        );
        expect(created.data?.createOrganization).toEqual({
          organization: null,
          error: { code: 'FORBIDDEN', message: 'You are not allowed to do that.' },
        });

        // A partner linking itself to a customer it fancies is the case that matters most.
        const linked = await app.graphql(LINK, { p: partner.gid, c: customerB.gid }, cookie());
        expect(linked.data?.linkPartnerToCustomer).toEqual({
          customer: null,
          error: { code: 'FORBIDDEN', message: 'You are not allowed to do that.' },
        });
        const unlinked = await app.graphql(
          UNLINK,
          { p: partner.gid, c: servedCustomer.gid },
          cookie(),
        );
        expect(unlinked.data?.unlinkPartnerFromCustomer.error.code).toBe('FORBIDDEN');

        const can = await app.graphql('{ viewerCanCreateOrganization }', {}, cookie());
        expect(can.data).toEqual({ viewerCanCreateOrganization: false });

        expect(await app.db.manager.count(OrganizationEntity)).toBe(organizations);
        expect(await app.db.manager.count(PartnerLinkEntity)).toBe(links);
        const partnerView = await app.graphql(
          'query ($id: ID!) { organization(id: $id) { customers { id } } }',
          { id: partner.gid },
          vendorCookie,
        );
        expect(partnerView.data?.organization.customers.map((c: { id: string }) => c.id)).toEqual([
          servedCustomer.gid,
        ]);
      },
    );

    it('signed out, they are UNAUTHENTICATED', async () => {
      const linked = await app.graphql(LINK, { p: partner.gid, c: customerB.gid });
      expect(linked.data?.linkPartnerToCustomer.error.code).toBe('UNAUTHENTICATED');
    });
  });

  /**
   * The actor gets, for the other tenant's object, the very answer a made-up id gets, and the
   * other tenant's data reads the same before and after.
   */
  async function expectIndistinguishableAndHarmless(
    op: Operation,
    cookie: string,
    target: Victim,
  ): Promise<void> {
    const before = await snapshot(target);
    const foreign = await op.run(app, op.targetOf(target), cookie);
    const missing = await op.run(app, op.missingId(), cookie);
    expect(foreign.code).toBe('NOT_FOUND');
    expect(foreign).toEqual(missing);
    expect(await snapshot(target)).toEqual(before);
  }
});

async function victim(app: TestApp, kind: 'CUSTOMER' | 'PARTNER', name: string): Promise<Victim> {
  const created = await createOrganization(app.services, {
    kind,
    name,
    people: [
      {
        firstName: 'Ada',
        lastName: 'Admin',
        roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
      },
      { firstName: 'Sid', lastName: 'Second', roles: ['ADMINISTRATOR'] },
      { firstName: 'Pat', lastName: 'Plain' },
      { firstName: 'Max', lastName: 'Member' },
    ],
  });
  const [admin, secondAdmin, plain, member] = created.people as [
    Victim['admin'],
    Victim['admin'],
    Victim['admin'],
    Victim['admin'],
  ];
  return { created, gid: created.gid, admin, secondAdmin, plain, member };
}

function queryOutcome(result: GraphQLResponse, field: string): Outcome {
  const error = result.errors?.[0];
  if (!error) {
    expect(result.data?.[field]).toBeTruthy();
    return { code: null };
  }
  // A refused query hands out no data at all, not even a partial object.
  expect(result.data ?? null).toBeNull();
  return {
    code: (error.extensions?.code as string) ?? null,
    message: error.message,
    hint: error.extensions?.hint as string | undefined,
  };
}

function mutationOutcome(result: GraphQLResponse, field: string): Outcome {
  expect(result.errors).toBeUndefined();
  const payload = result.data?.[field];
  if (!payload.error) return { code: null };
  return { code: payload.error.code, message: payload.error.message, hint: payload.error.hint };
}
