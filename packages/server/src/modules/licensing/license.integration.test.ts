import { REGISTRATION_KEY_PATTERN } from '@foyer/shared';
import { startTestApp, type TestApp } from '../../test/test-app';
import {
  createOrganization,
  grantLicense,
  linkPartner,
  type CreatedOrganization,
} from '../../test/factories';
import { TestClock } from '../../test/test-clock';
import { toGlobalId } from '../../platform/graphql/global-id';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { createArticle } from '../knowledge-base/knowledge-base.test-helpers';
import { LicenseEntity } from './license.entity';

const LICENSE_FIELDS =
  'id product edition seats servicePlan startsOn endsOn planStatus daysLeft registrationKeyMasked viewerCanRevealRegistrationKey organization { id name }';
const ORGANIZATION_LICENSES = `query ($id: ID!) { organization(id: $id) { id viewerCanViewLicenses viewerCanManageLicenses licenses { ${LICENSE_FIELDS} } } }`;
const LICENSES = `query ($id: ID!) { licenses(organizationId: $id) { ${LICENSE_FIELDS} } }`;
const NODE = `query ($id: ID!) { node(id: $id) { id ... on License { product registrationKeyMasked } } }`;
const REVEAL = `mutation ($id: ID!) { revealRegistrationKey(licenseId: $id) { registrationKey license { id product } error { code message hint } } }`;
const ADD = `mutation ($input: AddLicenseInput!) { addLicense(input: $input) { license { ${LICENSE_FIELDS} } error { code message field hint } } }`;
const UPDATE = `mutation ($input: UpdateLicenseInput!) { updateLicense(input: $input) { license { ${LICENSE_FIELDS} } error { code message field hint } } }`;
const REMOVE = `mutation ($id: ID!) { removeLicense(id: $id) { removedLicenseId error { code message } } }`;
const ARTICLE = `query ($id: ID!) { article(id: $id) { id title } }`;

/** Hidden characters are ones no field name, enum value or other value in a response contains. */
const KEY = 'ZQXJW-VKZQX-JWVKZ-QXJW-AB12';

describe('licensing', () => {
  const clock = new TestClock(new Date('2030-05-10T12:00:00Z'));
  let app: TestApp;
  let vendor: CreatedOrganization;
  let customer: CreatedOrganization;
  let other: CreatedOrganization;
  let partner: CreatedOrganization;
  let license: LicenseEntity;
  let licenseId: string;
  const cookies: Record<
    | 'vendorAdmin'
    | 'vendorStaff'
    | 'customerAdmin'
    | 'customerMember'
    | 'otherAdmin'
    | 'partnerAdmin'
    | 'partnerMember',
    string
  > = {} as never;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    vendor = await createOrganization(app.services, {
      kind: 'VENDOR',
      people: [
        {
          firstName: 'Vera',
          lastName: 'Admin',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        { firstName: 'Stella', lastName: 'Staff' },
      ],
    });
    customer = await createOrganization(app.services, {
      name: 'Acme Test',
      people: [
        {
          firstName: 'Ana',
          lastName: 'Admin',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        { firstName: 'Mo', lastName: 'Member' },
      ],
    });
    other = await createOrganization(app.services);
    partner = await createOrganization(app.services, {
      kind: 'PARTNER',
      people: [
        {
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        {},
      ],
    });
    await linkPartner(app.services, partner, customer);
    license = await grantLicense(app.services, customer, {
      product: 'atlas',
      servicePlan: 'Premier Support',
      startsOn: '2030-01-01',
      endsOn: '2030-12-31',
      edition: 'Enterprise',
      seats: 40,
    });
    await app.services.db.write([], (manager) =>
      manager.update(LicenseEntity, license.id, { registrationKey: KEY }),
    );
    await grantLicense(app.services, other, { product: 'atlas' });
    licenseId = toGlobalId('License', license.id);
    cookies.vendorAdmin = await app.signIn(vendor.people[0]!.email);
    cookies.vendorStaff = await app.signIn(vendor.people[1]!.email);
    cookies.customerAdmin = await app.signIn(customer.people[0]!.email);
    cookies.customerMember = await app.signIn(customer.people[1]!.email);
    cookies.otherAdmin = await app.signIn(other.people[0]!.email);
    cookies.partnerAdmin = await app.signIn(partner.people[0]!.email);
    cookies.partnerMember = await app.signIn(partner.people[1]!.email);
  });
  afterAll(() => app.close());

  const reveals = (organizationId = customer.organization.id) =>
    app.services.db.manager.find(AuditEventEntity, {
      where: { organizationId, action: 'LICENSE_KEY_REVEALED' },
      order: { occurredAt: 'ASC', id: 'ASC' },
    });

  describe('who sees them', () => {
    it.each([
      'customerAdmin',
      'customerMember',
      'partnerAdmin',
      'vendorStaff',
      'vendorAdmin',
    ] as const)('%s sees the customer’s licences, key masked', async (who) => {
      const response = await app.graphql(ORGANIZATION_LICENSES, { id: customer.gid }, cookies[who]);
      expect(response.errors).toBeUndefined();
      expect(response.data!.organization.viewerCanViewLicenses).toBe(true);
      expect(response.data!.organization.licenses).toEqual([
        {
          id: licenseId,
          product: 'atlas',
          edition: 'Enterprise',
          seats: 40,
          servicePlan: 'Premier Support',
          startsOn: '2030-01-01',
          endsOn: '2030-12-31',
          planStatus: 'ACTIVE',
          daysLeft: 235,
          registrationKeyMasked: '•••••-•••••-•••••-••••-AB12',
          viewerCanRevealRegistrationKey: who !== 'customerMember' && who !== 'vendorStaff',
          organization: { id: customer.gid, name: 'Acme Test' },
        },
      ]);
      expect(
        (await app.graphql(LICENSES, { id: customer.gid }, cookies[who])).data!.licenses,
      ).toHaveLength(1);
      expect((await app.graphql(NODE, { id: licenseId }, cookies[who])).data!.node).toEqual({
        id: licenseId,
        product: 'atlas',
        registrationKeyMasked: '•••••-•••••-•••••-••••-AB12',
      });
    });

    it.each(['otherAdmin', 'partnerMember'] as const)(
      '%s is told the organization and the licence do not exist',
      async (who) => {
        expect(
          (await app.graphql(ORGANIZATION_LICENSES, { id: customer.gid }, cookies[who])).errors?.[0]
            ?.extensions?.code,
        ).toBe('NOT_FOUND');
        const listed = await app.graphql(LICENSES, { id: customer.gid }, cookies[who]);
        expect(listed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(listed.data?.licenses ?? null).toBeNull();
        expect((await app.graphql(NODE, { id: licenseId }, cookies[who])).data!.node).toBeNull();
        const revealed = await app.graphql(REVEAL, { id: licenseId }, cookies[who]);
        expect(revealed.data!.revealRegistrationKey).toMatchObject({
          registrationKey: null,
          error: { code: 'NOT_FOUND' },
        });
      },
    );

    it('costs as many SQL statements for a page of many organizations with their licences as for two', async () => {
      const statementsFor = async (first: number) => {
        const before = app.db.statements.count;
        const result = await app.graphql(
          `query ($first: Int) { organizations(first: $first) { edges { node { id licenses { ${LICENSE_FIELDS} } } } } }`,
          { first },
          cookies.vendorAdmin,
        );
        expect(result.errors).toBeUndefined();
        expect(result.data?.organizations.edges).toHaveLength(first);
        return app.db.statements.count - before;
      };
      expect(await statementsFor(4)).toBe(await statementsFor(2));
    });

    it('never sends the hidden characters of the key, whatever is asked', async () => {
      const hidden = KEY.replace(/-/g, '').slice(0, -4);
      for (const who of [
        'customerAdmin',
        'customerMember',
        'partnerAdmin',
        'vendorAdmin',
      ] as const) {
        const bodies = [
          await app.graphql(ORGANIZATION_LICENSES, { id: customer.gid }, cookies[who]),
          await app.graphql(LICENSES, { id: customer.gid }, cookies[who]),
          await app.graphql(NODE, { id: licenseId }, cookies[who]),
        ].map((response) => JSON.stringify(response));
        for (const body of bodies) {
          for (let start = 0; start + 3 <= hidden.length; start += 1)
            expect(body).not.toContain(hidden.slice(start, start + 3));
        }
      }
    });
  });

  describe('revealing the registration key', () => {
    it('shows the key to an administrator and records each reveal once, with who and which product, never the key', async () => {
      const before = (await reveals()).map((e) => e.id);
      for (let time = 0; time < 2; time += 1) {
        const response = await app.graphql(REVEAL, { id: licenseId }, cookies.customerAdmin);
        expect(response.data!.revealRegistrationKey).toEqual({
          registrationKey: KEY,
          license: { id: licenseId, product: 'atlas' },
          error: null,
        });
      }
      const events = (await reveals()).filter((e) => !before.includes(e.id));
      expect(events).toHaveLength(2);
      for (const event of events) {
        expect(event.actorProfessionalId).toBe(customer.people[0]!.id);
        expect(event.actorLabel).toContain('Ana Admin');
        expect(JSON.parse(event.details!)).toEqual({ product: 'atlas', edition: 'Enterprise' });
        expect(JSON.stringify(event)).not.toContain(KEY.slice(0, 5));
      }
    });

    it('lets a partner administrator serving the customer reveal it, recorded in the customer’s log', async () => {
      const before = (await reveals()).map((e) => e.id);
      const response = await app.graphql(REVEAL, { id: licenseId }, cookies.partnerAdmin);
      expect(response.data!.revealRegistrationKey.registrationKey).toBe(KEY);
      const events = (await reveals()).filter((e) => !before.includes(e.id));
      expect(events.map((e) => e.actorProfessionalId)).toEqual([partner.people[0]!.id]);
    });

    // A member asks the organization's administrators; vendor staff ask the vendor's, who may
    // reveal it (the customer's administrators cannot make them administrators of anything).
    it.each([
      ['customerMember', (): string => 'Ask an administrator of Acme Test'],
      ['vendorStaff', (): string => `Ask an administrator of ${vendor.organization.name}`],
    ] as const)('refuses %s with the reason, and records nothing', async (who, hint) => {
      const before = (await reveals()).length;
      const response = await app.graphql(REVEAL, { id: licenseId }, cookies[who]);
      expect(response.data!.revealRegistrationKey).toEqual({
        registrationKey: null,
        license: null,
        error: {
          code: 'FORBIDDEN',
          message: 'Only administrators can reveal a registration key.',
          hint: expect.stringContaining(hint()),
        },
      });
      expect(JSON.stringify(response)).not.toContain(KEY.slice(0, 5));
      expect(await reveals()).toHaveLength(before);
    });
  });

  describe('vendor administrators manage licences', () => {
    const valid = () => ({
      organizationId: other.gid,
      product: 'beacon',
      edition: 'Standard',
      seats: 10,
      servicePlan: 'Standard Support',
      startsOn: '2030-01-01',
      endsOn: '2030-12-31',
    });

    it.each<[string, Record<string, unknown>, string, string]>([
      [
        'a product that is no product code',
        { product: 'Beacon Pro' },
        'VALIDATION_FAILED',
        'product',
      ],
      ['an empty edition', { edition: '' }, 'VALIDATION_FAILED', 'edition'],
      ['a blank edition', { edition: '   ' }, 'VALIDATION_FAILED', 'edition'],
      ['no seats', { seats: 0 }, 'VALIDATION_FAILED', 'seats'],
      [
        'an end before the start',
        { startsOn: '2030-06-01', endsOn: '2030-05-31' },
        'VALIDATION_FAILED',
        'endsOn',
      ],
      [
        'a date that is not in the calendar',
        { endsOn: '2030-02-30' },
        'VALIDATION_FAILED',
        'endsOn',
      ],
      ['a badly formed date', { startsOn: '1/1/2030' }, 'VALIDATION_FAILED', 'startsOn'],
      [
        'a malformed registration key',
        { registrationKey: 'abc-123' },
        'VALIDATION_FAILED',
        'registrationKey',
      ],
      [
        'a second licence for a product the organization holds',
        { product: 'atlas' },
        'LICENSE_EXISTS',
        'product',
      ],
      [
        'the vendor as the holder',
        { organizationId: 'VENDOR' },
        'VALIDATION_FAILED',
        'organizationId',
      ],
    ])(
      'refuses %s, naming the field and changing nothing',
      async (_label, overrides, code, field) => {
        const before = await app.services.db.manager.count(LicenseEntity);
        const input = {
          ...valid(),
          ...overrides,
          ...(overrides.organizationId === 'VENDOR' ? { organizationId: vendor.gid } : {}),
        };
        const response = await app.graphql(ADD, { input }, cookies.vendorAdmin);
        expect(response.data!.addLicense).toMatchObject({
          license: null,
          error: { code, field, message: expect.any(String), hint: expect.any(String) },
        });
        expect(await app.services.db.manager.count(LicenseEntity)).toBe(before);
      },
    );

    it('adds one licence when two additions of the same product race, and tells the other why not', async () => {
      const input = { ...valid(), product: 'racer' };
      const answers = await Promise.all([
        app.graphql(ADD, { input }, cookies.vendorAdmin),
        app.graphql(ADD, { input }, cookies.vendorAdmin),
      ]);
      const errors = answers.map((a) => a.data!.addLicense.error?.code ?? null).sort();
      expect(errors).toEqual(['LICENSE_EXISTS', null]);
      expect(
        await app.services.db.manager.countBy(LicenseEntity, {
          organizationId: other.organization.id,
          product: 'racer',
        }),
      ).toBe(1);
      const added = answers.find((a) => a.data!.addLicense.license)!.data!.addLicense.license;
      await app.graphql(REMOVE, { id: added.id }, cookies.vendorAdmin);
    });

    it.each(['customerAdmin', 'partnerAdmin', 'vendorStaff'] as const)(
      'refuses %s',
      async (who) => {
        const added = await app.graphql(
          ADD,
          { input: { ...valid(), organizationId: customer.gid } },
          cookies[who],
        );
        expect(added.data!.addLicense.error.code).toBe('FORBIDDEN');
        const updated = await app.graphql(
          UPDATE,
          { input: { id: licenseId, seats: 999 } },
          cookies[who],
        );
        expect(updated.data!.updateLicense.error.code).toBe('FORBIDDEN');
        const removed = await app.graphql(REMOVE, { id: licenseId }, cookies[who]);
        expect(removed.data!.removeLicense.error.code).toBe('FORBIDDEN');
        expect(
          await app.services.db.manager.countBy(LicenseEntity, {
            organizationId: customer.organization.id,
          }),
        ).toBe(1);
        const viewer = await app.graphql(ORGANIZATION_LICENSES, { id: customer.gid }, cookies[who]);
        expect(viewer.data!.organization.viewerCanManageLicenses).toBe(false);
      },
    );

    it('adds (generating a key), changes and removes a licence, each recorded in the holder’s audit log', async () => {
      const events = async () =>
        (
          await app.services.db.manager.find(AuditEventEntity, {
            where: { organizationId: other.organization.id },
            order: { occurredAt: 'ASC', id: 'ASC' },
          })
        )
          .filter(
            (e) => e.action.startsWith('LICENSE_') && e.targetLabel?.startsWith('Licence beacon'),
          )
          .map((e) => ({
            action: e.action,
            actor: e.actorProfessionalId,
            target: e.targetLabel,
            details: JSON.parse(e.details ?? 'null'),
          }));
      expect(
        (await app.graphql(ORGANIZATION_LICENSES, { id: other.gid }, cookies.vendorAdmin)).data!
          .organization.viewerCanManageLicenses,
      ).toBe(true);

      const added = await app.graphql(
        ADD,
        { input: { ...valid(), edition: '  Standard ', servicePlan: '' } },
        cookies.vendorAdmin,
      );
      expect(added.data!.addLicense.error).toBeNull();
      const created = added.data!.addLicense.license;
      expect(created).toMatchObject({
        product: 'beacon',
        edition: 'Standard',
        seats: 10,
        servicePlan: null,
        planStatus: 'NONE',
        daysLeft: null,
      });
      clock.advance(1000);
      const key = (await app.graphql(REVEAL, { id: created.id }, cookies.vendorAdmin)).data!
        .revealRegistrationKey.registrationKey;
      expect(key).toMatch(REGISTRATION_KEY_PATTERN);
      expect(created.registrationKeyMasked).toBe(`••••-••••-••••-••••-${key.slice(-4)}`);

      clock.advance(1000);
      const updated = await app.graphql(
        UPDATE,
        {
          input: {
            id: created.id,
            seats: 25,
            servicePlan: 'Premier Support',
            registrationKey: 'ABCDE-FGHJK-LMNPQ-RSTUV',
          },
        },
        cookies.vendorAdmin,
      );
      expect(updated.data!.updateLicense).toMatchObject({
        error: null,
        license: {
          seats: 25,
          servicePlan: 'Premier Support',
          planStatus: 'ACTIVE',
          registrationKeyMasked: '•••••-•••••-•••••-•STUV',
        },
      });
      const backwards = await app.graphql(
        UPDATE,
        { input: { id: created.id, startsOn: '2031-01-01' } },
        cookies.vendorAdmin,
      );
      expect(backwards.data!.updateLicense.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'endsOn',
      });
      const badSeats = await app.graphql(
        UPDATE,
        { input: { id: created.id, seats: -3 } },
        cookies.vendorAdmin,
      );
      expect(badSeats.data!.updateLicense.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'seats',
      });

      clock.advance(1000);
      const removed = await app.graphql(REMOVE, { id: created.id }, cookies.vendorAdmin);
      expect(removed.data!.removeLicense).toEqual({ removedLicenseId: created.id, error: null });
      expect(
        (await app.graphql(NODE, { id: created.id }, cookies.vendorAdmin)).data!.node,
      ).toBeNull();

      const vera = vendor.people[0]!.id;
      expect(await events()).toEqual([
        {
          action: 'LICENSE_ADDED',
          actor: vera,
          target: 'Licence beacon (Standard)',
          details: {
            product: 'beacon',
            edition: 'Standard',
            seats: 10,
            servicePlan: null,
            startsOn: '2030-01-01',
            endsOn: '2030-12-31',
          },
        },
        {
          action: 'LICENSE_KEY_REVEALED',
          actor: vera,
          target: 'Licence beacon (Standard)',
          details: { product: 'beacon', edition: 'Standard' },
        },
        {
          action: 'LICENSE_CHANGED',
          actor: vera,
          target: 'Licence beacon (Standard)',
          details: {
            product: 'beacon',
            seats: { from: 10, to: 25 },
            servicePlan: { from: null, to: 'Premier Support' },
            registrationKey: 'replaced',
          },
        },
        {
          action: 'LICENSE_REMOVED',
          actor: vera,
          target: 'Licence beacon (Standard)',
          details: {
            product: 'beacon',
            edition: 'Standard',
            seats: 25,
            servicePlan: 'Premier Support',
            startsOn: '2030-01-01',
            endsOn: '2030-12-31',
          },
        },
      ]);
      const logged = JSON.stringify(await events());
      expect(logged).not.toContain(key);
      expect(logged).not.toContain('ABCDE-FGHJK');
    });
  });

  describe('entitlements follow at once', () => {
    it('opens a licence-holder article as soon as the licence is added, and closes it as soon as it is removed', async () => {
      const article = await createArticle(app, cookies.vendorAdmin, {
        title: 'Comet tuning guide',
        product: 'comet',
        visibility: 'ENTITLED_PRODUCT',
      });
      expect(
        (await app.graphql(ARTICLE, { id: article.id }, cookies.customerMember)).errors?.[0]
          ?.extensions?.code,
      ).toBe('NOT_FOUND');

      const added = await app.graphql(
        ADD,
        {
          input: {
            organizationId: customer.gid,
            product: 'comet',
            edition: 'Team',
            seats: 5,
            startsOn: '2030-01-01',
            endsOn: '2030-12-31',
          },
        },
        cookies.vendorAdmin,
      );
      expect(added.data!.addLicense.error).toBeNull();
      expect(
        (await app.graphql(ARTICLE, { id: article.id }, cookies.customerMember)).data!.article
          .title,
      ).toBe('Comet tuning guide');

      await app.graphql(REMOVE, { id: added.data!.addLicense.license.id }, cookies.vendorAdmin);
      expect(
        (await app.graphql(ARTICLE, { id: article.id }, cookies.customerMember)).errors?.[0]
          ?.extensions?.code,
      ).toBe('NOT_FOUND');
    });

    // Last: it moves the clock past the end of a service plan.
    it('closes service-plan content the day after the plan’s last day, and says so', async () => {
      const article = await createArticle(app, cookies.vendorAdmin, {
        title: 'Dune hotfix notes',
        product: 'dune',
        visibility: 'ACTIVE_SERVICE_PLAN',
      });
      const added = await app.graphql(
        ADD,
        {
          input: {
            organizationId: customer.gid,
            product: 'dune',
            edition: 'Enterprise',
            seats: 50,
            servicePlan: 'Premier Support',
            startsOn: '2030-01-01',
            endsOn: '2030-05-11',
          },
        },
        cookies.vendorAdmin,
      );
      expect(added.data!.addLicense.license).toMatchObject({
        planStatus: 'EXPIRING_SOON',
        daysLeft: 1,
      });
      expect(
        (await app.graphql(ARTICLE, { id: article.id }, cookies.customerMember)).data!.article
          .title,
      ).toBe('Dune hotfix notes');

      clock.advanceDays(1);
      expect(
        (await app.graphql(ARTICLE, { id: article.id }, cookies.customerMember)).data!.article
          .title,
      ).toBe('Dune hotfix notes');
      clock.advanceDays(1);
      expect(
        (await app.graphql(ARTICLE, { id: article.id }, cookies.customerMember)).errors?.[0]
          ?.extensions?.code,
      ).toBe('NOT_FOUND');
      const listed = (await app.graphql(LICENSES, { id: customer.gid }, cookies.customerMember))
        .data!.licenses;
      expect(listed.find((l: { product: string }) => l.product === 'dune')).toMatchObject({
        planStatus: 'EXPIRED',
        daysLeft: null,
      });
    });
  });
});
