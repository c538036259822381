import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ITEM_VISIBILITIES, PRODUCT_CODE_PATTERN, type ContentVisibility } from '@foyer/shared';
import { ContentVisibilityEnum } from '../../platform/graphql/enums';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MESSAGE = 'Use lower-case letters, digits and single hyphens for the slug, e.g. configure-the-proxy.';
const PRODUCT_MESSAGE = 'Use a product code: lower-case letters, digits and hyphens, e.g. atlas.';
const MAX_BODY = 200_000;
const MAX_TAGS = 20;

@InputType({ description: 'A new article. It starts as a draft: publishArticle makes it visible.' })
export class CreateArticleInput {
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

  @Field({ description: 'Markdown.' })
  @MaxLength(MAX_BODY, { message: 'The body is too long (200,000 characters at most).' })
  bodyMarkdown: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PRODUCT_CODE_PATTERN, { message: PRODUCT_MESSAGE })
  product?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40, { message: 'The version is too long (40 characters at most).' })
  version?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60, { message: 'The category is too long (60 characters at most).' })
  category?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_TAGS, { message: 'Give 20 tags at most.' })
  @Length(1, 40, { each: true, message: 'Each tag is 1 to 40 characters.' })
  tags?: string[] | null;

  @Field(() => ContentVisibilityEnum, { nullable: true, defaultValue: 'ALL_CUSTOMERS' })
  @IsOptional()
  @IsIn(ITEM_VISIBILITIES, { message: 'Choose all customers, licence holders of the product, an active service plan, or vendor staff only.' })
  visibility?: ContentVisibility | null;
}

@InputType({ description: 'Only the fields given change. An empty string clears product, version or category.' })
export class UpdateArticleInput {
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

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @MaxLength(MAX_BODY, { message: 'The body is too long (200,000 characters at most).' })
  bodyMarkdown?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^$|^[a-z0-9][a-z0-9-]{0,39}$/, { message: PRODUCT_MESSAGE })
  product?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40, { message: 'The version is too long (40 characters at most).' })
  version?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60, { message: 'The category is too long (60 characters at most).' })
  category?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the tags.' })
  @IsOptional()
  @ArrayMaxSize(MAX_TAGS, { message: 'Give 20 tags at most.' })
  @Length(1, 40, { each: true, message: 'Each tag is 1 to 40 characters.' })
  tags?: string[] | null;

  @Field(() => ContentVisibilityEnum, { nullable: true })
  @IsOptional()
  @IsIn(ITEM_VISIBILITIES, { message: 'Choose all customers, licence holders of the product, an active service plan, or vendor staff only.' })
  visibility?: ContentVisibility | null;
}
