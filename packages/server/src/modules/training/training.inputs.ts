import { Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { LESSON_KINDS, type ContentVisibility, type LessonKind } from '@foyer/shared';
import { ContentVisibilityEnum } from '../../platform/graphql/enums';
import {
  ProductCodeRules,
  SlugRules,
  SummaryRules,
  TitleRules,
  ItemVisibilityRules,
} from '../content/content-input-rules';
import { LessonKindEnum } from './training.type';

const MAX_BODY = 200_000;
const MAX_DURATION = 24 * 3600;

@InputType({
  description:
    'A new course. It starts as a draft without lessons: addLesson adds them, publishCourse shows it.',
})
export class CreateCourseInput {
  @Field(() => String, { nullable: true, description: 'Default: made from the title.' })
  @SlugRules('getting-started')
  slug?: string | null;

  @Field()
  @TitleRules()
  title: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @SummaryRules()
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @ProductCodeRules('ledger', { optional: true })
  product?: string | null;

  @Field(() => ContentVisibilityEnum, { nullable: true, defaultValue: 'ALL_CUSTOMERS' })
  @ItemVisibilityRules()
  visibility?: ContentVisibility | null;
}

@InputType({ description: 'Only the fields given change. An empty product clears it.' })
export class UpdateCourseInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @SlugRules('getting-started')
  slug?: string | null;

  @Field(() => String, { nullable: true })
  @TitleRules({ optional: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @SummaryRules()
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @ProductCodeRules('ledger', { clearable: true })
  product?: string | null;

  @Field(() => ContentVisibilityEnum, { nullable: true })
  @ItemVisibilityRules()
  visibility?: ContentVisibility | null;
}

@InputType({ description: 'A new lesson, at the end of the course unless a position is given.' })
export class AddLessonInput {
  @Field(() => ID)
  courseId: string;

  @Field()
  @TitleRules()
  title: string;

  @Field(() => LessonKindEnum, { defaultValue: 'TEXT' })
  @IsIn(LESSON_KINDS)
  kind: LessonKind;

  @Field(() => String, {
    nullable: true,
    description: 'Markdown: the lesson’s text, or a video’s notes.',
  })
  @IsOptional()
  @MaxLength(MAX_BODY, { message: 'The text is too long (200,000 characters at most).' })
  bodyMarkdown?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a video lesson: the id POST /api/files answered with.',
  })
  @IsOptional()
  @MaxLength(36, { message: 'That is not a file id.' })
  videoFileId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'The duration cannot be negative.' })
  @Max(MAX_DURATION, { message: 'The duration is at most 24 hours.' })
  durationSeconds?: number | null;

  @Field(() => Int, { nullable: true, description: '1 = first. Default: last.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Positions start at 1.' })
  position?: number | null;
}

@InputType({
  description: 'Only the fields given change. An empty videoFileId takes the video away.',
})
export class UpdateLessonInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @TitleRules({ optional: true })
  title?: string | null;

  @Field(() => LessonKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(LESSON_KINDS)
  kind?: LessonKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_BODY, { message: 'The text is too long (200,000 characters at most).' })
  bodyMarkdown?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(36, { message: 'That is not a file id.' })
  videoFileId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'The duration cannot be negative.' })
  @Max(MAX_DURATION, { message: 'The duration is at most 24 hours.' })
  durationSeconds?: number | null;
}
