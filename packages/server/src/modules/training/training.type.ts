import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { LESSON_KINDS, type ContentVisibility, type LessonKind } from '@foyer/shared';
import { NodeInterface } from '../../platform/graphql/node.interface';
import { ContentVisibilityEnum } from '../../platform/graphql/enums';
import { connectionType } from '../../platform/graphql/connection';
import { UserError } from '../../platform/graphql/user-error.type';
import { resultPayload } from '../../platform/graphql/result-payload';
import { ProfessionalType } from '../professional/professional.type';

export const LessonKindEnum = Object.fromEntries(LESSON_KINDS.map((k) => [k, k])) as {
  [K in LessonKind]: K;
};
registerEnumType(LessonKindEnum, {
  name: 'LessonKind',
  valuesConfig: {
    TEXT: { description: 'Text to read (Markdown).' },
    VIDEO: { description: 'A video to watch, with notes beside it.' },
  },
});

@ObjectType('Course', {
  implements: NodeInterface,
  simpleResolvers: true,
  description:
    'A training course: lessons in order. Readers see it only when its visibility lets them; vendor staff also see drafts.',
})
export class CourseType extends NodeInterface {
  @Field({ description: 'Unique; the course’s address in the web app (/training/<slug>).' })
  slug: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => String, { nullable: true, description: 'Product code, e.g. "ledger".' })
  product: string | null;

  @Field(() => ContentVisibilityEnum)
  visibility: ContentVisibility;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Null for a draft.' })
  publishedAt: Date | null;

  @Field(() => GraphQLDateTime)
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  updatedAt: Date;
}

@ObjectType('Lesson', {
  simpleResolvers: true,
  description: 'One step of a course; readable exactly when its course is.',
})
export class LessonType {
  @Field(() => Int, { description: '1 for the first lesson of the course, without gaps.' })
  position: number;

  @Field()
  title: string;

  @Field(() => LessonKindEnum)
  kind: LessonKind;

  @Field({
    description:
      'The text as written (Markdown); for a video, its notes. Render bodyHtml, which is sanitized.',
  })
  bodyMarkdown: string;

  @Field(() => Int, { nullable: true, description: 'The video’s length in seconds, when known.' })
  durationSeconds: number | null;
}

@ObjectType('LessonVideo', { simpleResolvers: true, description: 'The video file of a lesson.' })
export class LessonVideoType {
  @Field({
    description:
      'Where to stream it from (same origin, session cookie); answers HTTP range requests so players can seek.',
  })
  url: string;

  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int, { description: 'Bytes.' })
  size: number;
}

@ObjectType('LessonProgress', {
  simpleResolvers: true,
  description: 'The viewer’s progress on one lesson.',
})
export class LessonProgressType {
  @Field(() => GraphQLDateTime, { nullable: true })
  completedAt: Date | null;

  @Field(() => Int, { description: 'Where the video stopped, in seconds; 0 when never played.' })
  videoPositionSeconds: number;
}

@ObjectType('CourseProgress', {
  simpleResolvers: true,
  description: 'One professional’s progress through a course.',
})
export class CourseProgressType {
  @Field(() => Int)
  completedLessons: number;

  @Field(() => Int, { description: 'The lessons the course has now.' })
  totalLessons: number;

  @Field(() => Int, { description: 'Whole percent of the lessons completed.' })
  percent: number;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'When the last lesson was completed, if every lesson the course has now is complete.',
  })
  completedAt: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'The last completion or video position saved; null when not started.',
  })
  lastActivityAt: Date | null;
}

export const CourseConnection = connectionType(
  'Course',
  () => CourseType,
  'How many the reader may open with these filters, across all pages.',
);

@ObjectType('TrainingProgressEntry', {
  simpleResolvers: true,
  description: 'One professional’s progress through one course they have started.',
})
export class TrainingProgressEntryType {
  @Field(() => ProfessionalType)
  professional: ProfessionalType;

  @Field(() => String, { description: 'The course’s global id.' })
  courseId: string;

  @Field()
  courseTitle: string;

  @Field(() => CourseProgressType)
  progress: CourseProgressType;
}

export const TrainingProgressConnection = connectionType(
  'TrainingProgress',
  () => TrainingProgressEntryType,
  'Professional-and-course pairs started, across all pages.',
);

function coursePayload(name: string, description: string) {
  return resultPayload(name, description, 'course', () => CourseType);
}

function lessonPayload(name: string, description: string) {
  @ObjectType(name, { description })
  class LessonResultPayload {
    @Field(() => LessonType, { nullable: true })
    lesson?: LessonType | null;

    @Field(() => CourseType, {
      nullable: true,
      description: 'The lesson’s course, with its lessons and progress as they are now.',
    })
    course?: CourseType | null;

    @Field(() => UserError, { nullable: true })
    error: UserError | null;
  }
  return LessonResultPayload;
}

export const CreateCoursePayload = coursePayload(
  'CreateCoursePayload',
  'The new course (a draft), or why not.',
);
export const UpdateCoursePayload = coursePayload(
  'UpdateCoursePayload',
  'The course as changed, or why not.',
);
export const PublishCoursePayload = coursePayload(
  'PublishCoursePayload',
  'The published course, or why not.',
);
export const UnpublishCoursePayload = coursePayload(
  'UnpublishCoursePayload',
  'The course, a draft again, or why not.',
);
export const MoveLessonPayload = coursePayload(
  'MoveLessonPayload',
  'The course with its lessons in their new order, or why not.',
);
export const RemoveLessonPayload = coursePayload(
  'RemoveLessonPayload',
  'The course without the lesson, or why not.',
);
export const AddLessonPayload = lessonPayload('AddLessonPayload', 'The new lesson, or why not.');
export const UpdateLessonPayload = lessonPayload(
  'UpdateLessonPayload',
  'The lesson as changed, or why not.',
);
export const CompleteLessonPayload = lessonPayload(
  'CompleteLessonPayload',
  'The lesson, now complete for the viewer, or why not.',
);
export const SaveLessonPositionPayload = lessonPayload(
  'SaveLessonPositionPayload',
  'The lesson with the position saved, or why not.',
);
