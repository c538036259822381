import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { type ContentVisibility } from '@foyer/shared';
import { ContentVisibilityEnum } from '../../platform/graphql/enums';
import {
  ProductCodeRules,
  SlugRules,
  SummaryRules,
  TitleRules,
  ItemVisibilityRules,
} from '../content/content-input-rules';

const MAX_BODY = 200_000;
const MAX_TAGS = 20;

@InputType({ description: 'A new article. It starts as a draft: publishArticle makes it visible.' })
export class CreateArticleInput {
  @Field(() => String, { nullable: true, description: 'Default: made from the title.' })
  @SlugRules('configure-the-proxy')
  slug?: string | null;

  @Field()
  @TitleRules()
  title: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @SummaryRules()
  summary?: string | null;

  @Field({ description: 'Markdown.' })
  @MaxLength(MAX_BODY, { message: 'The body is too long (200,000 characters at most).' })
  bodyMarkdown: string;

  @Field(() => String, { nullable: true })
  @ProductCodeRules('atlas', { optional: true })
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
  @ItemVisibilityRules()
  visibility?: ContentVisibility | null;
}

@InputType({
  description: 'Only the fields given change. An empty string clears product, version or category.',
})
export class UpdateArticleInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @SlugRules('configure-the-proxy')
  slug?: string | null;

  @Field(() => String, { nullable: true })
  @TitleRules({ optional: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @SummaryRules()
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @MaxLength(MAX_BODY, { message: 'The body is too long (200,000 characters at most).' })
  bodyMarkdown?: string | null;

  @Field(() => String, { nullable: true })
  @ProductCodeRules('atlas', { clearable: true })
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
  @ItemVisibilityRules()
  visibility?: ContentVisibility | null;
}
