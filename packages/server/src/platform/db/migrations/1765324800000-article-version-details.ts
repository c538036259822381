import type { MigrationInterface, QueryRunner } from 'typeorm';

const DETAILS = [
  ['product', 'varchar(40)'],
  ['version', 'varchar(40)'],
  ['category', 'varchar(60)'],
  ['tags', 'text'],
  ['visibility', 'varchar(24)'],
] as const;

/**
 * An article's version also records its product, version, category, tags and visibility, so that
 * an edit of any of them is kept as well. Versions made before this have them null ("not
 * recorded"): nothing can say what they were. Plain ADD COLUMN, the same on both databases, as
 * the columns are nullable.
 */
export class ArticleVersionDetails1765324800000 implements MigrationInterface {
  name = 'ArticleVersionDetails1765324800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [column, type] of DETAILS) {
      await queryRunner.query(`ALTER TABLE article_version ADD COLUMN ${column} ${type}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [column] of [...DETAILS].reverse()) {
      await queryRunner.query(`ALTER TABLE article_version DROP COLUMN ${column}`);
    }
  }
}
