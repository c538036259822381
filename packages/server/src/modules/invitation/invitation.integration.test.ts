import http from 'node:http';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app';
import { createOrganization, type CreatedOrganization } from '../../test/factories';
import { TestClock } from '../../test/test-clock';
import { GENEROUS_RATE_LIMITS, TEST_PUBLIC_URL } from '../../test/test-settings';
import { latestInvitationToken, queuedEmailsTo } from '../../test/outbox-mail';
import { InvitationEntity } from './invitation.entity';
import { AccountEntity } from '../auth/account.entity';
import { hashToken } from '../../platform/auth/opaque-token';
import { fromGlobalId } from '../../platform/graphql/global-id';
import { ProfessionalEntity } from '../professional/professional.entity';
import { OutboxMessageEntity } from '../../platform/mail/outbox-message.entity';
import { OutboxWorker } from '../../platform/mail/outbox-worker';
import { NodemailerSender } from '../../platform/mail/smtp-transport';
import { startTestSmtpServer } from '../../test/test-smtp-server';

const CREATE = `mutation ($input: CreateProfessionalInput!) {
  createProfessional(input: $input) { professional { id email status } error { code message field } }
}`;
const PREVIEW =
  '($token: String!) { invitation(token: $token) { email firstName organizationName invitedByName expiresAt accountExists } }';
const ACCEPT = `mutation ($token: String!, $password: String) {
  acceptInvitation(token: $token, password: $password) { viewer { displayName status organization { name } } error { code message hint field } }
}`;
const RESEND =
  'mutation ($id: ID!) { resendInvitation(professionalId: $id) { professional { id } error { code message } } }';
const REVOKE =
  'mutation ($id: ID!) { revokeInvitation(professionalId: $id) { professional { id } error { code message } } }';
const VIEWER = '{ viewer { displayName email status } }';
const NEW_PASSWORD = 'a brand new password';

describe('invitations', () => {
  const clock = new TestClock();
  let app: TestApp;
  let acme: CreatedOrganization;
  let adminCookie: string;
  let counter = 0;

  beforeAll(async () => {
    app = await startTestApp({ clock });
    acme = await createOrganization(app.services, {
      name: 'Acme Logistics',
      people: [
        {
          firstName: 'Ana',
          lastName: 'Silva',
          email: 'ana@acme.test',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
      ],
    });
    adminCookie = await app.signIn('ana@acme.test');
  });
  afterAll(() => app.close());

  /** Adds a professional with "send invitation" ticked and returns them with their link's token. */
  async function invite(email = `new${++counter}@acme.test`, cookie = adminCookie) {
    const created = await app.graphql(
      CREATE,
      {
        input: {
          organizationId: acme.gid,
          firstName: 'Nina',
          lastName: `Novak${counter}`,
          email,
          sendInvitation: true,
        },
      },
      cookie,
    );
    expect(created.data?.createProfessional.error).toBeNull();
    return {
      id: created.data!.createProfessional.professional.id as string,
      email,
      token: await latestInvitationToken(app, email),
    };
  }

  it('mails a one-time link built from PUBLIC_URL, with a text and an HTML part, and stores only its hash', async () => {
    const { email, token } = await invite();
    const [mail] = await queuedEmailsTo(app, email);
    expect(mail!.subject).toBe('Ana Silva invited you to Acme Logistics on Foyer');
    expect(mail!.text).toContain(`${TEST_PUBLIC_URL}/invitations/${token}`);
    expect(mail!.html).toContain(`href="${TEST_PUBLIC_URL}/invitations/${token}"`);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const stored = await app.db.manager.find(InvitationEntity, {
      where: { emailNormalized: email },
    });
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('shows the invitation without using it up, then accepting activates, associates and signs in at once', async () => {
    const { email, token } = await invite();
    const first = await app.graphql(`query ${PREVIEW}`, { token });
    const second = await app.graphql(`query ${PREVIEW}`, { token });
    expect(first.data?.invitation).toMatchObject({
      email,
      firstName: 'Nina',
      organizationName: 'Acme Logistics',
      invitedByName: 'Ana Silva',
      accountExists: false,
    });
    expect(second.data).toEqual(first.data);

    const accepted = await app.graphql(ACCEPT, { token, password: NEW_PASSWORD });
    expect(accepted.data?.acceptInvitation).toEqual({
      viewer: {
        displayName: expect.stringContaining('Nina'),
        status: 'ACTIVE',
        organization: { name: 'Acme Logistics' },
      },
      error: null,
    });
    const viewer = await app.graphql(VIEWER, {}, sessionCookieOf(accepted));
    expect(viewer.data?.viewer).toMatchObject({ email, status: 'ACTIVE' });
    await expect(app.signIn(email, NEW_PASSWORD)).resolves.toMatch(/^foyer_session=/);
  });

  it('gives a used, a revoked, a replaced and an expired link the same answer, naming the administrators', async () => {
    const used = await invite();
    await app.graphql(ACCEPT, { token: used.token, password: NEW_PASSWORD });
    const revoked = await invite();
    expect(
      (await app.graphql(REVOKE, { id: revoked.id }, adminCookie)).data?.revokeInvitation.error,
    ).toBeNull();
    const replaced = await invite();
    expect(
      (await app.graphql(RESEND, { id: replaced.id }, adminCookie)).data?.resendInvitation.error,
    ).toBeNull();
    const expired = await invite();
    clock.advanceDays(15);
    try {
      const answers = await Promise.all(
        [used.token, revoked.token, replaced.token, expired.token].map((token) =>
          app.graphql(ACCEPT, { token, password: NEW_PASSWORD }),
        ),
      );
      const errors = answers.map((a) => a.data?.acceptInvitation.error);
      expect(new Set(errors.map((e) => JSON.stringify(e))).size).toBe(1);
      expect(errors[0]).toMatchObject({ code: 'INVITATION_INVALID' });
      expect(errors[0].hint).toContain(
        'Acme Logistics’s administrators (Ana Silva, ana@acme.test)',
      );
      const preview = await app.graphql(`query ${PREVIEW}`, { token: expired.token });
      expect(preview.errors?.[0]?.extensions).toMatchObject({ code: 'INVITATION_INVALID' });
    } finally {
      clock.advanceDays(-15);
    }
  });

  it('re-sending voids the earlier link and the new one works', async () => {
    const { id, email, token: oldToken } = await invite();
    await app.graphql(RESEND, { id }, adminCookie);
    const newToken = await latestInvitationToken(app, email);
    expect(newToken).not.toBe(oldToken);
    expect(
      (await app.graphql(ACCEPT, { token: oldToken, password: NEW_PASSWORD })).data
        ?.acceptInvitation.error.code,
    ).toBe('INVITATION_INVALID');
    expect(
      (await app.graphql(ACCEPT, { token: newToken, password: NEW_PASSWORD })).data
        ?.acceptInvitation.error,
    ).toBeNull();
    expect((await app.graphql(RESEND, { id }, adminCookie)).data?.resendInvitation.error.code).toBe(
      'NOT_INVITED',
    );
  });

  it('deleting the professional voids the link', async () => {
    const { id, token } = await invite();
    const deleted = await app.graphql(
      'mutation ($id: ID!) { deleteProfessional(id: $id) { error { code } } }',
      { id },
      adminCookie,
    );
    expect(deleted.data?.deleteProfessional.error).toBeNull();
    expect(
      (await app.graphql(ACCEPT, { token, password: NEW_PASSWORD })).data?.acceptInvitation.error
        .code,
    ).toBe('INVITATION_INVALID');
  });

  it('correcting the e-mail voids the link mailed to the old address', async () => {
    const { id, email, token } = await invite();
    const corrected = `corrected-${email}`;
    const updated = await app.graphql(
      `mutation ($input: UpdateProfessionalInput!) {
        updateProfessional(input: $input) { professional { email status invitation { status } } error { code } }
      }`,
      { input: { id, email: corrected } },
      adminCookie,
    );
    expect(updated.data?.updateProfessional).toEqual({
      professional: { email: corrected, status: 'INVITED', invitation: { status: 'REVOKED' } },
      error: null,
    });

    const accepted = await app.graphql(ACCEPT, { token, password: NEW_PASSWORD });
    expect(accepted.data?.acceptInvitation.error.code).toBe('INVITATION_INVALID');
    await expect(app.signIn(corrected, NEW_PASSWORD)).rejects.toThrow();
    expect(
      await app.db.manager.findOneByOrFail(ProfessionalEntity, { emailNormalized: corrected }),
    ).toMatchObject({ status: 'INVITED', accountId: null });

    // A new invitation goes to the corrected address, and that one works.
    await app.graphql(RESEND, { id }, adminCookie);
    const newToken = await latestInvitationToken(app, corrected);
    expect(
      (await app.graphql(ACCEPT, { token: newToken, password: NEW_PASSWORD })).data
        ?.acceptInvitation.error,
    ).toBeNull();
  });

  it('disabling an invited professional voids their link', async () => {
    const { id, token } = await invite();
    const disabled = await app.graphql(
      `mutation ($id: ID!) {
        updateProfessional(input: { id: $id, status: DISABLED }) { professional { status invitation { status } } error { code } }
      }`,
      { id },
      adminCookie,
    );
    expect(disabled.data?.updateProfessional).toEqual({
      professional: { status: 'DISABLED', invitation: { status: 'REVOKED' } },
      error: null,
    });

    const accepted = await app.graphql(ACCEPT, { token, password: NEW_PASSWORD });
    expect(accepted.data?.acceptInvitation).toMatchObject({
      viewer: null,
      error: { code: 'INVITATION_INVALID' },
    });
    expect(accepted.setCookie.filter((c) => c.startsWith('foyer_session='))).toEqual([]);
    const professional = await app.db.manager.findOneByOrFail(ProfessionalEntity, {
      id: fromGlobalId(id)!.id,
    });
    expect(professional).toMatchObject({ status: 'DISABLED', accountId: null });
  });

  it('says why an invitation cannot be sent to someone disabled, and what to do', async () => {
    const { id } = await invite();
    await app.graphql(
      'mutation ($id: ID!) { updateProfessional(input: { id: $id, status: DISABLED }) { error { code } } }',
      { id },
      adminCookie,
    );
    const resent = await app.graphql(
      'mutation ($id: ID!) { resendInvitation(professionalId: $id) { professional { id } error { code message hint } } }',
      { id },
      adminCookie,
    );
    expect(resent.data?.resendInvitation).toEqual({
      professional: null,
      error: {
        code: 'NOT_INVITED',
        message: expect.stringMatching(
          /^Nina Novak\d+’s access is disabled, so no invitation can be sent\.$/,
        ),
        hint: 'Re-activate them first: someone who never joined comes back as invited, and can then be sent an invitation.',
      },
    });
  });

  it('a link still pending to someone since disabled, or to an address no longer theirs, lets nobody in', async () => {
    // As links issued before those changes voided them were left.
    const disabled = await invite();
    const moved = await invite();
    await app.db.manager.update(ProfessionalEntity, fromGlobalId(disabled.id)!.id, {
      status: 'DISABLED',
    });
    await app.db.manager.update(ProfessionalEntity, fromGlobalId(moved.id)!.id, {
      email: `other-${moved.email}`,
      emailNormalized: `other-${moved.email}`,
    });
    for (const { token } of [disabled, moved]) {
      expect((await app.graphql(`query ${PREVIEW}`, { token })).errors?.[0]?.extensions?.code).toBe(
        'INVITATION_INVALID',
      );
      expect(
        (await app.graphql(ACCEPT, { token, password: NEW_PASSWORD })).data?.acceptInvitation.error
          .code,
      ).toBe('INVITATION_INVALID');
    }
    expect(
      await app.db.manager.findOneByOrFail(ProfessionalEntity, {
        id: fromGlobalId(disabled.id)!.id,
      }),
    ).toMatchObject({ status: 'DISABLED', accountId: null });
  });

  it('is bound to the invited e-mail', async () => {
    const { email, token } = await invite();
    // An invited address has no sign-in to claim without the link.
    const signIn = await app.graphql(
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { error { code } } }',
      { e: email, p: TEST_PASSWORD },
    );
    expect(signIn.data?.signIn.error.code).toBe('INVALID_CREDENTIALS');

    const mismatch = await app.graphql(ACCEPT, { token }, adminCookie);
    expect(mismatch.data?.acceptInvitation.error).toMatchObject({
      code: 'INVITATION_EMAIL_MISMATCH',
    });
    const professional = await app.db.manager.findOneByOrFail(ProfessionalEntity, {
      emailNormalized: email,
    });
    expect(professional).toMatchObject({ status: 'INVITED', accountId: null });
  });

  it('someone who already has a sign-in accepts with its password, or with none while signed in as that e-mail', async () => {
    const globex = await createOrganization(app.services, {
      name: 'Globex',
      people: [
        {
          email: 'hiro@globex.test',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
      ],
    });
    expect(globex.people).toHaveLength(1);
    const byPassword = await invite('HIRO@globex.test');
    expect(
      (await app.graphql(`query ${PREVIEW}`, { token: byPassword.token })).data?.invitation
        .accountExists,
    ).toBe(true);
    const wrong = await app.graphql(ACCEPT, {
      token: byPassword.token,
      password: 'not the password',
    });
    expect(wrong.data?.acceptInvitation.error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      field: 'password',
    });
    expect(
      (await app.graphql(ACCEPT, { token: byPassword.token, password: TEST_PASSWORD })).data
        ?.acceptInvitation.error,
    ).toBeNull();

    const other = await createOrganization(app.services, {
      people: [
        {
          email: 'lee@elsewhere.test',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
      ],
    });
    const leeCookie = await app.signIn(other.people[0]!.email);
    const bySession = await invite('lee@elsewhere.test');
    const accepted = await app.graphql(ACCEPT, { token: bySession.token }, leeCookie);
    expect(accepted.data?.acceptInvitation).toMatchObject({
      viewer: { organization: { name: 'Acme Logistics' } },
      error: null,
    });
  });

  it('a new sign-in needs a password of at least 10 characters', async () => {
    const { token } = await invite();
    const weak = await app.graphql(ACCEPT, { token, password: 'short' });
    expect(weak.data?.acceptInvitation.error).toMatchObject({
      code: 'PASSWORD_TOO_WEAK',
      field: 'password',
    });
    expect(
      (await app.graphql(ACCEPT, { token, password: NEW_PASSWORD })).data?.acceptInvitation.error,
    ).toBeNull();
  });

  it('lets exactly one of 20 concurrent accepts of one link succeed', async () => {
    const { email, token } = await invite();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => app.graphql(ACCEPT, { token, password: NEW_PASSWORD })),
    );
    const succeeded = answers.filter((a) => a.data?.acceptInvitation.error === null);
    expect(succeeded).toHaveLength(1);
    expect(
      answers.filter((a) => a.data?.acceptInvitation.error?.code === 'INVITATION_INVALID'),
    ).toHaveLength(19);
    const professional = await app.db.manager.findOneByOrFail(ProfessionalEntity, {
      emailNormalized: email,
    });
    expect(professional.status).toBe('ACTIVE');
  });

  it('sends nothing when the change that issued the invitation rolls back', async () => {
    const before = await app.db.manager.count(OutboxMessageEntity);
    const professional = acme.people[0]!;
    await expect(
      app.db.write([acme.organization.id], async (manager) => {
        await app.services.invitations.issue(manager, professional, null);
        throw new Error('something later in the change failed');
      }),
    ).rejects.toThrow('something later');
    expect(await app.db.manager.count(OutboxMessageEntity)).toBe(before);
    expect(
      await app.db.manager.countBy(InvitationEntity, { professionalId: professional.id }),
    ).toBe(0);
  });

  it('builds the link from PUBLIC_URL even when the request names another host', async () => {
    const email = `forged${++counter}@acme.test`;
    const body = JSON.stringify({
      query: CREATE,
      variables: {
        input: {
          organizationId: acme.gid,
          firstName: 'Fo',
          lastName: 'Rged',
          email,
          sendInvitation: true,
        },
      },
    });
    await new Promise<void>((resolve, reject) => {
      const request = http.request(
        `${app.url}/graphql`,
        {
          method: 'POST',
          headers: {
            host: 'evil.example',
            'x-forwarded-host': 'evil.example',
            'content-type': 'application/json',
            cookie: adminCookie,
          },
        },
        (response) => {
          response.resume();
          response.on('end', resolve);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
    const [mail] = await queuedEmailsTo(app, email);
    expect(mail!.text).toContain(`${TEST_PUBLIC_URL}/invitations/`);
    expect(mail!.text + mail!.html).not.toContain('evil.example');
  });

  it('another organization cannot resend or revoke, and sees NOT_FOUND', async () => {
    const { id } = await invite();
    const other = await createOrganization(app.services);
    const cookie = await app.signIn(other.people[0]!.email);
    expect((await app.graphql(RESEND, { id }, cookie)).data?.resendInvitation.error.code).toBe(
      'NOT_FOUND',
    );
    expect((await app.graphql(REVOKE, { id }, cookie)).data?.revokeInvitation.error.code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('invitation rate limits', () => {
  it('counts every aliased acceptInvitation and says how long to wait', async () => {
    const limit = { limit: 3, windowSeconds: 60 };
    const app = await startTestApp({
      settings: {
        rateLimits: {
          ...GENEROUS_RATE_LIMITS,
          signIn: { perAccount: limit, perAddress: limit },
          acceptInvitation: { perAccount: limit, perAddress: limit },
          requestAccess: { perAccount: limit, perAddress: limit },
        },
      },
    });
    try {
      const aliases = Array.from(
        { length: 4 },
        (_, i) =>
          `a${i}: acceptInvitation(token: "no-such-token-${i}", password: "whatever password") { error { code message } }`,
      );
      const result = await app.graphql(`mutation { ${aliases.join('\n')} }`);
      const codes = [0, 1, 2, 3].map((i) => result.data?.[`a${i}`].error.code);
      expect(codes).toEqual([
        'INVITATION_INVALID',
        'INVITATION_INVALID',
        'INVITATION_INVALID',
        'RATE_LIMITED',
      ]);
      expect(result.data?.a3.error.message).toMatch(
        /^Too many attempts\. Try again in \d+ seconds\.$/,
      );
    } finally {
      await app.close();
    }
  });
});

describe('first acceptances of one e-mail into two organizations at once', () => {
  let app: TestApp;
  let orgs: Array<{ org: CreatedOrganization; cookie: string }>;
  let round = 0;

  beforeAll(async () => {
    app = await startTestApp();
    orgs = [];
    for (const name of ['Acme Logistics', 'Globex Health']) {
      const org = await createOrganization(app.services, { name });
      orgs.push({ org, cookie: await app.signIn(org.people[0]!.email) });
    }
    holdNewSignInsUntilBothArrive(app);
  });
  afterAll(() => app.close());

  /** Someone invited by both organizations: their e-mail and two links, in organization order. */
  async function invitedToBoth(): Promise<{ email: string; tokens: string[] }> {
    const email = `twin${++round}@people.test`;
    for (const { org, cookie } of orgs) {
      const created = await app.graphql(
        CREATE,
        {
          input: {
            organizationId: org.gid,
            firstName: 'Tia',
            lastName: 'Twin',
            email,
            sendInvitation: true,
          },
        },
        cookie,
      );
      expect(created.data?.createProfessional.error).toBeNull();
    }
    const tokens = (await queuedEmailsTo(app, email)).map(
      (mail) => /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!,
    );
    const invitations = await app.db.manager.findBy(InvitationEntity, { emailNormalized: email });
    return {
      email,
      tokens: orgs.map(({ org }) => {
        const { tokenHash } = invitations.find((i) => i.organizationId === org.organization.id)!;
        return tokens.find((token) => hashToken(token) === tokenHash)!;
      }),
    };
  }

  function profilesOf(email: string): Promise<ProfessionalEntity[]> {
    return app.db.manager.findBy(ProfessionalEntity, { emailNormalized: email });
  }

  it('with one password, both succeed and share the one sign-in created', async () => {
    const { email, tokens } = await invitedToBoth();
    const answers = await Promise.all(
      tokens.map((token) => app.graphql(ACCEPT, { token, password: NEW_PASSWORD })),
    );
    expect(answers.map((a) => a.errors ?? a.data?.acceptInvitation.error)).toEqual([null, null]);
    const accounts = await app.db.manager.findBy(AccountEntity, { emailNormalized: email });
    expect(accounts).toHaveLength(1);
    expect((await profilesOf(email)).map((p) => [p.status, p.accountId])).toEqual([
      ['ACTIVE', accounts[0]!.id],
      ['ACTIVE', accounts[0]!.id],
    ]);
    for (const answer of answers) {
      const viewer = await app.graphql(VIEWER, {}, sessionCookieOf(answer));
      expect(viewer.data?.viewer).toMatchObject({ email, status: 'ACTIVE' });
    }
  });

  it('with two passwords, the later one is asked for the password just chosen, and nothing of it is kept', async () => {
    const { email, tokens } = await invitedToBoth();
    const passwords = ['first new password', 'second new password'];
    const answers = await Promise.all(
      tokens.map((token, i) => app.graphql(ACCEPT, { token, password: passwords[i] })),
    );
    const payloads = answers.map((a) => a.errors ?? a.data?.acceptInvitation);
    const winner = payloads.findIndex((p) => p.error === null);
    expect(winner).not.toBe(-1);
    const loser = 1 - winner;
    expect(payloads[loser].error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      field: 'password',
      message: `${email} already has a Foyer sign-in: enter its password.`,
    });
    expect(answers[loser]!.setCookie.some((c) => c.startsWith('foyer_session='))).toBe(false);
    // The refused acceptance left its profile invited and its link pending…
    const refused = (await profilesOf(email)).find(
      (p) => p.organizationId === orgs[loser]!.org.organization.id,
    );
    expect(refused).toMatchObject({ status: 'INVITED', accountId: null });
    // …so it goes through with the password the other one chose.
    const retried = await app.graphql(ACCEPT, {
      token: tokens[loser],
      password: passwords[winner],
    });
    expect(retried.data?.acceptInvitation.error).toBeNull();
  });
});

/**
 * Makes two acceptances of one e-mail race for its new sign-in every time, not only when they
 * happen to: each new sign-in waits, before it is written, until the other acceptance for that
 * e-mail has got as far (both having found none). On SQLite writes take turns, so the other one
 * cannot get there, and the wait gives up after half a second.
 */
function holdNewSignInsUntilBothArrive(app: TestApp): void {
  const accounts = app.services.accounts;
  const create = accounts.create.bind(accounts);
  const waiting = new Map<string, () => void>();
  jest.spyOn(accounts, 'create').mockImplementation(async (manager, email, passwordHash, now) => {
    const other = waiting.get(email);
    if (other) {
      waiting.delete(email);
      other();
    } else {
      await new Promise<void>((resolve) => {
        waiting.set(email, resolve);
        setTimeout(() => {
          waiting.delete(email);
          resolve();
        }, 500);
      });
    }
    return create(manager, email, passwordHash, now);
  });
}

describe('invitation e-mail limits', () => {
  const RESEND_WITH_HINT =
    'mutation ($id: ID!) { resendInvitation(professionalId: $id) { professional { id } error { code message hint } } }';
  const DELETE =
    'mutation ($id: ID!) { deleteProfessional(id: $id) { deletedProfessionalId error { code message } } }';
  const hourLimits = (perRecipient: number, perSender: number) => ({
    rateLimits: {
      ...GENEROUS_RATE_LIMITS,
      sendInvitation: {
        perRecipient: { limit: perRecipient, windowSeconds: 3600 },
        perSender: { limit: perSender, windowSeconds: 3600 },
      },
    },
  });

  let app: TestApp;
  let clock: TestClock;
  let acme: CreatedOrganization;
  let cookie: string;

  beforeEach(async () => {
    clock = new TestClock();
    app = await startTestApp({ clock, settings: hourLimits(3, 5) });
    acme = await createOrganization(app.services, {
      people: [
        {
          email: 'ana@acme.test',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
      ],
    });
    cookie = await app.signIn('ana@acme.test');
  });
  afterEach(() => app.close());

  function add(email: string) {
    return app.graphql(
      CREATE,
      {
        input: {
          organizationId: acme.gid,
          firstName: 'Nina',
          lastName: 'Novak',
          email,
          sendInvitation: true,
        },
      },
      cookie,
    );
  }

  it('re-sending to one person stops at the limit, says how long to wait, and changes nothing', async () => {
    const id = (await add('nina@acme.test')).data!.createProfessional.professional.id;
    for (let i = 0; i < 2; i++) {
      expect(
        (await app.graphql(RESEND_WITH_HINT, { id }, cookie)).data?.resendInvitation.error,
      ).toBeNull();
    }
    const liveToken = await latestInvitationToken(app, 'nina@acme.test');

    const refused = (await app.graphql(RESEND_WITH_HINT, { id }, cookie)).data?.resendInvitation;
    expect(refused.professional).toBeNull();
    expect(refused.error.code).toBe('RATE_LIMITED');
    expect(refused.error.message).toMatch(/^Too many attempts\. Try again in (\d+) seconds\.$/);
    expect(refused.error.hint).toMatch(/^Wait \d+ seconds before trying again\.$/);
    expect(Number(/in (\d+) seconds/.exec(refused.error.message)![1])).toBeGreaterThan(3500);
    expect(await queuedEmailsTo(app, 'nina@acme.test')).toHaveLength(3);
    // The refusal did not void the link she has.
    expect(await latestInvitationToken(app, 'nina@acme.test')).toBe(liveToken);

    clock.advance(3601_000);
    expect(
      (await app.graphql(RESEND_WITH_HINT, { id }, cookie)).data?.resendInvitation.error,
    ).toBeNull();
    expect(await queuedEmailsTo(app, 'nina@acme.test')).toHaveLength(4);
  });

  it('deleting and adding the person again does not start their count afresh, nor leave them half-added', async () => {
    for (let round = 0; round < 3; round++) {
      const created = (await add('NINA@acme.test')).data!.createProfessional;
      expect(created.error).toBeNull();
      const deleted = await app.graphql(DELETE, { id: created.professional.id }, cookie);
      expect(deleted.data?.deleteProfessional.error).toBeNull();
    }
    const refused = (await add('nina@acme.test')).data!.createProfessional;
    expect(refused.error.code).toBe('RATE_LIMITED');
    expect(await queuedEmailsTo(app, 'nina@acme.test')).toHaveLength(3);
    expect(
      await app.db.manager.countBy(ProfessionalEntity, { emailNormalized: 'nina@acme.test' }),
    ).toBe(0);

    // Another organization's count is its own: it can still invite her.
    const globex = await createOrganization(app.services);
    const globexAdmin = await app.signIn(globex.people[0]!.email);
    const invitedElsewhere = await app.graphql(
      CREATE,
      {
        input: {
          organizationId: globex.gid,
          firstName: 'Nina',
          lastName: 'Novak',
          email: 'nina@acme.test',
          sendInvitation: true,
        },
      },
      globexAdmin,
    );
    expect(invitedElsewhere.data?.createProfessional.error).toBeNull();
    expect(await queuedEmailsTo(app, 'nina@acme.test')).toHaveLength(4);
  });

  it('one administrator inviting many addresses stops at the limit, approvals of access requests included', async () => {
    for (let i = 1; i <= 4; i++) {
      expect((await add(`person${i}@acme.test`)).data?.createProfessional.error).toBeNull();
    }
    await app.graphql(
      `mutation ($input: RequestAccessInput!) { requestAccess(input: $input) { ok } }`,
      {
        input: {
          firstName: 'Rae',
          lastName: 'Quest',
          email: 'rae@acme.test',
          accountNumber: acme.organization.accountNumber,
        },
      },
    );
    const requests = await app.graphql(
      'query ($org: ID!) { accessRequests(organizationId: $org) { edges { node { id } } } }',
      { org: acme.gid },
      cookie,
    );
    const requestId = requests.data!.accessRequests.edges[0].node.id;
    const approve = () =>
      app.graphql(
        'mutation ($id: ID!) { approveAccessRequest(id: $id) { professional { id } error { code } } }',
        { id: requestId },
        cookie,
      );

    expect((await add('person5@acme.test')).data?.createProfessional.error).toBeNull();
    expect((await approve()).data?.approveAccessRequest.error.code).toBe('RATE_LIMITED');
    expect((await add('person6@acme.test')).data?.createProfessional.error.code).toBe(
      'RATE_LIMITED',
    );
    expect(await queuedEmailsTo(app, 'rae@acme.test')).toHaveLength(0);

    clock.advance(3601_000);
    expect((await approve()).data?.approveAccessRequest.error).toBeNull();
    expect(await queuedEmailsTo(app, 'rae@acme.test')).toHaveLength(1);
  });
});

describe('invitation over real SMTP', () => {
  it('the invitee receives the mail, follows its link, accepts and is signed in', async () => {
    const app = await startTestApp();
    const smtp = await startTestSmtpServer();
    const worker = new OutboxWorker(
      app.db,
      new NodemailerSender(`smtp://127.0.0.1:${smtp.port}`),
      app.services.clock,
      { from: 'Foyer <no-reply@foyer.test>' },
    );
    try {
      const acme = await createOrganization(app.services, {
        name: 'Acme Logistics',
        people: [
          {
            firstName: 'Ana',
            lastName: 'Silva',
            roles: [
              'ADMINISTRATOR',
              'BILLING_CONTACT',
              'CUSTOMER_CARE_CONTACT',
              'SHIPPING_CONTACT',
            ],
          },
        ],
      });
      const cookie = await app.signIn(acme.people[0]!.email);
      const created = await app.graphql(
        CREATE,
        {
          input: {
            organizationId: acme.gid,
            firstName: 'Rita',
            lastName: 'Mail',
            email: 'rita@acme.test',
            sendInvitation: true,
          },
        },
        cookie,
      );
      expect(created.data?.createProfessional.error).toBeNull();

      expect(await worker.drain()).toEqual({ sent: 1, failed: 0 });
      expect(smtp.received).toHaveLength(1);
      const [mail] = smtp.received;
      expect(mail!.subject).toBe('Ana Silva invited you to Acme Logistics on Foyer');
      expect(mail!.html).toContain('Accept the invitation');
      const link = /(http\S+\/invitations\/[A-Za-z0-9_-]+)/.exec(mail!.text ?? '')![1]!;
      expect(link.startsWith(`${TEST_PUBLIC_URL}/invitations/`)).toBe(true);

      const token = link.split('/').at(-1)!;
      const accepted = await app.graphql(ACCEPT, { token, password: NEW_PASSWORD });
      expect(accepted.data?.acceptInvitation.error).toBeNull();
      const viewer = await app.graphql(
        VIEWER,
        {},
        accepted.setCookie.find((c) => c.startsWith('foyer_session='))!.split(';')[0],
      );
      expect(viewer.data?.viewer).toEqual({
        displayName: 'Rita Mail',
        email: 'rita@acme.test',
        status: 'ACTIVE',
      });
      expect(await worker.drain()).toEqual({ sent: 0, failed: 0 });
      expect(smtp.received).toHaveLength(1);
    } finally {
      await worker.stop();
      await smtp.close();
      await app.close();
    }
  });
});

function sessionCookieOf(response: { setCookie: string[] }): string {
  return response.setCookie.find((c) => c.startsWith('foyer_session='))!.split(';')[0]!;
}
