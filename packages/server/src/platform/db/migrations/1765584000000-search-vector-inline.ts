import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from '../search/search-schema';

/**
 * PostgreSQL: a document's tsvector is kept in its row (storage MAIN) instead of in the TOAST
 * table. pglz cannot compress a tsvector, so any over about 2 kB, most of an article's, went out
 * of line uncompressed, and every search fetched each candidate's vector chunk by chunk through
 * the TOAST index to test and rank it. In the row, the heap page the search visits anyway holds
 * it: on 100,000 articles the candidates of a common-word search went from about 6 to 2.5 ms
 * (bench/search). The body stays out of line; only the page of hits reads it.
 *
 * Existing rows are written again so their vectors move in (a stored generated column is
 * recomputed when the row is updated); on a large knowledge base this takes about a minute per
 * 100,000 documents. SQLite keeps its index in FTS5: nothing to do.
 */
export class SearchVectorInline1765584000000 implements MigrationInterface {
  name = 'SearchVectorInline1765584000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!isPostgres(queryRunner)) return;
    await queryRunner.query(
      'ALTER TABLE search_document ALTER COLUMN search_vector SET STORAGE MAIN',
    );
    await queryRunner.query('UPDATE search_document SET title = title');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (!isPostgres(queryRunner)) return;
    await queryRunner.query(
      'ALTER TABLE search_document ALTER COLUMN search_vector SET STORAGE EXTENDED',
    );
    await queryRunner.query('UPDATE search_document SET title = title');
  }
}
