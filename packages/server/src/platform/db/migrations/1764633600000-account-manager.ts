import {
  Table,
  TableColumn,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';

/**
 * The account manager of a customer or partner: one of the vendor's professionals. Deleting that
 * professional leaves the organization without one rather than blocking the deletion.
 */
export class AccountManager1764633600000 implements MigrationInterface {
  name = 'AccountManager1764633600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      await freshTable(queryRunner, 'organization'),
      new TableColumn({
        name: 'account_manager_id',
        type: 'varchar',
        length: '36',
        isNullable: true,
      }),
    );
    await queryRunner.createForeignKey(
      'organization',
      new TableForeignKey({
        name: 'fk_organization_account_manager',
        columnNames: ['account_manager_id'],
        referencedTableName: 'professional',
        referencedColumnNames: ['id'],
        onDelete: 'SET NULL',
      }),
    );
    // Deleting a professional looks up the organizations they manage.
    await queryRunner.createIndex(
      'organization',
      new TableIndex({
        name: 'idx_organization_account_manager',
        columnNames: ['account_manager_id'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await freshTable(queryRunner, 'organization');
    await queryRunner.dropIndex('organization', 'idx_organization_account_manager');
    await queryRunner.dropForeignKey('organization', 'fk_organization_account_manager');
    await queryRunner.dropColumn('organization', 'account_manager_id');
  }
}

/**
 * The table as the database has it now. Within one migration run TypeORM otherwise works from its
 * cache of what earlier migrations built, which lacks indexes they made with plain SQL (the
 * e-mail domain's partial unique index), and SQLite's table rebuild would silently drop those.
 */
async function freshTable(queryRunner: QueryRunner, name: string): Promise<Table> {
  const table = await queryRunner.getTable(name);
  if (!table) throw new Error(`Table ${name} is missing`);
  return table;
}
