import { Field, ID, InputType, Int } from 'type-graphql';
import { IsIn, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ITEM_VISIBILITIES, LESSON_KINDS, PRODUCT_CODE_PATTERN, type ContentVisibility, type LessonKind } from '@foyer/shared';
import { ContentVisibilityEnum } from '../../platform/graphql/enums';
import { LessonKindEnum } from './training.type';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MESSAGE = 'Use lower-case letters, digits and single hyphens for the slug, e.g. getting-started.';
const PRODUCT_MESSAGE = 'Use a product code: lower-case letters, digits and hyphens, e.g. ledger.';
const MAX_BODY = 200_000;
const MAX_DURATION = 24 * 3600;

@InputType({ description: 'A new course. It starts as a draft without lessons: addLesson adds them, publishCourse shows it.' })
export class CreateCourseInput {
  @Field(() => String, { nullable: true, description: 'Default: made from the title.' })
  @IsOptional()
  @MaxLength(120, { message: 'The slug is too long (120 characters at most).' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string | null;

  @Field()
  @Length(1, 200, { message: 'Enter a title (up to 200 characters).' })
  title: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @MaxLength(1000, { message: 'The summary is too long (1,000 characters at most).' })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PRODUCT_CODE_PATTERN, { message: PRODUCT_MESSAGE })
  product?: string | null;

  @Field(() => ContentVisibilityEnum, { nullable: true, defaultValue: 'ALL_CUSTOMERS' })
  @IsOptional()
  @IsIn(ITEM_VISIBILITIES, { message: 'Choose all customers, licence holders of the product, an active service plan, or vendor staff only.' })
  visibility?: ContentVisibility | null;
}

@InputType({ description: 'Only the fields given change. An empty product clears it.' })
export class UpdateCourseInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120, { message: 'The slug is too long (120 characters at most).' })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'Enter a title (up to 200 characters).' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: 'The summary is too long (1,000 characters at most).' })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^$|^[a-z0-9][a-z0-9-]{0,39}$/, { message: PRODUCT_MESSAGE })
  product?: string | null;

  @Field(() => ContentVisibilityEnum, { nullable: true })
  @IsOptional()
  @IsIn(ITEM_VISIBILITIES, { message: 'Choose all customers, licence holders of the product, an active service plan, or vendor staff only.' })
  visibility?: ContentVisibility | null;
}

@InputType({ description: 'A new lesson, at the end of the course unless a position is given.' })
export class AddLessonInput {
  @Field(() => ID)
  courseId: string;

  @Field()
  @Length(1, 200, { message: 'Enter a title (up to 200 characters).' })
  title: string;

  @Field(() => LessonKindEnum, { defaultValue: 'TEXT' })
  @IsIn(LESSON_KINDS)
  kind: LessonKind;

  @Field(() => String, { nullable: true, description: 'Markdown: the lesson’s text, or a video’s notes.' })
  @IsOptional()
  @MaxLength(MAX_BODY, { message: 'The text is too long (200,000 characters at most).' })
  bodyMarkdown?: string | null;

  @Field(() => String, { nullable: true, description: 'For a video lesson: the id POST /api/files answered with.' })
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

@InputType({ description: 'Only the fields given change. An empty videoFileId takes the video away.' })
export class UpdateLessonInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'Enter a title (up to 200 characters).' })
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
