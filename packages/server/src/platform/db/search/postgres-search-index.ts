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
import type { SearchQuery } from './search-query';
import { readableCondition, SEARCH_DOCUMENT_AUDIENCE } from './readable-filter';
import { MARK_CLOSE, MARK_OPEN } from './highlight';
import { runSql, toDate, type SqlParameters } from './sql';
import { chooseMatchScan } from './postgres-scan-choice';

/** ts_rank's weights are listed {D, C, B, A}: body is C, summary and keywords B, title A. */
const WEIGHTS = `'{0, ${FIELD_WEIGHTS.body / FIELD_WEIGHTS.title}, ${FIELD_WEIGHTS.summary / FIELD_WEIGHTS.title}, 1}'`;
/** Normalization 1: divide by 1 + log(length), as BM25 favours the shorter of two equal matches. */
const RANK_NORMALIZATION = 1;
const MARKS = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}`;
const HEADLINE = {
  title: `HighlightAll=true, ${MARKS}`,
  summary: `MaxWords=40, MinWords=20, ${MARKS}`,
  body: `MaxFragments=2, MaxWords=18, MinWords=8, FragmentDelimiter=" … ", ${MARKS}`,
};

/**
 * tsvector with a GIN index. Everything typed reaches PostgreSQL as a bound parameter of
 * plainto_tsquery/phraseto_tsquery, or — for the prefix, which must be written in tsquery
 * syntax — as a lexeme made only of letters and digits, quoted. The entitlement condition sits
 * in the same WHERE as @@, so ranking, LIMIT and the caller's counts see readable documents only.
 */
export class PostgresSearchIndex implements SearchIndex {
  async candidates(
    manager: EntityManager,
    query: SearchQuery,
    reader: ReaderEntitlements | Promise<ReaderEntitlements>,
    filters: SearchFilters,
    limit: number,
  ): Promise<SearchCandidate[]> {
    const tsquery = compile(query);
    // Only the newest `limit` matches are ranked, so a query of common words does not compute
    // ts_rank (which reads each document's whole vector) for all of them. "+ 0" hides the order
    // of the primary key from the planner, which then cannot walk it (postgres-scan-choice.ts).
    // The planner's estimate is of the words alone, so it is asked while the entitlements load.
    const [scan, entitlements] = await Promise.all([
      chooseMatchScan(manager, tsquery.required, tsquery.parameters, limit),
      reader,
    ]);
    const where = conditions(entitlements, filters);
    // Walking the primary key hands the rows over in order, each with its vector at hand. From
    // the index, the matches are sorted first, and the vector (kept in the row: kilobytes) is
    // left out of that sort, which would copy it for every match; it is read again for the
    // newest `limit` only, straight from the row version the scan found (its ctid, valid for
    // this statement's snapshot), without another index lookup.
    const walk = scan === 'newest-first';
    const vector = walk ? 'm.vector' : 'kept.search_vector';
    const relevance = `ts_rank(${WEIGHTS}, ${vector}, ${tsquery.required}, ${RANK_NORMALIZATION})`;
    const together = tsquery.proximity ? `(${vector} @@ ${tsquery.proximity})` : 'false';
    const rows = await runSql<{
      id: number;
      kind: SearchCandidate['kind'];
      product: string | null;
      category: string | null;
      relevance: number | string;
      together: boolean;
    }>(
      manager,
      `SELECT m.id AS id, m.kind AS kind, m.product AS product, m.category AS category, ${relevance} AS relevance, ${together} AS together
         FROM (SELECT d.id, d.kind, d.product, d.category, ${walk ? 'd.search_vector AS vector' : 'd.ctid AS row_version'}
                 FROM search_document d
                WHERE d.search_vector @@ ${tsquery.required} AND ${where.sql}
                ORDER BY ${walk ? 'd.id DESC' : 'd.id + 0 DESC'}
                LIMIT :limit) AS m${walk ? '' : ' JOIN search_document kept ON kept.ctid = m.row_version'}
        ORDER BY together DESC, relevance DESC, m.id ASC`,
      { ...tsquery.parameters, ...where.parameters, limit },
    );
    return rows.map((row) => ({
      id: Number(row.id),
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
    const tsquery = compile(query);
    const window = bodyWindow(query);
    const rows = await runSql<SearchHitRow & { updatedAt: unknown }>(
      manager,
      `SELECT d.id AS id, d.kind AS kind, d.item_id AS "itemId", d.slug AS slug, d.title AS title, d.product AS product,
              d.version AS version, d.category AS category, d.updated_at AS "updatedAt",
              ts_headline('english', d.title, ${tsquery.required}, :titleHeadline) AS "titleMarked",
              ts_headline('english', d.summary, ${tsquery.required}, :summaryHeadline) AS "summaryMarked",
              ts_headline('english', ${window.text}, ${tsquery.required}, :bodyHeadline) AS "bodyMarked"
         FROM search_document d ${window.join}
        WHERE d.id IN (:...ids)`,
      {
        ...tsquery.parameters,
        ...window.parameters,
        ids: [...ids],
        titleHeadline: HEADLINE.title,
        summaryHeadline: HEADLINE.summary,
        bodyHeadline: HEADLINE.body,
      },
    );
    return rows.map((row) => ({ ...row, id: Number(row.id), updatedAt: toDate(row.updatedAt) }));
  }

  /** Autovacuum keeps the GIN index compact (it empties its list of pending entries). */
  async compactStep(): Promise<boolean> {
    return false;
  }

  async suggestions(
    manager: EntityManager,
    query: SearchQuery,
    reader: ReaderEntitlements,
    filters: SearchFilters,
    limit: number,
  ): Promise<SuggestionRow[]> {
    const tsquery = compile(query);
    const where = conditions(reader, filters);
    // title_vector has a GIN index of its own; the headline is made for the few rows returned.
    const rows = await runSql<SuggestionRow>(
      manager,
      `SELECT m.id AS id, m.kind AS kind, m.item_id AS "itemId", m.slug AS slug, m.title AS title,
              ts_headline('english', m.title, ${tsquery.required}, :titleHeadline) AS "titleMarked"
         FROM (SELECT d.id, d.kind, d.item_id, d.slug, d.title, d.title_vector
                 FROM search_document d
                WHERE d.title_vector @@ ${tsquery.required} AND ${where.sql}
                ORDER BY d.id DESC
                LIMIT :scan) AS m
        ORDER BY ts_rank(m.title_vector, ${tsquery.required}) DESC, length(m.title), m.id
        LIMIT :limit`,
      {
        ...tsquery.parameters,
        ...where.parameters,
        titleHeadline: HEADLINE.title,
        limit,
        scan: SUGGESTION_SCAN,
      },
    );
    return rows.map((row) => ({ ...row, id: Number(row.id) }));
  }
}

/** How much of a long body the snippet is chosen from, in characters, and how much of it comes before the first hit. */
const BODY_WINDOW = { span: 480, lead: 160 } as const;

/**
 * The part of the body the snippet is chosen from, as a LATERAL join giving `w.text`. ts_headline
 * parses and stems every word it is given, which for a page of 20 whole bodies took longer than
 * the rest of the search together, while a snippet shows a few dozen words. So a long body is cut
 * to a window that starts a little before the first place a word of the query occurs, found with
 * strpos on the words' lexemes (a stem, as "configur" of "configuration", begins the word forms it
 * matches). When no lexeme occurs as it is (a stemmer that changes letters), the window is the
 * body's beginning, and the snippet falls back to the summary if that has no hit.
 *
 * The window starts and ends on whole words: one character more than the window is read, and a
 * window cut inside the body loses the partial word before its first space and after its last.
 * The body's own length is never asked for (length() counts the characters of the whole body,
 * and regular expressions over the window cost as much again), only its bytes'.
 *
 * The body is detoasted once (`|| ''`, behind OFFSET 0 so that the planner does not inline it):
 * every mention of a stored long text fetches and decompresses it again, which cost more than the
 * headline itself.
 */
export function bodyWindow(query: SearchQuery): {
  join: string;
  text: string;
  parameters: SqlParameters;
} {
  const words = [...query.terms, ...query.phrases];
  const parameters: SqlParameters = {
    windowWords: words.join(' '),
    windowSpan: BODY_WINDOW.span,
    windowLead: BODY_WINDOW.lead,
  };
  // The prefix as typed as well: a stop word ("in") has no lexeme, and "instal" begins "installing" as it is.
  let lexemes = `tsvector_to_array(to_tsvector('english', :windowWords))`;
  if (query.prefix) {
    parameters.windowPrefix = query.prefix.word;
    lexemes += ` || ARRAY[CAST(:windowPrefix AS text)]`;
  }
  const start = `GREATEST(1, COALESCE((SELECT min(NULLIF(strpos(b.lowered, hint), 0)) FROM unnest(${lexemes}) AS hint), 1) - :windowLead)`;
  // r.read: the window and the character after it, if any; r.text: the window less a partial first word.
  const read = `SELECT p.read, CASE WHEN s.start > 1 THEN substr(left(p.read, :windowSpan), strpos(p.read, ' ') + 1) ELSE left(p.read, :windowSpan) END AS text
         FROM (SELECT substr(b.body, s.start, :windowSpan + 1) AS read OFFSET 0) AS p`;
  const join = `CROSS JOIN LATERAL (
       SELECT CASE WHEN octet_length(b.body) <= :windowSpan THEN b.body
                   WHEN length(r.read) > :windowSpan THEN left(r.text, length(r.text) - strpos(reverse(r.text), ' '))
                   ELSE r.text END AS text
         FROM (SELECT body, lower(body) AS lowered FROM (SELECT d.body || '' AS body OFFSET 0) AS detoasted OFFSET 0) AS b
        CROSS JOIN LATERAL (SELECT ${start} AS start OFFSET 0) AS s
        CROSS JOIN LATERAL (${read}) AS r
     ) AS w`;
  return { join, text: 'w.text', parameters };
}

interface CompiledQuery {
  /** A tsquery expression every result matches. */
  required: string;
  /** The unquoted words as a phrase, for the ranking bonus; null when there is no such phrase. */
  proximity: string | null;
  parameters: SqlParameters;
}

/** A prefix lexeme followed by copies of itself, in tsquery's text: 'toneldr':* | 'toneldr':*. */
const REPEATED_ALTERNATIVE = "('[^']+':\\*)(?: \\| \\1)+";

/**
 * Terms go through plainto_tsquery and phrases through phraseto_tsquery (both take plain text and
 * apply the english stemmer and stop words). The prefix is matched both stemmed (english) and as
 * typed (simple), so "in" still finds "install" although "in" is an english stop word.
 */
export function compile(query: SearchQuery): CompiledQuery {
  const parts: string[] = [];
  const parameters: SqlParameters = {};
  query.terms.forEach((term, i) => {
    parameters[`term${i}`] = term;
    parts.push(`plainto_tsquery('english', :term${i})`);
  });
  query.phrases.forEach((phrase, i) => {
    parameters[`phrase${i}`] = phrase;
    parts.push(`phraseto_tsquery('english', :phrase${i})`);
  });
  if (query.prefix) {
    const alternatives = [`to_tsquery('simple', :prefix0)`];
    [query.prefix.word, ...query.prefix.stems].forEach((word, i) => {
      parameters[`prefix${i}`] = lexemePrefix(word);
      alternatives.push(`to_tsquery('english', :prefix${i})`);
    });
    // The alternatives often stem to the same lexeme ('toneldr':* | 'toneldr':*), which the
    // planner would count twice when it estimates the matches (postgres-scan-choice.ts) and GIN
    // would scan twice. Their text is prefix lexemes joined by " | " (letters and digits only),
    // so a repeat right after its twin is cut from it; the expression stays one the planner can
    // work out before it plans, as a subquery would not be.
    parts.push(
      `CAST(regexp_replace(CAST(${alternatives.join(' || ')} AS text), :repeatedAlternative, '\\1', 'g') AS tsquery)`,
    );
    parameters.repeatedAlternative = REPEATED_ALTERNATIVE;
  }
  let proximity: string | null = null;
  if (query.proximity) {
    parameters.proximity = query.proximity.map(lexeme).join(' <-> ') + (query.prefix ? ':*' : '');
    proximity = `to_tsquery('english', :proximity)`;
  }
  return { required: `(${parts.join(' && ')})`, proximity, parameters };
}

/** A lexeme in tsquery syntax. The parser lets only letters and digits through; quoting is belt and braces. */
function lexeme(word: string): string {
  if (!/^[\p{L}\p{N}]+$/u.test(word))
    throw new Error('A tsquery lexeme must be letters and digits only');
  return `'${word}'`;
}

function lexemePrefix(word: string): string {
  return `${lexeme(word)}:*`;
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
