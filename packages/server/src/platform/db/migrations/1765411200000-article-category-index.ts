import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The knowledge base's category filter lists the categories of the articles the reader may open
 * by walking from one category to the next (values-in-use.ts): that needs an index leading with
 * the category. The columns of the reading rule come with it, so checking whether a category has
 * an article the reader may open reads the index alone. Same SQL on both databases.
 */
export class ArticleCategoryIndex1765411200000 implements MigrationInterface {
  name = 'ArticleCategoryIndex1765411200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX idx_article_category ON article (category, visibility, product, published_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX idx_article_category');
  }
}
