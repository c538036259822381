import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PostKind } from '@foyer/shared';

/** Who wrote a post and, for moderators, whether and why it was hidden. Shared by questions and answers. */
abstract class PostColumns {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('text', { name: 'body_markdown' })
  bodyMarkdown: string;

  /** Null once the author's profile is deleted; the labels below still say who wrote it. */
  @Column('varchar', { name: 'author_professional_id', length: 36, nullable: true })
  authorProfessionalId: string | null;

  @Column('varchar', { name: 'author_name', length: 201 })
  authorName: string;

  /** The author's organization when they wrote it. */
  @Column('varchar', { name: 'author_organization_id', length: 36, nullable: true })
  authorOrganizationId: string | null;

  @Column('varchar', { name: 'author_organization_name', length: 200 })
  authorOrganizationName: string;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;

  /** Hidden by a moderator: only vendor staff see it, greyed, with the reason. */
  @Column({ name: 'hidden_at', type: Date, nullable: true })
  hiddenAt: Date | null;

  @Column('varchar', { name: 'hidden_by_professional_id', length: 36, nullable: true })
  hiddenByProfessionalId: string | null;

  @Column('varchar', { name: 'hidden_reason', length: 500, nullable: true })
  hiddenReason: string | null;

  /** The sum of the votes: changed only as `score = score + delta`, with the vote, in one transaction. */
  @Column('integer')
  score: number;
}

@Entity('question')
export class QuestionEntity extends PostColumns {
  readonly postKind: PostKind = 'QUESTION';

  /** Unique: the question's address in the web app. */
  @Column('varchar', { length: 120 })
  slug: string;

  @Column('varchar', { length: 200 })
  title: string;

  @Column('varchar', { length: 40, nullable: true })
  product: string | null;

  @Column('varchar', { name: 'accepted_answer_id', length: 36, nullable: true })
  acceptedAnswerId: string | null;

  /** A locked question takes no new answers. */
  @Column({ name: 'locked_at', type: Date, nullable: true })
  lockedAt: Date | null;

  /** Answers that are not hidden. */
  @Column('integer', { name: 'answer_count' })
  answerCount: number;
}

@Entity('answer')
export class AnswerEntity extends PostColumns {
  readonly postKind: PostKind = 'ANSWER';

  @Column('varchar', { name: 'question_id', length: 36 })
  questionId: string;
}

/** One person's vote on one post: +1 or -1. Withdrawing it deletes the row. */
@Entity('community_vote')
export class CommunityVoteEntity {
  @PrimaryColumn('varchar', { name: 'professional_id', length: 36 })
  professionalId: string;

  @PrimaryColumn('varchar', { name: 'post_kind', length: 16 })
  postKind: PostKind;

  @PrimaryColumn('varchar', { name: 'post_id', length: 36 })
  postId: string;

  @Column('integer')
  value: number;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt: Date;
}

/** A question points readers to a knowledge-base article. */
@Entity('question_article_link')
export class QuestionArticleLinkEntity {
  @PrimaryColumn('varchar', { name: 'question_id', length: 36 })
  questionId: string;

  @PrimaryColumn('varchar', { name: 'article_id', length: 36 })
  articleId: string;

  @Column('varchar', { name: 'linked_by_professional_id', length: 36, nullable: true })
  linkedByProfessionalId: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt: Date;
}
