import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { TableColumnOptions } from 'typeorm/schema-builder/options/TableColumnOptions';
import { createSearchSchema, dropSearchSchema } from '../search/search-schema';

/**
 * Licences (from which entitlements follow), knowledge-base articles with their versions, tags
 * and feedback, and search_document: the one search index every content kind writes to. Only
 * the full-text index over search_document differs by database (search/search-schema.ts).
 */
export class KnowledgeBase1764547200000 implements MigrationInterface {
  name = 'KnowledgeBase1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = queryRunner.connection.driver.normalizeType({ type: Date });
    const id = (name = 'id', isPrimary = true): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: '36',
      isPrimary,
    });
    const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
    });
    const long = (name: string, isNullable = false): TableColumnOptions => ({
      name,
      type: 'text',
      isNullable,
    });
    const at = (name: string, isNullable = false): TableColumnOptions => ({
      name,
      type: timestamp,
      isNullable,
    });
    const cascadeTo = (column: string, table: string) => ({
      columnNames: [column],
      referencedTableName: table,
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    });
    const clearedWith = (column: string, table: string) => ({
      columnNames: [column],
      referencedTableName: table,
      referencedColumnNames: ['id'],
      onDelete: 'SET NULL',
    });

    await queryRunner.createTable(
      new Table({
        name: 'license',
        columns: [
          id(),
          text('organization_id', 36),
          text('product', 40),
          text('edition', 60),
          { name: 'seats', type: 'integer' },
          text('service_plan', 60, true),
          { name: 'starts_on', type: 'date' },
          { name: 'ends_on', type: 'date' },
          text('registration_key', 100),
          at('created_at'),
          at('updated_at'),
        ],
        foreignKeys: [cascadeTo('organization_id', 'organization')],
        indices: [
          { name: 'idx_license_organization', columnNames: ['organization_id', 'product'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'article',
        columns: [
          id(),
          { ...text('slug', 120), isUnique: true },
          text('title', 200),
          long('summary'),
          long('body_markdown'),
          text('product', 40, true),
          text('version', 40, true),
          text('category', 60, true),
          long('tags'),
          text('visibility', 24),
          at('published_at', true),
          { name: 'current_version', type: 'integer' },
          at('created_at'),
          at('updated_at'),
          text('created_by_professional_id', 36, true),
          text('updated_by_professional_id', 36, true),
        ],
        foreignKeys: [
          clearedWith('created_by_professional_id', 'professional'),
          clearedWith('updated_by_professional_id', 'professional'),
        ],
        indices: [
          { name: 'idx_article_updated', columnNames: ['updated_at', 'id'] },
          { name: 'idx_article_product', columnNames: ['product', 'version', 'category'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'article_tag',
        columns: [
          id('article_id'),
          { name: 'tag', type: 'varchar', length: '40', isPrimary: true },
        ],
        foreignKeys: [cascadeTo('article_id', 'article')],
        indices: [{ name: 'idx_article_tag_tag', columnNames: ['tag', 'article_id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'article_version',
        columns: [
          id(),
          text('article_id', 36),
          { name: 'number', type: 'integer' },
          text('title', 200),
          long('summary'),
          long('body_markdown'),
          text('edited_by_professional_id', 36, true),
          text('edited_by_label', 300, true),
          at('edited_at'),
          { name: 'restored_from', type: 'integer', isNullable: true },
        ],
        foreignKeys: [
          cascadeTo('article_id', 'article'),
          clearedWith('edited_by_professional_id', 'professional'),
        ],
        indices: [
          {
            name: 'uq_article_version_number',
            columnNames: ['article_id', 'number'],
            isUnique: true,
          },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'article_feedback',
        columns: [
          id('article_id'),
          id('professional_id'),
          { name: 'helpful', type: 'boolean' },
          at('created_at'),
          at('updated_at'),
        ],
        foreignKeys: [
          cascadeTo('article_id', 'article'),
          cascadeTo('professional_id', 'professional'),
        ],
        indices: [{ name: 'idx_article_feedback_professional', columnNames: ['professional_id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'search_document',
        // The columns every search filters on come first, the long text last: SQLite reads a row's
        // columns in order, so checking a match's filters never touches the body's overflow pages.
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          text('kind', 24),
          text('visibility', 24),
          { name: 'published', type: 'boolean' },
          text('product', 40, true),
          text('version', 40, true),
          text('category', 60, true),
          text('item_id', 36),
          text('slug', 120, true),
          at('updated_at'),
          text('title', 200),
          long('summary'),
          long('keywords'),
          long('body'),
        ],
        indices: [
          { name: 'uq_search_document_item', columnNames: ['kind', 'item_id'], isUnique: true },
        ],
      }),
    );
    await createSearchSchema(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropSearchSchema(queryRunner);
    for (const table of [
      'search_document',
      'article_feedback',
      'article_version',
      'article_tag',
      'article',
      'license',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
