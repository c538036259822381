import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { TableColumnOptions } from 'typeorm/schema-builder/options/TableColumnOptions';

/**
 * Invitations, the mail outbox, the audit log and access requests, and the e-mail domain an
 * organization may register so that access requests can name it by address.
 */
export class InvitationsOutboxAudit1764460800000 implements MigrationInterface {
  name = 'InvitationsOutboxAudit1764460800000';

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
    const long = (name: string, isNullable = false): TableColumnOptions => ({
      name,
      type: 'text',
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

    await queryRunner.addColumn('organization', new TableColumn(text('email_domain', 253, true)));
    await queryRunner.query(
      'CREATE UNIQUE INDEX uq_organization_email_domain ON organization (email_domain) WHERE email_domain IS NOT NULL',
    );

    await queryRunner.createTable(
      new Table({
        name: 'invitation',
        columns: [
          id(),
          text('professional_id', 36),
          text('organization_id', 36),
          text('email_normalized', 254),
          { ...text('token_hash', 64), isUnique: true },
          text('invited_by_professional_id', 36, true),
          at('created_at'),
          at('expires_at'),
          at('accepted_at', true),
          at('revoked_at', true),
          at('superseded_at', true),
        ],
        foreignKeys: [
          cascadeTo('professional_id', 'professional'),
          cascadeTo('organization_id', 'organization'),
          {
            columnNames: ['invited_by_professional_id'],
            referencedTableName: 'professional',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [
          { name: 'idx_invitation_professional', columnNames: ['professional_id', 'created_at'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'outbox_message',
        columns: [
          id(),
          text('kind', 32),
          long('payload'),
          at('created_at'),
          at('available_at'),
          { name: 'attempts', type: 'integer', default: 0 },
          at('claimed_until', true),
          at('sent_at', true),
          long('last_error', true),
        ],
        indices: [{ name: 'idx_outbox_due', columnNames: ['sent_at', 'available_at'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_event',
        columns: [
          id(),
          text('organization_id', 36),
          at('occurred_at'),
          text('action', 40),
          text('actor_professional_id', 36, true),
          text('actor_label', 300, true),
          text('target_professional_id', 36, true),
          text('target_label', 300, true),
          long('details', true),
          text('request_id', 64, true),
        ],
        // Targets and actors may be deleted later; the event keeps their names in the labels.
        foreignKeys: [cascadeTo('organization_id', 'organization')],
        indices: [
          { name: 'idx_audit_org_time', columnNames: ['organization_id', 'occurred_at', 'id'] },
          {
            name: 'idx_audit_org_actor',
            columnNames: ['organization_id', 'actor_professional_id'],
          },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'access_request',
        columns: [
          id(),
          text('organization_id', 36),
          text('first_name', 100),
          text('last_name', 100),
          text('email', 254),
          text('email_normalized', 254),
          long('message', true),
          text('status', 16),
          at('created_at'),
          at('decided_at', true),
          text('decided_by_professional_id', 36, true),
          long('decline_reason', true),
          text('professional_id', 36, true),
        ],
        foreignKeys: [cascadeTo('organization_id', 'organization')],
        indices: [
          {
            name: 'idx_access_request_org_status',
            columnNames: ['organization_id', 'status', 'created_at', 'id'],
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['access_request', 'audit_event', 'outbox_message', 'invitation'])
      await queryRunner.dropTable(table);
    await queryRunner.query('DROP INDEX uq_organization_email_domain');
    await queryRunner.dropColumn('organization', 'email_domain');
  }
}
