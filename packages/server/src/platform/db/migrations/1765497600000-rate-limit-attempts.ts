import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Rate-limit attempts move from each process's memory into the database, so servers sharing it
 * share the limits and a restart keeps the counts. Two indexes: a key's recent attempts (counted
 * on every limited call), and the expiry that the periodic clean-up deletes by.
 */
export class RateLimitAttempts1765497600000 implements MigrationInterface {
  name = 'RateLimitAttempts1765497600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = queryRunner.connection.driver.normalizeType({ type: Date });
    await queryRunner.createTable(
      new Table({
        name: 'rate_limit_attempt',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'key_hash', type: 'varchar', length: '64' },
          { name: 'attempted_at', type: timestamp },
          { name: 'expires_at', type: timestamp },
        ],
        indices: [
          { name: 'idx_rate_limit_attempt_key', columnNames: ['key_hash', 'attempted_at'] },
          { name: 'idx_rate_limit_attempt_expiry', columnNames: ['expires_at'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('rate_limit_attempt');
  }
}
