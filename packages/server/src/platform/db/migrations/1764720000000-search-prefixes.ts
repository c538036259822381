import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres, rebuildFtsTable } from '../search/search-schema';

/**
 * SQLite: prefix indexes for every prefix length from 2 to 8 characters (2 and 3 before), so a
 * word being typed is one doclist read at any of those lengths rather than a merge of the doclists
 * of every word it begins (for a prefix such as "conf", tens of milliseconds per use on a large
 * knowledge base). The FTS5 index about doubles in size. PostgreSQL matches prefixes in its GIN
 * index as it is: nothing to do.
 */
export class SearchPrefixes1764720000000 implements MigrationInterface {
  name = 'SearchPrefixes1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!isPostgres(queryRunner)) await rebuildFtsTable(queryRunner, '2 3 4 5 6 7 8');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (!isPostgres(queryRunner)) await rebuildFtsTable(queryRunner, '2 3');
  }
}
