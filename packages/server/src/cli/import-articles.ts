import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ITEM_VISIBILITIES, PRODUCT_CODE_PATTERN, type ContentVisibility } from '@foyer/shared';
import { loadConfig } from '../platform/config';
import { openDatabase } from '../platform/db/database';
import { systemClock } from '../platform/clock';
import { SearchDocuments } from '../platform/db/search/search-documents';
import { ArticleIndexer } from '../modules/knowledge-base/article-indexer';
import { compactSearchIndex } from '../platform/db/search/compact-search-index';
import { createSearchIndex } from '../platform/db/search/create-search-index';
import {
  ArticleImporter,
  ImportFolderError,
  type ImportSettings,
} from '../modules/knowledge-base/import/article-importer';
import { formatSummary, progressOutput } from '../modules/knowledge-base/import/import-output';

const USAGE = `Imports a folder of Markdown and HTML documents as knowledge-base articles.

Usage: npm run import-articles -- <folder> --product <code> --version <version> --category <name> [options]

  <folder>               read recursively: every .md, .markdown, .html and .htm file
  --product <code>       the product code, e.g. ledger (lower-case letters, digits, hyphens)
  --version <version>    the product version, e.g. 5.0
  --category <name>      e.g. Installation
  --visibility <who>     ALL_CUSTOMERS (the default for new articles), ENTITLED_PRODUCT,
                         ACTIVE_SERVICE_PLAN or VENDOR_ONLY; without it, articles imported
                         before keep theirs
  --publish              publish new articles (and drafts the import updates); without it
                         new articles are drafts that only vendor staff see
  --tags <a,b,...>       tags for every article, besides those in Markdown front matter
  --slug-prefix <text>   put before every slug, for a folder whose file names repeat those of
                         an import for another product or version (e.g. ledger-4-2)
  --strict               exit with code 1 when a file was skipped
  -h, --help             this text

Each file becomes the article whose slug is its file name in kebab-case. Re-running updates
the articles whose file changed (a new version only when the title, summary or body did) and
leaves the others untouched. A file that cannot be imported is reported and skipped.
The database is DATABASE_URL, as for the server (default sqlite:./data/foyer.db).

Exit code: 0 when the import ran, skipped files included (they are listed as a warning);
1 when it could not run, or with --strict when a file was skipped; 2 for wrong usage.`;

class UsageError extends Error {}

function parseSettings(argv: string[]): (ImportSettings & { strict: boolean }) | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        product: { type: 'string' },
        version: { type: 'string' },
        category: { type: 'string' },
        visibility: { type: 'string' },
        publish: { type: 'boolean', default: false },
        tags: { type: 'string' },
        'slug-prefix': { type: 'string' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0
        ? 'Name the folder to import.'
        : `Name one folder, not ${positionals.length}: ${positionals.join(', ')}.`,
    );
  const product = values.product?.trim() ?? '';
  const version = values.version?.trim() ?? '';
  const category = values.category?.trim() ?? '';
  if (!product) throw new UsageError('Give the product: --product <code>, e.g. --product ledger.');
  if (!PRODUCT_CODE_PATTERN.test(product))
    throw new UsageError(
      `"${product}" is not a product code: use lower-case letters, digits and hyphens, e.g. ledger.`,
    );
  if (!version) throw new UsageError('Give the version: --version <version>, e.g. --version 5.0.');
  if (version.length > 40) throw new UsageError('The version is too long (40 characters at most).');
  if (!category)
    throw new UsageError('Give the category: --category <name>, e.g. --category Installation.');
  if (category.length > 60)
    throw new UsageError('The category is too long (60 characters at most).');
  const visibility = values.visibility?.trim().toUpperCase() ?? null;
  if (visibility !== null && !(ITEM_VISIBILITIES as readonly string[]).includes(visibility)) {
    throw new UsageError(
      `--visibility is one of ${ITEM_VISIBILITIES.join(', ')}; not "${values.visibility}".`,
    );
  }
  const tags =
    values.tags === undefined
      ? null
      : values.tags
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean);
  if (tags && (tags.length > 20 || tags.some((t) => t.length > 40)))
    throw new UsageError('Give 20 tags at most, each up to 40 characters.');
  // Through `npm run`, the folder is relative to where the command was typed.
  const base =
    process.env.npm_lifecycle_event === 'import-articles' && process.env.INIT_CWD
      ? process.env.INIT_CWD
      : process.cwd();
  return {
    folder: path.resolve(base, positionals[0]!),
    product,
    version,
    category,
    visibility: visibility as ContentVisibility | null,
    publish: values.publish,
    tags,
    slugPrefix: values['slug-prefix']?.trim() || null,
    strict: values.strict,
  };
}

async function main(): Promise<number> {
  let settings: ReturnType<typeof parseSettings>;
  try {
    settings = parseSettings(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (settings === 'help') {
    console.log(USAGE);
    return 0;
  }

  if (!fs.statSync(settings.folder, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`${settings.folder} is not a folder.`);
    return 1;
  }
  const config = loadConfig();
  const db = await openDatabase(config.databaseUrl);
  try {
    const importer = new ArticleImporter(
      db,
      systemClock,
      new ArticleIndexer(new SearchDocuments()),
    );
    const output = progressOutput(process.stdout.isTTY ? process.stderr : process.stdout);
    const target = `${settings.product} ${settings.version}, ${settings.category}`;
    console.log(
      `Importing ${settings.folder} as ${target}${settings.publish ? ', published' : ', drafts'} (database: ${db.kind === 'sqlite' ? config.databaseUrl : 'PostgreSQL'})`,
    );
    const report = await importer.run(settings, output);
    output.finish();
    process.stdout.write(formatSummary(report, target));
    // Each file was a transaction of its own; their additions to the full-text index are merged,
    // so searches read one piece of index rather than a piece per batch of files.
    if (report.created + report.updated > 0) {
      const steps = await compactSearchIndex(db, createSearchIndex(db.kind));
      if (steps > 0) console.log('The search index was compacted.');
    }
    return settings.strict && report.skipped > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof ImportFolderError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`The import failed: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.FOYER_DEBUG === 'true') console.error(error);
    process.exitCode = 1;
  },
);
