import { randomUUID } from 'node:crypto';
import {
  startTestApp,
  TEST_PASSWORD,
  type GraphQLResponse,
  type TestApp,
} from '../../test/test-app';
import { createOrganization, linkPartner, type CreatedOrganization } from '../../test/factories';
import { toGlobalId } from '../../platform/graphql/global-id';
import { insertProfessional } from '../professional/professional-writer';
import { AccountEntity } from '../auth/account.entity';
import { AuditEventEntity } from './audit-event.entity';

const EVENTS = `query ($org: ID!, $first: Int, $after: String, $action: AuditAction, $actor: ID) {
  auditEvents(organizationId: $org, first: $first, after: $after, action: $action, actor: $actor) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node {
      id action actionLabel occurredAt requestId
      actor { id label } target { id label } details { name value previousValue }
    } }
  }
}`;
const SIGN_IN =
  'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { error { code } } }';
const CREATE =
  'mutation ($input: CreateProfessionalInput!) { createProfessional(input: $input) { professional { id } error { code } } }';
const UPDATE =
  'mutation ($input: UpdateProfessionalInput!) { updateProfessional(input: $input) { professional { id } error { code } } }';
const DELETE =
  'mutation ($id: ID!) { deleteProfessional(id: $id) { deletedProfessionalId error { code } } }';
const TRANSFER =
  'mutation ($role: Role!, $to: ID!) { transferRole(role: $role, toProfessionalId: $to) { professional { id } error { code } } }';
const REVOKE =
  'mutation ($id: ID!) { revokeAdministrator(professionalId: $id) { professional { id } error { code } } }';
const CREATE_ORGANIZATION =
  'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } error { code } } }';

type Person = CreatedOrganization['people'][number];
interface Party {
  id: string | null;
  label: string;
}
interface EventNode {
  id: string;
  action: string;
  actionLabel: string;
  occurredAt: string;
  requestId: string | null;
  actor: Party | null;
  target: Party | null;
  details: Array<{ name: string; value: string | null; previousValue: string | null }>;
}
interface EventPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  nodes: EventNode[];
}
/** What the test expects one event to say, in the order the changes were made. */
interface Expected {
  action: string;
  actorId: string | null;
  targetId: string | null;
  occurredAt: string;
  requestId: string;
}

const WRONG_PASSWORD = 'not the password at all';

describe('audit log', () => {
  let app: TestApp;
  // A clock the test moves, so each change has a known time and the order is unambiguous.
  let now = Date.parse('2030-03-01T09:00:00.000Z');
  const tick = () => new Date((now += 60_000)).toISOString();

  let acme: CreatedOrganization;
  let globex: CreatedOrganization;
  let ada: Person;
  let ben: Person;
  let cara: Person;
  let caraAtGlobex: { id: string; gid: string };
  let olga: Person;
  let partnerAdmin: Person;
  let otherPartnerAdmin: Person;
  let vendorAdmin: Person;
  let vendorStaff: Person;
  const cookies: Record<string, string> = {};
  const sessionTokens: string[] = [];
  /** Acme's log as the script below makes it, oldest first. */
  const expected: Expected[] = [];

  beforeAll(async () => {
    app = await startTestApp({ clock: { now: () => new Date(now) } });
    acme = await createOrganization(app.services, {
      name: 'Acme',
      people: [
        {
          firstName: 'Ada',
          lastName: 'Admin',
          email: 'ada@acme.test',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        { firstName: 'Ben', lastName: 'Baker', email: 'ben@acme.test' },
        { firstName: 'Cara', lastName: 'Cole', email: 'cara@acme.test' },
      ],
    });
    [ada, ben, cara] = acme.people as [Person, Person, Person];
    globex = await createOrganization(app.services, {
      name: 'Globex',
      people: [
        {
          firstName: 'Olga',
          lastName: 'Owner',
          email: 'olga@globex.test',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
      ],
    });
    olga = globex.people[0]!;
    // Cara's account also has a (not yet active) profile at Globex.
    const caraAccount = await app.db.manager.findOneByOrFail(AccountEntity, {
      emailNormalized: 'cara@acme.test',
    });
    const profile = await app.services.db.write([globex.organization.id], (manager) =>
      insertProfessional(
        manager,
        {
          organizationId: globex.organization.id,
          firstName: 'Cara',
          lastName: 'Cole',
          email: 'cara@acme.test',
          status: 'INVITED',
          accountId: caraAccount.id,
        },
        [],
        new Date(now),
      ),
    );
    caraAtGlobex = { id: profile.id, gid: toGlobalId('Professional', profile.id) };

    const partner = await createOrganization(app.services, { kind: 'PARTNER', name: 'Reseller' });
    await linkPartner(app.services, partner, acme);
    partnerAdmin = partner.people[0]!;
    otherPartnerAdmin = (
      await createOrganization(app.services, { kind: 'PARTNER', name: 'Other reseller' })
    ).people[0]!;
    const vendor = await createOrganization(app.services, {
      kind: 'VENDOR',
      name: 'Vendor',
      people: [
        {
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        { firstName: 'Stella', lastName: 'Staff' },
      ],
    });
    [vendorAdmin, vendorStaff] = vendor.people as [Person, Person];
    for (const person of [olga, partnerAdmin, otherPartnerAdmin, vendorAdmin, vendorStaff]) {
      cookies[person.id] = (await signIn(person.email)).cookie;
    }

    // The script: every kind of change, each at its own minute, each noted in `expected`.
    const at = (
      time: string,
      action: string,
      actor: Person | null,
      targetId: string | null,
      response: GraphQLResponse,
    ) => {
      expect(response.errors).toBeUndefined();
      expected.push({
        action,
        actorId: actor?.gid ?? null,
        targetId,
        occurredAt: time,
        requestId: response.requestId!,
      });
    };
    let time = tick();
    const caraSignIn = await signIn(cara.email);
    cookies[cara.id] = caraSignIn.cookie;
    at(time, 'SIGN_IN_SUCCEEDED', cara, cara.gid, caraSignIn.response);

    time = tick();
    const adaSignIn = await signIn(ada.email);
    const adaCookie = (cookies[ada.id] = adaSignIn.cookie);
    at(time, 'SIGN_IN_SUCCEEDED', ada, ada.gid, adaSignIn.response);

    time = tick();
    const created = await app.graphql(
      CREATE,
      {
        input: {
          organizationId: acme.gid,
          firstName: 'Dan',
          lastName: 'Doe',
          email: 'dan@acme.test',
          roles: ['ADMINISTRATOR'],
        },
      },
      adaCookie,
    );
    const danGid: string = created.data!.createProfessional.professional.id;
    at(time, 'PROFESSIONAL_CREATED', ada, danGid, created);

    time = tick();
    const updated = await app.graphql(
      UPDATE,
      { input: { id: danGid, email: 'dan.doe@acme.test', jobTitle: 'Buyer' } },
      adaCookie,
    );
    expect(updated.data!.updateProfessional.error).toBeNull();
    at(time, 'PROFESSIONAL_UPDATED', ada, danGid, updated);

    tick(); // the same values again: nothing changes, so nothing is recorded
    const unchanged = await app.graphql(
      UPDATE,
      { input: { id: danGid, email: 'dan.doe@acme.test', jobTitle: 'Buyer' } },
      adaCookie,
    );
    expect(unchanged.data!.updateProfessional.error).toBeNull();

    time = tick();
    const handedOver = await app.graphql(
      TRANSFER,
      { role: 'BILLING_CONTACT', to: ben.gid },
      adaCookie,
    );
    expect(handedOver.data!.transferRole.error).toBeNull();
    at(time, 'ROLE_HANDED_OVER', ada, ben.gid, handedOver);

    time = tick();
    const granted = await app.graphql(TRANSFER, { role: 'ADMINISTRATOR', to: ben.gid }, adaCookie);
    expect(granted.data!.transferRole.error).toBeNull();
    at(time, 'ROLE_GRANTED', ada, ben.gid, granted);

    time = tick();
    const revoked = await app.graphql(REVOKE, { id: danGid }, adaCookie);
    expect(revoked.data!.revokeAdministrator.error).toBeNull();
    at(time, 'ROLE_REVOKED', ada, danGid, revoked);

    time = tick();
    const deleted = await app.graphql(DELETE, { id: danGid }, adaCookie);
    expect(deleted.data!.deleteProfessional.error).toBeNull();
    at(time, 'PROFESSIONAL_DELETED', ada, danGid, deleted);

    time = tick();
    const failed = await app.graphql(SIGN_IN, { email: cara.email, password: WRONG_PASSWORD });
    expect(failed.data!.signIn.error.code).toBe('INVALID_CREDENTIALS');
    at(time, 'SIGN_IN_FAILED', null, cara.gid, failed);

    tick(); // an address no account has: no organization to record it in
    const unknown = await app.graphql(SIGN_IN, {
      email: 'nobody@acme.test',
      password: WRONG_PASSWORD,
    });
    expect(unknown.data!.signIn.error.code).toBe('INVALID_CREDENTIALS');

    time = tick();
    const benSignIn = await signIn(ben.email);
    cookies[ben.id] = benSignIn.cookie;
    at(time, 'SIGN_IN_SUCCEEDED', ben, ben.gid, benSignIn.response);

    time = tick();
    const benEdits = await app.graphql(
      UPDATE,
      { input: { id: cara.gid, jobTitle: 'Planner' } },
      benSignIn.cookie,
    );
    expect(benEdits.data!.updateProfessional.error).toBeNull();
    at(time, 'PROFESSIONAL_UPDATED', ben, cara.gid, benEdits);
  });
  afterAll(() => app.close());

  async function signIn(email: string, password = TEST_PASSWORD) {
    const response = await app.graphql(SIGN_IN, { email, password });
    expect(response.data?.signIn.error).toBeNull();
    const cookie = response.setCookie.find((c) => c.startsWith('foyer_session='))!.split(';')[0]!;
    sessionTokens.push(cookie.split('=')[1]!);
    return { cookie, response };
  }

  async function events(
    cookie: string | undefined,
    variables: Record<string, unknown>,
  ): Promise<EventPage> {
    const result = await app.graphql(EVENTS, variables, cookie);
    expect(result.errors).toBeUndefined();
    const connection = result.data!.auditEvents;
    return { ...connection, nodes: connection.edges.map((e: { node: EventNode }) => e.node) };
  }

  async function refusal(cookie: string | undefined, org: string): Promise<string | undefined> {
    const result = await app.graphql(EVENTS, { org }, cookie);
    expect(result.data ?? null).toBeNull();
    return result.errors?.[0]?.extensions?.code as string | undefined;
  }

  const label = (p: { firstName: string; lastName: string }, email: string) =>
    `${p.firstName} ${p.lastName} <${email}>`;

  it('records every change, newest first, with actor, target, UTC time and the request id of the change', async () => {
    const log = await events(cookies[ada.id], { org: acme.gid, first: 100 });
    expect(log.totalCount).toBe(expected.length);
    expect(
      log.nodes.map((e) => ({
        action: e.action,
        actorId: e.actor?.id ?? null,
        targetId: e.target?.id ?? null,
        occurredAt: e.occurredAt,
        requestId: e.requestId,
      })),
    ).toEqual([...expected].reverse());
    for (const event of log.nodes) {
      expect(event.occurredAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(event.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(new Set(log.nodes.map((e) => e.requestId)).size).toBe(log.nodes.length);
  });

  it('says what each event did, in words and in details', async () => {
    const log = await events(cookies[ada.id], { org: acme.gid, first: 100 });
    const byAction = (action: string) => log.nodes.filter((e) => e.action === action);
    const [created] = byAction('PROFESSIONAL_CREATED');
    expect(created).toMatchObject({
      actionLabel: 'Professional added',
      actor: { id: ada.gid, label: label(ada, 'ada@acme.test') },
      target: { label: 'Dan Doe <dan@acme.test>' },
      details: [
        { name: 'roles', value: 'ADMINISTRATOR', previousValue: null },
        { name: 'status', value: 'INVITED', previousValue: null },
      ],
    });
    const [byBen, byAda] = byAction('PROFESSIONAL_UPDATED');
    expect(byAda!.details).toEqual([
      { name: 'email', value: 'dan.doe@acme.test', previousValue: 'dan@acme.test' },
      { name: 'jobTitle', value: 'Buyer', previousValue: null },
    ]);
    expect(byBen).toMatchObject({
      actor: { id: ben.gid, label: label(ben, 'ben@acme.test') },
      target: { id: cara.gid, label: label(cara, 'cara@acme.test') },
      details: [{ name: 'jobTitle', value: 'Planner', previousValue: null }],
    });
    expect(byAction('ROLE_HANDED_OVER')[0]).toMatchObject({
      actionLabel: 'Role handed over',
      details: [
        { name: 'role', value: 'BILLING_CONTACT', previousValue: null },
        {
          name: 'holder',
          value: label(ben, 'ben@acme.test'),
          previousValue: label(ada, 'ada@acme.test'),
        },
      ],
    });
    expect(byAction('ROLE_GRANTED')[0]!.details).toEqual([
      { name: 'role', value: 'ADMINISTRATOR', previousValue: null },
    ]);
    expect(byAction('ROLE_REVOKED')[0]).toMatchObject({
      target: { label: 'Dan Doe <dan.doe@acme.test>' },
      details: [{ name: 'role', value: 'ADMINISTRATOR', previousValue: null }],
    });
    // The deleted person's name stays in the log.
    expect(byAction('PROFESSIONAL_DELETED')[0]).toMatchObject({
      actionLabel: 'Professional deleted',
      target: { label: 'Dan Doe <dan.doe@acme.test>' },
    });
    expect(byAction('SIGN_IN_FAILED')[0]).toMatchObject({
      actionLabel: 'Sign-in failed',
      actor: { id: null },
      target: { id: cara.gid, label: label(cara, 'cara@acme.test') },
      details: [{ name: 'reason', value: 'INVALID_CREDENTIALS', previousValue: null }],
    });
    expect(byAction('SIGN_IN_SUCCEEDED').map((e) => e.actionLabel)).toEqual([
      'Signed in',
      'Signed in',
      'Signed in',
    ]);
  });

  it('records a failed sign-in in every organization the account belongs to, and never an unknown address', async () => {
    const globexLog = await events(cookies[olga.id], { org: globex.gid, action: 'SIGN_IN_FAILED' });
    expect(globexLog.nodes).toEqual([
      expect.objectContaining({
        target: { id: caraAtGlobex.gid, label: label(cara, 'cara@acme.test') },
        requestId: expected.find((e) => e.action === 'SIGN_IN_FAILED')!.requestId,
      }),
    ]);
    const all = await app.db.manager.find(AuditEventEntity, {
      where: { action: 'SIGN_IN_FAILED' },
    });
    expect(all.map((e) => e.targetProfessionalId).sort()).toEqual(
      [cara.id, caraAtGlobex.id].sort(),
    );
    expect(JSON.stringify(await app.db.manager.find(AuditEventEntity))).not.toContain(
      'nobody@acme.test',
    );
  });

  it('keeps passwords, password hashes and session tokens out of the log', async () => {
    const stored = JSON.stringify(await app.db.manager.find(AuditEventEntity));
    expect(stored).not.toContain(TEST_PASSWORD);
    expect(stored).not.toContain(WRONG_PASSWORD);
    expect(stored).not.toContain('$argon2');
    for (const token of sessionTokens) expect(stored).not.toContain(token);
    expect(stored.toLowerCase()).not.toMatch(/password|token/);
  });

  it('filters by action and by actor', async () => {
    const updates = await events(cookies[ada.id], {
      org: acme.gid,
      action: 'PROFESSIONAL_UPDATED',
    });
    expect(updates.totalCount).toBe(2);
    expect(updates.nodes.map((e) => e.actor!.id)).toEqual([ben.gid, ada.gid]);

    const byBen = await events(cookies[ada.id], { org: acme.gid, actor: ben.gid });
    expect(byBen.totalCount).toBe(2);
    expect(byBen.nodes.map((e) => e.action)).toEqual(['PROFESSIONAL_UPDATED', 'SIGN_IN_SUCCEEDED']);

    const benSignIns = await events(cookies[ada.id], {
      org: acme.gid,
      actor: ben.gid,
      action: 'SIGN_IN_SUCCEEDED',
    });
    expect(benSignIns.nodes.map((e) => e.requestId)).toEqual([
      expected.find((e) => e.action === 'SIGN_IN_SUCCEEDED' && e.actorId === ben.gid)!.requestId,
    ]);

    const byStranger = await events(cookies[ada.id], { org: acme.gid, actor: olga.gid });
    expect(byStranger).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('pages newest first without gaps or repeats', async () => {
    const all = (await events(cookies[ada.id], { org: acme.gid, first: 100 })).nodes.map(
      (e) => e.id,
    );
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: EventPage = await events(cookies[ada.id], { org: acme.gid, first: 3, after });
      expect(page.totalCount).toBe(all.length);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...page.nodes.map((e) => e.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(Math.ceil(all.length / 3));
    expect(seen).toEqual(all);

    const bad = await app.graphql(
      EVENTS,
      { org: acme.gid, after: 'not-a-cursor' },
      cookies[ada.id],
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('records the first people of a new organization, and pages through events of one instant', async () => {
    const time = tick();
    const result = await app.graphql(
      CREATE_ORGANIZATION,
      {
        input: {
          kind: 'CUSTOMER',
          name: 'Initech',
          accountNumber: `INI-${randomUUID().slice(0, 6)}`,
          region: 'EMEA',
          administrator: { firstName: 'Ivy', lastName: 'Admin', email: 'ivy@initech.test' },
          billingContact: { firstName: 'Bill', lastName: 'Payer', email: 'bill@initech.test' },
        },
      },
      cookies[vendorAdmin.id],
    );
    expect(result.data!.createOrganization.error).toBeNull();
    const initech: string = result.data!.createOrganization.organization.id;

    const log = await events(cookies[vendorStaff.id], { org: initech });
    expect(log.totalCount).toBe(2);
    const byTarget = Object.fromEntries(log.nodes.map((e) => [e.target!.label, e]));
    expect(byTarget['Ivy Admin <ivy@initech.test>']).toMatchObject({
      action: 'PROFESSIONAL_CREATED',
      actor: { id: vendorAdmin.gid },
      occurredAt: time,
      requestId: result.requestId,
      details: [
        {
          name: 'roles',
          value: 'ADMINISTRATOR, CUSTOMER_CARE_CONTACT, SHIPPING_CONTACT',
          previousValue: null,
        },
        { name: 'status', value: 'INVITED', previousValue: null },
      ],
    });
    expect(byTarget['Bill Payer <bill@initech.test>']!.details[0]).toEqual({
      name: 'roles',
      value: 'BILLING_CONTACT',
      previousValue: null,
    });

    // Both events share one timestamp; the id breaks the tie so paging still sees each once.
    const first = await events(cookies[vendorStaff.id], { org: initech, first: 1 });
    const second = await events(cookies[vendorStaff.id], {
      org: initech,
      first: 1,
      after: first.pageInfo.endCursor,
    });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.nodes, ...second.nodes].map((e) => e.id)).toEqual(log.nodes.map((e) => e.id));
  });

  it('leaves no event behind a change that was refused and rolled back', async () => {
    const before = await app.db.manager.countBy(AuditEventEntity, {
      organizationId: acme.organization.id,
    });
    tick();
    const refused = await app.graphql(DELETE, { id: ada.gid }, cookies[ada.id]);
    expect(refused.data!.deleteProfessional.error.code).toBe('ADMINISTRATOR_CANNOT_BE_DELETED');
    const taken = await app.graphql(
      UPDATE,
      { input: { id: cara.gid, email: 'ada@acme.test' } },
      cookies[ada.id],
    );
    expect(taken.data!.updateProfessional.error.code).toBe('EMAIL_TAKEN');
    const notAllowed = await app.graphql(REVOKE, { id: ada.gid }, cookies[cara.id]);
    expect(notAllowed.data!.revokeAdministrator.error.code).toBe('FORBIDDEN');
    // An event already written when the change fails goes with it.
    const failing = app.services.db.write([acme.organization.id], async (manager) => {
      await app.services.audit.record(manager, {
        organizationId: acme.organization.id,
        action: 'PROFESSIONAL_UPDATED',
        actor: ada.id,
        target: cara,
      });
      throw new Error('the change failed after the event was written');
    });
    await expect(failing).rejects.toThrow('the change failed');
    expect(
      await app.db.manager.countBy(AuditEventEntity, { organizationId: acme.organization.id }),
    ).toBe(before);
  });

  it('is read by the organization’s administrators, the partner serving it and the vendor; nobody else', async () => {
    const total = expected.length;
    for (const reader of [ada, ben, partnerAdmin, vendorAdmin, vendorStaff]) {
      expect(
        (await events(cookies[reader.id], { org: acme.gid })).totalCount,
      ).toBeGreaterThanOrEqual(total);
    }
    expect(await refusal(cookies[cara.id], acme.gid)).toBe('FORBIDDEN');
    expect(await refusal(cookies[olga.id], acme.gid)).toBe('NOT_FOUND');
    expect(await refusal(cookies[otherPartnerAdmin.id], acme.gid)).toBe('NOT_FOUND');
    // Another tenant's organization answers exactly like one that does not exist.
    const stranger = await app.graphql(EVENTS, { org: acme.gid }, cookies[olga.id]);
    const missing = await app.graphql(
      EVENTS,
      { org: toGlobalId('Organization', randomUUID()) },
      cookies[olga.id],
    );
    expect(
      stranger.errors!.map(({ message, extensions }) => ({ message, code: extensions?.code })),
    ).toEqual(
      missing.errors!.map(({ message, extensions }) => ({ message, code: extensions?.code })),
    );
    expect(await refusal(undefined, acme.gid)).toBe('UNAUTHENTICATED');

    // Globex's own log holds nothing of Acme's.
    const globexLog = await events(cookies[olga.id], { org: globex.gid, first: 100 });
    expect(globexLog.nodes.every((e) => e.target?.id !== ada.gid && e.actor?.id !== ada.gid)).toBe(
      true,
    );
  });
});
