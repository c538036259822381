import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pickers list the organizations of one kind by name (`organizations(kinds: [PARTNER])`): an
 * index leading with the kind reads a few partners in order without stepping over thousands of
 * customers, and counts them from the index alone. Same SQL on both databases.
 */
export class OrganizationKindIndex1765670400000 implements MigrationInterface {
  name = 'OrganizationKindIndex1765670400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX idx_organization_kind_name ON organization (kind, name, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX idx_organization_kind_name');
  }
}
