import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { openDatabase, type Database } from '../platform/db/database';
import { createApp } from '../platform/http/app';
import { createServices, type ServiceSettings, type Services } from '../services';
import { TEST_SETTINGS } from './test-settings';
import { systemClock, type Clock } from '../platform/clock';
import { createTestDatabase, type TestDatabase } from './test-database';
import { DEFAULT_TRUSTED_PROXIES, type TrustedProxies } from '../platform/http/trusted-proxies';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  setCookie: string[];
  /** The response's X-Request-Id, which the audit log records. */
  requestId: string | null;
}

export interface TestApp {
  db: Database;
  services: Services;
  url: string;
  /** POSTs one operation to /graphql as a browser would, with the given session cookie. */
  graphql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    cookie?: string,
    /** More request headers, such as a proxy's X-Forwarded-For. */
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Uploads bytes to /api/files as the web app does; the answer's body is parsed. */
  uploadFile(
    cookie: string | undefined,
    bytes: Buffer | string,
    options?: { fileName?: string; contentType?: string; sha256?: string },
  ): Promise<{
    status: number;
    body: { file?: UploadedFile; error?: { code: string; message: string; hint: string | null } };
  }>;
  /** Signs in over GraphQL and returns the session cookie to send with later requests. */
  signIn(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface UploadedFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export const TEST_PASSWORD = 'correct horse battery staple';

/** The real HTTP app on a random port, over a fresh database of the kind this run tests. */
export async function startTestApp(
  options: {
    clock?: Clock;
    settings?: Partial<ServiceSettings>;
    /** TRUSTED_PROXIES, as loadConfig reads it; the default trusts loopback. */
    trustedProxies?: TrustedProxies;
    /**
     * The address every connection seems to come from, as if from another host (the test app
     * only listens on 127.0.0.1): a client, or a proxy in front of Foyer.
     */
    peerAddress?: string;
  } = {},
): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const db = await openDatabase(database.url);
  const services = createServices(
    db,
    { ...TEST_SETTINGS, ...options.settings },
    options.clock ?? systemClock,
  );
  const { app, stop } = await createApp(services, {
    production: true,
    sandboxEnabled: false,
    publicUrl: TEST_SETTINGS.publicUrl,
    webDistDir: '/nonexistent',
    trustedProxies: options.trustedProxies ?? DEFAULT_TRUSTED_PROXIES,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { peerAddress } = options;
  if (peerAddress)
    server.on('connection', (socket) =>
      Object.defineProperty(socket, 'remoteAddress', { value: peerAddress }),
    );
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const graphql: TestApp['graphql'] = async (query, variables, cookie, headers = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: any };
    return {
      status: response.status,
      data: body.data,
      errors: body.errors,
      setCookie: response.headers.getSetCookie(),
      requestId: response.headers.get('x-request-id'),
    };
  };

  return {
    db,
    services,
    url,
    graphql,
    async uploadFile(cookie, bytes, options = {}) {
      const response = await fetch(`${url}/api/files`, {
        method: 'POST',
        headers: {
          'content-type': options.contentType ?? 'application/octet-stream',
          'x-file-name': encodeURIComponent(options.fileName ?? 'file.bin'),
          ...(options.sha256 ? { 'x-content-sha256': options.sha256 } : {}),
          ...(cookie ? { cookie } : {}),
        },
        body: typeof bytes === 'string' ? bytes : new Uint8Array(bytes),
      });
      return { status: response.status, body: (await response.json()) as any };
    },
    async signIn(email, password = TEST_PASSWORD) {
      const result = await graphql(
        'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { error { code message } } }',
        { email, password },
      );
      const error = result.data?.signIn?.error;
      if (error || result.errors)
        throw new Error(`Sign-in of ${email} failed: ${JSON.stringify(error ?? result.errors)}`);
      const cookie = result.setCookie.find((c) => c.startsWith('foyer_session='));
      if (!cookie) throw new Error('Sign-in set no session cookie');
      return cookie.split(';')[0]!;
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await stop();
      await db.close();
      await database.drop();
    },
  };
}
