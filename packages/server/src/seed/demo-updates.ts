import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { isoDay } from '@foyer/shared';
import type { Services } from '../services';
import { SystemSettingEntity } from '../platform/db/system-setting.entity';
import { SearchDocuments } from '../platform/db/search/search-documents';
import { ProfessionalEntity } from '../modules/professional/professional.entity';
import { StoredFileEntity } from '../modules/files/stored-file.entity';
import { ArticleEntity } from '../modules/knowledge-base/article.entity';
import { SoftwareUpdateEntity } from '../modules/updates/software-update.entity';
import { SoftwareUpdateFileEntity } from '../modules/updates/software-update-file.entity';
import { UpdateArticleLinkEntity } from '../modules/updates/update-article-link.entity';
import { UpdateIndexer } from '../modules/updates/update-indexer';
import { DEMO_UPDATES, type DemoUpdateFile } from './demo-updates.data';

/** Its own step, so a demo database seeded before updates existed gets them too. */
export const DEMO_UPDATES_SEEDED = 'demo_updates_seeded_at';
const DAY_MS = 86_400_000;
const AUTHOR_EMAIL = 'vera@northwind.example';

/**
 * The demo updates and hotfixes with their files (small generated files, stored through the
 * file storage like uploads, with their real SHA-256) and their "fixed in" links to demo
 * articles. Once per database; an update whose slug exists is left as it is.
 */
export async function seedDemoUpdates(services: Services): Promise<boolean> {
  const { db } = services;
  if (await db.manager.existsBy(SystemSettingEntity, { key: DEMO_UPDATES_SEEDED })) return false;
  const now = services.clock.now();
  const indexer = new UpdateIndexer(new SearchDocuments());
  return db.write([], async (manager) => {
    if (await manager.existsBy(SystemSettingEntity, { key: DEMO_UPDATES_SEEDED })) return false;
    const author = await manager.findOne(ProfessionalEntity, {
      where: { email: AUTHOR_EMAIL },
      select: { id: true },
    });
    for (const demo of DEMO_UPDATES) {
      if (await manager.existsBy(SoftwareUpdateEntity, { slug: demo.slug })) continue;
      const at = new Date(now.getTime() - demo.daysAgo * DAY_MS);
      const update = Object.assign(new SoftwareUpdateEntity(), {
        id: randomUUID(),
        slug: demo.slug,
        kind: demo.kind,
        title: demo.title,
        product: demo.product,
        version: demo.version,
        appliesToVersions: JSON.stringify(demo.appliesTo),
        releaseNotesMarkdown: `${demo.notes.trim()}\n`,
        releasedOn: isoDay(at),
        visibility: demo.visibility,
        publishedAt: demo.published ? at : null,
        createdAt: at,
        updatedAt: at,
        createdByProfessionalId: author?.id ?? null,
        updatedByProfessionalId: author?.id ?? null,
      });
      await manager.insert(SoftwareUpdateEntity, update);
      let position = 0;
      for (const file of demo.files) {
        const stored = await services.files.storage.put(Readable.from([demoFileBytes(file)]), {
          maxBytes: services.files.maxUploadBytes,
        });
        const storedFileId = randomUUID();
        await manager.insert(StoredFileEntity, {
          id: storedFileId,
          storageKey: stored.key,
          fileName: file.fileName,
          contentType: file.contentType,
          size: stored.size,
          sha256: stored.sha256,
          uploadedByProfessionalId: author?.id ?? null,
          createdAt: at,
        });
        position += 1;
        await manager.insert(SoftwareUpdateFileEntity, {
          id: randomUUID(),
          updateId: update.id,
          storedFileId,
          label: file.label,
          position,
          createdAt: at,
        });
      }
      for (const slug of demo.fixes) {
        const article = await manager.findOne(ArticleEntity, {
          where: { slug },
          select: { id: true },
        });
        if (article)
          await manager.insert(UpdateArticleLinkEntity, {
            updateId: update.id,
            articleId: article.id,
            createdAt: at,
          });
      }
      await indexer.index(manager, update);
    }
    await manager.insert(SystemSettingEntity, {
      key: DEMO_UPDATES_SEEDED,
      value: now.toISOString(),
    });
    return true;
  });
}

/** A small text file that reads like a package listing, the same bytes on every run. */
export function demoFileBytes(file: DemoUpdateFile): Buffer {
  const lines = [`${file.fileName}\nNorthwind Software demo package. Not a real installer.\n\n`];
  let length = lines[0]!.length;
  for (let n = 1; length < file.size; n++) {
    const digest = createHash('sha256').update(`${file.fileName}:${n}`).digest('hex');
    const line = `file-${String(n).padStart(4, '0')}  ${digest}\n`;
    lines.push(line);
    length += line.length;
  }
  return Buffer.from(lines.join('')).subarray(0, file.size);
}
