import { randomBytes, randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../../test/test-app';
import {
  createOrganization,
  linkPartner,
  type CreatedOrganization,
  type PersonSpec,
} from '../../test/factories';
import { ProfessionalEntity } from '../professional/professional.entity';
import { toGlobalId } from '../../platform/graphql/global-id';
import { OrganizationEntity } from './organization.entity';

const SET = `mutation ($org: ID!, $person: ID) {
  setAccountManager(organizationId: $org, professionalId: $person) {
    organization { id accountManager { id displayName email phone jobTitle } }
    error { code message field hint }
  }
}`;

const ACCOUNT_MANAGER = `query ($id: ID!) {
  organization(id: $id) { id accountManager { id displayName email phone jobTitle } viewerCanSetAccountManager }
}`;

const CREATE = `mutation ($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    organization { id accountManager { id } }
    error { code message field hint }
  }
}`;

type Person = CreatedOrganization['people'][number];

describe('account managers', () => {
  let app: TestApp;
  let vendor: CreatedOrganization;
  let vendorAdminCookie: string;
  let vendorStaffCookie: string;
  /** Vendor staff without roles: the account managers. */
  let omar: Person;
  let priya: Person;
  let disabledStaff: Person;
  let customer: CreatedOrganization;
  let otherCustomer: CreatedOrganization;
  let partner: CreatedOrganization;

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createOrganization(app.services, {
      kind: 'VENDOR',
      name: 'Northwind Software',
      people: [
        {
          firstName: 'Vera',
          lastName: 'Admin',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        { firstName: 'Omar', lastName: 'Haddad' },
        { firstName: 'Priya', lastName: 'Nair', status: 'INVITED' },
        { firstName: 'Dora', lastName: 'Gone', status: 'DISABLED' },
      ],
    });
    [, omar, priya, disabledStaff] = vendor.people as [Person, Person, Person, Person];
    await app.db.manager.update(ProfessionalEntity, omar.id, {
      phone: '+1 415 555 0142',
      jobTitle: 'Account Manager',
    });
    vendorAdminCookie = await app.signIn(vendor.people[0]!.email);
    vendorStaffCookie = await app.signIn(omar.email);

    const people: PersonSpec[] = [
      {
        firstName: 'Ana',
        lastName: 'Admin',
        roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
      },
      { firstName: 'Max', lastName: 'Member' },
    ];
    customer = await createOrganization(app.services, { name: 'Acme Logistics', people });
    otherCustomer = await createOrganization(app.services, { name: 'Globex Health', people });
    partner = await createOrganization(app.services, { kind: 'PARTNER', name: 'Bluefin', people });
    await linkPartner(app.services, partner, customer);
  });
  afterAll(() => app.close());

  async function set(
    organizationGid: string,
    professionalGid: string | null,
    cookie = vendorAdminCookie,
  ) {
    const result = await app.graphql(
      SET,
      { org: organizationGid, person: professionalGid },
      cookie,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.setAccountManager;
  }

  async function storedManagerOf(organization: CreatedOrganization): Promise<string | null> {
    const row = await app.db.manager.findOneByOrFail(OrganizationEntity, {
      id: organization.organization.id,
    });
    return row.accountManagerId;
  }

  const omarAsShown = () => ({
    id: omar.gid,
    displayName: 'Omar Haddad',
    email: omar.email,
    phone: '+1 415 555 0142',
    jobTitle: 'Account Manager',
  });

  describe('setAccountManager by a vendor administrator', () => {
    it('names a vendor professional, changes them, and clears with null', async () => {
      expect(await set(customer.gid, omar.gid)).toEqual({
        organization: { id: customer.gid, accountManager: omarAsShown() },
        error: null,
      });
      expect(await storedManagerOf(customer)).toBe(omar.id);

      // An invited colleague may look after a customer too.
      const changed = await set(customer.gid, priya.gid);
      expect(changed.organization.accountManager).toMatchObject({
        id: priya.gid,
        displayName: 'Priya Nair',
      });

      expect(await set(customer.gid, null)).toEqual({
        organization: { id: customer.gid, accountManager: null },
        error: null,
      });
      expect(await storedManagerOf(customer)).toBeNull();
    });

    it('names one for a partner', async () => {
      const result = await set(partner.gid, omar.gid);
      expect(result).toEqual({
        organization: { id: partner.gid, accountManager: omarAsShown() },
        error: null,
      });
      await set(partner.gid, null);
    });

    it.each([
      [
        'a customer’s professional',
        () => customer.people[1]!,
        'Max Member works for Acme Logistics: an account manager must be one of the vendor’s professionals.',
      ],
      [
        'a partner’s administrator',
        () => partner.people[0]!,
        'Ana Admin works for Bluefin: an account manager must be one of the vendor’s professionals.',
      ],
      [
        'a disabled vendor professional',
        () => disabledStaff,
        'Dora Gone’s access is disabled, so they cannot be the account manager.',
      ],
    ] as const)(
      'refuses %s with VALIDATION_FAILED and keeps the current one',
      async (_label, person, message) => {
        await set(customer.gid, omar.gid);
        const refused = await set(customer.gid, person().gid);
        expect(refused).toEqual({
          organization: null,
          error: {
            code: 'VALIDATION_FAILED',
            message,
            field: 'professionalId',
            hint: expect.any(String),
          },
        });
        expect(await storedManagerOf(customer)).toBe(omar.id);
      },
    );

    it('refuses the vendor itself, which has no account manager', async () => {
      const refused = await set(vendor.gid, omar.gid);
      expect(refused).toMatchObject({
        organization: null,
        error: { code: 'VALIDATION_FAILED', field: 'professionalId' },
      });
      expect(await storedManagerOf(vendor)).toBeNull();
    });

    it('answers NOT_FOUND for a professional or an organization that does not exist', async () => {
      expect(await set(customer.gid, toGlobalId('Professional', randomUUID()))).toMatchObject({
        organization: null,
        error: { code: 'NOT_FOUND', message: 'Professional was not found.' },
      });
      expect(await set(toGlobalId('Organization', randomUUID()), omar.gid)).toMatchObject({
        organization: null,
        error: { code: 'NOT_FOUND', message: 'Organization was not found.' },
      });
    });
  });

  describe('setAccountManager by anyone else', () => {
    it.each([
      ['vendor staff who are not administrators', () => vendorStaffCookie, () => customer],
      [
        'the customer’s own administrator',
        () => app.signIn(customer.people[0]!.email),
        () => customer,
      ],
      [
        'the administrator of the partner serving the customer',
        () => app.signIn(partner.people[0]!.email),
        () => customer,
      ],
      [
        'a partner administrator, for the partner itself',
        () => app.signIn(partner.people[0]!.email),
        () => partner,
      ],
    ] as const)('is FORBIDDEN to %s, and nothing changes', async (_label, cookieOf, target) => {
      await set(target().gid, omar.gid);
      const refused = await set(target().gid, priya.gid, await cookieOf());
      expect(refused).toEqual({
        organization: null,
        error: {
          code: 'FORBIDDEN',
          message: 'You are not allowed to do that.',
          field: null,
          hint: expect.any(String),
        },
      });
      expect(await storedManagerOf(target())).toBe(omar.id);
    });

    it('is NOT_FOUND for another customer’s organization, worded as for one that does not exist', async () => {
      await set(otherCustomer.gid, omar.gid);
      const adminCookie = await app.signIn(customer.people[0]!.email);
      const foreign = await set(otherCustomer.gid, null, adminCookie);
      const missing = await set(toGlobalId('Organization', randomUUID()), null, adminCookie);
      expect(foreign).toEqual({
        organization: null,
        error: expect.objectContaining({ code: 'NOT_FOUND' }),
      });
      expect(foreign).toEqual(missing);
      expect(await storedManagerOf(otherCustomer)).toBe(omar.id);

      const read = await app.graphql(ACCOUNT_MANAGER, { id: otherCustomer.gid }, adminCookie);
      expect(read.data).toBeNull();
      expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('is UNAUTHENTICATED signed out', async () => {
      expect(
        (await app.graphql(SET, { org: customer.gid, person: null })).data?.setAccountManager.error,
      ).toMatchObject({
        code: 'UNAUTHENTICATED',
      });
    });
  });

  describe('Organization.accountManager', () => {
    beforeAll(async () => {
      await set(customer.gid, omar.gid);
    });

    it('is shown to every member of the organization, administrator or not', async () => {
      for (const person of customer.people) {
        const cookie = await app.signIn(person.email);
        const result = await app.graphql(
          '{ viewer { organization { accountManager { displayName email phone jobTitle } viewerCanSetAccountManager } } }',
          {},
          cookie,
        );
        expect(result.errors).toBeUndefined();
        expect(result.data?.viewer.organization).toEqual({
          accountManager: {
            displayName: 'Omar Haddad',
            email: omar.email,
            phone: '+1 415 555 0142',
            jobTitle: 'Account Manager',
          },
          viewerCanSetAccountManager: false,
        });
      }
    });

    it('is shown to the partner serving the customer and to vendor staff, and only vendor administrators may change it', async () => {
      const partnerCookie = await app.signIn(partner.people[0]!.email);
      for (const [cookie, canSet] of [
        [partnerCookie, false],
        [vendorStaffCookie, false],
        [vendorAdminCookie, true],
      ] as const) {
        const result = await app.graphql(ACCOUNT_MANAGER, { id: customer.gid }, cookie);
        expect(result.data?.organization).toEqual({
          id: customer.gid,
          accountManager: omarAsShown(),
          viewerCanSetAccountManager: canSet,
        });
      }
      const onVendor = await app.graphql(ACCOUNT_MANAGER, { id: vendor.gid }, vendorAdminCookie);
      expect(onVendor.data?.organization).toMatchObject({
        accountManager: null,
        viewerCanSetAccountManager: false,
      });
    });

    it('costs as many SQL statements for a page of many organizations as for two', async () => {
      for (let i = 0; i < 6; i += 1) {
        const extra = await createOrganization(app.services, { name: `Managed ${i}` });
        await set(extra.gid, i % 2 ? omar.gid : priya.gid);
      }
      const statementsFor = async (first: number) => {
        const before = app.db.statements.count;
        const result = await app.graphql(
          'query ($first: Int) { organizations(first: $first) { edges { node { id accountManager { id email } } } } }',
          { first },
          vendorAdminCookie,
        );
        expect(result.errors).toBeUndefined();
        expect(result.data?.organizations.edges).toHaveLength(first);
        return app.db.statements.count - before;
      };
      expect(await statementsFor(10)).toBe(await statementsFor(2));
    });

    it('is not named as someone to ask while their access is disabled, and is again once restored', async () => {
      const managed = await createOrganization(app.services, {
        name: 'Looked after',
        people: [
          {
            roles: [
              'ADMINISTRATOR',
              'BILLING_CONTACT',
              'CUSTOMER_CARE_CONTACT',
              'SHIPPING_CONTACT',
            ],
          },
        ],
      });
      expect((await set(managed.gid, priya.gid)).error).toBeNull();
      const memberCookie = await app.signIn(managed.people[0]!.email);
      const setStatus = async (status: string) => {
        const result = await app.graphql(
          'mutation ($id: ID!, $status: ProfessionalStatus!) { updateProfessional(input: { id: $id, status: $status }) { error { code } } }',
          { id: priya.gid, status },
          vendorAdminCookie,
        );
        expect(result.data?.updateProfessional.error).toBeNull();
      };
      const named = async () =>
        (await app.graphql(ACCOUNT_MANAGER, { id: managed.gid }, memberCookie)).data?.organization
          .accountManager;

      await setStatus('DISABLED');
      expect(await named()).toBeNull();
      await setStatus('ACTIVE');
      expect(await named()).toMatchObject({ id: priya.gid });
    });

    it('is cleared when the account manager’s profile is deleted', async () => {
      const leaving = (
        await createOrganization(app.services, {
          kind: 'VENDOR',
          name: 'Vendor annex',
          people: [
            {
              roles: [
                'ADMINISTRATOR',
                'BILLING_CONTACT',
                'CUSTOMER_CARE_CONTACT',
                'SHIPPING_CONTACT',
              ],
            },
            { firstName: 'Leo', lastName: 'Leaving' },
          ],
        })
      ).people[1]!;
      const managed = await createOrganization(app.services, { name: 'Left behind' });
      expect((await set(managed.gid, leaving.gid)).error).toBeNull();

      const deleted = await app.graphql(
        'mutation ($id: ID!) { deleteProfessional(id: $id) { deletedProfessionalId error { code } } }',
        { id: leaving.gid },
        vendorAdminCookie,
      );
      expect(deleted.data?.deleteProfessional).toEqual({
        deletedProfessionalId: leaving.gid,
        error: null,
      });
      const read = await app.graphql(ACCOUNT_MANAGER, { id: managed.gid }, vendorAdminCookie);
      expect(read.data?.organization.accountManager).toBeNull();
      expect(await storedManagerOf(managed)).toBeNull();
    });
  });

  describe('createOrganization(input.accountManagerId)', () => {
    const input = (accountManagerId: string) => {
      const suffix = randomBytes(3).toString('hex');
      return {
        kind: 'CUSTOMER',
        name: `Initech ${suffix}`,
        accountNumber: `INI-${suffix}`,
        region: 'EMEA',
        administrator: { firstName: 'Ian', lastName: 'Admin', email: `ian-${suffix}@initech.test` },
        accountManagerId,
      };
    };

    it('names the account manager of the new organization', async () => {
      const result = await app.graphql(CREATE, { input: input(omar.gid) }, vendorAdminCookie);
      expect(result.data?.createOrganization).toEqual({
        organization: { id: expect.any(String), accountManager: { id: omar.gid } },
        error: null,
      });
    });

    it('refuses a professional outside the vendor and creates nothing', async () => {
      const before = await app.db.manager.count(OrganizationEntity);
      const result = await app.graphql(
        CREATE,
        { input: input(customer.people[1]!.gid) },
        vendorAdminCookie,
      );
      expect(result.data?.createOrganization).toEqual({
        organization: null,
        error: {
          code: 'VALIDATION_FAILED',
          message:
            'Max Member works for Acme Logistics: an account manager must be one of the vendor’s professionals.',
          field: 'accountManagerId',
          hint: 'Pick someone from the vendor’s staff.',
        },
      });
      expect(await app.db.manager.count(OrganizationEntity)).toBe(before);
    });
  });

  describe('supportContact', () => {
    it('answers the support address without a sign-in, and to anyone signed in', async () => {
      expect((await app.graphql('{ supportContact { email } }')).data).toEqual({
        supportContact: { email: 'support@foyer.test' },
      });
      const signedIn = await app.graphql(
        '{ supportContact { email } }',
        {},
        await app.signIn(customer.people[1]!.email),
      );
      expect(signedIn.data).toEqual({ supportContact: { email: 'support@foyer.test' } });
    });
  });
});
