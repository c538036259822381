import { startTestApp, type TestApp } from '../../test/test-app';
import { createOrganization, type CreatedOrganization } from '../../test/factories';
import { ProfessionalEntity } from '../../modules/professional/professional.entity';

/** What a client sees when a request goes wrong: codes and wording, never internals. */

interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  body: {
    data?: any;
    errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown }>;
  } | null;
}

describe('errors as clients see them', () => {
  let app: TestApp;
  let vendor: CreatedOrganization;
  let cookie: string;

  beforeAll(async () => {
    app = await startTestApp();
    vendor = await createOrganization(app.services, { kind: 'VENDOR', name: 'Vendor' });
    cookie = await app.signIn(vendor.people[0]!.email);
  });
  afterAll(() => app.close());
  afterEach(() => jest.restoreAllMocks());

  /** Sends a request as any HTTP client might, and checks nothing internal leaked into the answer. */
  async function send(init: {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }): Promise<RawResponse> {
    const response = await fetch(`${app.url}${init.path ?? '/graphql'}`, {
      method: init.method ?? 'POST',
      headers: { cookie, ...init.headers },
      body: init.body,
    });
    const text = await response.text();
    let body: RawResponse['body'];
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    for (const error of body?.errors ?? [])
      expect(error.extensions ?? {}).not.toHaveProperty('stacktrace');
    expect(text).not.toMatch(/node_modules|\n\s+at |\.ts:\d+|Did you mean|Suggestion/);
    return { status: response.status, headers: response.headers, text, body };
  }

  function post(query: string, variables?: Record<string, unknown>): Promise<RawResponse> {
    return send({
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  }

  describe('a mistyped request', () => {
    it.each([
      ['a misspelt field', '{ viewr { id } }', 'Cannot query field "viewr" on type "Query".'],
      [
        'a misspelt argument',
        '{ organizations(frist: 2) { totalCount } }',
        'Unknown argument "frist" on field "Query.organizations".',
      ],
      [
        'a misspelt type',
        'query ($id: ID!) { node(id: $id) { ... on Organisation { id } } }',
        'Unknown type "Organisation".',
      ],
      [
        'a misspelt enum value',
        '{ professionals(organizationId: "x", role: ADMINISTRATR) { totalCount } }',
        'Value "ADMINISTRATR" does not exist in "Role" enum.',
      ],
    ])(
      '%s: 400 GRAPHQL_VALIDATION_FAILED naming the mistake, without suggesting names',
      async (_label, query, message) => {
        const response = await post(query, { id: 'x' });
        expect(response.status).toBe(400);
        expect(response.body?.errors).toEqual([
          {
            message,
            locations: expect.any(Array),
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ]);
      },
    );

    it('a misspelt enum value in the variables: 400 BAD_USER_INPUT without a suggestion', async () => {
      const response = await post(
        'query ($role: Role) { professionals(organizationId: "x", role: $role) { totalCount } }',
        { role: 'ADMINISTRATR' },
      );
      expect(response.status).toBe(400);
      expect(response.body?.errors).toEqual([
        {
          message:
            'Variable "$role" got invalid value "ADMINISTRATR"; Value "ADMINISTRATR" does not exist in "Role" enum.',
          locations: expect.any(Array),
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ]);
    });

    it('a syntax error: 400 GRAPHQL_PARSE_FAILED, not a server error', async () => {
      const response = await post('{ viewer { id }');
      expect(response.status).toBe(400);
      expect(response.body?.errors).toEqual([
        {
          message: 'Syntax Error: Expected Name, found <EOF>.',
          locations: [{ line: 1, column: 16 }],
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        },
      ]);
    });

    it('a body that is not JSON at all: 400 with a JSON error', async () => {
      const response = await send({
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.body).toEqual({
        errors: [
          { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } },
        ],
      });
    });

    it('a body over 1 MB: 413 with a JSON error', async () => {
      const response = await send({
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ viewer { id } } #${'x'.repeat(1_100_000)}` }),
      });
      expect(response.status).toBe(413);
      expect(response.body).toEqual({
        errors: [
          { message: 'The request body is too large.', extensions: { code: 'BAD_REQUEST' } },
        ],
      });
    });
  });

  describe('graphql-armor limits', () => {
    it('rejects a query nested 12 deep (the limit is 10) and accepts one 10 deep', async () => {
      const tooDeep = await post(nested(12));
      expect(tooDeep.status).toBe(400);
      expect(tooDeep.body?.data).toBeUndefined();
      expect(tooDeep.body?.errors).toEqual([
        {
          message: 'Syntax Error: Query depth limit of 10 exceeded, found 12.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ]);

      const deepEnough = await post(nested(10));
      expect(deepEnough.status).toBe(200);
      expect(deepEnough.body?.errors).toBeUndefined();
      expect(deepEnough.body?.data.viewer.organization.administrators).toHaveLength(1);
    });

    it('rejects 20 aliases (the limit is 15) and accepts 15', async () => {
      const tooMany = await post(aliases(20));
      expect(tooMany.status).toBe(400);
      expect(tooMany.body?.errors).toEqual([
        {
          message: 'Syntax Error: Aliases limit of 15 exceeded, found 20.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ]);

      const enough = await post(aliases(15));
      expect(enough.status).toBe(200);
      expect(Object.keys(enough.body?.data ?? {})).toHaveLength(15);
    });

    it('rejects a document of more than 2000 tokens with 400, before running it', async () => {
      const spy = jest.spyOn(app.services.organizations, 'list');
      const response = await post(
        `{ organizations(first: 1) { totalCount } ${'__typename '.repeat(2100)}}`,
      );
      expect(response.status).toBe(400);
      expect(response.body?.errors).toEqual([
        // graphql-js words it "more that 2000 tokens".
        {
          message: expect.stringMatching(
            /^Syntax Error: Document contains more tha[nt] 2000 tokens/,
          ),
          locations: expect.any(Array),
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        },
      ]);
      expect(spy).not.toHaveBeenCalled();
    });
  });

  describe('an unexpected failure', () => {
    it('in a query: a generic message quoting the request id, and the details only in the server log', async () => {
      jest
        .spyOn(app.services.organizations, 'get')
        .mockRejectedValue(
          new Error('SQLITE_ERROR: no such column: o.secret_column in SELECT * FROM organization'),
        );
      const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);

      const response = await post('query ($id: ID!) { organization(id: $id) { name } }', {
        id: vendor.gid,
      });
      const requestId = response.headers.get('x-request-id');
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: null,
        errors: [
          {
            message: `Something went wrong on our side. Quote request id ${requestId} when you contact support.`,
            path: ['organization'],
            extensions: { code: 'INTERNAL_ERROR', requestId },
          },
        ],
      });
      expect(response.text).not.toMatch(/SQLITE|secret_column|SELECT/);
      expect(log).toHaveBeenCalledWith(
        `[request ${requestId}]`,
        expect.objectContaining({ message: expect.stringContaining('secret_column') }),
      );
    });

    it('in a mutation: the same, rather than a payload error', async () => {
      jest
        .spyOn(app.services.professionals, 'delete')
        .mockRejectedValue(
          new Error('duplicate key value violates unique constraint "uq_professional_org_email"'),
        );
      jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const response = await post(
        'mutation ($id: ID!) { deleteProfessional(id: $id) { deletedProfessionalId error { code } } }',
        { id: vendor.people[0]!.gid },
      );
      expect(response.body?.data).toBeNull();
      expect(response.body?.errors?.[0]?.extensions).toEqual({
        code: 'INTERNAL_ERROR',
        requestId: response.headers.get('x-request-id'),
      });
      expect(response.text).not.toMatch(/duplicate key|uq_professional/);
    });
  });

  describe('CSRF prevention', () => {
    const CSRF =
      /^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)/;

    it('refuses a plain GET with 400', async () => {
      const response = await send({
        method: 'GET',
        path: `/graphql?query=${encodeURIComponent('{ viewer { email } }')}`,
      });
      expect(response.status).toBe(400);
      expect(response.body?.errors?.[0]).toMatchObject({
        message: expect.stringMatching(CSRF),
        extensions: { code: 'BAD_REQUEST' },
      });
      expect(response.text).not.toContain(vendor.people[0]!.email);
    });

    it('answers the same GET once it carries a header a form cannot set', async () => {
      const response = await send({
        method: 'GET',
        path: `/graphql?query=${encodeURIComponent('{ viewer { email } }')}`,
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(200);
      expect(response.body?.data).toEqual({ viewer: { email: vendor.people[0]!.email } });
    });

    it.each([
      ['text/plain', (query: string) => JSON.stringify({ query })],
      [
        'application/x-www-form-urlencoded',
        (query: string) => `query=${encodeURIComponent(query)}`,
      ],
      [
        'multipart/form-data; boundary=x',
        (query: string) =>
          `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${query}\r\n--x--\r\n`,
      ],
    ])(
      'refuses a cross-site %s POST with 400, and the mutation does not run',
      async (contentType, encode) => {
        const victim = await createOrganization(app.services, {
          people: [
            {
              roles: [
                'ADMINISTRATOR',
                'BILLING_CONTACT',
                'CUSTOMER_CARE_CONTACT',
                'SHIPPING_CONTACT',
              ],
            },
            { firstName: 'Vic', lastName: 'Tim' },
          ],
        });
        const target = victim.people[1]!;
        const mutation = `mutation { deleteProfessional(id: "${target.gid}") { deletedProfessionalId } }`;
        const response = await send({
          headers: { 'content-type': contentType },
          body: encode(mutation),
        });
        expect(response.status).toBe(400);
        expect(response.body?.errors?.[0]?.message).toMatch(CSRF);
        expect(await app.db.manager.existsBy(ProfessionalEntity, { id: target.id })).toBe(true);
      },
    );

    it('refuses a POST with no content type with 400', async () => {
      const response = await send({ body: JSON.stringify({ query: '{ viewer { email } }' }) });
      expect(response.status).toBe(400);
      expect(response.body?.errors?.[0]?.message).toMatch(CSRF);
    });

    it('never runs a mutation sent by GET', async () => {
      const victim = await createOrganization(app.services, {
        people: [
          {
            roles: [
              'ADMINISTRATOR',
              'BILLING_CONTACT',
              'CUSTOMER_CARE_CONTACT',
              'SHIPPING_CONTACT',
            ],
          },
          {},
        ],
      });
      const target = victim.people[1]!;
      const mutation = `mutation { deleteProfessional(id: "${target.gid}") { deletedProfessionalId } }`;
      const response = await send({
        method: 'GET',
        path: `/graphql?query=${encodeURIComponent(mutation)}`,
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(405);
      expect(response.body?.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
      expect(await app.db.manager.existsBy(ProfessionalEntity, { id: target.id })).toBe(true);
    });
  });
});

/** viewer { organization { administrators { organization { … id } } } }, `depth` fields deep. */
function nested(depth: number): string {
  const path = ['viewer'];
  while (path.length < depth - 1)
    path.push(path.length % 2 === 1 ? 'organization' : 'administrators');
  return `{ ${path.map((field) => `${field} {`).join(' ')} id ${'} '.repeat(path.length)}}`;
}

function aliases(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: viewerCanCreateOrganization`).join(' ')} }`;
}
