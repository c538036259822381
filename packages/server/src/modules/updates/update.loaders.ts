import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '@foyer/shared';
import type { ArticleEntity } from '../knowledge-base/article.entity';
import type { UpdateService } from './update.service';
import { StoredFileEntity } from '../files/stored-file.entity';
import { SoftwareUpdateEntity } from './software-update.entity';
import { SoftwareUpdateFileEntity } from './software-update-file.entity';
import { UpdateDownloadEntity } from './update-download.entity';

/** An update's file with the stored file behind it. */
export interface UpdateFileWithStored {
  file: SoftwareUpdateFileEntity;
  stored: StoredFileEntity;
  /** Needed to decide whether the reader may download it. */
  update: SoftwareUpdateEntity;
}

/** Per-request batching for update lists and search results. */
export function createUpdateLoaders(manager: EntityManager) {
  const updateById = new DataLoader<string, SoftwareUpdateEntity | null>(async (ids) => {
    const rows = await manager.findBy(SoftwareUpdateEntity, { id: In([...ids]) });
    const byId = new Map(rows.map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const filesByUpdateId = new DataLoader<
    string,
    Array<{ file: SoftwareUpdateFileEntity; stored: StoredFileEntity }>
  >(async (ids) => {
    const files = await manager.find(SoftwareUpdateFileEntity, {
      where: { updateId: In([...ids]) },
      order: { position: 'ASC' },
    });
    const stored =
      files.length > 0
        ? await manager.findBy(StoredFileEntity, {
            id: In([...new Set(files.map((f) => f.storedFileId))]),
          })
        : [];
    const storedById = new Map(stored.map((s) => [s.id, s]));
    return ids.map((id) =>
      files
        .filter((f) => f.updateId === id && storedById.has(f.storedFileId))
        .map((file) => ({ file, stored: storedById.get(file.storedFileId)! })),
    );
  });

  const downloadCountByUpdateFileId = new DataLoader<string, number>(async (ids) => {
    const rows: Array<{ fileId: string; count: string | number }> = await manager
      .createQueryBuilder(UpdateDownloadEntity, 'd')
      .select('d.update_file_id', 'fileId')
      .addSelect('count(*)', 'count')
      .where('d.update_file_id IN (:...ids)', { ids: [...ids] })
      .groupBy('d.update_file_id')
      .getRawMany();
    const counts = new Map(rows.map((r) => [r.fileId, Number(r.count)]));
    return ids.map((id) => counts.get(id) ?? 0);
  });

  return { updateById, filesByUpdateId, downloadCountByUpdateFileId };
}

export type UpdateLoaders = ReturnType<typeof createUpdateLoaders>;

/** Batched, not cached: a mutation earlier in the same request may have changed the links. */
const FRESH = { cache: false } as const;

/**
 * Per-request batching of the links between updates and articles. What a link shows depends on
 * the reader, so these are made for one request's actor; each batch reads the reader's
 * entitlements once and runs one query for all the parents.
 */
export function createUpdateReaderLoaders(updates: UpdateService, actor: Actor | null) {
  const fixesArticlesByUpdateId = new DataLoader<string, ArticleEntity[]>(async (ids) => {
    const byId = await updates.fixesArticlesOf(actor, ids);
    return ids.map((id) => byId.get(id) ?? []);
  }, FRESH);

  const fixedInByArticleId = new DataLoader<string, SoftwareUpdateEntity[]>(async (ids) => {
    const byId = await updates.fixedInOf(actor, ids);
    return ids.map((id) => byId.get(id) ?? []);
  }, FRESH);

  return { fixesArticlesByUpdateId, fixedInByArticleId };
}

export type UpdateReaderLoaders = ReturnType<typeof createUpdateReaderLoaders>;
