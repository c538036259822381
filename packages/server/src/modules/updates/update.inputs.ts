import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { UPDATE_KINDS, type ContentVisibility, type UpdateKind } from '@foyer/shared';
import { ContentVisibilityEnum } from '../../platform/graphql/enums';
import {
  ProductCodeRules,
  SlugRules,
  TitleRules,
  ItemVisibilityRules,
} from '../content/content-input-rules';
import { UpdateKindEnum } from './update.type';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = 'Give the release date as a day, e.g. 2026-03-31.';
const MAX_NOTES = 200_000;

@InputType({
  description: 'A new update or hotfix. It starts as a draft: publishUpdate makes it visible.',
})
export class CreateUpdateInput {
  @Field(() => String, { nullable: true, description: 'Default: made from the title.' })
  @SlugRules('ledger-7-2-1')
  slug?: string | null;

  @Field(() => UpdateKindEnum)
  @IsIn(UPDATE_KINDS)
  kind: UpdateKind;

  @Field()
  @TitleRules()
  title: string;

  @Field()
  @ProductCodeRules('ledger')
  product: string;

  @Field({ description: 'The version it installs.' })
  @Length(1, 40, { message: 'Enter the version it installs (up to 40 characters).' })
  version: string;

  @Field(() => [String], { nullable: true, description: 'The versions it applies to.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Give 50 versions at most.' })
  @Length(1, 40, { each: true, message: 'Each version is 1 to 40 characters.' })
  appliesToVersions?: string[] | null;

  @Field({ description: 'Markdown.' })
  @MaxLength(MAX_NOTES, { message: 'The release notes are too long (200,000 characters at most).' })
  releaseNotesMarkdown: string;

  @Field({ description: 'ISO day, e.g. 2026-03-31.' })
  @Matches(DAY, { message: DAY_MESSAGE })
  releasedOn: string;

  @Field(() => ContentVisibilityEnum, { nullable: true, defaultValue: 'ENTITLED_PRODUCT' })
  @ItemVisibilityRules()
  visibility?: ContentVisibility | null;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateUpdateInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @SlugRules('ledger-7-2-1')
  slug?: string | null;

  @Field(() => UpdateKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(UPDATE_KINDS)
  kind?: UpdateKind | null;

  @Field(() => String, { nullable: true })
  @TitleRules({ optional: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @ProductCodeRules('ledger', { optional: true })
  product?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40, { message: 'Enter the version it installs (up to 40 characters).' })
  version?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the list.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Give 50 versions at most.' })
  @Length(1, 40, { each: true, message: 'Each version is 1 to 40 characters.' })
  appliesToVersions?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_NOTES, { message: 'The release notes are too long (200,000 characters at most).' })
  releaseNotesMarkdown?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DAY, { message: DAY_MESSAGE })
  releasedOn?: string | null;

  @Field(() => ContentVisibilityEnum, { nullable: true })
  @ItemVisibilityRules()
  visibility?: ContentVisibility | null;
}

@InputType({ description: 'Offers an uploaded file (POST /api/files) with an update.' })
export class AttachUpdateFileInput {
  @Field(() => ID)
  updateId: string;

  @Field(() => ID, { description: 'The id /api/files answered with.' })
  fileId: string;

  @Field({ description: 'What it is for, e.g. "Linux x64".' })
  @Length(1, 80, { message: 'Label the file (up to 80 characters), e.g. Linux x64.' })
  label: string;
}
