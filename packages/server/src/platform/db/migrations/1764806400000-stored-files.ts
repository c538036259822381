import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Uploaded files' names, sizes and checksums; the bytes live in FileStorage. */
export class StoredFiles1764806400000 implements MigrationInterface {
  name = 'StoredFiles1764806400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = queryRunner.connection.driver.normalizeType({ type: Date });
    await queryRunner.createTable(
      new Table({
        name: 'stored_file',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'storage_key', type: 'varchar', length: '80', isUnique: true },
          { name: 'file_name', type: 'varchar', length: '200' },
          { name: 'content_type', type: 'varchar', length: '100' },
          { name: 'size', type: 'bigint' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'uploaded_by_professional_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: timestamp },
        ],
        foreignKeys: [
          {
            columnNames: ['uploaded_by_professional_id'],
            referencedTableName: 'professional',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('stored_file');
  }
}
