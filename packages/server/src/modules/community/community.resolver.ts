import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { canModerateCommunity, type PostKind, type VoteValue } from '@foyer/shared';
import type { GraphQLContext } from '../../platform/graphql/context';
import { fromGlobalId, idOf, toGlobalId } from '../../platform/graphql/global-id';
import { toPayload } from '../../platform/graphql/payload';
import { validateInput } from '../../platform/graphql/validate-input';
import { connectionOf } from '../../platform/graphql/connection';
import { DomainError } from '../../platform/graphql/domain-error';
import { renderMarkdown } from '../knowledge-base/markdown';
import { ArticleType } from '../knowledge-base/article.type';
import type { ArticleEntity } from '../knowledge-base/article.entity';
import type { AnswerEntity, QuestionEntity } from './community.entity';
import { questionLimit, type QuestionFilter, type QuestionOrder } from './community.service';
import {
  AnswerQuestionInput,
  AskQuestionInput,
  EditAnswerInput,
  EditQuestionInput,
  HidePostInput,
} from './community.inputs';
import {
  AnswerPayload,
  AnswerType,
  CommunityAuthorType,
  PostPayload,
  QuestionConnection,
  QuestionFilterEnum,
  QuestionOrderEnum,
  QuestionPayload,
  QuestionType,
  VoteValueEnum,
} from './community.type';

@Resolver(() => QuestionType)
export class QuestionResolver {
  @Query(() => QuestionType, {
    description: 'NOT_FOUND when it does not exist or the reader may not open it.',
  })
  question(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<QuestionEntity> {
    return ctx.services.community.get(ctx.actor, idOf('Question', id));
  }

  @Query(() => QuestionType, {
    description: 'NOT_FOUND when it does not exist or the reader may not open it.',
  })
  questionBySlug(@Arg('slug') slug: string, @Ctx() ctx: GraphQLContext): Promise<QuestionEntity> {
    return ctx.services.community.getBySlug(ctx.actor, slug);
  }

  @Query(() => QuestionConnection, {
    description: 'Community questions the reader may open; keyset-paginated.',
  })
  async questions(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('product', () => String, { nullable: true }) product?: string | null,
    @Arg('filter', () => QuestionFilterEnum, { nullable: true, defaultValue: 'ALL' })
    filter?: QuestionFilter | null,
    @Arg('orderBy', () => QuestionOrderEnum, { nullable: true, defaultValue: 'NEWEST' })
    orderBy?: QuestionOrder | null,
  ) {
    return connectionOf(
      await ctx.services.community.list(ctx.actor, { first, after, product, filter, orderBy }),
    );
  }

  @Query(() => Boolean, {
    description: 'Whether the viewer moderates the community: hides posts and locks questions.',
  })
  viewerCanModerateCommunity(@Ctx() ctx: GraphQLContext): boolean {
    return canModerateCommunity(ctx.actor);
  }

  @Mutation(() => QuestionPayload, { description: 'Any signed-in professional.' })
  askQuestion(@Arg('input') input: AskQuestionInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      return { question: await ctx.services.communityWriter.ask(ctx.actor, input) };
    });
  }

  @Mutation(() => QuestionPayload, { description: 'Its author, or a moderator.' })
  editQuestion(@Arg('input') input: EditQuestionInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      const { id, ...changes } = input;
      return {
        question: await ctx.services.communityWriter.editQuestion(
          ctx.actor,
          idOf('Question', id),
          changes,
        ),
      };
    });
  }

  @Mutation(() => AnswerPayload, {
    description: 'Any signed-in professional, unless the question is locked.',
  })
  answerQuestion(@Arg('input') input: AnswerQuestionInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      const answer = await ctx.services.communityWriter.answer(
        ctx.actor,
        idOf('Question', input.questionId),
        input.bodyMarkdown,
      );
      return { answer, question: await ctx.services.community.get(ctx.actor, answer.questionId) };
    });
  }

  @Mutation(() => AnswerPayload, { description: 'Its author, or a moderator.' })
  editAnswer(@Arg('input') input: EditAnswerInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      const answer = await ctx.services.communityWriter.editAnswer(
        ctx.actor,
        idOf('Answer', input.id),
        input.bodyMarkdown,
      );
      return { answer, question: await ctx.services.community.get(ctx.actor, answer.questionId) };
    });
  }

  @Mutation(() => PostPayload, {
    description:
      'One vote per person per post: voting again replaces it, NONE withdraws it. Not on one’s own posts.',
  })
  vote(
    @Arg('postId', () => ID) postId: string,
    @Arg('value', () => VoteValueEnum) value: VoteValue,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => {
      const post = postOf(postId);
      return ctx.services.communityWriter.vote(ctx.actor, post.kind, post.id, value);
    });
  }

  @Mutation(() => QuestionPayload, {
    description: 'The asker or a moderator. Replaces the answer accepted before, if any.',
  })
  acceptAnswer(@Arg('answerId', () => ID) answerId: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => ({
      question: await ctx.services.communityWriter.accept(ctx.actor, idOf('Answer', answerId)),
    }));
  }

  @Mutation(() => QuestionPayload, {
    description: 'The asker or a moderator: the question has no accepted answer any more.',
  })
  unacceptAnswer(@Arg('questionId', () => ID) questionId: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => ({
      question: await ctx.services.communityWriter.unaccept(
        ctx.actor,
        idOf('Question', questionId),
      ),
    }));
  }

  @Mutation(() => QuestionPayload, {
    description: 'The asker or a moderator, to an article they may open.',
  })
  linkQuestionToArticle(
    @Arg('questionId', () => ID) questionId: string,
    @Arg('articleId', () => ID) articleId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => ({
      question: await ctx.services.communityWriter.linkArticle(
        ctx.actor,
        idOf('Question', questionId),
        idOf('Article', articleId),
      ),
    }));
  }

  @Mutation(() => QuestionPayload, { description: 'The asker or a moderator.' })
  unlinkQuestionFromArticle(
    @Arg('questionId', () => ID) questionId: string,
    @Arg('articleId', () => ID) articleId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => ({
      question: await ctx.services.communityWriter.unlinkArticle(
        ctx.actor,
        idOf('Question', questionId),
        idOf('Article', articleId),
      ),
    }));
  }

  @Mutation(() => PostPayload, {
    description:
      'Moderators. Only vendor staff see a hidden post; it takes no votes, answers or acceptance.',
  })
  hidePost(@Arg('input') input: HidePostInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      const post = postOf(input.postId);
      return ctx.services.communityWriter.hide(ctx.actor, post.kind, post.id, input.reason);
    });
  }

  @Mutation(() => PostPayload, { description: 'Moderators: shows a hidden post again.' })
  unhidePost(@Arg('postId', () => ID) postId: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      const post = postOf(postId);
      return ctx.services.communityWriter.unhide(ctx.actor, post.kind, post.id);
    });
  }

  @Mutation(() => QuestionPayload, {
    description: 'Moderators: the question takes no new answers.',
  })
  lockQuestion(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => ({
      question: await ctx.services.communityWriter.lock(ctx.actor, idOf('Question', id), true),
    }));
  }

  @Mutation(() => QuestionPayload, { description: 'Moderators: the question takes answers again.' })
  unlockQuestion(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => ({
      question: await ctx.services.communityWriter.lock(ctx.actor, idOf('Question', id), false),
    }));
  }

  @FieldResolver(() => ID)
  id(@Root() question: QuestionEntity): string {
    return toGlobalId('Question', question.id);
  }

  @FieldResolver(() => String, { description: 'The body as HTML, sanitized.' })
  bodyHtml(@Root() question: QuestionEntity): string {
    return renderMarkdown(question.bodyMarkdown, { remoteImages: 'link' });
  }

  @FieldResolver(() => CommunityAuthorType)
  author(@Root() question: QuestionEntity): CommunityAuthorType {
    return authorOf(question);
  }

  @FieldResolver(() => Boolean, { description: 'Whether an answer is accepted.' })
  hasAcceptedAnswer(@Root() question: QuestionEntity): boolean {
    return question.acceptedAnswerId !== null;
  }

  @FieldResolver(() => Boolean)
  locked(@Root() question: QuestionEntity): boolean {
    return question.lockedAt !== null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Hidden by a moderator; only vendor staff see hidden posts.',
  })
  hidden(@Root() question: QuestionEntity): boolean {
    return question.hiddenAt !== null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why a moderator hid it.' })
  hiddenReason(@Root() question: QuestionEntity): string | null {
    return question.hiddenReason;
  }

  @FieldResolver(() => [AnswerType], {
    description: 'The accepted answer first, then by score. Hidden answers only for vendor staff.',
  })
  answers(@Root() question: QuestionEntity, @Ctx() ctx: GraphQLContext): Promise<AnswerEntity[]> {
    return ctx.loaders.answersByQuestion.load(question);
  }

  @FieldResolver(() => [ArticleType], {
    description: 'Knowledge-base articles linked to it that the reader may open.',
  })
  linkedArticles(
    @Root() question: QuestionEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ArticleEntity[]> {
    return ctx.loaders.linkedArticlesByQuestionId.load(question.id);
  }

  @FieldResolver(() => VoteValueEnum, { description: 'The viewer’s vote on it.' })
  viewerVote(@Root() question: QuestionEntity, @Ctx() ctx: GraphQLContext): Promise<VoteValue> {
    return viewerVoteOn(ctx, 'QUESTION', question.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer asked it.' })
  viewerIsAuthor(@Root() question: QuestionEntity, @Ctx() ctx: GraphQLContext): boolean {
    return Boolean(ctx.actor && question.authorProfessionalId === ctx.actor.professionalId);
  }
}

@Resolver(() => AnswerType)
export class AnswerResolver {
  @FieldResolver(() => ID)
  id(@Root() answer: AnswerEntity): string {
    return toGlobalId('Answer', answer.id);
  }

  @FieldResolver(() => String, { description: 'The body as HTML, sanitized.' })
  bodyHtml(@Root() answer: AnswerEntity): string {
    return renderMarkdown(answer.bodyMarkdown, { remoteImages: 'link' });
  }

  @FieldResolver(() => CommunityAuthorType)
  author(@Root() answer: AnswerEntity): CommunityAuthorType {
    return authorOf(answer);
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is the question’s accepted answer.' })
  async accepted(@Root() answer: AnswerEntity, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    const question = await ctx.loaders.questionById.load(answer.questionId);
    return question?.acceptedAnswerId === answer.id;
  }

  @FieldResolver(() => Boolean, {
    description: 'Hidden by a moderator; only vendor staff see hidden posts.',
  })
  hidden(@Root() answer: AnswerEntity): boolean {
    return answer.hiddenAt !== null;
  }

  @FieldResolver(() => String, { nullable: true })
  hiddenReason(@Root() answer: AnswerEntity): string | null {
    return answer.hiddenReason;
  }

  @FieldResolver(() => VoteValueEnum, { description: 'The viewer’s vote on it.' })
  viewerVote(@Root() answer: AnswerEntity, @Ctx() ctx: GraphQLContext): Promise<VoteValue> {
    return viewerVoteOn(ctx, 'ANSWER', answer.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer wrote it.' })
  viewerIsAuthor(@Root() answer: AnswerEntity, @Ctx() ctx: GraphQLContext): boolean {
    return Boolean(ctx.actor && answer.authorProfessionalId === ctx.actor.professionalId);
  }
}

/** Adds the community's questions to knowledge-base articles, from this module. */
@Resolver(() => ArticleType)
export class ArticleCommunityResolver {
  @FieldResolver(() => [QuestionType], {
    description:
      'Community questions linked to this article that the reader may open, highest score first.',
  })
  communityQuestions(
    @Root() article: ArticleEntity,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10, description: 'At most 50.' })
    first: number,
  ): Promise<QuestionEntity[]> {
    return ctx.loaders.communityQuestionsByArticleAndLimit.load(
      `${article.id} ${questionLimit(first)}`,
    );
  }
}

function authorOf(post: QuestionEntity | AnswerEntity): CommunityAuthorType {
  return { name: post.authorName, organizationName: post.authorOrganizationName };
}

async function viewerVoteOn(
  ctx: GraphQLContext,
  kind: PostKind,
  postId: string,
): Promise<VoteValue> {
  if (!ctx.actor) return 'NONE';
  const value = await ctx.loaders.voteByVoterAndPost.load(
    `${ctx.actor.professionalId} ${kind} ${postId}`,
  );
  return value > 0 ? 'UP' : value < 0 ? 'DOWN' : 'NONE';
}

/** A Question or Answer global id, as the post mutations take. */
function postOf(globalId: string): { kind: PostKind; id: string } {
  const parsed = fromGlobalId(globalId);
  if (parsed?.type === 'Question') return { kind: 'QUESTION', id: parsed.id };
  if (parsed?.type === 'Answer') return { kind: 'ANSWER', id: parsed.id };
  throw new DomainError('NOT_FOUND', 'Post was not found.', {
    field: 'postId',
    hint: 'Give the id of a question or an answer.',
  });
}
