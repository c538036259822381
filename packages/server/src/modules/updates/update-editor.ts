import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor, ContentVisibility, UpdateKind } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { DomainError, notFound } from '../../platform/graphql/domain-error';
import {
  ContentSlugs,
  lockContentRow,
  requireContentEditor,
  writePublished,
} from '../content/content-editing';
import { StoredFileEntity } from '../files/stored-file.entity';
import { ArticleEntity } from '../knowledge-base/article.entity';
import { SoftwareUpdateEntity } from './software-update.entity';
import { SoftwareUpdateFileEntity } from './software-update-file.entity';
import { UpdateArticleLinkEntity } from './update-article-link.entity';
import type { UpdateIndexer } from './update-indexer';

export interface UpdateFields {
  slug?: string | null;
  kind: UpdateKind;
  title: string;
  product: string;
  version: string;
  appliesToVersions?: readonly string[] | null;
  releaseNotesMarkdown: string;
  releasedOn: string;
  visibility?: ContentVisibility | null;
}

/** Only the fields given change. */
export type UpdateChanges = Partial<{ [K in keyof UpdateFields]: UpdateFields[K] | null }>;

const slugs = new ContentSlugs({
  entity: SoftwareUpdateEntity,
  table: 'software_update',
  noun: 'update',
  reserved: ['new'],
});

/**
 * Writing updates and hotfixes, for the vendor's administrators: the fields, publishing, the
 * files offered and the articles fixed. The search document is rewritten in the same
 * transaction as every change.
 */
export class UpdateEditor {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly indexer: UpdateIndexer,
  ) {}

  async create(actor: Actor | null, fields: UpdateFields): Promise<SoftwareUpdateEntity> {
    const editor = requireContentEditor(actor);
    const now = this.clock.now();
    const update = Object.assign(new SoftwareUpdateEntity(), {
      id: randomUUID(),
      slug: '',
      kind: fields.kind,
      title: fields.title.trim(),
      product: fields.product.trim(),
      version: fields.version.trim(),
      appliesToVersions: JSON.stringify(normalizeVersions(fields.appliesToVersions ?? [])),
      releaseNotesMarkdown: fields.releaseNotesMarkdown,
      releasedOn: assertDay(fields.releasedOn),
      visibility: fields.visibility ?? 'ENTITLED_PRODUCT',
      publishedAt: null,
      createdAt: now,
      updatedAt: now,
      createdByProfessionalId: editor.professionalId,
      updatedByProfessionalId: editor.professionalId,
    });
    return slugs.writeNew(this.db, fields.slug, async (manager) => {
      update.slug = fields.slug
        ? await slugs.claim(manager, fields.slug, null)
        : await slugs.freeFor(manager, update.title);
      await manager.insert(SoftwareUpdateEntity, update);
      await this.indexer.index(manager, update);
      return update;
    });
  }

  async update(
    actor: Actor | null,
    updateId: string,
    changes: UpdateChanges,
  ): Promise<SoftwareUpdateEntity> {
    const editor = requireContentEditor(actor);
    return this.write(async (manager) => {
      const update = await lockUpdate(manager, updateId);
      if (changes.kind != null) update.kind = changes.kind;
      if (changes.title != null) update.title = changes.title.trim();
      if (changes.product != null) update.product = changes.product.trim();
      if (changes.version != null) update.version = changes.version.trim();
      if (changes.appliesToVersions != null)
        update.appliesToVersions = JSON.stringify(normalizeVersions(changes.appliesToVersions));
      if (changes.releaseNotesMarkdown != null)
        update.releaseNotesMarkdown = changes.releaseNotesMarkdown;
      if (changes.releasedOn != null) update.releasedOn = assertDay(changes.releasedOn);
      if (changes.visibility != null) update.visibility = changes.visibility;
      if (changes.slug != null && changes.slug.trim().toLowerCase() !== update.slug)
        update.slug = await slugs.claim(manager, changes.slug, update.id);
      update.updatedAt = this.clock.now();
      update.updatedByProfessionalId = editor.professionalId;
      await manager.save(SoftwareUpdateEntity, update);
      await this.indexer.index(manager, update);
      return update;
    });
  }

  publish(actor: Actor | null, updateId: string): Promise<SoftwareUpdateEntity> {
    return this.setPublished(actor, updateId, true);
  }

  unpublish(actor: Actor | null, updateId: string): Promise<SoftwareUpdateEntity> {
    return this.setPublished(actor, updateId, false);
  }

  /** Offers an uploaded file with the update, after its other files. */
  async attachFile(
    actor: Actor | null,
    updateId: string,
    storedFileId: string,
    label: string,
  ): Promise<SoftwareUpdateEntity> {
    requireContentEditor(actor);
    return this.write(async (manager) => {
      const update = await lockUpdate(manager, updateId);
      if (!(await manager.existsBy(StoredFileEntity, { id: storedFileId }))) {
        throw new DomainError('NOT_FOUND', 'That uploaded file was not found.', {
          field: 'fileId',
          hint: 'Upload the file first (POST /api/files) and use the id it answers with.',
        });
      }
      if (await manager.existsBy(SoftwareUpdateFileEntity, { updateId, storedFileId })) {
        throw new DomainError(
          'VALIDATION_FAILED',
          'This file is already offered with the update.',
          { field: 'fileId', hint: 'Change its label instead, or remove it first.' },
        );
      }
      const last = await manager.findOne(SoftwareUpdateFileEntity, {
        where: { updateId },
        order: { position: 'DESC' },
        select: { position: true },
      });
      await manager.insert(SoftwareUpdateFileEntity, {
        id: randomUUID(),
        updateId,
        storedFileId,
        label: label.trim(),
        position: (last?.position ?? 0) + 1,
        createdAt: this.clock.now(),
      });
      return this.touch(manager, update);
    });
  }

  /** Stops offering the file; who downloaded it stays on record. */
  async removeFile(actor: Actor | null, updateFileId: string): Promise<SoftwareUpdateEntity> {
    requireContentEditor(actor);
    return this.write(async (manager) => {
      const file = await manager.findOneBy(SoftwareUpdateFileEntity, { id: updateFileId });
      if (!file) throw notFound('File');
      const update = await lockUpdate(manager, file.updateId);
      await manager.delete(SoftwareUpdateFileEntity, { id: file.id });
      return this.touch(manager, update);
    });
  }

  /** Says the update fixes the problem the article describes ("fixed in"). Linking twice changes nothing. */
  async linkArticle(
    actor: Actor | null,
    updateId: string,
    articleId: string,
  ): Promise<SoftwareUpdateEntity> {
    requireContentEditor(actor);
    return this.write(async (manager) => {
      const update = await lockUpdate(manager, updateId);
      if (!(await manager.existsBy(ArticleEntity, { id: articleId }))) throw notFound('Article');
      if (await manager.existsBy(UpdateArticleLinkEntity, { updateId, articleId })) return update;
      await manager.insert(UpdateArticleLinkEntity, {
        updateId,
        articleId,
        createdAt: this.clock.now(),
      });
      return update;
    });
  }

  async unlinkArticle(
    actor: Actor | null,
    updateId: string,
    articleId: string,
  ): Promise<SoftwareUpdateEntity> {
    requireContentEditor(actor);
    return this.write(async (manager) => {
      const update = await lockUpdate(manager, updateId);
      await manager.delete(UpdateArticleLinkEntity, { updateId, articleId });
      return update;
    });
  }

  private async setPublished(
    actor: Actor | null,
    updateId: string,
    published: boolean,
  ): Promise<SoftwareUpdateEntity> {
    requireContentEditor(actor);
    return this.write(async (manager) => {
      const update = await lockUpdate(manager, updateId);
      if (await writePublished(manager, SoftwareUpdateEntity, update, published, this.clock))
        await this.indexer.index(manager, update);
      return update;
    });
  }

  private async touch(
    manager: EntityManager,
    update: SoftwareUpdateEntity,
  ): Promise<SoftwareUpdateEntity> {
    update.updatedAt = this.clock.now();
    await manager.update(SoftwareUpdateEntity, { id: update.id }, { updatedAt: update.updatedAt });
    return update;
  }

  private write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return slugs.write(this.db, work);
  }
}

/** Concurrent changes to one update (its fields, files and links) go one after the other. */
function lockUpdate(manager: EntityManager, updateId: string): Promise<SoftwareUpdateEntity> {
  return lockContentRow(manager, SoftwareUpdateEntity, updateId, 'Update');
}

function assertDay(value: string): string {
  const day = value.trim();
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(day) ||
    Number.isNaN(new Date(`${day}T00:00:00Z`).getTime()) ||
    new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day
  ) {
    throw new DomainError('VALIDATION_FAILED', 'Give the release date as a day, e.g. 2026-03-31.', {
      field: 'releasedOn',
    });
  }
  return day;
}

function normalizeVersions(versions: readonly string[]): string[] {
  return [...new Set(versions.map((v) => v.trim()).filter(Boolean))];
}
