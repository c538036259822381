import { randomBytes } from 'node:crypto';
import { startTestApp, type TestApp } from '../../test/test-app';
import { createOrganization, linkPartner, type CreatedOrganization } from '../../test/factories';
import { GENEROUS_RATE_LIMITS, TEST_PUBLIC_URL } from '../../test/test-settings';
import { OutboxMessageEntity } from '../../platform/mail/outbox-message.entity';
import type { OutgoingEmail } from '../../platform/mail/outgoing-email';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { ProfessionalEntity } from '../professional/professional.entity';
import { AccessRequestEntity } from './access-request.entity';
import { REQUEST_ACCESS_ANSWER } from './access-request.resolver';

const REQUEST = `mutation ($input: RequestAccessInput!) {
  requestAccess(input: $input) { ok message error { code message field hint } }
}`;

const LIST = `query ($org: ID!, $status: AccessRequestStatus, $first: Int, $after: String) {
  accessRequests(organizationId: $org, status: $status, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id firstName lastName displayName email message status createdAt decidedAt declineReason organization { id name } } }
  }
}`;

const APPROVE = `mutation ($id: ID!, $roles: [Role!]) {
  approveAccessRequest(id: $id, roles: $roles) {
    accessRequest { id status decidedAt }
    professional { id firstName lastName email status roles organization { id } }
    error { code message hint }
  }
}`;

const DECLINE = `mutation ($id: ID!, $reason: String) {
  declineAccessRequest(id: $id, reason: $reason) {
    accessRequest { id status decidedAt declineReason }
    error { code message hint }
  }
}`;

const NODE = `query ($id: ID!) { node(id: $id) { id ... on AccessRequest { email status } } }`;

const ADMIN_ROLES = [
  'ADMINISTRATOR',
  'BILLING_CONTACT',
  'CUSTOMER_CARE_CONTACT',
  'SHIPPING_CONTACT',
] as const;

interface RequestFields {
  accountNumber?: string | null;
  firstName: string;
  lastName: string;
  email: string;
  message?: string | null;
}

/** Ticks one millisecond per reading, so every request has its own creation time. */
function tickingClock() {
  let ticks = 0;
  return { now: () => new Date(Date.now() + ticks++) };
}

function unique(): string {
  return randomBytes(4).toString('hex');
}

describe('access requests', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ clock: tickingClock() });
  });
  afterAll(() => app.close());

  async function requestAccess(input: RequestFields) {
    const result = await app.graphql(REQUEST, { input });
    expect(result.errors).toBeUndefined();
    return result.data!.requestAccess as {
      ok: boolean;
      message: string | null;
      error: { code: string; message: string; field: string | null } | null;
    };
  }

  async function emailsTo(address: string): Promise<OutgoingEmail[]> {
    const rows = await app.db.manager.find(OutboxMessageEntity, {
      where: { kind: 'email' },
      order: { createdAt: 'ASC' },
    });
    return rows
      .map((row) => JSON.parse(row.payload) as OutgoingEmail)
      .filter((email) => email.to.toLowerCase() === address.toLowerCase());
  }

  async function requestsOf(organizationId: string): Promise<AccessRequestEntity[]> {
    return app.db.manager.find(AccessRequestEntity, {
      where: { organizationId },
      order: { createdAt: 'ASC' },
    });
  }

  async function auditActions(organizationId: string): Promise<string[]> {
    const events = await app.db.manager.find(AuditEventEntity, {
      where: { organizationId },
      order: { occurredAt: 'ASC' },
    });
    // Signing in is audited too; these tests look at what the requests did.
    return events.map((e) => e.action).filter((action) => !action.startsWith('SIGN_IN_'));
  }

  /** A customer with an active administrator (all mandatory roles), an invited one, a disabled one and a colleague. */
  async function customer(emailDomain?: string): Promise<CreatedOrganization> {
    const tag = unique();
    return createOrganization(app.services, {
      name: `Acme <${tag}>`,
      emailDomain,
      people: [
        {
          firstName: 'Ada',
          lastName: 'Admin',
          email: `ada-${tag}@example.test`,
          roles: [...ADMIN_ROLES],
        },
        {
          firstName: 'Ivo',
          lastName: 'Invited',
          email: `ivo-${tag}@example.test`,
          status: 'INVITED',
          roles: ['ADMINISTRATOR'],
        },
        {
          firstName: 'Dora',
          lastName: 'Disabled',
          email: `dora-${tag}@example.test`,
          status: 'DISABLED',
          roles: ['ADMINISTRATOR'],
        },
        { firstName: 'Carl', lastName: 'Colleague', email: `carl-${tag}@example.test` },
      ],
    });
  }

  async function pendingRequestTo(
    org: CreatedOrganization,
    overrides: Partial<RequestFields> = {},
  ): Promise<{ id: string; email: string }> {
    const email = overrides.email ?? `requester-${unique()}@elsewhere.test`;
    expect(
      (
        await requestAccess({
          accountNumber: org.organization.accountNumber,
          firstName: 'Rita',
          lastName: 'Requester',
          email,
          ...overrides,
        })
      ).ok,
    ).toBe(true);
    const cookie = await app.signIn(org.people[0]!.email);
    const listed = await app.graphql(LIST, { org: org.gid }, cookie);
    const node = listed
      .data!.accessRequests.edges.map((e: { node: { id: string; email: string } }) => e.node)
      .find((n: { email: string }) => n.email === email);
    expect(node).toBeDefined();
    return node;
  }

  describe('requestAccess', () => {
    it('by account number, in any case: stores a pending request, audits it and mails every administrator not disabled', async () => {
      const org = await customer();
      const [ada, ivo, dora, carl] = org.people;
      const answer = await requestAccess({
        accountNumber: `  ${org.organization.accountNumber.toLowerCase()} `,
        firstName: 'Rita',
        lastName: 'Requester',
        email: 'Rita.Requester@elsewhere.test',
        message: 'I run the <b>night</b> shift.\nPlease add me.',
      });
      expect(answer).toEqual({ ok: true, message: REQUEST_ACCESS_ANSWER, error: null });

      const [stored, ...more] = await requestsOf(org.organization.id);
      expect(more).toHaveLength(0);
      expect(stored).toMatchObject({
        firstName: 'Rita',
        lastName: 'Requester',
        email: 'Rita.Requester@elsewhere.test',
        emailNormalized: 'rita.requester@elsewhere.test',
        message: 'I run the <b>night</b> shift.\nPlease add me.',
        status: 'PENDING',
        decidedAt: null,
      });
      expect(await auditActions(org.organization.id)).toEqual(['ACCESS_REQUEST_MADE']);
      const event = await app.db.manager.findOneByOrFail(AuditEventEntity, {
        organizationId: org.organization.id,
      });
      expect(event.actorProfessionalId).toBeNull();
      expect(event.actorLabel).toBe('Rita Requester <Rita.Requester@elsewhere.test>');

      for (const admin of [ada!, ivo!]) {
        const [mail, ...others] = await emailsTo(admin.email);
        expect(others).toHaveLength(0);
        expect(mail!.subject).toBe(`Rita Requester asks to join ${org.organization.name} on Foyer`);
        expect(mail!.replyTo).toBe('Rita.Requester@elsewhere.test');
        expect(mail!.text).toContain(`Hello ${admin.firstName},`);
        expect(mail!.text).toContain('Rita Requester <Rita.Requester@elsewhere.test>');
        expect(mail!.text).toContain('> I run the <b>night</b> shift.\n> Please add me.');
        expect(mail!.text).toContain(`${TEST_PUBLIC_URL}/access-requests`);
        expect(mail!.html).toContain('Rita.Requester@elsewhere.test');
        expect(mail!.html).toContain('I run the &lt;b&gt;night&lt;/b&gt; shift.');
        expect(mail!.html).not.toContain('<b>night</b>');
        expect(mail!.html).toContain(escapeForTest(org.organization.name));
        expect(mail!.html).toContain(`href="${TEST_PUBLIC_URL}/access-requests"`);
      }
      expect(await emailsTo(dora!.email)).toHaveLength(0);
      expect(await emailsTo(carl!.email)).toHaveLength(0);
      // The requester is told nothing by e-mail until someone decides.
      expect(await emailsTo('rita.requester@elsewhere.test')).toHaveLength(0);
    });

    it('by the e-mail’s domain when no account number is given, or when the one given matches nothing', async () => {
      const domain = `acme-${unique()}.test`;
      const org = await customer(domain);
      expect(
        (
          await requestAccess({
            firstName: 'Dan',
            lastName: 'Domain',
            email: `Dan@${domain.toUpperCase()}`,
          })
        ).ok,
      ).toBe(true);
      expect(
        (
          await requestAccess({
            accountNumber: 'NO-SUCH-NUMBER',
            firstName: 'Tess',
            lastName: 'Typo',
            email: `tess@${domain}`,
          })
        ).ok,
      ).toBe(true);

      const stored = await requestsOf(org.organization.id);
      expect(stored.map((r) => [r.emailNormalized, r.status])).toEqual([
        [`dan@${domain}`, 'PENDING'],
        [`tess@${domain}`, 'PENDING'],
      ]);
      expect(await emailsTo(org.people[0]!.email)).toHaveLength(2);
      expect((await emailsTo(org.people[0]!.email))[0]!.text).toContain('They left no message.');
    });

    it('answers an unknown organization, a member and a repeated request exactly like a real one, and stores nothing for them', async () => {
      const domain = `known-${unique()}.test`;
      const org = await customer(domain);
      const known = await requestAccess({
        firstName: 'Kim',
        lastName: 'Known',
        email: `kim@${domain}`,
      });
      const countsBefore = {
        requests: await app.db.manager.count(AccessRequestEntity),
        outbox: await app.db.manager.count(OutboxMessageEntity),
        audit: await app.db.manager.count(AuditEventEntity),
      };

      const unknownNumber = await requestAccess({
        accountNumber: 'ZZ-404',
        firstName: 'Una',
        lastName: 'Known',
        email: `una@nowhere-${unique()}.test`,
      });
      const unknownDomain = await requestAccess({
        firstName: 'Una',
        lastName: 'Known',
        email: `una@nowhere-${unique()}.test`,
      });
      const alreadyMember = await requestAccess({
        accountNumber: org.organization.accountNumber,
        firstName: 'Ada',
        lastName: 'Admin',
        email: org.people[0]!.email.toUpperCase(),
      });
      const alreadyPending = await requestAccess({
        firstName: 'Kim',
        lastName: 'Known',
        email: `KIM@${domain}`,
        message: 'Again.',
      });

      for (const answer of [unknownNumber, unknownDomain, alreadyMember, alreadyPending])
        expect(answer).toEqual(known);
      expect({
        requests: await app.db.manager.count(AccessRequestEntity),
        outbox: await app.db.manager.count(OutboxMessageEntity),
        audit: await app.db.manager.count(AuditEventEntity),
      }).toEqual(countsBefore);
    });

    it('refuses badly shaped input, naming the field and what to do', async () => {
      const base = { firstName: 'Val', lastName: 'Idation', email: 'val@elsewhere.test' };
      const cases: Array<[RequestFields, string, RegExp]> = [
        [{ ...base, firstName: '  ' }, 'firstName', /Enter your first name/],
        [{ ...base, lastName: '' }, 'lastName', /Enter your last name/],
        [{ ...base, email: 'not-an-address' }, 'email', /valid e-mail address/],
        [{ ...base, message: 'x'.repeat(2001) }, 'message', /2000 characters or fewer/],
      ];
      for (const [input, field, message] of cases) {
        const answer = await requestAccess(input);
        expect(answer.ok).toBe(false);
        expect(answer.message).toBeNull();
        expect(answer.error).toMatchObject({ code: 'VALIDATION_FAILED', field });
        expect(answer.error!.message).toMatch(message);
      }
      expect(
        (
          await requestAccess({
            ...base,
            message: 'x'.repeat(2000),
            email: `val-${unique()}@elsewhere.test`,
          })
        ).ok,
      ).toBe(true);
    });
  });

  describe('accessRequests', () => {
    it('lists pending requests newest first with keyset pages, and other statuses on demand', async () => {
      const org = await customer();
      const cookie = await app.signIn(org.people[0]!.email);
      const emails = ['one', 'two', 'three'].map((n) => `${n}-${unique()}@elsewhere.test`);
      for (const email of emails) {
        await requestAccess({
          accountNumber: org.organization.accountNumber,
          firstName: 'Pat',
          lastName: 'Page',
          email,
          message: null,
        });
      }

      const first = await app.graphql(LIST, { org: org.gid, first: 2 }, cookie);
      expect(first.errors).toBeUndefined();
      const page1 = first.data!.accessRequests;
      expect(page1.totalCount).toBe(3);
      expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(page1.edges.map((e: { node: { email: string } }) => e.node.email)).toEqual([
        emails[2],
        emails[1],
      ]);
      expect(page1.edges[0].node).toMatchObject({
        firstName: 'Pat',
        lastName: 'Page',
        displayName: 'Pat Page',
        message: null,
        status: 'PENDING',
        decidedAt: null,
        declineReason: null,
        organization: { id: org.gid, name: org.organization.name },
      });

      const second = await app.graphql(
        LIST,
        { org: org.gid, first: 2, after: page1.pageInfo.endCursor },
        cookie,
      );
      const page2 = second.data!.accessRequests;
      expect(page2.edges.map((e: { node: { email: string } }) => e.node.email)).toEqual([
        emails[0],
      ]);
      expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

      const newest = page1.edges[0].node.id;
      expect(
        (await app.graphql(DECLINE, { id: newest }, cookie)).data!.declineAccessRequest.error,
      ).toBeNull();
      const pending = (await app.graphql(LIST, { org: org.gid }, cookie)).data!.accessRequests;
      expect(pending.totalCount).toBe(2);
      const declined = (await app.graphql(LIST, { org: org.gid, status: 'DECLINED' }, cookie)).data!
        .accessRequests;
      expect(declined.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([newest]);
      const all = (await app.graphql(LIST, { org: org.gid, status: null }, cookie)).data!
        .accessRequests;
      expect(all.totalCount).toBe(3);

      const node = await app.graphql(NODE, { id: newest }, cookie);
      expect(node.data!.node).toEqual({ id: newest, email: emails[2], status: 'DECLINED' });
    });

    it('rejects a forged cursor as a validation error', async () => {
      const org = await customer();
      const cookie = await app.signIn(org.people[0]!.email);
      const result = await app.graphql(LIST, { org: org.gid, after: 'not-a-cursor' }, cookie);
      expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('approveAccessRequest', () => {
    it('adds the requester as an invited professional, sends the invitation and closes the request', async () => {
      const org = await customer();
      const ada = org.people[0]!;
      const request = await pendingRequestTo(org, {
        email: `Nina.New-${unique()}@elsewhere.test`,
        firstName: 'Nina',
        lastName: 'New',
      });
      const cookie = await app.signIn(ada.email);

      const result = await app.graphql(
        APPROVE,
        { id: request.id, roles: ['ADMINISTRATOR'] },
        cookie,
      );
      expect(result.errors).toBeUndefined();
      const payload = result.data!.approveAccessRequest;
      expect(payload.error).toBeNull();
      expect(payload.accessRequest.status).toBe('APPROVED');
      expect(payload.accessRequest.decidedAt).toEqual(expect.any(String));
      expect(payload.professional).toMatchObject({
        firstName: 'Nina',
        lastName: 'New',
        email: request.email,
        status: 'INVITED',
        roles: ['ADMINISTRATOR'],
        organization: { id: org.gid },
      });

      const [stored] = (await requestsOf(org.organization.id)).filter(
        (r) => r.email === request.email,
      );
      const professional = await app.db.manager.findOneByOrFail(ProfessionalEntity, {
        organizationId: org.organization.id,
        email: request.email,
      });
      expect(stored).toMatchObject({
        status: 'APPROVED',
        decidedByProfessionalId: ada.id,
        professionalId: professional.id,
      });

      const [invitation, ...more] = await emailsTo(request.email);
      expect(more).toHaveLength(0);
      expect(invitation!.subject).toBe(
        `Ada Admin invited you to ${org.organization.name} on Foyer`,
      );
      expect(invitation!.text).toContain(`${TEST_PUBLIC_URL}/invitations/`);
      expect(invitation!.html).toContain(`${TEST_PUBLIC_URL}/invitations/`);

      expect(await auditActions(org.organization.id)).toEqual([
        'ACCESS_REQUEST_MADE',
        'PROFESSIONAL_CREATED',
        'INVITATION_SENT',
        'ACCESS_REQUEST_APPROVED',
      ]);
      const approved = await app.db.manager.findOneByOrFail(AuditEventEntity, {
        organizationId: org.organization.id,
        action: 'ACCESS_REQUEST_APPROVED',
      });
      expect(approved).toMatchObject({
        actorProfessionalId: ada.id,
        targetProfessionalId: professional.id,
      });
    });

    it('refuses a request that is no longer pending with ACCESS_REQUEST_CLOSED, changing nothing', async () => {
      const org = await customer();
      const request = await pendingRequestTo(org);
      const cookie = await app.signIn(org.people[0]!.email);
      expect(
        (await app.graphql(APPROVE, { id: request.id }, cookie)).data!.approveAccessRequest.error,
      ).toBeNull();
      const professionals = await app.db.manager.countBy(ProfessionalEntity, {
        organizationId: org.organization.id,
      });
      const mails = (await emailsTo(request.email)).length;

      const again = (await app.graphql(APPROVE, { id: request.id }, cookie)).data!
        .approveAccessRequest;
      expect(again.error).toMatchObject({
        code: 'ACCESS_REQUEST_CLOSED',
        message: 'The request of Rita Requester was already approved.',
      });
      expect(again.professional).toBeNull();
      const decline = (await app.graphql(DECLINE, { id: request.id, reason: 'Too late' }, cookie))
        .data!.declineAccessRequest;
      expect(decline.error.code).toBe('ACCESS_REQUEST_CLOSED');

      expect(
        await app.db.manager.countBy(ProfessionalEntity, { organizationId: org.organization.id }),
      ).toBe(professionals);
      expect(await emailsTo(request.email)).toHaveLength(mails);
    });

    it('says so, and what to do, when the requester was added by hand since they asked', async () => {
      const org = await customer();
      const request = await pendingRequestTo(org);
      const cookie = await app.signIn(org.people[0]!.email);
      const added = await app.graphql(
        `mutation ($input: CreateProfessionalInput!) { createProfessional(input: $input) { error { code } } }`,
        {
          input: {
            organizationId: org.gid,
            firstName: 'Rita',
            lastName: 'Requester',
            email: request.email.toUpperCase(),
          },
        },
        cookie,
      );
      expect(added.data?.createProfessional.error).toBeNull();

      const result = (await app.graphql(APPROVE, { id: request.id }, cookie)).data!
        .approveAccessRequest;
      expect(result).toMatchObject({
        accessRequest: null,
        professional: null,
        error: {
          code: 'EMAIL_TAKEN',
          message: `Rita Requester is already one of ${org.organization.name}’s professionals (${request.email.toUpperCase()}): they were added since they asked.`,
          hint: 'There is nobody to add: find them among the organization’s professionals. To close this request, decline it with a reason such as “You already have access”.',
        },
      });
      expect((await requestsOf(org.organization.id))[0]!.status).toBe('PENDING');
    });

    it('keeps mandatory contact roles to be handed over, as when adding someone by hand', async () => {
      const org = await customer();
      const request = await pendingRequestTo(org);
      const cookie = await app.signIn(org.people[0]!.email);
      const result = (
        await app.graphql(APPROVE, { id: request.id, roles: ['BILLING_CONTACT'] }, cookie)
      ).data!.approveAccessRequest;
      expect(result.error.code).toBe('ROLE_ALREADY_HELD');
      expect((await requestsOf(org.organization.id))[0]!.status).toBe('PENDING');
      expect(await emailsTo(request.email)).toHaveLength(0);
    });
  });

  describe('declineAccessRequest', () => {
    it('closes the request and mails the requester the reason and who can help', async () => {
      const org = await customer();
      const ada = org.people[0]!;
      const request = await pendingRequestTo(org);
      const cookie = await app.signIn(ada.email);

      const result = (
        await app.graphql(
          DECLINE,
          { id: request.id, reason: '  We only add <staff> here.  ' },
          cookie,
        )
      ).data!.declineAccessRequest;
      expect(result.error).toBeNull();
      expect(result.accessRequest).toMatchObject({
        id: request.id,
        status: 'DECLINED',
        declineReason: 'We only add <staff> here.',
      });
      expect(result.accessRequest.decidedAt).toEqual(expect.any(String));

      const [mail, ...more] = await emailsTo(request.email);
      expect(more).toHaveLength(0);
      expect(mail!.subject).toBe(`Your request to join ${org.organization.name} on Foyer`);
      expect(mail!.text).toContain('Hello Rita,');
      expect(mail!.text).toContain('> We only add <staff> here.');
      expect(mail!.text).toContain(
        `ask ${org.organization.name}’s administrators, or write to support@foyer.test`,
      );
      expect(mail!.html).toContain('We only add &lt;staff&gt; here.');
      expect(mail!.html).toContain('support@foyer.test');

      const [stored] = await requestsOf(org.organization.id);
      expect(stored).toMatchObject({
        status: 'DECLINED',
        decidedByProfessionalId: ada.id,
        professionalId: null,
      });
      expect(await auditActions(org.organization.id)).toEqual([
        'ACCESS_REQUEST_MADE',
        'ACCESS_REQUEST_DECLINED',
      ]);
      expect(
        await app.db.manager.countBy(ProfessionalEntity, {
          organizationId: org.organization.id,
          email: request.email,
        }),
      ).toBe(0);
    });

    it('without a reason, says so plainly; the person may then ask again', async () => {
      const org = await customer();
      const request = await pendingRequestTo(org);
      const cookie = await app.signIn(org.people[0]!.email);
      expect(
        (await app.graphql(DECLINE, { id: request.id }, cookie)).data!.declineAccessRequest
          .accessRequest.declineReason,
      ).toBeNull();
      const [mail] = await emailsTo(request.email);
      expect(mail!.text).not.toContain('The reason they gave');
      expect(mail!.text).toContain('declined your request');

      await requestAccess({
        accountNumber: org.organization.accountNumber,
        firstName: 'Rita',
        lastName: 'Requester',
        email: request.email,
      });
      expect((await requestsOf(org.organization.id)).map((r) => r.status)).toEqual([
        'DECLINED',
        'PENDING',
      ]);
    });

    it('refuses a reason longer than 2000 characters', async () => {
      const org = await customer();
      const request = await pendingRequestTo(org);
      const cookie = await app.signIn(org.people[0]!.email);
      const result = (
        await app.graphql(DECLINE, { id: request.id, reason: 'x'.repeat(2001) }, cookie)
      ).data!.declineAccessRequest;
      expect(result.error).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect((await requestsOf(org.organization.id))[0]!.status).toBe('PENDING');
    });
  });

  describe('tenant isolation', () => {
    let org: CreatedOrganization;
    let other: CreatedOrganization;
    let partner: CreatedOrganization;
    let requestId: string;
    beforeAll(async () => {
      org = await customer();
      other = await customer();
      partner = await createOrganization(app.services, { kind: 'PARTNER' });
      await linkPartner(app.services, partner, org);
      requestId = (await pendingRequestTo(org)).id;
    });

    it('is NOT_FOUND for another customer’s administrator, exactly like a request that does not exist', async () => {
      const cookie = await app.signIn(other.people[0]!.email);
      const list = await app.graphql(LIST, { org: org.gid }, cookie);
      expect(list.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(
        (await app.graphql(APPROVE, { id: requestId }, cookie)).data!.approveAccessRequest.error
          .code,
      ).toBe('NOT_FOUND');
      expect(
        (await app.graphql(DECLINE, { id: requestId }, cookie)).data!.declineAccessRequest.error
          .code,
      ).toBe('NOT_FOUND');
      expect((await app.graphql(NODE, { id: requestId }, cookie)).data!.node).toBeNull();

      const missing = Buffer.from('AccessRequest:00000000-0000-0000-0000-000000000000').toString(
        'base64url',
      );
      const approveMissing = (await app.graphql(APPROVE, { id: missing }, cookie)).data!
        .approveAccessRequest.error;
      const approveOther = (await app.graphql(APPROVE, { id: requestId }, cookie)).data!
        .approveAccessRequest.error;
      expect(approveOther).toEqual(approveMissing);
      expect((await requestsOf(org.organization.id))[0]!.status).toBe('PENDING');
    });

    it('is FORBIDDEN for a colleague without the Administrator role', async () => {
      const cookie = await app.signIn(org.people[3]!.email);
      expect(
        (await app.graphql(LIST, { org: org.gid }, cookie)).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await app.graphql(APPROVE, { id: requestId }, cookie)).data!.approveAccessRequest.error
          .code,
      ).toBe('FORBIDDEN');
      expect(
        (await app.graphql(DECLINE, { id: requestId }, cookie)).data!.declineAccessRequest.error
          .code,
      ).toBe('FORBIDDEN');
      expect((await requestsOf(org.organization.id))[0]!.status).toBe('PENDING');
    });

    it('is UNAUTHENTICATED when signed out', async () => {
      expect((await app.graphql(LIST, { org: org.gid })).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
      expect(
        (await app.graphql(APPROVE, { id: requestId })).data!.approveAccessRequest.error.code,
      ).toBe('UNAUTHENTICATED');
    });

    it('lets the partner serving the customer list and approve', async () => {
      const cookie = await app.signIn(partner.people[0]!.email);
      const list = await app.graphql(LIST, { org: org.gid }, cookie);
      expect(list.errors).toBeUndefined();
      expect(
        list.data!.accessRequests.edges.map((e: { node: { id: string } }) => e.node.id),
      ).toEqual([requestId]);
      const approved = (await app.graphql(APPROVE, { id: requestId }, cookie)).data!
        .approveAccessRequest;
      expect(approved.error).toBeNull();
      expect(approved.professional.organization.id).toBe(org.gid);
      const [stored] = await requestsOf(org.organization.id);
      expect(stored!.decidedByProfessionalId).toBe(partner.people[0]!.id);
    });
  });
});

describe('requestAccess rate limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      settings: {
        rateLimits: {
          ...GENEROUS_RATE_LIMITS,
          signIn: {
            perAccount: { limit: 100, windowSeconds: 60 },
            perAddress: { limit: 100, windowSeconds: 60 },
          },
          acceptInvitation: {
            perAccount: { limit: 100, windowSeconds: 60 },
            perAddress: { limit: 100, windowSeconds: 60 },
          },
          requestAccess: {
            perAccount: { limit: 2, windowSeconds: 600 },
            perAddress: { limit: 3, windowSeconds: 900 },
          },
        },
      },
    });
  });
  afterAll(() => app.close());

  async function ask(email: string) {
    const result = await app.graphql(REQUEST, {
      input: { firstName: 'Rob', lastName: 'Ot', email },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.requestAccess;
  }

  it('counts per e-mail and per client address, then says how long to wait', async () => {
    expect((await ask('rob@spam.test')).ok).toBe(true);
    expect((await ask('ROB@spam.test')).ok).toBe(true);
    const perEmail = await ask('rob@spam.test');
    expect(perEmail.ok).toBe(false);
    expect(perEmail.error.code).toBe('RATE_LIMITED');
    expect(perEmail.error.message).toMatch(/^Too many attempts\. Try again in (\d+) seconds\.$/);
    const seconds = Number(/in (\d+) seconds/.exec(perEmail.error.message)![1]);
    expect(seconds).toBeGreaterThan(590);
    expect(seconds).toBeLessThanOrEqual(600);

    // A refused attempt is not counted: the address has used two of its three.
    expect((await ask('other@spam.test')).ok).toBe(true);
    const perAddress = await ask('third@spam.test');
    expect(perAddress.error.code).toBe('RATE_LIMITED');
    expect(perAddress.error.message).toMatch(/Try again in \d+ seconds/);
  });

  it('counts each aliased mutation in one request', async () => {
    const fresh = await startTestApp({
      settings: {
        rateLimits: {
          ...GENEROUS_RATE_LIMITS,
          signIn: {
            perAccount: { limit: 100, windowSeconds: 60 },
            perAddress: { limit: 100, windowSeconds: 60 },
          },
          acceptInvitation: {
            perAccount: { limit: 100, windowSeconds: 60 },
            perAddress: { limit: 100, windowSeconds: 60 },
          },
          requestAccess: {
            perAccount: { limit: 2, windowSeconds: 60 },
            perAddress: { limit: 100, windowSeconds: 60 },
          },
        },
      },
    });
    try {
      const input = '{ firstName: "Al", lastName: "Ias", email: "alias@spam.test" }';
      const result = await fresh.graphql(`mutation {
        a: requestAccess(input: ${input}) { ok error { code } }
        b: requestAccess(input: ${input}) { ok error { code } }
        c: requestAccess(input: ${input}) { ok error { code } }
      }`);
      expect(result.errors).toBeUndefined();
      expect([result.data!.a, result.data!.b, result.data!.c]).toEqual([
        { ok: true, error: null },
        { ok: true, error: null },
        { ok: false, error: { code: 'RATE_LIMITED' } },
      ]);
    } finally {
      await fresh.close();
    }
  });
});

function escapeForTest(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
