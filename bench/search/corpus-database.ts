import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '@foyer/server/src/platform/db/database';
import { createServices } from '@foyer/server/src/services';
import { TEST_SETTINGS } from '@foyer/server/src/test/test-settings';
import { createOrganization, grantLicense } from '@foyer/server/src/test/factories';
import { ArticleEntity } from '@foyer/server/src/modules/knowledge-base/article.entity';
import { ArticleTagEntity } from '@foyer/server/src/modules/knowledge-base/article-tag.entity';
import { ArticleVersionEntity } from '@foyer/server/src/modules/knowledge-base/article-version.entity';
import { ArticleIndexer } from '@foyer/server/src/modules/knowledge-base/article-indexer';
import { SearchDocuments } from '@foyer/server/src/platform/db/search/search-documents';
import { SearchDocumentEntity } from '@foyer/server/src/platform/db/search/search-document.entity';
import { compactSearchIndex } from '@foyer/server/src/platform/db/search/compact-search-index';
import { createSearchIndex } from '@foyer/server/src/platform/db/search/create-search-index';
import { generateArticles, type GeneratedArticle } from './corpus';

type EntityManager = Database['manager'];
import { hashString, Random } from './random';

/** Who the benchmark signs in as: a customer's administrator, licensed for some products only. */
export const BENCH_READER = {
  email: 'reader@bench-customer.example',
  organization: 'Bench Customer',
} as const;
/** The reader's licences: search applies them (entitled and service-plan articles of these only). */
const READER_LICENSES = [
  { product: 'atlas', servicePlan: 'Premier Support' },
  { product: 'beacon', servicePlan: null },
  { product: 'cobalt', servicePlan: 'Standard Support' },
];

const REPO_ROOT = path.join(__dirname, '..', '..');
export const CACHE_DIR = path.join(REPO_ROOT, 'bench', '.cache');
/** Articles written per transaction. */
const BATCH = 500;

export interface CorpusOptions {
  seed: number;
  size: number;
  log: (message: string) => void;
}

/**
 * What the corpus depends on besides seed and size: the generator and everything that decides
 * the schema and the indexed text. A change to any of them builds a new corpus.
 */
export function corpusKey({ seed, size }: Pick<CorpusOptions, 'seed' | 'size'>): string {
  const server = path.join(REPO_ROOT, 'packages', 'server', 'src');
  const sources = [
    ...['corpus.ts', 'vocabulary.ts', 'random.ts', 'corpus-database.ts'].map((f) =>
      path.join(__dirname, f),
    ),
    ...fs
      .readdirSync(path.join(server, 'platform/db/migrations'))
      .sort()
      .map((f) => path.join(server, 'platform/db/migrations', f)),
    path.join(server, 'platform/db/search/search-schema.ts'),
    path.join(server, 'platform/db/search/search-documents.ts'),
    path.join(server, 'platform/db/search/highlight.ts'),
    path.join(server, 'modules/knowledge-base/article-indexer.ts'),
    path.join(server, 'modules/knowledge-base/markdown.ts'),
  ];
  const digest = hashString(sources.map((file) => fs.readFileSync(file, 'utf8')).join('\0'))
    .toString(16)
    .padStart(8, '0');
  return `${size}-seed${seed}-${digest}`;
}

/**
 * The SQLite corpus file, generated on first use and kept in bench/.cache under its key, so a
 * re-run starts at once. Built under a temporary name and renamed when complete.
 */
export async function sqliteCorpus(options: CorpusOptions): Promise<string> {
  const key = corpusKey(options);
  const file = path.join(CACHE_DIR, `search-${key}.sqlite`);
  if (fs.existsSync(file)) {
    options.log(`corpus: cached ${path.relative(REPO_ROOT, file)}`);
    return file;
  }
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  // Older builds of the same seed and size (the code changed since) are of no further use.
  for (const old of fs.readdirSync(CACHE_DIR)) {
    if (old.startsWith(`search-${options.size}-seed${options.seed}-`))
      fs.rmSync(path.join(CACHE_DIR, old), { force: true });
  }
  const building = `${file}.building`;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${building}${suffix}`, { force: true });
  const db = await openDatabase(`sqlite:${building}`);
  try {
    await fill(db, options);
    options.log('corpus: compacting the full-text index (as import-articles does after an import)');
    await compactSearchIndex(db, createSearchIndex(db.kind));
    await db.manager.query('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await db.close();
  }
  fs.renameSync(building, file);
  return file;
}

/**
 * A PostgreSQL database holding the corpus, on the server of `serverUrl`: foyer_bench_<key>,
 * reused when a complete one is there (a persistent server), built otherwise.
 */
export async function postgresCorpus(serverUrl: string, options: CorpusOptions): Promise<string> {
  const name = `foyer_bench_${corpusKey(options)
    .replace(/[^a-z0-9]/gi, '_')
    .toLowerCase()}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const found = await admin.query<{ complete: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS complete FROM pg_database WHERE datname = $1",
      [name],
    );
    if (found.rows[0]?.complete === 'complete') {
      options.log(`corpus: cached PostgreSQL database ${name}`);
      return url.toString();
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    const db = await openDatabase(url.toString());
    try {
      await fill(db, options);
      options.log('corpus: VACUUM ANALYZE (what autovacuum does after a bulk load)');
      await db.manager.query('VACUUM ANALYZE');
    } finally {
      await db.close();
    }
    await admin.query(`COMMENT ON DATABASE ${name} IS 'complete'`);
    return url.toString();
  } finally {
    await admin.end();
  }
}

/**
 * Writes the articles, their versions, tags and search documents in batches, one transaction
 * each, through TypeORM's multi-row INSERT (so values are converted exactly as the app's are).
 * The search document of each article is what the app's ArticleIndexer writes, and the full-text
 * index follows it as in the app: FTS5 triggers on SQLite, the generated tsvector on PostgreSQL.
 */
async function fill(db: Database, options: CorpusOptions): Promise<void> {
  const started = Date.now();
  options.log(
    `corpus: generating ${options.size.toLocaleString('en')} articles (seed ${options.seed}) into ${db.kind}…`,
  );
  const indexer = new ArticleIndexer(new SearchDocuments());
  let batch: GeneratedArticle[] = [];
  let done = 0;
  let lastReport = Date.now();
  const flush = async () => {
    const articles = batch.map(toEntity);
    const documents: Array<Partial<SearchDocumentEntity>> = [];
    for (const article of articles) await indexer.index(capturingManager(documents), article);
    await db.dataSource.transaction(async (manager) => {
      await insertAll(manager, ArticleEntity, articles);
      await insertAll(manager, ArticleVersionEntity, articles.map(firstVersionOf));
      await insertAll(
        manager,
        ArticleTagEntity,
        articles.flatMap((a) =>
          JSON.parse(a.tags).map((tag: string) => ({ articleId: a.id, tag })),
        ),
      );
      await insertAll(manager, SearchDocumentEntity, documents);
    });
    done += batch.length;
    batch = [];
    if (Date.now() - lastReport > 5000 || done === options.size) {
      lastReport = Date.now();
      const seconds = (Date.now() - started) / 1000;
      options.log(
        `corpus: ${done.toLocaleString('en')} / ${options.size.toLocaleString('en')} articles (${seconds.toFixed(0)} s)`,
      );
    }
  };
  for (const article of generateArticles(options.seed, options.size)) {
    batch.push(article);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length > 0) await flush();

  const services = createServices(db, TEST_SETTINGS);
  const customer = await createOrganization(services, {
    name: BENCH_READER.organization,
    people: [
      {
        email: BENCH_READER.email,
        firstName: 'Bench',
        lastName: 'Reader',
        roles: ['ADMINISTRATOR', 'BILLING_CONTACT', 'CUSTOMER_CARE_CONTACT', 'SHIPPING_CONTACT'],
      },
    ],
  });
  for (const license of READER_LICENSES) await grantLicense(services, customer, license);
  options.log(`corpus: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function toEntity(article: GeneratedArticle): ArticleEntity {
  return Object.assign(new ArticleEntity(), {
    id: article.id,
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    bodyMarkdown: article.bodyMarkdown,
    product: article.product,
    version: article.version,
    category: article.category,
    tags: JSON.stringify(article.tags),
    visibility: article.visibility,
    publishedAt: article.published ? article.updatedAt : null,
    currentVersion: 1,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    createdByProfessionalId: null,
    updatedByProfessionalId: null,
  });
}

function firstVersionOf(article: ArticleEntity): ArticleVersionEntity {
  return Object.assign(new ArticleVersionEntity(), {
    id: new Random(`version:${article.id}`).uuid(),
    articleId: article.id,
    number: 1,
    title: article.title,
    summary: article.summary,
    bodyMarkdown: article.bodyMarkdown,
    editedByProfessionalId: null,
    editedByLabel: 'Knowledge base import',
    editedAt: article.createdAt,
    restoredFrom: null,
  });
}

/** Stands in for the EntityManager SearchDocuments.upsert is given: nothing exists yet, inserts are kept. */
function capturingManager(documents: Array<Partial<SearchDocumentEntity>>): EntityManager {
  return {
    findOne: async () => null,
    insert: async (_target: unknown, fields: Partial<SearchDocumentEntity>) => {
      documents.push(fields);
    },
  } as unknown as EntityManager;
}

/** Multi-row INSERTs of at most 200 rows (SQLite and PostgreSQL cap the parameters of one statement). */
async function insertAll<T extends object>(
  manager: EntityManager,
  target: new () => T,
  rows: ReadonlyArray<Partial<T>>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + 200) as never)
      .updateEntity(false)
      .execute();
  }
}
