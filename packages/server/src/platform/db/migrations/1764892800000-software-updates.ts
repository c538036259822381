import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { TableColumnOptions } from 'typeorm/schema-builder/options/TableColumnOptions';

/** Software updates and hotfixes, their files, who downloaded them, and the articles they fix. */
export class SoftwareUpdates1764892800000 implements MigrationInterface {
  name = 'SoftwareUpdates1764892800000';

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
        name: 'software_update',
        columns: [
          id(),
          { ...text('slug', 120), isUnique: true },
          text('kind', 12),
          text('title', 200),
          text('product', 40),
          text('version', 40),
          { name: 'applies_to_versions', type: 'text' },
          { name: 'release_notes_markdown', type: 'text' },
          { name: 'released_on', type: 'date' },
          text('visibility', 24),
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
          { name: 'idx_software_update_released', columnNames: ['released_on', 'id'] },
          { name: 'idx_software_update_product', columnNames: ['product', 'kind'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'software_update_file',
        columns: [
          id(),
          id('update_id', false),
          id('stored_file_id', false),
          text('label', 80),
          { name: 'position', type: 'integer' },
          at('created_at'),
        ],
        foreignKeys: [
          cascadeTo('update_id', 'software_update'),
          { ...cascadeTo('stored_file_id', 'stored_file'), onDelete: 'RESTRICT' },
        ],
        indices: [
          { name: 'idx_software_update_file_update', columnNames: ['update_id', 'position'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'update_download',
        columns: [
          id(),
          id('update_id', false),
          text('update_file_id', 36, true),
          text('stored_file_id', 36, true),
          text('file_name', 200),
          text('professional_id', 36, true),
          text('organization_id', 36, true),
          at('downloaded_at'),
        ],
        foreignKeys: [
          cascadeTo('update_id', 'software_update'),
          clearedWith('update_file_id', 'software_update_file'),
          clearedWith('stored_file_id', 'stored_file'),
          clearedWith('professional_id', 'professional'),
          clearedWith('organization_id', 'organization'),
        ],
        indices: [
          { name: 'idx_update_download_update', columnNames: ['update_id', 'downloaded_at'] },
          { name: 'idx_update_download_file', columnNames: ['update_file_id'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'update_article_link',
        columns: [id('update_id'), id('article_id'), at('created_at')],
        foreignKeys: [
          cascadeTo('update_id', 'software_update'),
          cascadeTo('article_id', 'article'),
        ],
        indices: [
          { name: 'idx_update_article_link_article', columnNames: ['article_id', 'update_id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('update_article_link');
    await queryRunner.dropTable('update_download');
    await queryRunner.dropTable('software_update_file');
    await queryRunner.dropTable('software_update');
  }
}
