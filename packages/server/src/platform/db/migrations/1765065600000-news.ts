import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { TableColumnOptions } from 'typeorm/schema-builder/options/TableColumnOptions';

/**
 * News: announcements with the audience they are for, when each professional last looked, and
 * search_document_audience, which carries a CHOSEN_AUDIENCE document's audience into the search
 * index's reading rule.
 */
export class News1765065600000 implements MigrationInterface {
  name = 'News1765065600000';

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
    const serial: TableColumnOptions = {
      name: 'id',
      type: 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment',
    };
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
        name: 'search_document_audience',
        columns: [
          serial,
          { name: 'document_id', type: 'integer' },
          text('organization_id', 36, true),
          text('product', 40, true),
        ],
        foreignKeys: [cascadeTo('document_id', 'search_document')],
        indices: [
          {
            name: 'idx_search_document_audience_document',
            columnNames: ['document_id', 'organization_id', 'product'],
          },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'announcement',
        columns: [
          id(),
          { ...text('slug', 120), isUnique: true },
          text('title', 200),
          { name: 'summary', type: 'text' },
          { name: 'body_markdown', type: 'text' },
          text('visibility', 24),
          { name: 'pinned', type: 'boolean' },
          at('published_at', true),
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
          { name: 'idx_announcement_order', columnNames: ['pinned', 'published_at', 'id'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'announcement_audience',
        columns: [
          serial,
          id('announcement_id', false),
          text('organization_id', 36, true),
          text('product', 40, true),
        ],
        foreignKeys: [
          cascadeTo('announcement_id', 'announcement'),
          cascadeTo('organization_id', 'organization'),
        ],
        indices: [
          {
            name: 'idx_announcement_audience_announcement',
            columnNames: ['announcement_id', 'organization_id', 'product'],
          },
          { name: 'idx_announcement_audience_organization', columnNames: ['organization_id'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'news_last_seen',
        columns: [id('professional_id'), at('seen_at')],
        foreignKeys: [cascadeTo('professional_id', 'professional')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'news_last_seen',
      'announcement_audience',
      'announcement',
      'search_document_audience',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
