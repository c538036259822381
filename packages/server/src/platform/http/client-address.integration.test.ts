import { startTestApp, TEST_PASSWORD, type TestApp } from '../../test/test-app';
import { createOrganization } from '../../test/factories';
import { GENEROUS_RATE_LIMITS } from '../../test/test-settings';
import { RateLimitAttemptEntity } from './rate-limit-attempt.entity';
import type { TrustedProxies } from './trusted-proxies';

const SIGN_IN =
  'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { error { code } } }';

/** A load balancer on another host than Foyer, and the clients it forwards. */
const BALANCER = '203.0.113.7';
const ALICE = '198.51.100.1';
const BOB = '198.51.100.2';

/**
 * Signs in with a wrong password, through the balancer, as whoever `forwardedFor` says (the
 * balancer appends the address it saw to what the client sent). Answers the error code.
 */
async function wrongPassword(app: TestApp, forwardedFor: string): Promise<string> {
  const result = await app.graphql(
    SIGN_IN,
    { email: `someone-${Math.random()}@acme.test`, password: 'guess' },
    undefined,
    { 'x-forwarded-for': forwardedFor },
  );
  return result.data?.signIn.error?.code;
}

/** Signs Ana in through the balancer, which says the client spoke HTTPS to it. */
async function signInOverHttps(app: TestApp): Promise<string> {
  const result = await app.graphql(
    SIGN_IN,
    { email: 'ana@acme.test', password: TEST_PASSWORD },
    undefined,
    { 'x-forwarded-for': ALICE, 'x-forwarded-proto': 'https' },
  );
  expect(result.data?.signIn.error).toBeNull();
  return result.setCookie.find((cookie) => cookie.startsWith('foyer_session='))!;
}

/** The test app seen from `peerAddress`, with two sign-ins a client address per 5 minutes. */
async function behindBalancer(trustedProxies?: TrustedProxies, peerAddress = BALANCER) {
  const app = await startTestApp({
    trustedProxies,
    peerAddress,
    settings: {
      rateLimits: {
        ...GENEROUS_RATE_LIMITS,
        signIn: { ...GENEROUS_RATE_LIMITS.signIn, perAddress: { limit: 2, windowSeconds: 300 } },
      },
    },
  });
  await createOrganization(app.services, {
    people: [
      {
        email: 'ana@acme.test',
        roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
      },
    ],
  });
  return app;
}

describe('client addresses with the default TRUSTED_PROXIES (loopback)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await behindBalancer(undefined);
  });
  afterEach(() => app.db.manager.clear(RateLimitAttemptEntity));
  afterAll(() => app.close());

  it('ignores X-Forwarded-For from a peer on another host: the limit counts the peer', async () => {
    expect(await wrongPassword(app, ALICE)).toBe('INVALID_CREDENTIALS');
    expect(await wrongPassword(app, BOB)).toBe('INVALID_CREDENTIALS');
    expect(await wrongPassword(app, '198.51.100.3')).toBe('RATE_LIMITED');
  });

  it('ignores its X-Forwarded-Proto: the session cookie is not marked Secure', async () => {
    expect(await signInOverHttps(app)).not.toMatch(/;\s*Secure/i);
  });
});

describe('client addresses from a proxy on the same host, by default', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await behindBalancer(undefined, '127.0.0.1');
  });
  afterAll(() => app.close());

  it('gives each client behind it limits of its own', async () => {
    expect(await wrongPassword(app, ALICE)).toBe('INVALID_CREDENTIALS');
    expect(await wrongPassword(app, ALICE)).toBe('INVALID_CREDENTIALS');
    expect(await wrongPassword(app, ALICE)).toBe('RATE_LIMITED');
    expect(await wrongPassword(app, BOB)).toBe('INVALID_CREDENTIALS');
  });
});

describe('client addresses with TRUSTED_PROXIES naming the balancer', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await behindBalancer([BALANCER]);
  });
  afterEach(() => app.db.manager.clear(RateLimitAttemptEntity));
  afterAll(() => app.close());

  it('gives each client behind it limits of its own', async () => {
    expect(await wrongPassword(app, ALICE)).toBe('INVALID_CREDENTIALS');
    expect(await wrongPassword(app, ALICE)).toBe('INVALID_CREDENTIALS');
    expect(await wrongPassword(app, ALICE)).toBe('RATE_LIMITED');
    expect(await wrongPassword(app, BOB)).toBe('INVALID_CREDENTIALS');
  });

  it('counts the address the balancer saw, not one the client wrote before it', async () => {
    // Bob claims to be Alice; the balancer appends Bob's real address.
    await wrongPassword(app, `${ALICE}, ${BOB}`);
    await wrongPassword(app, `${ALICE}, ${BOB}`);
    expect(await wrongPassword(app, BOB)).toBe('RATE_LIMITED');
    expect(await wrongPassword(app, ALICE)).toBe('INVALID_CREDENTIALS');
  });

  it('believes its X-Forwarded-Proto: the session cookie is marked Secure', async () => {
    expect(await signInOverHttps(app)).toMatch(/;\s*Secure/i);
  });
});

describe('client addresses with TRUSTED_PROXIES as a hop count', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await behindBalancer(1, '192.0.2.50');
  });
  afterAll(() => app.close());

  it('counts the address the nearest proxy saw, whatever that proxy’s address', async () => {
    expect(await wrongPassword(app, ALICE)).toBe('INVALID_CREDENTIALS');
    expect(await wrongPassword(app, `198.51.100.99, ${ALICE}`)).toBe('INVALID_CREDENTIALS');
    expect(await wrongPassword(app, ALICE)).toBe('RATE_LIMITED');
    expect(await wrongPassword(app, BOB)).toBe('INVALID_CREDENTIALS');
  });
});
