import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  displayName,
  voteWeight,
  whyCannotAccept,
  whyCannotAnswer,
  whyCannotEdit,
  whyCannotLinkArticle,
  whyCannotModerate,
  whyCannotParticipate,
  whyCannotUnaccept,
  whyCannotVote,
  type Actor,
  type AnswerState,
  type AuditAction,
  type PostKind,
  type QuestionState,
  type ReaderEntitlements,
  type VoteValue,
} from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import type { EntitlementService } from '../licensing/entitlement.service';
import type { AuditRecorder } from '../audit/audit-recorder';
import { assertNoViolations, DomainError, notFound } from '../../platform/graphql/domain-error';
import { requireActor } from '../organization/organization-access';
import { OrganizationEntity } from '../organization/organization.entity';
import { ProfessionalEntity } from '../professional/professional.entity';
import { ArticleEntity } from '../knowledge-base/article.entity';
import { isReadable as isArticleReadable } from '../knowledge-base/article.service';
import { blankToNull, ContentSlugs } from '../content/content-editing';
import {
  AnswerEntity,
  CommunityVoteEntity,
  QuestionArticleLinkEntity,
  QuestionEntity,
} from './community.entity';
import { isAnswerReadable, isQuestionReadable } from './community.service';
import type { QuestionIndexer } from './question-indexer';

export interface QuestionFields {
  title: string;
  bodyMarkdown: string;
  product?: string | null;
}

export interface VoteResult {
  question: QuestionEntity;
  answer: AnswerEntity | null;
}

/** /community/ask is the page for asking; no question may take its address. */
const questionSlugs = new ContentSlugs({
  entity: QuestionEntity,
  table: 'question',
  noun: 'question',
  reserved: ['ask'],
});

/**
 * Every change to the community. Each runs in one write transaction that first writes to the row
 * of the post it changes (a row lock on PostgreSQL; SQLite's write lock is already held), so two
 * votes on one post or two acceptances on one question take turns. The rules come from shared;
 * the search document and the audit trail are written in the same transaction.
 */
export class CommunityWriter {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly entitlements: EntitlementService,
    private readonly audit: AuditRecorder,
    private readonly indexer: QuestionIndexer,
  ) {}

  async ask(actor: Actor | null, fields: QuestionFields): Promise<QuestionEntity> {
    const author = await this.participant(actor);
    const now = this.clock.now();
    return questionSlugs.writeWithSlugFromTitle(this.db, async (manager) => {
      const question = Object.assign(new QuestionEntity(), {
        id: randomUUID(),
        slug: await questionSlugs.freeFor(manager, fields.title),
        title: fields.title.trim(),
        bodyMarkdown: fields.bodyMarkdown,
        product: blankToNull(fields.product),
        ...(await authorshipOf(manager, author)),
        createdAt: now,
        updatedAt: now,
        acceptedAnswerId: null,
        hiddenAt: null,
        hiddenByProfessionalId: null,
        hiddenReason: null,
        lockedAt: null,
        score: 0,
        answerCount: 0,
      });
      await manager.insert(QuestionEntity, question);
      await this.indexer.index(manager, question);
      return question;
    });
  }

  /** The author or a moderator. Only the fields given change; an empty product clears it. */
  async editQuestion(
    actor: Actor | null,
    questionId: string,
    changes: { [K in keyof QuestionFields]?: QuestionFields[K] | null },
  ): Promise<QuestionEntity> {
    const editor = await this.participant(actor);
    // Entitlements are read before the transaction: inside it only its own manager may be used.
    const reader = await this.readerOf(editor);
    return this.db.write([], async (manager) => {
      const question = await this.lockQuestion(manager, reader, questionId);
      assertNoViolations(whyCannotEdit(editor, questionState(question)));
      if (changes.title != null) question.title = changes.title.trim();
      if (changes.bodyMarkdown != null) question.bodyMarkdown = changes.bodyMarkdown;
      if (changes.product != null) question.product = blankToNull(changes.product);
      question.updatedAt = this.clock.now();
      await manager.update(
        QuestionEntity,
        { id: question.id },
        {
          title: question.title,
          bodyMarkdown: question.bodyMarkdown,
          product: question.product,
          updatedAt: question.updatedAt,
        },
      );
      await this.indexer.index(manager, question);
      return question;
    });
  }

  async answer(
    actor: Actor | null,
    questionId: string,
    bodyMarkdown: string,
  ): Promise<AnswerEntity> {
    const author = await this.participant(actor);
    // Entitlements are read before the transaction: inside it only its own manager may be used.
    const reader = await this.readerOf(author);
    return this.db.write([], async (manager) => {
      const question = await this.lockQuestion(manager, reader, questionId);
      assertNoViolations(whyCannotAnswer(author, questionState(question)));
      const now = this.clock.now();
      const answer = Object.assign(new AnswerEntity(), {
        id: randomUUID(),
        questionId: question.id,
        bodyMarkdown,
        ...(await authorshipOf(manager, author)),
        createdAt: now,
        updatedAt: now,
        hiddenAt: null,
        hiddenByProfessionalId: null,
        hiddenReason: null,
        score: 0,
      });
      await manager.insert(AnswerEntity, answer);
      await this.changeAnswerCount(manager, question, +1);
      return answer;
    });
  }

  async editAnswer(
    actor: Actor | null,
    answerId: string,
    bodyMarkdown: string,
  ): Promise<AnswerEntity> {
    const editor = await this.participant(actor);
    // Entitlements are read before the transaction: inside it only its own manager may be used.
    const reader = await this.readerOf(editor);
    return this.db.write([], async (manager) => {
      const { question, answer } = await this.lockAnswer(manager, reader, answerId);
      assertNoViolations(whyCannotEdit(editor, answerState(answer)));
      answer.bodyMarkdown = bodyMarkdown;
      answer.updatedAt = this.clock.now();
      await manager.update(
        AnswerEntity,
        { id: answer.id },
        { bodyMarkdown, updatedAt: answer.updatedAt },
      );
      if (question.acceptedAnswerId === answer.id) await this.indexer.index(manager, question);
      return answer;
    });
  }

  /**
   * Up, down, or NONE to withdraw. One vote per person per post: voting again replaces the vote.
   * The score changes by the difference, as SQL arithmetic, in the transaction that writes the vote.
   */
  async vote(
    actor: Actor | null,
    kind: PostKind,
    postId: string,
    value: VoteValue,
  ): Promise<VoteResult> {
    const voter = await this.participant(actor);
    // Entitlements are read before the transaction: inside it only its own manager may be used.
    const reader = await this.readerOf(voter);
    return this.db.write([], async (manager) => {
      const target =
        kind === 'QUESTION'
          ? { question: await this.lockQuestion(manager, reader, postId), answer: null }
          : await this.lockAnswer(manager, reader, postId);
      const post = target.answer ?? target.question;
      assertNoViolations(
        whyCannotVote(
          voter,
          target.answer ? answerState(target.answer) : questionState(target.question),
        ),
      );
      const key = { professionalId: voter.professionalId, postKind: kind, postId };
      const earlier = await manager.findOneBy(CommunityVoteEntity, key);
      const delta = voteWeight(value) - (earlier?.value ?? 0);
      const now = this.clock.now();
      if (value === 'NONE') {
        if (earlier) await manager.delete(CommunityVoteEntity, key);
      } else if (earlier) {
        await manager.update(CommunityVoteEntity, key, {
          value: voteWeight(value),
          updatedAt: now,
        });
      } else {
        await manager.insert(CommunityVoteEntity, {
          ...key,
          value: voteWeight(value),
          createdAt: now,
          updatedAt: now,
        });
      }
      if (delta !== 0) {
        await manager.update(
          kind === 'QUESTION' ? QuestionEntity : AnswerEntity,
          { id: post.id },
          { score: () => `score + ${delta}` },
        );
        post.score = (await manager.findOne(kind === 'QUESTION' ? QuestionEntity : AnswerEntity, {
          where: { id: post.id },
          select: { id: true, score: true },
        }))!.score;
      }
      return target;
    });
  }

  /** The asker or a moderator. Accepting another answer replaces the one accepted before. */
  async accept(actor: Actor | null, answerId: string): Promise<QuestionEntity> {
    const person = await this.participant(actor);
    // Entitlements are read before the transaction: inside it only its own manager may be used.
    const reader = await this.readerOf(person);
    return this.db.write([], async (manager) => {
      const { question, answer } = await this.lockAnswer(manager, reader, answerId);
      assertNoViolations(whyCannotAccept(person, questionState(question), answerState(answer)));
      if (question.acceptedAnswerId === answer.id) return question;
      question.acceptedAnswerId = answer.id;
      question.updatedAt = this.clock.now();
      await manager.update(
        QuestionEntity,
        { id: question.id },
        { acceptedAnswerId: answer.id, updatedAt: question.updatedAt },
      );
      await this.indexer.index(manager, question);
      return question;
    });
  }

  async unaccept(actor: Actor | null, questionId: string): Promise<QuestionEntity> {
    const person = await this.participant(actor);
    // Entitlements are read before the transaction: inside it only its own manager may be used.
    const reader = await this.readerOf(person);
    return this.db.write([], async (manager) => {
      const question = await this.lockQuestion(manager, reader, questionId);
      assertNoViolations(whyCannotUnaccept(person, questionState(question)));
      if (question.acceptedAnswerId === null) return question;
      question.acceptedAnswerId = null;
      question.updatedAt = this.clock.now();
      await manager.update(
        QuestionEntity,
        { id: question.id },
        { acceptedAnswerId: null, updatedAt: question.updatedAt },
      );
      await this.indexer.index(manager, question);
      return question;
    });
  }

  /** The asker or a moderator, to an article they may open themselves. Linking twice changes nothing. */
  async linkArticle(
    actor: Actor | null,
    questionId: string,
    articleId: string,
  ): Promise<QuestionEntity> {
    const person = await this.participant(actor);
    // Entitlements are read before the transaction: inside it only its own manager may be used.
    const reader = await this.readerOf(person);
    return this.db.write([], async (manager) => {
      const question = await this.lockQuestion(manager, reader, questionId);
      assertNoViolations(whyCannotLinkArticle(person, questionState(question)));
      const article = await manager.findOneBy(ArticleEntity, { id: articleId });
      if (!article || !isArticleReadable(reader, article)) {
        throw new DomainError('NOT_FOUND', 'Article was not found.', {
          field: 'articleId',
          hint: 'Pick an article you can open in the knowledge base.',
        });
      }
      if (!(await manager.existsBy(QuestionArticleLinkEntity, { questionId, articleId }))) {
        await manager.insert(QuestionArticleLinkEntity, {
          questionId,
          articleId,
          linkedByProfessionalId: person.professionalId,
          createdAt: this.clock.now(),
        });
      }
      return question;
    });
  }

  async unlinkArticle(
    actor: Actor | null,
    questionId: string,
    articleId: string,
  ): Promise<QuestionEntity> {
    const person = await this.participant(actor);
    // Entitlements are read before the transaction: inside it only its own manager may be used.
    const reader = await this.readerOf(person);
    return this.db.write([], async (manager) => {
      const question = await this.lockQuestion(manager, reader, questionId);
      assertNoViolations(whyCannotLinkArticle(person, questionState(question)));
      await manager.delete(QuestionArticleLinkEntity, { questionId, articleId });
      return question;
    });
  }

  /** Moderators. A hidden post is seen only by vendor staff, greyed, with the reason. */
  async hide(
    actor: Actor | null,
    kind: PostKind,
    postId: string,
    reason: string,
  ): Promise<VoteResult> {
    return this.setHidden(actor, kind, postId, reason.trim());
  }

  async unhide(actor: Actor | null, kind: PostKind, postId: string): Promise<VoteResult> {
    return this.setHidden(actor, kind, postId, null);
  }

  async lock(actor: Actor | null, questionId: string, locked: boolean): Promise<QuestionEntity> {
    const moderator = await this.moderator(actor);
    // Entitlements are read before the transaction: inside it only its own manager may be used.
    const reader = await this.readerOf(moderator);
    return this.db.write([], async (manager) => {
      const question = await this.lockQuestion(manager, reader, questionId);
      if ((question.lockedAt !== null) === locked) return question;
      question.lockedAt = locked ? this.clock.now() : null;
      await manager.update(QuestionEntity, { id: question.id }, { lockedAt: question.lockedAt });
      await this.record(
        manager,
        moderator,
        question,
        locked ? 'COMMUNITY_QUESTION_LOCKED' : 'COMMUNITY_QUESTION_UNLOCKED',
        { question: question.title },
      );
      return question;
    });
  }

  private async setHidden(
    actor: Actor | null,
    kind: PostKind,
    postId: string,
    reason: string | null,
  ): Promise<VoteResult> {
    const moderator = await this.moderator(actor);
    // Entitlements are read before the transaction: inside it only its own manager may be used.
    const reader = await this.readerOf(moderator);
    if (reason !== null && reason.length === 0) {
      throw new DomainError('VALIDATION_FAILED', 'Say why the post is hidden.', {
        field: 'reason',
        hint: 'Vendor staff see it beside the hidden post, and it goes into the audit log of the author’s organization.',
      });
    }
    return this.db.write([], async (manager) => {
      const target =
        kind === 'QUESTION'
          ? { question: await this.lockQuestion(manager, reader, postId), answer: null }
          : await this.lockAnswer(manager, reader, postId);
      const post = target.answer ?? target.question;
      const hide = reason !== null;
      if ((post.hiddenAt !== null) === hide) return target;
      const now = this.clock.now();
      post.hiddenAt = hide ? now : null;
      post.hiddenByProfessionalId = hide ? moderator.professionalId : null;
      post.hiddenReason = reason;
      const fields = {
        hiddenAt: post.hiddenAt,
        hiddenByProfessionalId: post.hiddenByProfessionalId,
        hiddenReason: post.hiddenReason,
      };
      if (target.answer) {
        await manager.update(AnswerEntity, { id: post.id }, fields);
        // A hidden answer cannot stay the accepted one, which readers would be told of but not shown.
        if (hide && target.question.acceptedAnswerId === post.id) {
          target.question.acceptedAnswerId = null;
          await manager.update(
            QuestionEntity,
            { id: target.question.id },
            { acceptedAnswerId: null },
          );
        }
        await this.changeAnswerCount(manager, target.question, hide ? -1 : +1);
      } else {
        await manager.update(QuestionEntity, { id: post.id }, fields);
        await this.indexer.index(manager, target.question);
      }
      await this.record(
        manager,
        moderator,
        post,
        hide ? 'COMMUNITY_POST_HIDDEN' : 'COMMUNITY_POST_SHOWN',
        {
          post: kind === 'QUESTION' ? 'question' : 'answer',
          // The answer's author may not see a hidden question: its title stays out of their organization's log.
          ...(kind === 'ANSWER' && target.question.hiddenAt !== null
            ? {}
            : { question: target.question.title }),
          ...(hide ? { reason } : {}),
        },
      );
      return target;
    });
  }

  /** Moderation is recorded in the audit log of the author's organization, whose administrators read it. */
  private async record(
    manager: EntityManager,
    moderator: Actor,
    post: QuestionEntity | AnswerEntity,
    action: AuditAction,
    details: Record<string, unknown>,
  ): Promise<void> {
    if (!post.authorOrganizationId) return;
    await this.audit.record(manager, {
      organizationId: post.authorOrganizationId,
      action,
      actor: moderator.professionalId,
      target: { id: post.authorProfessionalId, label: post.authorName },
      details,
    });
  }

  private async changeAnswerCount(
    manager: EntityManager,
    question: QuestionEntity,
    delta: number,
  ): Promise<void> {
    await manager.update(
      QuestionEntity,
      { id: question.id },
      { answerCount: () => `answer_count + ${delta}` },
    );
    question.answerCount = (await manager.findOne(QuestionEntity, {
      where: { id: question.id },
      select: { id: true, answerCount: true },
    }))!.answerCount;
    await this.indexer.index(manager, question);
  }

  /**
   * Loads the question after writing to its row, so concurrent changes to it take turns. One the
   * person may not open is NOT_FOUND, exactly like one that does not exist.
   */
  private async lockQuestion(
    manager: EntityManager,
    reader: ReaderEntitlements,
    questionId: string,
  ): Promise<QuestionEntity> {
    await manager.update(QuestionEntity, { id: questionId }, { score: () => 'score' });
    const question = await manager.findOneBy(QuestionEntity, { id: questionId });
    if (!question || !isQuestionReadable(reader, question)) throw notFound('Question');
    return question;
  }

  private async lockAnswer(
    manager: EntityManager,
    reader: ReaderEntitlements,
    answerId: string,
  ): Promise<{ question: QuestionEntity; answer: AnswerEntity }> {
    const located = await manager.findOne(AnswerEntity, {
      where: { id: answerId },
      select: { id: true, questionId: true },
    });
    if (!located) throw notFound('Answer');
    // Question first, then answer: the same order everywhere, so two writers cannot deadlock.
    await manager.update(QuestionEntity, { id: located.questionId }, { score: () => 'score' });
    await manager.update(AnswerEntity, { id: answerId }, { score: () => 'score' });
    const question = await manager.findOneBy(QuestionEntity, { id: located.questionId });
    const answer = await manager.findOneBy(AnswerEntity, { id: answerId });
    if (!question || !answer || !isAnswerReadable(reader, question, answer))
      throw notFound('Answer');
    return { question, answer };
  }

  private async participant(actor: Actor | null): Promise<Actor> {
    const person = requireActor(actor);
    assertNoViolations(whyCannotParticipate(person));
    return person;
  }

  private async moderator(actor: Actor | null): Promise<Actor> {
    const person = requireActor(actor);
    assertNoViolations(whyCannotModerate(person));
    return person;
  }

  private async readerOf(actor: Actor): Promise<ReaderEntitlements> {
    const reader = await this.entitlements.of(actor);
    if (!reader) throw notFound('Question');
    return reader;
  }
}

export function questionState(question: QuestionEntity): QuestionState {
  return {
    kind: 'QUESTION',
    authorId: question.authorProfessionalId,
    hidden: question.hiddenAt !== null,
    locked: question.lockedAt !== null,
    acceptedAnswerId: question.acceptedAnswerId,
  };
}

export function answerState(answer: AnswerEntity): AnswerState {
  return {
    kind: 'ANSWER',
    id: answer.id,
    authorId: answer.authorProfessionalId,
    hidden: answer.hiddenAt !== null,
  };
}

async function authorshipOf(manager: EntityManager, author: Actor) {
  const person = await manager.findOne(ProfessionalEntity, {
    where: { id: author.professionalId },
    select: { id: true, firstName: true, lastName: true, organizationId: true },
  });
  const organization = await manager.findOne(OrganizationEntity, {
    where: { id: author.organizationId },
    select: { id: true, name: true },
  });
  return {
    authorProfessionalId: author.professionalId,
    authorName: person ? displayName(person) : 'Unknown professional',
    authorOrganizationId: organization?.id ?? null,
    authorOrganizationName: organization?.name ?? '',
  };
}
