import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import type { Actor, PostKind } from '@foyer/shared';
import type { ArticleEntity } from '../knowledge-base/article.entity';
import type { CommunityService } from './community.service';
import { AnswerEntity, CommunityVoteEntity, QuestionEntity } from './community.entity';

/** Per-request batching for question lists and answer lists. */
export function createCommunityLoaders(manager: EntityManager) {
  const questionById = new DataLoader<string, QuestionEntity | null>(async (ids) => {
    const rows = await manager.findBy(QuestionEntity, { id: In([...ids]) });
    const byId = new Map(rows.map((q) => [q.id, q]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Keyed "professionalId kind postId": the viewer's vote on each post, 1, -1 or 0. */
  const voteByVoterAndPost = new DataLoader<string, number>(async (keys) => {
    const parts = keys.map((key) => key.split(' ') as [string, PostKind, string]);
    const rows = await manager.findBy(CommunityVoteEntity, {
      professionalId: In([...new Set(parts.map(([p]) => p))]),
      postId: In([...new Set(parts.map(([, , id]) => id))]),
    });
    const byKey = new Map(
      rows.map((r) => [`${r.professionalId} ${r.postKind} ${r.postId}`, r.value]),
    );
    return keys.map((key) => byKey.get(key) ?? 0);
  });

  return { questionById, voteByVoterAndPost };
}

export type CommunityLoaders = ReturnType<typeof createCommunityLoaders>;

/** Batched, not cached: a mutation earlier in the same request may have changed the links. */
const FRESH = { cache: false } as const;

/**
 * Per-request batching of what a question or an article shows of the community. It depends on the
 * reader, so these are made for one request's actor; each batch reads the reader's entitlements
 * once and runs one query for all the parents.
 */
export function createCommunityReaderLoaders(community: CommunityService, actor: Actor | null) {
  const answersByQuestion = new DataLoader<QuestionEntity, AnswerEntity[], string>(
    async (questions) => {
      const byId = await community.answersOf(actor, questions);
      return questions.map((q) => byId.get(q.id) ?? []);
    },
    { ...FRESH, cacheKeyFn: (question) => question.id },
  );

  const linkedArticlesByQuestionId = new DataLoader<string, ArticleEntity[]>(async (ids) => {
    const byId = await community.linkedArticlesOf(actor, ids);
    return ids.map((id) => byId.get(id) ?? []);
  }, FRESH);

  /** Keyed "articleId limit": an article's first linked questions, at most `limit`. */
  const communityQuestionsByArticleAndLimit = new DataLoader<string, QuestionEntity[]>(
    async (keys) => {
      const parts = keys.map((key) => key.split(' ') as [string, string]);
      const found = new Map<string, QuestionEntity[]>();
      for (const limit of new Set(parts.map(([, l]) => l))) {
        const articleIds = [...new Set(parts.filter(([, l]) => l === limit).map(([id]) => id))];
        const byId = await community.questionsAboutEach(actor, articleIds, Number(limit));
        for (const [id, questions] of byId) found.set(`${id} ${limit}`, questions);
      }
      return keys.map((key) => found.get(key) ?? []);
    },
    FRESH,
  );

  return { answersByQuestion, linkedArticlesByQuestionId, communityQuestionsByArticleAndLimit };
}

export type CommunityReaderLoaders = ReturnType<typeof createCommunityReaderLoaders>;
