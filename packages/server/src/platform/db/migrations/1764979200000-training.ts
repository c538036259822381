import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { TableColumnOptions } from 'typeorm/schema-builder/options/TableColumnOptions';

/** Training: courses, their lessons (text or video), and each professional's progress per lesson. */
export class Training1764979200000 implements MigrationInterface {
  name = 'Training1764979200000';

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
        name: 'course',
        columns: [
          id(),
          { ...text('slug', 120), isUnique: true },
          text('title', 200),
          { name: 'summary', type: 'text' },
          text('product', 40, true),
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
          { name: 'idx_course_updated', columnNames: ['updated_at', 'id'] },
          { name: 'idx_course_product', columnNames: ['product'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'lesson',
        columns: [
          id(),
          text('course_id', 36),
          { name: 'position', type: 'integer' },
          text('title', 200),
          text('kind', 8),
          { name: 'body_markdown', type: 'text' },
          text('video_file_id', 36, true),
          { name: 'duration_seconds', type: 'integer', isNullable: true },
          at('created_at'),
          at('updated_at'),
        ],
        // A stored file in use by a lesson cannot be deleted from under it.
        foreignKeys: [
          cascadeTo('course_id', 'course'),
          {
            columnNames: ['video_file_id'],
            referencedTableName: 'stored_file',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          },
        ],
        indices: [{ name: 'idx_lesson_course', columnNames: ['course_id', 'position'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'lesson_progress',
        columns: [
          id('professional_id'),
          id('lesson_id'),
          at('completed_at', true),
          { name: 'video_position_seconds', type: 'integer', default: 0 },
          at('updated_at'),
        ],
        foreignKeys: [
          cascadeTo('professional_id', 'professional'),
          cascadeTo('lesson_id', 'lesson'),
        ],
        indices: [{ name: 'idx_lesson_progress_lesson', columnNames: ['lesson_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('lesson_progress');
    await queryRunner.dropTable('lesson');
    await queryRunner.dropTable('course');
  }
}
