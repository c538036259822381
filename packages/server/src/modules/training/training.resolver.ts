import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { canManageContent, progressPercent } from '@foyer/shared';
import type { GraphQLContext } from '../../platform/graphql/context';
import { idOf, toGlobalId } from '../../platform/graphql/global-id';
import { toPayload } from '../../platform/graphql/payload';
import { validateInput } from '../../platform/graphql/validate-input';
import { connectionOf } from '../../platform/graphql/connection';
import { renderMarkdown } from '../knowledge-base/markdown';
import type { ProfessionalEntity } from '../professional/professional.entity';
import type { CourseEntity } from './course.entity';
import type { LessonEntity } from './lesson.entity';
import type { CourseProgress } from './training.loaders';
import type { TrainingProgressEntry } from './training-progress.service';
import {
  AddLessonInput,
  CreateCourseInput,
  UpdateCourseInput,
  UpdateLessonInput,
} from './training.inputs';
import {
  AddLessonPayload,
  CompleteLessonPayload,
  CourseConnection,
  CourseProgressType,
  CourseType,
  CreateCoursePayload,
  LessonProgressType,
  LessonType,
  LessonVideoType,
  MoveLessonPayload,
  PublishCoursePayload,
  RemoveLessonPayload,
  SaveLessonPositionPayload,
  TrainingProgressConnection,
  TrainingProgressEntryType,
  UnpublishCoursePayload,
  UpdateCoursePayload,
  UpdateLessonPayload,
} from './training.type';
import { ProfessionalType } from '../professional/professional.type';

/** The address the web app's <video> streams a lesson's video from. */
export function lessonVideoPath(lessonId: string): string {
  return `/api/training/lessons/${toGlobalId('Lesson', lessonId)}/video`;
}

type CourseProgressView = CourseProgress & { percent: number };

@Resolver(() => CourseType)
export class CourseResolver {
  @Query(() => CourseType, {
    description: 'NOT_FOUND when it does not exist or the reader may not open it.',
  })
  course(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<CourseEntity> {
    return ctx.services.courses.get(ctx.actor, idOf('Course', id));
  }

  @Query(() => CourseType, {
    description: 'NOT_FOUND when it does not exist or the reader may not open it.',
  })
  courseBySlug(@Arg('slug') slug: string, @Ctx() ctx: GraphQLContext): Promise<CourseEntity> {
    return ctx.services.courses.getBySlug(ctx.actor, slug);
  }

  @Query(() => CourseConnection, {
    description: 'Courses the reader may open, most recently updated first; keyset-paginated.',
  })
  async courses(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('product', () => String, { nullable: true }) product?: string | null,
    @Arg('published', () => Boolean, {
      nullable: true,
      description: 'Vendor staff: true for published only, false for drafts only.',
    })
    published?: boolean | null,
  ) {
    return connectionOf(
      await ctx.services.courses.list(ctx.actor, { first, after, product, published }),
    );
  }

  @Query(() => [String], {
    description:
      'The products of the courses the reader may open, alphabetically: what the course list can be filtered by.',
  })
  courseProducts(@Ctx() ctx: GraphQLContext): Promise<string[]> {
    return ctx.services.courses.products(ctx.actor);
  }

  @Query(() => [CourseType], {
    description: 'Courses the viewer has started and not finished, most recently touched first.',
  })
  coursesInProgress(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 5, description: 'At most 20.' })
    first: number,
  ): Promise<CourseEntity[]> {
    return ctx.services.courses.inProgress(ctx.actor, first);
  }

  @Query(() => TrainingProgressConnection, {
    description:
      'Each professional of the organization, per course started: lessons completed and when. Its administrators, the partner serving it, and vendor staff.',
  })
  async trainingProgress(
    @Arg('organizationId', () => ID) organizationId: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return connectionOf(
      await ctx.services.trainingProgress.ofOrganization(
        ctx.actor,
        idOf('Organization', organizationId),
        { first, after },
      ),
    );
  }

  @Query(() => Boolean, { description: 'Whether the viewer may write and publish courses.' })
  viewerCanManageCourses(@Ctx() ctx: GraphQLContext): boolean {
    return canManageContent(ctx.actor);
  }

  @Mutation(() => CreateCoursePayload, {
    description: 'Vendor administrators. The course starts as a draft.',
  })
  createCourse(@Arg('input') input: CreateCourseInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      return { course: await ctx.services.courseEditor.create(ctx.actor, input) };
    });
  }

  @Mutation(() => UpdateCoursePayload, { description: 'Vendor administrators.' })
  updateCourse(@Arg('input') input: UpdateCourseInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      const { id, ...changes } = input;
      return {
        course: await ctx.services.courseEditor.update(ctx.actor, idOf('Course', id), changes),
      };
    });
  }

  @Mutation(() => PublishCoursePayload, {
    description: 'Vendor administrators. Readers the visibility allows see it from now on.',
  })
  publishCourse(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => ({
      course: await ctx.services.courseEditor.publish(ctx.actor, idOf('Course', id)),
    }));
  }

  @Mutation(() => UnpublishCoursePayload, {
    description:
      'Vendor administrators. Back to a draft that only vendor staff see; progress is kept.',
  })
  unpublishCourse(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => ({
      course: await ctx.services.courseEditor.unpublish(ctx.actor, idOf('Course', id)),
    }));
  }

  @Mutation(() => AddLessonPayload, {
    description: 'Vendor administrators. Reopens the course for those who had completed it.',
  })
  addLesson(@Arg('input') input: AddLessonInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      const { courseId, position, ...fields } = input;
      const lesson = await ctx.services.courseEditor.addLesson(
        ctx.actor,
        idOf('Course', courseId),
        fields,
        position,
      );
      return { lesson, course: await ctx.services.courses.get(ctx.actor, lesson.courseId) };
    });
  }

  @Mutation(() => UpdateLessonPayload, { description: 'Vendor administrators.' })
  updateLesson(@Arg('input') input: UpdateLessonInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      const { id, ...changes } = input;
      const lesson = await ctx.services.courseEditor.updateLesson(
        ctx.actor,
        idOf('Lesson', id),
        changes,
      );
      return { lesson, course: await ctx.services.courses.get(ctx.actor, lesson.courseId) };
    });
  }

  @Mutation(() => MoveLessonPayload, {
    description: 'Vendor administrators. 1 = first; past the end = last.',
  })
  moveLesson(
    @Arg('id', () => ID) id: string,
    @Arg('position', () => Int) position: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => ({
      course: await ctx.services.courseEditor.moveLesson(ctx.actor, idOf('Lesson', id), position),
    }));
  }

  @Mutation(() => RemoveLessonPayload, {
    description: 'Vendor administrators. Everyone’s progress on the lesson goes with it.',
  })
  removeLesson(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => ({
      course: await ctx.services.courseEditor.removeLesson(ctx.actor, idOf('Lesson', id)),
    }));
  }

  @Mutation(() => CompleteLessonPayload, {
    description: 'Marks a lesson complete for the viewer. Completing it again changes nothing.',
  })
  completeLesson(@Arg('lessonId', () => ID) lessonId: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      const lesson = await ctx.services.lessonProgress.complete(
        ctx.actor,
        idOf('Lesson', lessonId),
      );
      return { lesson, course: await ctx.services.courses.get(ctx.actor, lesson.courseId) };
    });
  }

  @Mutation(() => SaveLessonPositionPayload, {
    description: 'Remembers where the viewer’s video stopped, so it resumes there.',
  })
  saveLessonPosition(
    @Arg('lessonId', () => ID) lessonId: string,
    @Arg('seconds', () => Int) seconds: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => {
      const lesson = await ctx.services.lessonProgress.savePosition(
        ctx.actor,
        idOf('Lesson', lessonId),
        seconds,
      );
      return { lesson, course: await ctx.services.courses.get(ctx.actor, lesson.courseId) };
    });
  }

  @FieldResolver(() => ID)
  id(@Root() course: CourseEntity): string {
    return toGlobalId('Course', course.id);
  }

  @FieldResolver(() => [LessonType], { description: 'In order.' })
  lessons(@Root() course: CourseEntity, @Ctx() ctx: GraphQLContext): Promise<LessonEntity[]> {
    return ctx.loaders.lessonsByCourseId.load(course.id);
  }

  @FieldResolver(() => CourseProgressType, {
    nullable: true,
    description: 'The viewer’s progress; null when signed out.',
  })
  async viewerProgress(
    @Root() course: CourseEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CourseProgressView | null> {
    if (!ctx.actor) return null;
    const progress = await ctx.loaders.courseProgressByKey.load(
      `${ctx.actor.professionalId} ${course.id}`,
    );
    return { ...progress, percent: progressPercent(progress) };
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may edit, publish and add lessons.',
  })
  viewerCanEdit(@Ctx() ctx: GraphQLContext): boolean {
    return canManageContent(ctx.actor);
  }
}

@Resolver(() => LessonType)
export class LessonResolver {
  @FieldResolver(() => ID)
  id(@Root() lesson: LessonEntity): string {
    return toGlobalId('Lesson', lesson.id);
  }

  @FieldResolver(() => String, {
    description: 'The text as HTML, sanitized: no scripts, event handlers or javascript: links.',
  })
  bodyHtml(@Root() lesson: LessonEntity): string {
    return renderMarkdown(lesson.bodyMarkdown);
  }

  @FieldResolver(() => LessonVideoType, {
    nullable: true,
    description: 'For a video lesson whose file is attached.',
  })
  async video(
    @Root() lesson: LessonEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LessonVideoType | null> {
    if (lesson.kind !== 'VIDEO' || !lesson.videoFileId) return null;
    const file = await ctx.loaders.storedFileById.load(lesson.videoFileId);
    if (!file) return null;
    return {
      url: lessonVideoPath(lesson.id),
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.size,
    };
  }

  @FieldResolver(() => LessonProgressType, {
    nullable: true,
    description: 'The viewer’s progress; null when signed out.',
  })
  async viewerProgress(
    @Root() lesson: LessonEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LessonProgressType | null> {
    if (!ctx.actor) return null;
    const progress = await ctx.loaders.lessonProgressByKey.load(
      `${ctx.actor.professionalId} ${lesson.id}`,
    );
    return {
      completedAt: progress?.completedAt ?? null,
      videoPositionSeconds: progress?.videoPositionSeconds ?? 0,
    };
  }
}

@Resolver(() => TrainingProgressEntryType)
export class TrainingProgressEntryResolver {
  @FieldResolver(() => ProfessionalType)
  async professional(
    @Root() entry: TrainingProgressEntry,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProfessionalEntity> {
    return (await ctx.loaders.professionalById.load(entry.professionalId))!;
  }

  @FieldResolver(() => String)
  courseId(@Root() entry: TrainingProgressEntry): string {
    return toGlobalId('Course', entry.courseId);
  }

  @FieldResolver(() => CourseProgressType)
  progress(@Root() entry: TrainingProgressEntry): CourseProgressView {
    const { completedLessons, totalLessons, completedAt, lastActivityAt } = entry;
    return {
      completedLessons,
      totalLessons,
      completedAt,
      lastActivityAt,
      percent: progressPercent(entry),
    };
  }
}
