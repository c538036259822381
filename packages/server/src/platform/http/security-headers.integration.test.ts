import { startTestApp, type TestApp } from '../../test/test-app';

describe('security headers', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  /** The pages, the API and the health check alike. */
  const requests: Array<[string, RequestInit & { path: string }]> = [
    ['a page of the web app', { path: '/kb/installing-ledger' }],
    [
      'the GraphQL API',
      {
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      },
    ],
    ['the health check', { path: '/healthz' }],
  ];

  it.each(requests)('%s may not be framed, sniffed or run inline scripts', async (_label, init) => {
    const response = await fetch(`${app.url}${init.path}`, init);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
  });
});
