import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { TableColumnOptions } from 'typeorm/schema-builder/options/TableColumnOptions';

/**
 * The community: questions, answers, votes and links from questions to knowledge-base articles.
 * Scores and answer counts are cached on the posts and changed by SQL arithmetic in the same
 * transaction as the vote or answer that changes them, so they stay exact under concurrency.
 */
export class Community1765152000000 implements MigrationInterface {
  name = 'Community1765152000000';

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
    const count = (name: string): TableColumnOptions => ({ name, type: 'integer', default: 0 });
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
    // Who wrote a post, kept as labels so the post still says who wrote it after the profile goes.
    const authorship = (): TableColumnOptions[] => [
      text('author_professional_id', 36, true),
      text('author_name', 201),
      text('author_organization_id', 36, true),
      text('author_organization_name', 200),
    ];
    const moderation = (): TableColumnOptions[] => [
      at('hidden_at', true),
      text('hidden_by_professional_id', 36, true),
      text('hidden_reason', 500, true),
    ];
    const authorKeys = () => [
      clearedWith('author_professional_id', 'professional'),
      clearedWith('author_organization_id', 'organization'),
      clearedWith('hidden_by_professional_id', 'professional'),
    ];

    await queryRunner.createTable(
      new Table({
        name: 'question',
        columns: [
          id(),
          { ...text('slug', 120), isUnique: true },
          text('title', 200),
          long('body_markdown'),
          text('product', 40, true),
          ...authorship(),
          at('created_at'),
          at('updated_at'),
          text('accepted_answer_id', 36, true),
          ...moderation(),
          at('locked_at', true),
          count('score'),
          count('answer_count'),
        ],
        foreignKeys: authorKeys(),
        indices: [
          { name: 'idx_question_created', columnNames: ['created_at', 'id'] },
          { name: 'idx_question_score', columnNames: ['score', 'created_at', 'id'] },
          { name: 'idx_question_author', columnNames: ['author_professional_id'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'answer',
        columns: [
          id(),
          text('question_id', 36),
          long('body_markdown'),
          ...authorship(),
          at('created_at'),
          at('updated_at'),
          ...moderation(),
          count('score'),
        ],
        foreignKeys: [cascadeTo('question_id', 'question'), ...authorKeys()],
        indices: [{ name: 'idx_answer_question', columnNames: ['question_id', 'score'] }],
      }),
    );

    // No foreign key to the voter: a vote outlives its voter's profile, so the cached score
    // always equals the sum of the vote rows.
    await queryRunner.createTable(
      new Table({
        name: 'community_vote',
        columns: [
          id('professional_id'),
          { name: 'post_kind', type: 'varchar', length: '16', isPrimary: true },
          id('post_id'),
          { name: 'value', type: 'integer' },
          at('created_at'),
          at('updated_at'),
        ],
        indices: [{ name: 'idx_community_vote_post', columnNames: ['post_kind', 'post_id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'question_article_link',
        columns: [
          id('question_id'),
          id('article_id'),
          text('linked_by_professional_id', 36, true),
          at('created_at'),
        ],
        foreignKeys: [
          cascadeTo('question_id', 'question'),
          cascadeTo('article_id', 'article'),
          clearedWith('linked_by_professional_id', 'professional'),
        ],
        indices: [
          { name: 'idx_question_article_link_article', columnNames: ['article_id', 'question_id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM search_document WHERE kind = 'QUESTION'`);
    await queryRunner.dropTable('question_article_link');
    await queryRunner.dropTable('community_vote');
    await queryRunner.dropTable('answer');
    await queryRunner.dropTable('question');
  }
}
