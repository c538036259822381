import type { EntityManager } from 'typeorm';
import type { ContentKind, ReaderEntitlements } from '@foyer/shared';
import type { SearchQuery } from './search-query';
import { versionCondition } from '../version-filter';

export interface SearchFilters {
  kinds?: readonly ContentKind[] | null;
  product?: string | null;
  version?: string | null;
  category?: string | null;
}

/** A readable document that matches, with what facets and paging need. Higher scores rank first. */
export interface SearchCandidate {
  id: number;
  kind: ContentKind;
  product: string | null;
  category: string | null;
  score: number;
}

/**
 * Documents with the words side by side, as typed, come first; within each group the database's
 * relevance (bm25 or ts_rank, both ≥ 0 here) orders them. One number for both: the group, plus
 * the relevance squeezed into [0, 1).
 */
export function combinedScore(relevance: number, together: boolean): number {
  const r = Math.max(0, relevance);
  return (together ? 1 : 0) + r / (1 + r);
}

/** What a result shows. The *Marked fields carry MARK_OPEN/MARK_CLOSE around hits (highlight.ts). */
export interface SearchHitRow {
  id: number;
  kind: ContentKind;
  itemId: string;
  slug: string | null;
  title: string;
  product: string | null;
  version: string | null;
  category: string | null;
  updatedAt: Date;
  titleMarked: string;
  summaryMarked: string;
  bodyMarked: string;
}

export interface SuggestionRow {
  id: number;
  kind: ContentKind;
  itemId: string;
  slug: string | null;
  title: string;
  titleMarked: string;
}

/**
 * Full-text search over search_document, one adapter per database. Every method applies the
 * reader's entitlements inside its SQL (readable-filter.ts), so what comes back is only ever
 * what the reader may open; callers never filter afterwards.
 */
export interface SearchIndex {
  /**
   * The readable matches, best first (ties by id): those with the unquoted words side by side
   * first, then by relevance with title above summary and keywords above body (combinedScore).
   * At most `limit`: when more match, the `limit` most recently added are ranked, so that a
   * query of common words costs what a rare one does (the caller reports the count as a floor).
   * The reader's entitlements may still be loading: work that does not depend on them (on
   * PostgreSQL, asking the planner how to scan) starts meanwhile.
   */
  candidates(
    manager: EntityManager,
    query: SearchQuery,
    reader: ReaderEntitlements | Promise<ReaderEntitlements>,
    filters: SearchFilters,
    limit: number,
  ): Promise<SearchCandidate[]>;
  /** Titles and snippets, with hits marked, of documents `candidates` returned (in any order). */
  hits(manager: EntityManager, query: SearchQuery, ids: readonly number[]): Promise<SearchHitRow[]>;
  /** Documents whose title matches, best first, among the most recent `SUGGESTION_SCAN` such: suggestions under the search box. */
  suggestions(
    manager: EntityManager,
    query: SearchQuery,
    reader: ReaderEntitlements,
    filters: SearchFilters,
    limit: number,
  ): Promise<SuggestionRow[]>;
  /**
   * One bounded step of compacting the index after many writes (compactSearchIndex runs them);
   * false once there is nothing left to do.
   */
  compactStep(manager: EntityManager): Promise<boolean>;
}

/** How many title matches suggestions choose from, at most. */
export const SUGGESTION_SCAN = 500;

/** Title, summary, keywords, body: how much a hit in each counts. */
export const FIELD_WEIGHTS = { title: 10, summary: 4, keywords: 4, body: 1 } as const;

/** The filter conditions shared by both adapters, on search_document aliased `d`. */
export function filterConditions(filters: SearchFilters): {
  sql: string[];
  parameters: Record<string, unknown>;
} {
  const sql: string[] = [];
  const parameters: Record<string, unknown> = {};
  if (filters.kinds && filters.kinds.length > 0) {
    sql.push('d.kind IN (:...filterKinds)');
    parameters.filterKinds = [...filters.kinds];
  }
  for (const column of ['product', 'category'] as const) {
    const value = filters[column];
    if (value != null && value !== '') {
      sql.push(`d.${column} = :filter_${column}`);
      // Product codes are lower case (PRODUCT_CODE_PATTERN): "Atlas" means atlas.
      parameters[`filter_${column}`] = column === 'product' ? value.trim().toLowerCase() : value;
    }
  }
  if (filters.version != null && filters.version.trim() !== '') {
    const version = versionCondition('d.version', 'filter_version', filters.version);
    sql.push(version.sql);
    Object.assign(parameters, version.parameters);
  }
  return { sql, parameters };
}
