import type { EntityManager } from 'typeorm';
import type { SearchDocuments } from '../../platform/db/search/search-documents';
import { markdownToText } from '../knowledge-base/markdown';
import type { CourseEntity } from './course.entity';
import { LessonEntity } from './lesson.entity';

/**
 * Writes a course's search document: its title and summary, and its lessons' titles and text as
 * the body, so a search for something a lesson teaches finds the course. Called in the
 * transaction of every change to the course or its lessons.
 */
export class CourseIndexer {
  constructor(private readonly documents: SearchDocuments) {}

  async index(manager: EntityManager, course: CourseEntity): Promise<void> {
    const lessons = await manager.find(LessonEntity, {
      where: { courseId: course.id },
      order: { position: 'ASC' },
    });
    await this.documents.upsert(manager, {
      kind: 'COURSE',
      itemId: course.id,
      slug: course.slug,
      title: course.title,
      summary: course.summary,
      body: lessons.map((l) => `${l.title}\n${markdownToText(l.bodyMarkdown)}`).join('\n\n'),
      keywords: lessons.map((l) => l.title),
      product: course.product,
      version: null,
      category: null,
      visibility: course.visibility,
      published: course.publishedAt !== null,
      updatedAt: course.updatedAt,
    });
  }

  remove(manager: EntityManager, courseId: string): Promise<void> {
    return this.documents.remove(manager, 'COURSE', courseId);
  }
}
