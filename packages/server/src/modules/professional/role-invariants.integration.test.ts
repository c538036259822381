import { startTestApp, type TestApp } from '../../test/test-app';
import { createOrganization } from '../../test/factories';
import { loadMembers } from './organization-members';
import { isActingAdministrator, holderOf } from '@foyer/shared';

const REVOKE =
  'mutation ($id: ID!) { revokeAdministrator(professionalId: $id) { professional { id } error { code message hint } } }';
const DELETE =
  'mutation ($id: ID!) { deleteProfessional(id: $id) { deletedProfessionalId error { code message hint reasons { code role } } } }';
const TRANSFER =
  'mutation ($role: Role!, $to: ID!) { transferRole(role: $role, toProfessionalId: $to) { professional { id roles } previousHolder { id roles } error { code message hint } } }';

describe('role invariants', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('refuses to delete the holder of a mandatory contact role, says why, and deletes once it is handed over', async () => {
    const { people } = await createOrganization(app.services, {
      people: [
        {
          firstName: 'Ana',
          lastName: 'Silva',
          roles: ['ADMINISTRATOR', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        { firstName: 'Bruno', lastName: 'Costa', roles: ['BILLING_CONTACT'] },
        { firstName: 'Carla', lastName: 'Reis' },
      ],
    });
    const [ana, bruno, carla] = people as [
      (typeof people)[0],
      (typeof people)[0],
      (typeof people)[0],
    ];
    const cookie = await app.signIn(ana.email);

    const refused = await app.graphql(DELETE, { id: bruno.gid }, cookie);
    expect(refused.data?.deleteProfessional).toEqual({
      deletedProfessionalId: null,
      error: {
        code: 'MANDATORY_ROLE_HELD',
        message: 'Bruno Costa holds Billing contact: hand it to someone else first.',
        hint: 'Hand Billing contact to another professional, then delete Bruno Costa.',
        reasons: [{ code: 'MANDATORY_ROLE_HELD', role: 'BILLING_CONTACT' }],
      },
    });

    const handed = await app.graphql(TRANSFER, { role: 'BILLING_CONTACT', to: carla.gid }, cookie);
    expect(handed.data?.transferRole).toEqual({
      professional: { id: carla.gid, roles: ['BILLING_CONTACT'] },
      previousHolder: { id: bruno.gid, roles: [] },
      error: null,
    });

    const deleted = await app.graphql(DELETE, { id: bruno.gid }, cookie);
    expect(deleted.data?.deleteProfessional).toEqual({
      deletedProfessionalId: bruno.gid,
      error: null,
    });
  });

  it('refuses to delete an administrator or revoke the last one, with every reason', async () => {
    const { people } = await createOrganization(app.services, {
      people: [
        {
          firstName: 'Solo',
          lastName: 'Admin',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
      ],
    });
    const solo = people[0]!;
    const cookie = await app.signIn(solo.email);

    const deleted = await app.graphql(DELETE, { id: solo.gid }, cookie);
    expect(deleted.data?.deleteProfessional.error.code).toBe('ADMINISTRATOR_CANNOT_BE_DELETED');
    expect(
      deleted.data?.deleteProfessional.error.reasons.map((r: { role: string }) => r.role),
    ).toEqual(['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT']);

    const revoked = await app.graphql(REVOKE, { id: solo.gid }, cookie);
    expect(revoked.data?.revokeAdministrator.error).toMatchObject({
      code: 'LAST_ADMINISTRATOR',
      message: 'Solo Admin is the only active Administrator of this organization.',
    });
    const members = await loadMembers(app.db.manager, solo.organizationId);
    expect(members.filter(isActingAdministrator)).toHaveLength(1);
  });

  it('keeps at least one administrator through 50 concurrent revokes and deletes', async () => {
    const { organization, people } = await createOrganization(app.services, {
      people: [
        { roles: ['ADMINISTRATOR'] },
        { roles: ['ADMINISTRATOR'] },
        { roles: ['BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'] },
      ],
    });
    const [first, second] = people as [(typeof people)[0], (typeof people)[0]];
    // A vendor administrator acts, so neither target's own session is in play.
    const vendor = await createOrganization(app.services, { kind: 'VENDOR' });
    const cookie = await app.signIn(vendor.people[0]!.email);

    const calls = Array.from({ length: 50 }, (_, i) => {
      const target = i % 2 === 0 ? first : second;
      return i % 3 === 0
        ? app.graphql(DELETE, { id: target.gid }, cookie)
        : app.graphql(REVOKE, { id: target.gid }, cookie);
    });
    const results = await Promise.all(calls);
    expect(results.every((r) => !r.errors)).toBe(true);

    const members = await loadMembers(app.db.manager, organization.id);
    expect(members.filter(isActingAdministrator)).toHaveLength(1);
    const revokedOnce = results.filter(
      (r) => r.data?.revokeAdministrator && !r.data.revokeAdministrator.error,
    );
    expect(revokedOnce).toHaveLength(1);
  });

  it('leaves exactly one Billing contact after two concurrent hand-overs', async () => {
    const { organization, people } = await createOrganization(app.services, {
      people: [
        {
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        {},
        {},
      ],
    });
    const [admin, b, c] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    const cookie = await app.signIn(admin.email);

    const [toB, toC] = await Promise.all([
      app.graphql(TRANSFER, { role: 'BILLING_CONTACT', to: b.gid }, cookie),
      app.graphql(TRANSFER, { role: 'BILLING_CONTACT', to: c.gid }, cookie),
    ]);
    expect(toB.data?.transferRole.error).toBeNull();
    expect(toC.data?.transferRole.error).toBeNull();

    const members = await loadMembers(app.db.manager, organization.id);
    const holders = members.filter((m) => m.roles.includes('BILLING_CONTACT'));
    expect(holders).toHaveLength(1);
    expect([b.id, c.id]).toContain(holderOf(members, 'BILLING_CONTACT')?.id);
  });

  it('refuses a hand-over to someone who already holds the role and changes nothing', async () => {
    const { organization, people } = await createOrganization(app.services);
    const admin = people[0]!;
    const cookie = await app.signIn(admin.email);
    const result = await app.graphql(TRANSFER, { role: 'SHIPPING_CONTACT', to: admin.gid }, cookie);
    expect(result.data?.transferRole.error.code).toBe('ROLE_ALREADY_HELD');
    expect(
      holderOf(await loadMembers(app.db.manager, organization.id), 'SHIPPING_CONTACT')?.id,
    ).toBe(admin.id);
  });
});
