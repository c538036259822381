import { startTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app';
import { createOrganization, type CreatedOrganization } from '../../test/factories';
import { hashToken } from '../../platform/auth/opaque-token';
import { SessionEntity } from './session.entity';
import { ProfessionalEntity } from '../professional/professional.entity';
import { GENEROUS_RATE_LIMITS } from '../../test/test-settings';

const SIGN_IN =
  'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { viewer { displayName organization { name } } error { code message hint } } }';
const VIEWER = '{ viewer { displayName } }';
const SIGN_OUT = 'mutation { signOut { ok error { code } } }';

describe('sign-in', () => {
  let app: TestApp;
  let org: CreatedOrganization;
  beforeAll(async () => {
    app = await startTestApp();
    org = await createOrganization(app.services, {
      name: 'Acme Logistics',
      people: [
        {
          firstName: 'Ana',
          lastName: 'Silva',
          email: 'Ana@Acme.test',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        {
          firstName: 'Dora',
          lastName: 'Disabled',
          email: 'dora@acme.test',
          status: 'DISABLED',
          canSignIn: true,
        },
      ],
    });
  });
  afterAll(() => app.close());

  it('signs in with any letter case of the e-mail and sets an httpOnly, SameSite session cookie', async () => {
    const result = await app.graphql(SIGN_IN, {
      email: ' ana@acme.TEST ',
      password: TEST_PASSWORD,
    });
    expect(result.data?.signIn).toEqual({
      viewer: { displayName: 'Ana Silva', organization: { name: 'Acme Logistics' } },
      error: null,
    });
    const cookie = result.setCookie.find((c) => c.startsWith('foyer_session='))!;
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/; Secure/i); // plain HTTP here; Secure when PUBLIC_URL is https

    const token = cookie.split(';')[0]!.split('=')[1]!;
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const stored = await app.db.manager.findOneByOrFail(SessionEntity, {
      tokenHash: hashToken(token),
    });
    expect(stored.tokenHash).not.toContain(token);

    const viewer = await app.graphql(VIEWER, {}, cookie.split(';')[0]);
    expect(viewer.data?.viewer).toEqual({ displayName: 'Ana Silva' });
  });

  it('answers the sign-in with what the new viewer may do', async () => {
    const result = await app.graphql(
      'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { viewer { viewerCanDelete organization { viewerCanManageProfessionals } } } }',
      { email: 'ana@acme.test', password: TEST_PASSWORD },
    );
    expect(result.data?.signIn.viewer).toEqual({
      viewerCanDelete: true,
      organization: { viewerCanManageProfessionals: true },
    });
  });

  it('gives an unknown e-mail and a wrong password the same answer', async () => {
    const unknown = await app.graphql(SIGN_IN, {
      email: 'nobody@acme.test',
      password: TEST_PASSWORD,
    });
    const wrong = await app.graphql(SIGN_IN, {
      email: 'ana@acme.test',
      password: 'not the password',
    });
    expect(unknown.data?.signIn.error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.data).toEqual(wrong.data);
    expect(unknown.setCookie).toEqual([]);
    expect(wrong.setCookie).toEqual([]);
    expect(unknown.data?.signIn.error.hint).toMatch(/administrators/);
  });

  it('spends comparable time on an unknown e-mail and on a wrong password', async () => {
    const time = async (email: string) => {
      const started = process.hrtime.bigint();
      await app.graphql(SIGN_IN, { email, password: 'not the password' });
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    await time('warm-up@acme.test');
    const unknown: number[] = [];
    const known: number[] = [];
    for (let i = 0; i < 7; i++) {
      unknown.push(await time('nobody@acme.test'));
      known.push(await time('ana@acme.test'));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[3]!;
    // Both pay for one argon2 verification; without the decoy hash the unknown e-mail would
    // answer in well under a tenth of the time. The bounds leave room for a busy machine.
    expect(median(unknown) / median(known)).toBeGreaterThan(0.33);
    expect(median(unknown) / median(known)).toBeLessThan(3);
  });

  it('tells a disabled person who can help, after checking the password', async () => {
    const result = await app.graphql(SIGN_IN, { email: 'dora@acme.test', password: TEST_PASSWORD });
    expect(result.data?.signIn.error).toMatchObject({ code: 'ACCOUNT_DISABLED' });
    expect(result.data?.signIn.error.hint).toMatch(
      /administrators|account manager|support@foyer\.test/,
    );
  });

  it('signs out: the session is revoked and its cookie no longer works', async () => {
    const cookie = await app.signIn('ana@acme.test');
    const out = await app.graphql(SIGN_OUT, {}, cookie);
    expect(out.data?.signOut).toEqual({ ok: true, error: null });
    expect(out.setCookie.join()).toMatch(/foyer_session=;.*Expires=Thu, 01 Jan 1970/i);
    const after = await app.graphql(VIEWER, {}, cookie);
    expect(after.data?.viewer).toBeNull();
  });

  it('ignores a forged or expired session cookie', async () => {
    expect((await app.graphql(VIEWER, {}, 'foyer_session=forged')).data?.viewer).toBeNull();
    const cookie = await app.signIn('ana@acme.test');
    await app.services.db.write([], (m) =>
      m.update(
        SessionEntity,
        { tokenHash: hashToken(cookie.split('=')[1]!) },
        { expiresAt: new Date(Date.now() - 1000) },
      ),
    );
    expect((await app.graphql(VIEWER, {}, cookie)).data?.viewer).toBeNull();
    expect(org.people).toHaveLength(2);
  });

  it('finds every role of the signed-in person on each request', async () => {
    const cookie = await app.signIn('ana@acme.test');
    const signedIn = await app.services.sessions.signedIn(cookie.split('=')[1]);
    expect(signedIn?.actor?.roles.slice().sort()).toEqual([
      'ADMINISTRATOR',
      'BILLING_CONTACT',
      'CUSTOMER_CARE_CONTACT',
      'SHIPPING_CONTACT',
    ]);
    expect(signedIn?.actor).toMatchObject({
      organizationId: org.organization.id,
      organizationKind: 'CUSTOMER',
      status: 'ACTIVE',
      servedCustomerIds: [],
    });
  });

  it('stops acting for a person disabled since they signed in, who can still sign out', async () => {
    const cookie = await app.signIn('ana@acme.test');
    const ana = org.people.find((p) => p.email === 'Ana@Acme.test')!;
    await app.services.db.write([], (m) =>
      m.update(ProfessionalEntity, { id: ana.id }, { status: 'DISABLED' }),
    );
    try {
      expect((await app.graphql(VIEWER, {}, cookie)).data?.viewer).toBeNull();
      expect((await app.graphql(SIGN_OUT, {}, cookie)).data?.signOut).toEqual({
        ok: true,
        error: null,
      });
      expect(await app.services.sessions.signedIn(cookie.split('=')[1])).toBeNull();
    } finally {
      await app.services.db.write([], (m) =>
        m.update(ProfessionalEntity, { id: ana.id }, { status: 'ACTIVE' }),
      );
    }
  });
});

describe('sign-in rate limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      settings: {
        rateLimits: {
          ...GENEROUS_RATE_LIMITS,
          signIn: {
            perAccount: { limit: 3, windowSeconds: 300 },
            perAddress: { limit: 5, windowSeconds: 300 },
          },
        },
      },
    });
    await createOrganization(app.services, {
      people: [
        {
          email: 'ana@acme.test',
          roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
        },
        { email: 'bo@acme.test', canSignIn: true },
      ],
    });
  });
  afterAll(() => app.close());

  it('counts wrong passwords, then turns away even the right one, per account and per address', async () => {
    for (let i = 0; i < 3; i++) {
      const wrong = await app.graphql(SIGN_IN, { email: 'ana@acme.test', password: 'guess' });
      expect(wrong.data?.signIn.error.code).toBe('INVALID_CREDENTIALS');
    }
    const right = await app.graphql(SIGN_IN, { email: 'ANA@acme.test', password: TEST_PASSWORD });
    expect(right.data?.signIn.error).toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Too many attempts. Try again in 300 seconds.',
      hint: 'Wait 300 seconds before trying again.',
    });
    expect(right.setCookie).toEqual([]);

    // Another account from the same address has the address's last two attempts.
    const other = await app.graphql(SIGN_IN, { email: 'bo@acme.test', password: TEST_PASSWORD });
    expect(other.data?.signIn.error).toBeNull();
    await app.graphql(SIGN_IN, { email: 'bo@acme.test', password: 'guess' });
    const spent = await app.graphql(SIGN_IN, { email: 'bo@acme.test', password: TEST_PASSWORD });
    expect(spent.data?.signIn.error.code).toBe('RATE_LIMITED');
  });
});
