import type { QueryRunner } from 'typeorm';

/**
 * The full-text index over search_document, which differs by database. Called by the migration
 * that creates search_document; the only place a migration branches on the driver.
 *
 * SQLite: an FTS5 table using search_document as its external content (no second copy of the
 * text), kept in step by triggers, with the Porter stemmer, accents folded, and prefix indexes so
 * search-as-you-type does not scan the vocabulary (2 and 3 characters here; 2 to 8 since the
 * SearchPrefixes migration).
 *
 * PostgreSQL: a stored generated tsvector (english configuration) with title weighted A, summary
 * and keywords B, body C, under a GIN index; and one of the title alone for suggestions.
 */
export async function createSearchSchema(queryRunner: QueryRunner): Promise<void> {
  if (isPostgres(queryRunner)) {
    await queryRunner.query(`
      ALTER TABLE search_document ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, title), 'A') ||
        setweight(to_tsvector('english'::regconfig, summary), 'B') ||
        setweight(to_tsvector('english'::regconfig, keywords), 'B') ||
        setweight(to_tsvector('english'::regconfig, body), 'C')
      ) STORED`);
    await queryRunner.query(
      'CREATE INDEX idx_search_document_vector ON search_document USING GIN (search_vector)',
    );
    // Suggestions match titles only: a small vector of its own, so they never read the body's.
    await queryRunner.query(
      `ALTER TABLE search_document ADD COLUMN title_vector tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, title)) STORED`,
    );
    await queryRunner.query(
      'CREATE INDEX idx_search_document_title_vector ON search_document USING GIN (title_vector)',
    );
    return;
  }
  await createFtsTable(queryRunner, '2 3');
  const columns = 'title, summary, keywords, body';
  const values = (row: 'new' | 'old') =>
    columns
      .split(', ')
      .map((c) => `${row}.${c}`)
      .join(', ');
  await queryRunner.query(`
    CREATE TRIGGER search_document_after_insert AFTER INSERT ON search_document BEGIN
      INSERT INTO search_fts (rowid, ${columns}) VALUES (new.id, ${values('new')});
    END`);
  await queryRunner.query(`
    CREATE TRIGGER search_document_after_delete AFTER DELETE ON search_document BEGIN
      INSERT INTO search_fts (search_fts, rowid, ${columns}) VALUES ('delete', old.id, ${values('old')});
    END`);
  await queryRunner.query(`
    CREATE TRIGGER search_document_after_update AFTER UPDATE OF ${columns} ON search_document BEGIN
      INSERT INTO search_fts (search_fts, rowid, ${columns}) VALUES ('delete', old.id, ${values('old')});
      INSERT INTO search_fts (rowid, ${columns}) VALUES (new.id, ${values('new')});
    END`);
}

/**
 * The FTS5 table over search_document. `prefixes`: the prefix lengths (in characters) FTS5 keeps
 * an index of. A prefix query of any other length merges the doclists of every word that starts
 * with it, in full, for each use (the match, bm25's counts, each snippet's lookup): fine for a
 * handful of words, slow for a prefix that begins thousands of occurrences.
 */
export async function createFtsTable(queryRunner: QueryRunner, prefixes: string): Promise<void> {
  await queryRunner.query(`
    CREATE VIRTUAL TABLE search_fts USING fts5(
      title, summary, keywords, body,
      content = 'search_document', content_rowid = 'id',
      prefix = '${prefixes}',
      tokenize = 'porter unicode61 remove_diacritics 2'
    )`);
}

/**
 * Replaces the FTS5 table with one of other prefix lengths and indexes search_document into it
 * again. The triggers name the table, not its definition, so they carry on as they are.
 */
export async function rebuildFtsTable(queryRunner: QueryRunner, prefixes: string): Promise<void> {
  await queryRunner.query('DROP TABLE search_fts');
  await createFtsTable(queryRunner, prefixes);
  await queryRunner.query(`INSERT INTO search_fts (search_fts) VALUES ('rebuild')`);
}

export async function dropSearchSchema(queryRunner: QueryRunner): Promise<void> {
  if (isPostgres(queryRunner)) {
    await queryRunner.query('DROP INDEX IF EXISTS idx_search_document_title_vector');
    await queryRunner.query('DROP INDEX IF EXISTS idx_search_document_vector');
    return;
  }
  for (const trigger of ['after_insert', 'after_delete', 'after_update']) {
    await queryRunner.query(`DROP TRIGGER IF EXISTS search_document_${trigger}`);
  }
  await queryRunner.query('DROP TABLE IF EXISTS search_fts');
}

export function isPostgres(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.options.type === 'postgres';
}
