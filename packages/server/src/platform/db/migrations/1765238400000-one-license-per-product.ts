import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * An organization holds at most one licence per product: its edition, seats and service plan
 * are changed on that licence. The existing index on the same columns becomes unique.
 */
export class OneLicensePerProduct1765238400000 implements MigrationInterface {
  name = 'OneLicensePerProduct1765238400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Say which rows stand in the way rather than fail on the index with a bare constraint error.
    const duplicates: Array<{ organization_id: string; product: string }> = await queryRunner.query(
      'SELECT organization_id, product FROM license GROUP BY organization_id, product HAVING count(*) > 1',
    );
    if (duplicates.length > 0) {
      const listed = duplicates
        .map((d) => `${d.product} of organization ${d.organization_id}`)
        .join(', ');
      throw new Error(
        `Some organizations hold two licences for one product (${listed}). Keep one licence per product, then start Foyer again.`,
      );
    }
    await queryRunner.dropIndex('license', 'idx_license_organization');
    await queryRunner.createIndex(
      'license',
      new TableIndex({
        name: 'uq_license_organization_product',
        columnNames: ['organization_id', 'product'],
        isUnique: true,
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('license', 'uq_license_organization_product');
    await queryRunner.createIndex(
      'license',
      new TableIndex({
        name: 'idx_license_organization',
        columnNames: ['organization_id', 'product'],
      }),
    );
  }
}
