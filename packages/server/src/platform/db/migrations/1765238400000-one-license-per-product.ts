import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * An organization holds at most one licence per product: its edition, seats and service plan
 * are changed on that licence. The existing index on the same columns becomes unique.
 */
export class OneLicensePerProduct1765238400000 implements MigrationInterface {
  name = 'OneLicensePerProduct1765238400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('license', 'idx_license_organization');
    await queryRunner.createIndex(
      'license',
      new TableIndex({ name: 'uq_license_organization_product', columnNames: ['organization_id', 'product'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('license', 'uq_license_organization_product');
    await queryRunner.createIndex('license', new TableIndex({ name: 'idx_license_organization', columnNames: ['organization_id', 'product'] }));
  }
}
