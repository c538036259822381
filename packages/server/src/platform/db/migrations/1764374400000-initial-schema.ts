import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { TableColumnOptions } from 'typeorm/schema-builder/options/TableColumnOptions';

/**
 * Organizations, professionals with their roles, sign-ins and sessions.
 * Built with TypeORM's schema builder so that the one migration runs on SQLite and PostgreSQL.
 */
export class InitialSchema1764374400000 implements MigrationInterface {
  name = 'InitialSchema1764374400000';

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

    await queryRunner.createTable(
      new Table({
        name: 'system_setting',
        columns: [
          { name: 'key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'value', type: 'text' },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'organization',
        columns: [
          id(),
          text('kind', 16),
          text('name', 200),
          { ...text('account_number', 40), isUnique: true },
          text('region', 20),
          at('created_at'),
          at('updated_at'),
        ],
        indices: [{ name: 'idx_organization_name', columnNames: ['name', 'id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'partner_customer',
        columns: [id('partner_id'), id('customer_id'), at('created_at')],
        foreignKeys: [
          {
            columnNames: ['partner_id'],
            referencedTableName: 'organization',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['customer_id'],
            referencedTableName: 'organization',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ name: 'idx_partner_customer_customer', columnNames: ['customer_id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'account',
        columns: [
          id(),
          { ...text('email_normalized', 254), isUnique: true },
          text('password_hash', 255),
          at('created_at'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'professional',
        columns: [
          id(),
          text('organization_id', 36),
          text('first_name', 100),
          text('last_name', 100),
          text('email', 254),
          text('email_normalized', 254),
          text('sort_name', 201),
          text('phone', 40, true),
          text('job_title', 120, true),
          text('preferred_language', 16),
          text('status', 16),
          text('account_id', 36, true),
          at('last_sign_in_at', true),
          at('created_at'),
          at('updated_at'),
        ],
        foreignKeys: [
          {
            columnNames: ['organization_id'],
            referencedTableName: 'organization',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['account_id'],
            referencedTableName: 'account',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [
          {
            name: 'uq_professional_org_email',
            columnNames: ['organization_id', 'email_normalized'],
            isUnique: true,
          },
          {
            name: 'idx_professional_org_sort',
            columnNames: ['organization_id', 'sort_name', 'id'],
          },
          { name: 'idx_professional_account', columnNames: ['account_id'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'professional_role',
        columns: [
          id('professional_id'),
          { name: 'role', type: 'varchar', length: '32', isPrimary: true },
          text('organization_id', 36),
        ],
        foreignKeys: [
          {
            columnNames: ['professional_id'],
            referencedTableName: 'professional',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['organization_id'],
            referencedTableName: 'organization',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [
          { name: 'idx_professional_role_org_role', columnNames: ['organization_id', 'role'] },
        ],
      }),
    );
    // The database itself refuses a second holder of a mandatory contact role (invariant 2),
    // even if a bug let a write slip past the rules. Same SQL on SQLite and PostgreSQL.
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_professional_role_contact ON professional_role (organization_id, role) WHERE role <> 'ADMINISTRATOR'`,
    );

    await queryRunner.createTable(
      new Table({
        name: 'session',
        columns: [
          id(),
          { ...text('token_hash', 64), isUnique: true },
          text('account_id', 36),
          text('professional_id', 36),
          at('created_at'),
          at('expires_at'),
          at('revoked_at', true),
        ],
        foreignKeys: [
          {
            columnNames: ['account_id'],
            referencedTableName: 'account',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['professional_id'],
            referencedTableName: 'professional',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'session',
      'professional_role',
      'professional',
      'account',
      'partner_customer',
      'organization',
      'system_setting',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
