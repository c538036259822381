import { createReadStream } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Services } from '../services';
import { SystemSettingEntity } from '../platform/db/system-setting.entity';
import { SearchDocuments } from '../platform/db/search/search-documents';
import { ProfessionalEntity } from '../modules/professional/professional.entity';
import { StoredFileEntity } from '../modules/files/stored-file.entity';
import { CourseEntity } from '../modules/training/course.entity';
import { LessonEntity } from '../modules/training/lesson.entity';
import { LessonProgressEntity } from '../modules/training/lesson-progress.entity';
import { CourseIndexer } from '../modules/training/course-indexer';
import { DEMO_COURSES, DEMO_PROGRESS } from './demo-training.data';

const DEMO_TRAINING_SEEDED = 'demo_training_seeded_at';
const DAY_MS = 86_400_000;
const AUTHOR_EMAIL = 'vera@northwind.example';

/**
 * The committed clip every demo video lesson plays. Resolved from the package's src folder, which
 * is two levels above this file both when it runs from src (tests) and from dist (npm start).
 */
export const DEMO_VIDEO_PATH = path.resolve(
  __dirname,
  '..',
  '..',
  'src',
  'seed',
  'assets',
  'demo-lesson.mp4',
);

/**
 * The demo courses, their lessons and some demo professionals' progress, once per demo database
 * (also one seeded before training existed). A course whose slug is taken is left as it is.
 * Returns whether it seeded now.
 */
export async function seedDemoTraining(services: Services): Promise<boolean> {
  const { db, clock } = services;
  if (await db.manager.existsBy(SystemSettingEntity, { key: DEMO_TRAINING_SEEDED })) return false;
  // The bytes go to storage first, as an upload's do; a row then points at a whole file.
  const stored = await services.files.storage.put(createReadStream(DEMO_VIDEO_PATH), {
    maxBytes: Number.MAX_SAFE_INTEGER,
  });
  const seeded = await db.write([], async (manager) => {
    if (await manager.existsBy(SystemSettingEntity, { key: DEMO_TRAINING_SEEDED })) return false;
    const now = clock.now();
    const author = await manager.findOne(ProfessionalEntity, {
      where: { email: AUTHOR_EMAIL },
      select: { id: true },
    });
    const video: StoredFileEntity = {
      id: randomUUID(),
      storageKey: stored.key,
      fileName: 'demo-lesson.mp4',
      contentType: 'video/mp4',
      size: stored.size,
      sha256: stored.sha256,
      uploadedByProfessionalId: author?.id ?? null,
      createdAt: now,
    };
    await manager.insert(StoredFileEntity, video);
    const indexer = new CourseIndexer(new SearchDocuments());
    const lessonIdsBySlug = new Map<string, string[]>();
    for (const demo of DEMO_COURSES) {
      if (await manager.existsBy(CourseEntity, { slug: demo.slug })) continue;
      const at = new Date(now.getTime() - demo.daysAgo * DAY_MS);
      const course: CourseEntity = Object.assign(new CourseEntity(), {
        id: randomUUID(),
        slug: demo.slug,
        title: demo.title,
        summary: demo.summary,
        product: demo.product,
        visibility: demo.visibility,
        publishedAt: at,
        createdAt: at,
        updatedAt: at,
        createdByProfessionalId: author?.id ?? null,
        updatedByProfessionalId: author?.id ?? null,
      });
      await manager.insert(CourseEntity, course);
      const ids: string[] = [];
      for (const [index, lesson] of demo.lessons.entries()) {
        const id = randomUUID();
        await manager.insert(LessonEntity, {
          id,
          courseId: course.id,
          position: index + 1,
          title: lesson.title,
          kind: lesson.kind,
          bodyMarkdown: `${lesson.body.trim()}\n`,
          videoFileId: lesson.kind === 'VIDEO' ? video.id : null,
          durationSeconds: lesson.durationSeconds ?? null,
          createdAt: at,
          updatedAt: at,
        });
        ids.push(id);
      }
      lessonIdsBySlug.set(demo.slug, ids);
      await indexer.index(manager, course);
    }
    for (const demo of DEMO_PROGRESS) {
      const lessonIds = lessonIdsBySlug.get(demo.courseSlug);
      const person = await manager.findOne(ProfessionalEntity, {
        where: { email: demo.email },
        select: { id: true },
      });
      if (!lessonIds || !person) continue;
      const at = new Date(now.getTime() - demo.daysAgo * DAY_MS);
      const positions = new Set([
        ...demo.completedPositions,
        ...Object.keys(demo.videoPositions ?? {}).map(Number),
      ]);
      for (const position of positions) {
        const lessonId = lessonIds[position - 1];
        if (!lessonId) continue;
        await manager.insert(LessonProgressEntity, {
          professionalId: person.id,
          lessonId,
          completedAt: demo.completedPositions.includes(position) ? at : null,
          videoPositionSeconds: demo.videoPositions?.[position] ?? 0,
          updatedAt: at,
        });
      }
    }
    await manager.insert(SystemSettingEntity, {
      key: DEMO_TRAINING_SEEDED,
      value: now.toISOString(),
    });
    return true;
  });
  // Another process seeded first: the bytes stored here are nobody's.
  if (!seeded) await services.files.storage.delete(stored.key);
  return seeded;
}
