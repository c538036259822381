import fs from 'node:fs/promises';
import path from 'node:path';
import type { ContentVisibility } from '@foyer/shared';
import type { Database } from '../../../platform/db/database';
import type { Clock } from '../../../platform/clock';
import { ArticleEntity } from '../article.entity';
import { RESERVED_ARTICLE_SLUGS } from '../article-editor';
import type { ArticleIndexer } from '../article-indexer';
import { convertDocument } from './convert-document';
import { decodeText } from './decode-text';
import { describeFsError, findDocuments, type FoundDocument } from './find-documents';
import {
  applyRecord,
  diffArticle,
  insertArticle,
  isUnchanged,
  lockArticleBySlug,
  type ArticleRecord,
} from './article-writer';

/** Larger files are refused before they are read (the body limit is 200,000 characters anyway). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
const MAX_SLUG = 120;

export interface ImportSettings {
  folder: string;
  product: string;
  version: string;
  category: string;
  /** Null: new articles are for all customers, existing ones keep theirs. */
  visibility: ContentVisibility | null;
  /** Publish new articles, and drafts the import touches; otherwise new articles are drafts. */
  publish: boolean;
  /** Added to every article's tags (with the document's own); null: none given. */
  tags: readonly string[] | null;
  /** Put before every slug, for a second folder whose file names repeat the first one's. */
  slugPrefix: string | null;
}

export type FileStatus = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface FileOutcome {
  /** The file, relative to the folder. */
  name: string;
  status: FileStatus;
  slug: string | null;
  /** Why a file was skipped. */
  reason?: string;
  /** What an update did, e.g. "new version 3" or "published". */
  note?: string;
}

export interface ImportReport {
  documents: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** Files of other kinds in the folder. */
  ignored: number;
  outcomes: FileOutcome[];
}

/** Told about the import as it goes, for a progress bar or a log. */
export interface ImportProgress {
  started(total: number): void;
  fileDone(outcome: FileOutcome, done: number, total: number): void;
}

export class ImportFolderError extends Error {}

/** Thrown inside a file's transaction to roll it back and skip the file with this reason. */
class SkipFile extends Error {}

/**
 * Imports a folder of Markdown and HTML documents as knowledge-base articles, one transaction
 * per file. The slug (from the file name) says which article a file is: a re-run updates the
 * articles whose file changed (a new version only when the title, summary or body did) and
 * writes nothing for the others. A file that cannot be read, converted or saved is skipped with
 * the reason, and leaves nothing behind.
 */
export class ArticleImporter {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly indexer: ArticleIndexer,
  ) {}

  async run(settings: ImportSettings, progress?: ImportProgress): Promise<ImportReport> {
    const folder = path.resolve(settings.folder);
    const stat = await fs.stat(folder).catch(() => null);
    if (!stat?.isDirectory())
      throw new ImportFolderError(`${settings.folder} is not a folder (or cannot be read).`);
    const found = await findDocuments(folder);
    const report: ImportReport = {
      documents: found.documents.length,
      created: 0,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      ignored: found.ignored,
      outcomes: [],
    };
    const total = found.documents.length + found.unreadableFolders.length;
    progress?.started(total);
    const record = (outcome: FileOutcome) => {
      report[outcome.status] += 1;
      report.outcomes.push(outcome);
      progress?.fileDone(outcome, report.outcomes.length, total);
    };
    for (const unreadable of found.unreadableFolders) {
      record({
        name: `${unreadable.name}/`,
        status: 'skipped',
        slug: null,
        reason: `the folder could not be read: ${unreadable.reason}`,
      });
    }
    const slugs = new Map<string, string>();
    for (const document of found.documents)
      record(await this.importFile(document, settings, slugs));
    return report;
  }

  private async importFile(
    document: FoundDocument,
    settings: ImportSettings,
    slugs: Map<string, string>,
  ): Promise<FileOutcome> {
    const skip = (reason: string, slug: string | null = null): FileOutcome => ({
      name: document.name,
      status: 'skipped',
      slug,
      reason,
    });

    const slug = slugForFile(document.name, settings.slugPrefix);
    if (!slug) return skip('its file name has no letters or digits to make an address (slug) from');
    // The importer writes slugs itself, past the editor's check: an article at /kb/new would be
    // hidden behind the editor's page, found by search but never opened.
    if (RESERVED_ARTICLE_SLUGS.includes(slug)) {
      return skip(
        `its address "${slug}" is the address of one of Foyer’s own pages; rename the file (or import the folder with --slug-prefix)`,
        slug,
      );
    }
    const earlier = slugs.get(slug);
    if (earlier)
      return skip(
        `its address "${slug}" would be the same as that of ${earlier}; rename one of the two files`,
        slug,
      );
    slugs.set(slug, document.name);

    let bytes: Buffer;
    try {
      const { size } = await fs.stat(document.file);
      if (size > MAX_FILE_BYTES)
        return skip(
          `it is too large (${formatBytes(size)}; the limit is ${formatBytes(MAX_FILE_BYTES)})`,
          slug,
        );
      bytes = await fs.readFile(document.file);
    } catch (error) {
      return skip(`it could not be read: ${describeFsError(error)}`, slug);
    }
    const decoded = decodeText(bytes, document.format === 'html');
    if (decoded.problem !== undefined) return skip(decoded.problem, slug);
    const converted = convertDocument(decoded.text, document.format);
    if (converted.problem !== undefined) return skip(converted.problem, slug);

    const { title, summary, bodyMarkdown, tags } = converted.document;
    const wanted: ArticleRecord = {
      slug,
      title,
      summary,
      bodyMarkdown,
      product: settings.product,
      version: settings.version,
      category: settings.category,
      tags: settings.tags || tags ? [...(settings.tags ?? []), ...(tags ?? [])] : null,
      visibility: settings.visibility,
    };

    // An unchanged file is settled with one read, without taking the write lock.
    const current = await this.db.manager.findOneBy(ArticleEntity, { slug });
    if (current) {
      const conflict = conflictWith(current, wanted);
      if (conflict) return skip(conflict, slug);
      if (isUnchanged(diffArticle(current, wanted, settings.publish)))
        return { name: document.name, status: 'unchanged', slug };
    }

    const stamp = {
      at: this.clock.now(),
      professionalId: null,
      label: `Imported from ${document.name}`,
    };
    try {
      return await this.db.write([], async (manager): Promise<FileOutcome> => {
        const article = await lockArticleBySlug(manager, slug);
        if (!article) {
          await insertArticle(
            manager,
            this.indexer,
            wanted,
            stamp,
            settings.publish ? stamp.at : null,
          );
          return {
            name: document.name,
            status: 'created',
            slug,
            note: settings.publish ? 'published' : 'draft',
          };
        }
        const conflict = conflictWith(article, wanted);
        if (conflict) throw new SkipFile(conflict);
        const diff = await applyRecord(
          manager,
          this.indexer,
          article,
          wanted,
          stamp,
          settings.publish,
        );
        if (isUnchanged(diff)) return { name: document.name, status: 'unchanged', slug };
        const notes = [
          diff.content
            ? `new version ${article.currentVersion}`
            : diff.details
              ? 'details changed'
              : null,
          diff.publish ? 'published' : null,
        ];
        return {
          name: document.name,
          status: 'updated',
          slug,
          note: notes.filter(Boolean).join(', '),
        };
      });
    } catch (error) {
      if (error instanceof SkipFile) return skip(error.message, slug);
      if (/UNIQUE constraint failed: article\.slug|Key \(slug\)/.test(errorText(error))) {
        return skip(
          `another article took the address "${slug}" while importing; run the import again`,
          slug,
        );
      }
      return skip(
        `it could not be saved, and nothing of it was: ${(error as Error)?.message ?? String(error)}`,
        slug,
      );
    }
  }
}

/**
 * An article with the same slug about another product or version is not this file's article
 * (typically the same file name in the documentation of another release).
 */
function conflictWith(article: ArticleEntity, wanted: ArticleRecord): string | null {
  if (article.product === wanted.product && article.version === wanted.version) return null;
  const about = [article.product ?? 'no product', article.version].filter(Boolean).join(' ');
  return `the address "${wanted.slug}" belongs to an article about ${about}; import this folder with --slug-prefix to give its articles other addresses`;
}

/**
 * The article's address from the file name, in kebab-case: "Installing Ledger.md" →
 * "installing-ledger", "upgradeGuide.html" → "upgrade-guide"; an index or README file takes
 * its folder's name. Null when the name has nothing to make one from.
 */
export function slugForFile(name: string, prefix: string | null): string | null {
  const parts = name.split('/');
  let base = parts.pop()!.replace(/\.[^.]+$/, '');
  if (/^(index|readme)$/i.test(base) && parts.length > 0) base = parts[parts.length - 1]!;
  const core = kebab(base);
  if (!core) return null;
  const slug = prefix && kebab(prefix) ? `${kebab(prefix)}-${core}` : core;
  return slug.slice(0, MAX_SLUG).replace(/-+$/, '');
}

function kebab(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

function errorText(error: unknown): string {
  return (
    String((error as { message?: unknown })?.message ?? '') +
    String((error as { detail?: unknown })?.detail ?? '')
  );
}
