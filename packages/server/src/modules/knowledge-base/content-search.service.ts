import type { Actor, ContentKind, ReaderEntitlements } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { EntitlementService } from '../licensing/entitlement.service';
import { DomainError } from '../../platform/graphql/domain-error';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../../platform/graphql/connection';
import type {
  SearchCandidate,
  SearchFilters,
  SearchIndex,
} from '../../platform/db/search/search-index';
import { parseSearchQuery } from '../../platform/db/search/search-query';
import { hasMark, markedToHtml } from '../../platform/db/search/highlight';
import { requireActor } from '../organization/organization-access';

/**
 * How many matches are ranked, counted and paged through at most: the most recently added ones
 * when more match. Past it, a query is too broad to page through anyway (15 pages of 20); counts
 * say "at least" (totalCountIsLowerBound) and the person narrows the search. The knob for the
 * latency of common words and prefixes: each candidate costs its bm25 and its row (about 6 µs on
 * SQLite, more on PostgreSQL), so 1000 of them alone took longer than a whole search should
 * (bench/search, README).
 */
export const MAX_CANDIDATES = 300;
const MAX_SUGGESTIONS = 10;

export interface SearchArgs extends SearchFilters {
  query: string;
  first?: number | null;
  after?: string | null;
}

export interface SearchHit {
  kind: ContentKind;
  itemId: string;
  slug: string | null;
  title: string;
  /** HTML: the title, escaped, with the words that matched in <mark>. */
  titleHtml: string;
  /** HTML: the best passage of the body (or the summary), escaped, with hits in <mark>. */
  snippetHtml: string;
  product: string | null;
  version: string | null;
  category: string | null;
  updatedAt: Date;
  score: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  kinds: FacetCount[];
  products: FacetCount[];
  categories: FacetCount[];
}

export interface SearchResults extends Page<SearchHit> {
  facets: SearchFacets;
  totalCountIsLowerBound: boolean;
}

export interface Suggestion {
  kind: ContentKind;
  itemId: string;
  slug: string | null;
  title: string;
  titleHtml: string;
}

/**
 * The one search box, over every content kind in search_document. The reader's entitlements are
 * applied by the index inside its queries, so ranking, counts, facets, pages and suggestions are
 * all computed over what the reader may open and nothing else.
 */
export class ContentSearchService {
  constructor(
    private readonly db: Database,
    private readonly index: SearchIndex,
    private readonly entitlements: EntitlementService,
  ) {}

  async search(actor: Actor | null, args: SearchArgs): Promise<SearchResults> {
    const size = pageSize(args.first);
    assertKindsNamed(args.kinds);
    const query = parseSearchQuery(args.query, { typing: true });
    // Not awaited yet: the index may start on the query while the entitlements load.
    const reader = this.readerOf(actor);
    if (!query) {
      await reader;
      return emptyResults();
    }
    const filters = {
      kinds: args.kinds,
      product: args.product,
      version: args.version,
      category: args.category,
    };
    // One more than the cap is asked for: only if it comes do more match than are counted. The
    // oldest of them goes, so the count is of the newest MAX_CANDIDATES, as the index promises.
    const newest = await this.index.candidates(
      this.db.manager,
      query,
      reader,
      filters,
      MAX_CANDIDATES + 1,
    );
    const totalCountIsLowerBound = newest.length > MAX_CANDIDATES;
    const candidates = totalCountIsLowerBound ? withoutOldest(newest) : newest;

    const start = args.after ? startAfter(candidates, args.after) : 0;
    const page = candidates.slice(start, start + size);
    const rows = await this.index.hits(
      this.db.manager,
      query,
      page.map((c) => c.id),
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const found = page.flatMap((candidate) => {
      const row = byId.get(candidate.id);
      return row ? [{ candidate, row }] : [];
    });
    const nodes = found.map(({ candidate, row }): SearchHit => ({
      kind: row.kind,
      itemId: row.itemId,
      slug: row.slug,
      title: row.title,
      titleHtml: markedToHtml(row.titleMarked),
      snippetHtml: markedToHtml(bestSnippet(row.summaryMarked, row.bodyMarked)),
      product: row.product,
      version: row.version,
      category: row.category,
      updatedAt: row.updatedAt,
      score: candidate.score,
    }));
    return {
      nodes,
      cursors: found.map(({ candidate }) => cursorOf(candidate)),
      hasNextPage: start + size < candidates.length,
      hasPreviousPage: start > 0,
      totalCount: candidates.length,
      totalCountIsLowerBound,
      facets: facetsOf(candidates),
    };
  }

  /** Titles for the search box's drop-down, as the person types. */
  async suggestions(
    actor: Actor | null,
    args: { prefix: string; kinds?: readonly ContentKind[] | null; first?: number | null },
  ): Promise<Suggestion[]> {
    assertKindsNamed(args.kinds);
    const reader = await this.readerOf(actor);
    const query = parseSearchQuery(args.prefix, { typing: true });
    if (!query) return [];
    const limit = Math.min(Math.max(args.first ?? 8, 1), MAX_SUGGESTIONS);
    const rows = await this.index.suggestions(
      this.db.manager,
      query,
      reader,
      { kinds: args.kinds },
      limit,
    );
    return rows.map((row) => ({
      kind: row.kind,
      itemId: row.itemId,
      slug: row.slug,
      title: row.title,
      titleHtml: markedToHtml(row.titleMarked),
    }));
  }

  private async readerOf(actor: Actor | null): Promise<ReaderEntitlements> {
    const reader = await this.entitlements.of(requireActor(actor));
    if (!reader)
      throw new DomainError('UNAUTHENTICATED', 'Sign in first.', {
        hint: 'Your session may have expired.',
      });
    return reader;
  }
}

/**
 * An empty list of kinds would ask for nothing; a script that sends one most likely built the list
 * from choices nobody made, so it is told rather than given an empty (or a whole) result.
 */
function assertKindsNamed(kinds: readonly ContentKind[] | null | undefined): void {
  if (kinds && kinds.length === 0) {
    throw new DomainError('VALIDATION_FAILED', 'kinds names no kind of content.', {
      field: 'kinds',
      hint: 'Name at least one kind, or leave kinds out to search every kind.',
    });
  }
}

/** The body's passage when the hit is there, else the summary's, else the summary as it starts. */
function bestSnippet(summary: string, body: string): string {
  if (hasMark(body)) return body;
  if (hasMark(summary) || summary.trim()) return summary;
  return body;
}

/** Facets over every counted match: the reader's own, with the filters applied. One pass over them. */
function facetsOf(candidates: readonly SearchCandidate[]): SearchFacets {
  const kinds = new Map<string, number>();
  const products = new Map<string, number>();
  const categories = new Map<string, number>();
  for (const c of candidates) {
    kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    if (c.product !== null) products.set(c.product, (products.get(c.product) ?? 0) + 1);
    if (c.category !== null) categories.set(c.category, (categories.get(c.category) ?? 0) + 1);
  }
  const sorted = (counts: Map<string, number>) =>
    [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { kinds: sorted(kinds), products: sorted(products), categories: sorted(categories) };
}

/**
 * A cursor is the last hit's (score, id). The next page starts after that document in the ranking,
 * or — should it no longer match — after where its score would place it.
 */
function cursorOf(candidate: SearchCandidate): string {
  return encodeCursor([String(candidate.score), String(candidate.id)]);
}

function startAfter(candidates: readonly SearchCandidate[], after: string): number {
  const [scoreText, idText] = decodeCursor(after, 2) as [string, string];
  const score = Number(scoreText);
  const id = Number(idText);
  if (!Number.isFinite(score) || !Number.isInteger(id)) {
    throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', {
      field: 'after',
      hint: 'Use an endCursor from an earlier page.',
    });
  }
  const seen = candidates.findIndex((c) => c.id === id);
  if (seen !== -1) return seen + 1;
  const index = candidates.findIndex((c) => c.score < score || (c.score === score && c.id > id));
  return index === -1 ? candidates.length : index;
}

/** The candidates but the one added first (the lowest id), in their order. */
function withoutOldest(candidates: readonly SearchCandidate[]): SearchCandidate[] {
  const oldest = candidates.reduce((min, c) => (c.id < min.id ? c : min));
  return candidates.filter((c) => c !== oldest);
}

function emptyResults(): SearchResults {
  return {
    nodes: [],
    cursors: [],
    hasNextPage: false,
    hasPreviousPage: false,
    totalCount: 0,
    totalCountIsLowerBound: false,
    facets: { kinds: [], products: [], categories: [] },
  };
}
