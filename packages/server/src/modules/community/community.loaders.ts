import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import type { PostKind } from '@foyer/shared';
import { CommunityVoteEntity, QuestionEntity } from './community.entity';

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
    const byKey = new Map(rows.map((r) => [`${r.professionalId} ${r.postKind} ${r.postId}`, r.value]));
    return keys.map((key) => byKey.get(key) ?? 0);
  });

  return { questionById, voteByVoterAndPost };
}

export type CommunityLoaders = ReturnType<typeof createCommunityLoaders>;
