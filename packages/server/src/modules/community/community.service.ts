import { canRead, type Actor, type ReaderEntitlements } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { EntitlementService } from '../licensing/entitlement.service';
import { DomainError, notFound } from '../../platform/graphql/domain-error';
import { decodeCursor, encodeCursor, pageSize, type Page } from '../../platform/graphql/connection';
import { readableCondition, type ReadableColumns } from '../../platform/db/search/readable-filter';
import { groupInOrder, runSql } from '../../platform/db/search/sql';
import { requireActor } from '../organization/organization-access';
import { ARTICLE_READABLE_COLUMNS } from '../knowledge-base/article.service';
import { ArticleEntity } from '../knowledge-base/article.entity';
import { AnswerEntity, QuestionEntity } from './community.entity';

export type QuestionFilter = 'ALL' | 'UNANSWERED' | 'MINE';
export type QuestionOrder = 'NEWEST' | 'TOP';

export interface QuestionListArgs {
  first?: number | null;
  after?: string | null;
  product?: string | null;
  filter?: QuestionFilter | null;
  orderBy?: QuestionOrder | null;
}

/**
 * Questions join the reading rule like every content kind: a question is for all customers, and
 * a hidden one counts as unpublished, so only vendor staff (who read everything) see it.
 */
export const QUESTION_READABLE_COLUMNS: ReadableColumns = {
  visibility: `'ALL_CUSTOMERS'`,
  product: 'q.product',
  published: 'q.hidden_at IS NULL',
};

/** Reading the community. A question the reader may not open is NOT_FOUND, like one that does not exist. */
export class CommunityService {
  constructor(
    private readonly db: Database,
    private readonly entitlements: EntitlementService,
  ) {}

  async get(actor: Actor | null, questionId: string): Promise<QuestionEntity> {
    const reader = await this.readerOf(actor);
    const question = await this.db.manager.findOneBy(QuestionEntity, { id: questionId });
    if (!question || !isQuestionReadable(reader, question)) throw notFound('Question');
    return question;
  }

  async getBySlug(actor: Actor | null, slug: string): Promise<QuestionEntity> {
    const reader = await this.readerOf(actor);
    const question = await this.db.manager.findOneBy(QuestionEntity, {
      slug: slug.trim().toLowerCase(),
    });
    if (!question || !isQuestionReadable(reader, question)) throw notFound('Question');
    return question;
  }

  /** Whether the reader may open it; for search hits and other fields that show it only when they may. */
  async canRead(actor: Actor | null, question: QuestionEntity): Promise<boolean> {
    const reader = actor ? await this.entitlements.of(actor) : null;
    return isQuestionReadable(reader, question);
  }

  /** Newest first, or highest score first; keyset-paginated, counted in SQL under the reading rule. */
  async list(actor: Actor | null, args: QuestionListArgs): Promise<Page<QuestionEntity>> {
    const signedIn = requireActor(actor);
    const reader = await this.readerOf(signedIn);
    const size = pageSize(args.first);
    const top = args.orderBy === 'TOP';
    const filtered = () => {
      const readable = readableCondition(reader, QUESTION_READABLE_COLUMNS);
      const query = this.db.manager
        .createQueryBuilder(QuestionEntity, 'q')
        .where(readable.sql, readable.parameters);
      // Product codes are lower case (PRODUCT_CODE_PATTERN): "Atlas" means atlas.
      if (args.product)
        query.andWhere('q.product = :product', { product: args.product.trim().toLowerCase() });
      if (args.filter === 'UNANSWERED') query.andWhere('q.answer_count = 0');
      if (args.filter === 'MINE')
        query.andWhere('q.author_professional_id = :me', { me: signedIn.professionalId });
      return query;
    };
    const pageQuery = filtered();
    if (top)
      pageQuery
        .orderBy('q.score', 'DESC')
        .addOrderBy('q.created_at', 'DESC')
        .addOrderBy('q.id', 'DESC');
    else pageQuery.orderBy('q.created_at', 'DESC').addOrderBy('q.id', 'DESC');
    pageQuery.limit(size + 1);
    if (args.after) {
      const parts = decodeCursor(args.after, top ? 3 : 2);
      const [time, id] = top ? [parts[1]!, parts[2]!] : [parts[0]!, parts[1]!];
      const createdAt = new Date(time);
      if (Number.isNaN(createdAt.getTime()))
        throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', { field: 'after' });
      const later =
        '(q.created_at < :cursorTime OR (q.created_at = :cursorTime AND q.id < :cursorId))';
      if (top) {
        const score = Number(parts[0]);
        if (!Number.isInteger(score))
          throw new DomainError('VALIDATION_FAILED', 'The cursor is not valid.', {
            field: 'after',
          });
        pageQuery.andWhere(`(q.score < :cursorScore OR (q.score = :cursorScore AND ${later}))`, {
          cursorScore: score,
          cursorTime: createdAt,
          cursorId: id,
        });
      } else {
        pageQuery.andWhere(later, { cursorTime: createdAt, cursorId: id });
      }
    }
    const [rows, totalCount] = await Promise.all([pageQuery.getMany(), filtered().getCount()]);
    const nodes = rows.slice(0, size);
    return {
      nodes,
      cursors: nodes.map((q) =>
        encodeCursor(
          top
            ? [String(q.score), q.createdAt.toISOString(), q.id]
            : [q.createdAt.toISOString(), q.id],
        ),
      ),
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(args.after),
      totalCount,
    };
  }

  /**
   * Each question's answers the reader may see: the accepted answer first, then by score. One
   * query for all the questions (a page of them), so a list costs as much as one.
   */
  async answersOf(
    actor: Actor | null,
    questions: readonly QuestionEntity[],
  ): Promise<Map<string, AnswerEntity[]>> {
    const reader = await this.readerOf(actor);
    const query = this.db.manager
      .createQueryBuilder(AnswerEntity, 'a')
      .where('a.question_id IN (:...ids)', { ids: [...new Set(questions.map((q) => q.id))] });
    if (!reader.readsEverything) query.andWhere('a.hidden_at IS NULL');
    const rows = await query
      .orderBy('a.score', 'DESC')
      .addOrderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    const grouped = new Map<string, AnswerEntity[]>(questions.map((q) => [q.id, []]));
    for (const answer of rows) grouped.get(answer.questionId)?.push(answer);
    for (const question of questions) {
      const answers = grouped.get(question.id)!;
      const accepted = answers.findIndex((x) => x.id === question.acceptedAnswerId);
      if (accepted > 0) answers.unshift(...answers.splice(accepted, 1));
    }
    return grouped;
  }

  /** An answer the reader may see (its question too); NOT_FOUND otherwise. */
  async getAnswer(actor: Actor | null, answerId: string): Promise<AnswerEntity> {
    const reader = await this.readerOf(actor);
    const answer = await this.db.manager.findOneBy(AnswerEntity, { id: answerId });
    const question =
      answer && (await this.db.manager.findOneBy(QuestionEntity, { id: answer.questionId }));
    if (!answer || !question || !isAnswerReadable(reader, question, answer))
      throw notFound('Answer');
    return answer;
  }

  /** Each question's linked articles the reader may open, in the order they were linked. One query for all. */
  async linkedArticlesOf(
    actor: Actor | null,
    questionIds: readonly string[],
  ): Promise<Map<string, ArticleEntity[]>> {
    const reader = await this.readerOf(actor);
    const readable = readableCondition(reader, ARTICLE_READABLE_COLUMNS);
    const rows = await runSql<{ parent: string; id: string }>(
      this.db.manager,
      `SELECT l.question_id AS parent, a.id AS id FROM question_article_link l JOIN article a ON a.id = l.article_id
        WHERE l.question_id IN (:...questionIds) AND ${readable.sql} ORDER BY l.created_at, a.id`,
      { ...readable.parameters, questionIds: [...questionIds] },
    );
    return groupInOrder(this.db.manager, ArticleEntity, questionIds, rows);
  }

  /**
   * For each article, the first `first` linked questions the reader may open, highest score first.
   * One query for all the articles: each article's own top questions are numbered in SQL.
   */
  async questionsAboutEach(
    actor: Actor | null,
    articleIds: readonly string[],
    first: number,
  ): Promise<Map<string, QuestionEntity[]>> {
    const reader = await this.readerOf(actor);
    const readable = readableCondition(reader, QUESTION_READABLE_COLUMNS);
    const rows = await runSql<{ parent: string; id: string }>(
      this.db.manager,
      `SELECT ranked.parent AS parent, ranked.id AS id FROM (
          SELECT l.article_id AS parent, q.id AS id,
            ROW_NUMBER() OVER (PARTITION BY l.article_id ORDER BY q.score DESC, q.created_at DESC, q.id) AS position
          FROM question_article_link l JOIN question q ON q.id = l.question_id
          WHERE l.article_id IN (:...articleIds) AND ${readable.sql}
        ) ranked WHERE ranked.position <= :limit ORDER BY ranked.parent, ranked.position`,
      { ...readable.parameters, articleIds: [...articleIds], limit: questionLimit(first) },
    );
    return groupInOrder(this.db.manager, QuestionEntity, articleIds, rows);
  }

  private readerOf(actor: Actor | null): Promise<ReaderEntitlements> {
    return this.entitlements.ofReader(actor, 'Question');
  }
}

/** How many linked questions an article lists: `first`, between 1 and 50. */
export function questionLimit(first: number): number {
  return Math.min(Math.max(first, 1), 50);
}

export function isQuestionReadable(
  reader: ReaderEntitlements | null,
  question: Pick<QuestionEntity, 'product' | 'hiddenAt'>,
): boolean {
  return canRead(reader, {
    visibility: 'ALL_CUSTOMERS',
    product: question.product,
    published: question.hiddenAt === null,
  });
}

/** An answer is seen with its question; a hidden one only by those who read everything (vendor staff). */
export function isAnswerReadable(
  reader: ReaderEntitlements | null,
  question: Pick<QuestionEntity, 'product' | 'hiddenAt'>,
  answer: Pick<AnswerEntity, 'hiddenAt'>,
): boolean {
  return (
    isQuestionReadable(reader, question) &&
    canRead(reader, {
      visibility: 'ALL_CUSTOMERS',
      product: question.product,
      published: answer.hiddenAt === null,
    })
  );
}
