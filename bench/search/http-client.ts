import http from 'node:http';

/**
 * One client on one kept-alive loopback connection, as a browser tab would hold: POSTs a GraphQL
 * operation and returns the status and the raw body.
 */
export class GraphQLClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  private readonly url: URL;

  constructor(
    baseUrl: string,
    public cookie: string | null = null,
  ) {
    this.url = new URL('/graphql', baseUrl);
  }

  post(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ status: number; body: string; setCookie: string[] }> {
    const payload = JSON.stringify({ query, variables });
    return new Promise((resolve, reject) => {
      const request = http.request(
        this.url,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            ...(this.cookie ? { cookie: this.cookie } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              setCookie: response.headers['set-cookie'] ?? [],
            }),
          );
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
