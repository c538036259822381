import os from 'node:os';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { openDatabase, type Database } from '@foyer/server/src/platform/db/database';
import { createApp } from '@foyer/server/src/platform/http/app';
import { DEFAULT_TRUSTED_PROXIES } from '@foyer/server/src/platform/http/trusted-proxies';
import { createServices } from '@foyer/server/src/services';
import { TEST_SETTINGS } from '@foyer/server/src/test/test-settings';
import { TEST_PASSWORD } from '@foyer/server/src/test/test-app';
import { SESSION_COOKIE } from '@foyer/server/src/platform/auth/opaque-token';
import {
  ContentSearchService,
  MAX_CANDIDATES,
} from '@foyer/server/src/modules/knowledge-base/content-search.service';
import { createSearchIndex } from '@foyer/server/src/platform/db/search/create-search-index';
import { parseSearchQuery } from '@foyer/server/src/platform/db/search/search-query';
import { matchExpression } from '@foyer/server/src/platform/db/search/sqlite-search-index';
import { compile } from '@foyer/server/src/platform/db/search/postgres-search-index';
import { runSql } from '@foyer/server/src/platform/db/search/sql';
import { BENCH_READER, postgresCorpus, sqliteCorpus } from './corpus-database';
import { buildQueries, CLASS_LABELS, QUERY_CLASSES, type QueryClass } from './queries';
import { GraphQLClient } from './http-client';
import { postgresDriver, sqliteDriver, type RawDriver, type RecordedStatement } from './raw-driver';
import { median, now, percentile } from './measure';

const USAGE = `Usage: npm run bench:search [-- options]

  --postgres            run on PostgreSQL: the server of FOYER_TEST_POSTGRES_URL (as set by
                        scripts/with-postgres.sh) or of --database-url. Default: SQLite.
  --database-url URL    a PostgreSQL server to build the corpus database on (implies --postgres)
  --size N              articles in the corpus (default 100000)
  --seed N              seed of the corpus and of the queries (default 1)
  --queries N           queries per class (default 100)
  --rounds N            timed passes over every query (default 5)
  --slowest N           also list the N slowest queries of each class (by their median)
  --help

The SQLite corpus is cached in bench/.cache under its seed and size; the first run builds it.`;

/**
 * What the results page asks for (SearchPage_results in packages/web), with the __typename Apollo
 * Client adds: the first page of hits with their snippets, counts and facets.
 */
const SEARCH = `query BenchSearch($query: String!) {
  search(query: $query, first: 20) {
    __typename
    totalCount
    totalCountIsLowerBound
    pageInfo { __typename hasNextPage endCursor }
    facets { __typename kinds { __typename value count } products { __typename value count } categories { __typename value count } }
    edges { __typename cursor node { __typename kind slug title titleHtml snippetHtml product version category updatedAt } }
  }
}`;
/** A signed-in request that asks for nothing: what HTTP, the session lookup and GraphQL cost alone. */
const EMPTY = `query BenchEmpty { __typename }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { error { code message } } }`;

const TARGETS: Record<QueryClass, { p50?: number; p95: number }> = {
  rare: { p50: 5, p95: 20 },
  and: { p50: 5, p95: 20 },
  prefix: { p50: 5, p95: 20 },
  common: { p95: 50 },
};
const RATIO_TARGET = 3;

interface Options {
  postgresUrl: string | null;
  size: number;
  seed: number;
  queries: number;
  rounds: number;
  slowest: number;
}

interface Query {
  cls: QueryClass;
  text: string;
  statements: RecordedStatement[];
  ours: number[];
  raw: number[];
  /** Articles the query matches, any reader's, before the cap. */
  documents: number;
  /** The search's totalCount for the reader: their readable matches, up to the cap. */
  matches: number;
  lowerBound: boolean;
}

export async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (!options) {
    console.log(USAGE);
    return 0;
  }
  const log = (message: string) => console.error(message);
  const corpus = { seed: options.seed, size: options.size, log };
  const sqliteFile = options.postgresUrl ? null : await sqliteCorpus(corpus);
  const databaseUrl = options.postgresUrl
    ? await postgresCorpus(options.postgresUrl, corpus)
    : `sqlite:${sqliteFile}`;

  const db = await openDatabase(databaseUrl);
  const services = createServices(db, TEST_SETTINGS);
  const { app, stop } = await createApp(services, {
    production: true,
    sandboxEnabled: false,
    publicUrl: TEST_SETTINGS.publicUrl,
    webDistDir: '/nonexistent',
    trustedProxies: DEFAULT_TRUSTED_PROXIES,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  // Node closes an idle kept-alive connection after 5 s, and capturing the SQL takes longer.
  server.keepAliveTimeout = 10 * 60_000;
  const client = new GraphQLClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const raw: RawDriver = sqliteFile ? sqliteDriver(sqliteFile) : await postgresDriver(databaseUrl);
  try {
    const signedIn = await client.post(SIGN_IN, {
      email: BENCH_READER.email,
      password: TEST_PASSWORD,
    });
    const cookie = signedIn.setCookie
      .map((c) => c.split(';')[0]!)
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (!cookie) throw new Error(`sign-in failed: ${signedIn.body}`);
    client.cookie = cookie;
    const actor = (await services.sessions.signedIn(cookie.slice(SESSION_COOKIE.length + 1)))
      ?.actor;
    if (!actor) throw new Error('the signed-in session has no actor');

    // The SQL each search runs, captured from the app's own search service (same adapter, same reader).
    const recorded: RecordedStatement[] = [];
    const recorder = new ContentSearchService(
      recordingDatabase(db, recorded),
      createSearchIndex(db.kind),
      services.entitlements,
    );
    const lists = buildQueries(options.seed, options.queries);
    const queries: Query[] = [];
    for (const cls of QUERY_CLASSES) {
      for (const text of lists[cls]) {
        recorded.length = 0;
        await recorder.search(actor, { query: text, first: 20 });
        const statements = [...recorded];
        queries.push({
          cls,
          text,
          statements,
          ours: [],
          raw: [],
          documents: await documentsMatching(db, text),
          matches: 0,
          lowerBound: false,
        });
      }
    }

    log(`warm-up: every query once both ways…`);
    for (const query of queries) {
      const result = await searchOverHttp(client, query.text);
      query.matches = result.totalCount;
      query.lowerBound = result.totalCountIsLowerBound;
      // The candidates are the first statement that is not an EXPLAIN (PostgreSQL asks the planner first).
      const counts = await raw.run(query.statements);
      const candidates = counts[query.statements.findIndex((s) => !s.sql.startsWith('EXPLAIN'))];
      // The app asks for one more than the cap, to know whether more match than it counts.
      if (candidates !== undefined && Math.min(candidates, MAX_CANDIDATES) !== result.totalCount) {
        throw new Error(
          `"${query.text}": the app counted ${result.totalCount}, the raw SQL ${candidates}: not the same query`,
        );
      }
    }

    const empty: number[] = [];
    const loadBefore = os.loadavg()[0]!;
    log(
      `measuring: ${queries.length} queries × ${options.rounds} rounds, one client, alternating ours and raw…`,
    );
    for (let round = 0; round < options.rounds; round++) {
      for (const [i, query] of queries.entries()) {
        const oursFirst = (round + i) % 2 === 0;
        if (oursFirst) query.ours.push(await timeOurs(client, query.text));
        query.raw.push(await timeRaw(raw, query.statements));
        if (!oursFirst) query.ours.push(await timeOurs(client, query.text));
        if (i % 4 === 0) empty.push(await timeRequest(client, EMPTY, {}));
      }
    }

    report(options, db, raw, queries, empty, [loadBefore, os.loadavg()[0]!]);
    return 0;
  } finally {
    client.close();
    await raw.close();
    await new Promise((resolve) => server.close(resolve));
    await stop();
    await db.close();
  }
}

/** How many articles match, whoever reads them and however many: to describe the query classes. */
async function documentsMatching(db: Database, text: string): Promise<number> {
  const query = parseSearchQuery(text, { typing: true });
  if (!query) return 0;
  if (db.kind === 'sqlite') {
    const [row] = await runSql<{ n: number }>(
      db.manager,
      'SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH :match',
      { match: matchExpression(query) },
    );
    return Number(row?.n ?? 0);
  }
  const tsquery = compile(query);
  const [row] = await runSql<{ n: string }>(
    db.manager,
    `SELECT count(*) AS n FROM search_document d WHERE d.search_vector @@ ${tsquery.required}`,
    tsquery.parameters,
  );
  return Number(row?.n ?? 0);
}

async function searchOverHttp(
  client: GraphQLClient,
  text: string,
): Promise<{ totalCount: number; totalCountIsLowerBound: boolean }> {
  const response = await client.post(SEARCH, { query: text });
  const body = JSON.parse(response.body) as {
    data?: { search: { totalCount: number; totalCountIsLowerBound: boolean } };
    errors?: unknown;
  };
  if (response.status !== 200 || body.errors || !body.data)
    throw new Error(`search "${text}" failed: ${response.status} ${response.body.slice(0, 500)}`);
  return body.data.search;
}

function timeOurs(client: GraphQLClient, text: string): Promise<number> {
  return timeRequest(client, SEARCH, { query: text });
}

async function timeRequest(
  client: GraphQLClient,
  document: string,
  variables: Record<string, unknown>,
): Promise<number> {
  const started = now();
  const response = await client.post(document, variables);
  const elapsed = now() - started;
  if (response.status !== 200)
    throw new Error(
      `${document.slice(0, 40)} ${JSON.stringify(variables)} failed: ${response.status}`,
    );
  return elapsed;
}

async function timeRaw(raw: RawDriver, statements: readonly RecordedStatement[]): Promise<number> {
  const started = now();
  await raw.run(statements);
  return now() - started;
}

/** The app's database handle, with every statement of its manager also written down. */
function recordingDatabase(db: Database, recorded: RecordedStatement[]): Database {
  const manager = new Proxy(db.manager, {
    get(target, property, receiver) {
      if (property === 'query') {
        return (sql: string, parameters: unknown[] = []) => {
          recorded.push({ sql, parameters });
          return target.query(sql, parameters);
        };
      }
      return Reflect.get(target, property, receiver);
    },
  }) as Database['manager'];
  return { manager, kind: db.kind } as Database;
}

function report(
  options: Options,
  db: Database,
  raw: RawDriver,
  queries: Query[],
  empty: number[],
  load: [number, number],
): void {
  const ms = (n: number) => n.toFixed(2).padStart(7);
  const lines: string[] = [];
  lines.push('');
  lines.push(
    `Search benchmark: ${options.size.toLocaleString('en')} articles (seed ${options.seed}) on ${db.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}; ` +
      `${options.queries} queries per class × ${options.rounds} rounds, one client, sequential.`,
  );
  lines.push(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; raw = ${raw.name}. Times in ms.`,
  );
  lines.push(
    `Load average (1 min) when the timing started and ended: ${load[0].toFixed(2)} and ${load[1].toFixed(2)} (other work on the machine slows both columns).`,
  );
  lines.push('');
  lines.push(
    `${'class'.padEnd(14)} ${'articles'.padStart(8)} ${'found'.padStart(6)} | ${'ours p50'.padStart(8)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} | ${'raw p50'.padStart(8)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} | ours/raw p50`,
  );
  const verdicts: string[] = [];
  for (const cls of QUERY_CLASSES) {
    const of = queries.filter((q) => q.cls === cls);
    const ours = of.flatMap((q) => q.ours);
    const raws = of.flatMap((q) => q.raw);
    const matches = median(of.map((q) => q.matches));
    const documents = median(of.map((q) => q.documents));
    const capped = of.filter((q) => q.lowerBound).length;
    const [o50, o95, o99] = [50, 95, 99].map((p) => percentile(ours, p)) as [
      number,
      number,
      number,
    ];
    const [r50, r95, r99] = [50, 95, 99].map((p) => percentile(raws, p)) as [
      number,
      number,
      number,
    ];
    const ratio = o50 / r50;
    lines.push(
      `${CLASS_LABELS[cls].padEnd(14)} ${String(documents).padStart(8)} ${(matches >= MAX_CANDIDATES ? `${MAX_CANDIDATES}+` : String(matches)).padStart(6)} | ${ms(o50).padStart(8)} ${ms(o95)} ${ms(o99)} | ${ms(r50).padStart(8)} ${ms(r95)} ${ms(r99)} | ${ratio.toFixed(1).padStart(6)}` +
        (capped > 0 ? `   (${capped} of ${of.length} capped at ${MAX_CANDIDATES})` : ''),
    );
    const target = TARGETS[cls];
    const checks: string[] = [];
    if (target.p50 !== undefined)
      checks.push(`p50 ${o50.toFixed(2)} ≤ ${target.p50}: ${o50 <= target.p50 ? 'met' : 'MISSED'}`);
    checks.push(`p95 ${o95.toFixed(2)} ≤ ${target.p95}: ${o95 <= target.p95 ? 'met' : 'MISSED'}`);
    checks.push(
      `ours/raw ${ratio.toFixed(1)} ≤ ${RATIO_TARGET}: ${ratio <= RATIO_TARGET ? 'met' : 'MISSED'}`,
    );
    verdicts.push(`  ${CLASS_LABELS[cls].padEnd(14)} ${checks.join('; ')}`);
  }
  lines.push('');
  lines.push(
    `An empty signed-in request ({ __typename }) over the same connection: p50 ${percentile(empty, 50).toFixed(2)}, p95 ${percentile(empty, 95).toFixed(2)} ` +
      '(HTTP, the session and actor lookups, GraphQL): the part of ours that is not the search.',
  );
  lines.push('');
  lines.push('Targets (one client, 2 cores):');
  lines.push(...verdicts);
  if (options.slowest > 0) {
    lines.push('');
    lines.push(`Slowest queries (median of ${options.rounds} rounds, ms):`);
    for (const cls of QUERY_CLASSES) {
      const slowest = queries
        .filter((q) => q.cls === cls)
        .map((q) => ({ q, ours: median(q.ours), raw: median(q.raw) }))
        .sort((a, b) => b.ours - a.ours)
        .slice(0, options.slowest);
      for (const { q, ours, raw } of slowest) {
        lines.push(
          `  ${CLASS_LABELS[cls].padEnd(14)} ${JSON.stringify(q.text).padEnd(28)} ours ${ms(ours)}  raw ${ms(raw)}  articles ${q.documents}, found ${q.lowerBound ? `${q.matches}+` : q.matches}`,
        );
      }
    }
  }
  lines.push('');
  lines.push(
    'articles: median number of articles a query matches (any reader). found: median totalCount for the reader',
  );
  lines.push(
    `(what they may open, counted up to the cap of ${MAX_CANDIDATES}). ours: the GraphQL search over HTTP, signed in as a`,
  );
  lines.push(
    'licensed customer. raw: the same SQL (candidates, then the page of hits) through the driver on its own connection.',
  );
  console.log(lines.join('\n'));
}

function parseOptions(argv: string[]): Options | null {
  const options: Options = {
    postgresUrl: null,
    size: 100_000,
    seed: 1,
    queries: 100,
    rounds: 5,
    slowest: 0,
  };
  let postgres = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const count = (min: number) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < min) throw new Error(`${arg} must be an integer ≥ ${min}`);
      return n;
    };
    switch (arg) {
      case '--help':
      case '-h':
        return null;
      case '--postgres':
        postgres = true;
        break;
      case '--database-url':
        options.postgresUrl = value();
        postgres = true;
        break;
      case '--size':
        options.size = count(100);
        break;
      case '--seed':
        options.seed = count(0);
        break;
      case '--queries':
        options.queries = count(1);
        break;
      case '--rounds':
        options.rounds = count(1);
        break;
      case '--slowest':
        options.slowest = count(0);
        break;
      default:
        throw new Error(`unknown option ${arg}\n\n${USAGE}`);
    }
  }
  if (postgres && !options.postgresUrl) {
    options.postgresUrl = process.env.FOYER_TEST_POSTGRES_URL ?? null;
    if (!options.postgresUrl)
      throw new Error(
        '--postgres needs a server: run under scripts/with-postgres.sh, or pass --database-url postgres://…',
      );
  }
  if (options.postgresUrl && !options.postgresUrl.startsWith('postgres'))
    throw new Error('--database-url must be a postgres:// URL');
  return options;
}
