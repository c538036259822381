import type { EntityManager } from 'typeorm';
import type { ReaderEntitlements } from '@foyer/shared';
import {
  combinedScore,
  FIELD_WEIGHTS,
  filterConditions,
  SUGGESTION_SCAN,
  type SearchCandidate,
  type SearchFilters,
  type SearchHitRow,
  type SearchIndex,
  type SuggestionRow,
} from './search-index';
import { STOP_WORDS, type SearchQuery } from './search-query';
import { readableCondition, SEARCH_DOCUMENT_AUDIENCE } from './readable-filter';
import { MARK_CLOSE, MARK_OPEN } from './highlight';
import { runSql, toDate } from './sql';
import { porterStem } from './porter-stem';

/** bm25() weights in the FTS5 table's column order: title, summary, keywords, body. */
const BM25 = `bm25(search_fts, ${FIELD_WEIGHTS.title}.0, ${FIELD_WEIGHTS.summary}.0, ${FIELD_WEIGHTS.keywords}.0, ${FIELD_WEIGHTS.body}.0)`;
const TITLE_ONLY = 'bm25(search_fts, 1.0, 0.0, 0.0, 0.0)';
const COLUMN = { title: 0, summary: 1, keywords: 2, body: 3 } as const;
/** Pages a compaction step writes at most: about 4 MB, tens of milliseconds. */
const COMPACT_STEP_PAGES = 1000;

/**
 * FTS5. The MATCH expression is built only from double-quoted strings (a quote inside doubled),
 * so nothing typed is read as FTS5 syntax; FTS5 tokenizes each string itself. The entitlement
 * condition sits in the same WHERE as MATCH, so bm25 ranks, LIMIT caps and the caller counts
 * readable documents only.
 */
export class SqliteSearchIndex implements SearchIndex {
  async candidates(
    manager: EntityManager,
    query: SearchQuery,
    reader: ReaderEntitlements | Promise<ReaderEntitlements>,
    filters: SearchFilters,
    limit: number,
  ): Promise<SearchCandidate[]> {
    const where = conditions(await reader, filters);
    const together = togetherExpression(query);
    // FTS5 walks the matches newest first and stops at the limit, so bm25 and the row lookups are
    // paid for `limit` documents at most. The phrase is then looked up once, among the rowids
    // those matches span only: for common words, a few hundred documents rather than the index.
    const rows = await runSql<{
      id: number;
      kind: SearchCandidate['kind'];
      product: string | null;
      category: string | null;
      relevance: number;
      together: number;
    }>(
      manager,
      `WITH matched AS MATERIALIZED (
         SELECT d.id AS id, d.kind AS kind, d.product AS product, d.category AS category, -${BM25} AS relevance
           FROM search_fts JOIN search_document d ON d.id = search_fts.rowid
          WHERE search_fts MATCH :match AND ${where.sql}
          ORDER BY search_fts.rowid DESC
          LIMIT :limit
       )
       SELECT id, kind, product, category, relevance,
              ${together ? `id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH :together AND rowid >= (SELECT min(id) FROM matched) AND rowid <= (SELECT max(id) FROM matched))` : '0'} AS together
         FROM matched
        ORDER BY together DESC, relevance DESC, id ASC`,
      { ...where.parameters, match: matchExpression(query), together, limit },
    );
    // A plain object literal per row: rest/spread over a thousand rows costs more than the mapping needs.
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      product: row.product,
      category: row.category,
      score: combinedScore(Number(row.relevance), Boolean(row.together)),
    }));
  }

  async hits(
    manager: EntityManager,
    query: SearchQuery,
    ids: readonly number[],
  ): Promise<SearchHitRow[]> {
    if (ids.length === 0) return [];
    // One pass of the MATCH over the rowids the page spans, the page's rows picked out of it. The
    // unary + keeps the IN list from FTS5, which would run the whole MATCH again for every id
    // (prefix merges and all) and, given the single id of a one-hit page as "rowid = ?", matched
    // every row: better-sqlite3 binds JavaScript numbers as REAL, and FTS5 ignores a rowid bound
    // that is not an INTEGER. So the bounds go in as text and are cast (a number would be inlined
    // by TypeORM, making a statement to prepare anew for every page).
    const rows = await runSql<SearchHitRow & { updatedAt: unknown }>(
      manager,
      `SELECT d.id AS id, d.kind AS kind, d.item_id AS "itemId", d.slug AS slug, d.title AS title, d.product AS product,
              d.version AS version, d.category AS category, d.updated_at AS "updatedAt",
              highlight(search_fts, ${COLUMN.title}, :open, :close) AS "titleMarked",
              snippet(search_fts, ${COLUMN.summary}, :open, :close, '…', 40) AS "summaryMarked",
              snippet(search_fts, ${COLUMN.body}, :open, :close, '…', 32) AS "bodyMarked"
         FROM search_fts JOIN search_document d ON d.id = search_fts.rowid
        WHERE search_fts MATCH :match
          AND search_fts.rowid BETWEEN CAST(:first AS INTEGER) AND CAST(:last AS INTEGER)
          AND +search_fts.rowid IN (:...ids)`,
      {
        match: matchExpression(query),
        ids: [...ids],
        first: String(Math.min(...ids)),
        last: String(Math.max(...ids)),
        open: MARK_OPEN,
        close: MARK_CLOSE,
      },
    );
    return rows.map((row) => ({ ...row, updatedAt: toDate(row.updatedAt) }));
  }

  /**
   * FTS5 adds each transaction's words as a segment of their own and merges segments only now and
   * then, so after an import the index is a dozen segments, and every word a search looks up is
   * looked up in each. 'merge' with a negative count merges segments whatever their level, at
   * most about that many pages per step: a step holds the write lock for a moment only. It did
   * work if it changed two rows or more (FTS5's documented test).
   */
  async compactStep(manager: EntityManager): Promise<boolean> {
    const changes = async () => Number((await manager.query('SELECT total_changes() AS n'))[0].n);
    const before = await changes();
    await manager.query(
      `INSERT INTO search_fts (search_fts, rank) VALUES ('merge', -${COMPACT_STEP_PAGES})`,
    );
    return (await changes()) - before >= 2;
  }

  async suggestions(
    manager: EntityManager,
    query: SearchQuery,
    reader: ReaderEntitlements,
    filters: SearchFilters,
    limit: number,
  ): Promise<SuggestionRow[]> {
    const where = conditions(reader, filters);
    return runSql<SuggestionRow>(
      manager,
      `SELECT id, kind, "itemId", slug, title, "titleMarked" FROM (
         SELECT d.id AS id, d.kind AS kind, d.item_id AS "itemId", d.slug AS slug, d.title AS title,
                highlight(search_fts, ${COLUMN.title}, :open, :close) AS "titleMarked", ${TITLE_ONLY} AS rank
           FROM search_fts JOIN search_document d ON d.id = search_fts.rowid
          WHERE search_fts MATCH :match AND ${where.sql}
          ORDER BY search_fts.rowid DESC
          LIMIT :scan
       ) AS matched
       ORDER BY rank, length(title), id
       LIMIT :limit`,
      {
        ...where.parameters,
        match: `{title} : (${matchExpression(query)})`,
        limit,
        scan: SUGGESTION_SCAN,
        open: MARK_OPEN,
        close: MARK_CLOSE,
      },
    );
  }
}

/** The FTS5 expression every result matches: each term, phrase and the prefix (or a stem of it). */
export function matchExpression(query: SearchQuery): string {
  const parts = [...query.phrases.map(quote), ...query.terms.map(quote)];
  if (query.prefix) {
    const alternatives = prefixAlternatives(query.prefix.word, query.prefix.stems).map((a) =>
      a.isPrefix ? `${quote(a.text)} *` : quote(a.text),
    );
    parts.push(alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`);
  }
  return parts.join(' AND ');
}

interface PrefixAlternative {
  /** What is sent, quoted. */
  text: string;
  /** What FTS5 looks up once it has stemmed `text`. */
  token: string;
  isPrefix: boolean;
}

/**
 * The ways the word being typed is looked up: as typed, as the whole word it may already be, and
 * its shorter stems. One that another already covers is left out (bm25 counts every alternative
 * across the index, and "galbe" * and "galb" * are both "galb" * to FTS5).
 */
function prefixAlternatives(word: string, stems: readonly string[]): PrefixAlternative[] {
  const whole = wholeWord(word);
  const sent = (text: string, isPrefix: boolean) => ({ text, token: porterStem(text), isPrefix });
  const all: PrefixAlternative[] = [
    sent(prefixToken(word), true),
    ...(whole ? [sent(whole, false)] : []),
    ...stems.map((stem) => sent(prefixToken(stem), true)),
  ];
  // Left out: whatever another prefix alternative's token begins; of two identical prefixes, the later.
  const covers = (other: PrefixAlternative, j: number, a: PrefixAlternative, i: number) =>
    other.isPrefix &&
    a.token.startsWith(other.token) &&
    (a.token !== other.token || !a.isPrefix || j < i);
  return all.filter((a, i) => !all.some((other, j) => j !== i && covers(other, j, a, i)));
}

/** The unquoted words as one phrase (the last one a prefix while typed), or null. */
export function togetherExpression(query: SearchQuery): string | null {
  if (!query.proximity) return null;
  if (!query.prefix) return quote(query.proximity.join(' '));
  const before = query.proximity.slice(0, -1);
  const typed = `${quote([...before, prefixToken(query.prefix.word)].join(' '))} *`;
  const whole = wholeWord(query.prefix.word);
  return whole ? `(${typed} OR ${quote([...before, whole].join(' '))})` : typed;
}

/**
 * How a prefix must be written for FTS5 to look it up as typed. FTS5 stems the tokens of a query
 * as it stems the index, a prefix's too: "ins" would become "in" and match every word beginning
 * "in", "analys" would become "anali" and match nothing. So where stemming would change the
 * prefix, a word is sent that stems back to exactly the prefix: with an "e" (step 5 of Porter's
 * algorithm drops it), or with "ful" or "ness" (step 3). Failing those, the prefix as typed.
 */
export function prefixToken(prefix: string): string {
  if (!/^[a-z0-9]+$/.test(prefix)) return prefix;
  const candidates = [prefix, `${prefix}e`, `${prefix}ful`, `${prefix}ness`];
  return candidates.find((candidate) => porterStem(candidate) === prefix) ?? prefix;
}

/**
 * The prefix as the whole word it may already be, matched through its stem ("maintenance" is kept
 * as "mainten", which no prefix "maintenance" begins), when stemming changes it; but not when its
 * stem is a stop word: "ins" must not find every "in".
 */
function wholeWord(prefix: string): string | null {
  const stem = porterStem(prefix);
  return /^[a-z0-9]+$/.test(prefix) && stem !== prefix && !STOP_WORDS.has(stem) ? prefix : null;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function conditions(reader: ReaderEntitlements, filters: SearchFilters) {
  const readable = readableCondition(reader, {
    visibility: 'd.visibility',
    product: 'd.product',
    published: 'd.published = TRUE',
    audience: SEARCH_DOCUMENT_AUDIENCE,
  });
  const filter = filterConditions(filters);
  return {
    sql: [readable.sql, ...filter.sql].join(' AND '),
    parameters: { ...readable.parameters, ...filter.parameters },
  };
}
