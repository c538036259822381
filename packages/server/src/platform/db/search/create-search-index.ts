import type { DatabaseKind } from '../database-url';
import type { SearchIndex } from './search-index';
import { SqliteSearchIndex } from './sqlite-search-index';
import { PostgresSearchIndex } from './postgres-search-index';

/** The adapter for the database in use: FTS5 on SQLite, tsvector and GIN on PostgreSQL. */
export function createSearchIndex(kind: DatabaseKind): SearchIndex {
  return kind === 'sqlite' ? new SqliteSearchIndex() : new PostgresSearchIndex();
}
