import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PRODUCT_CODE_PATTERN } from '@foyer/shared';
import { SlugRules, SummaryRules, TitleRules } from '../content/content-input-rules';

const MAX_BODY = 100_000;

@InputType({
  description:
    'Who an announcement is for: all customers, or the products and organizations named (at least one).',
})
export class AnnouncementAudienceInput {
  @Field({ description: 'True: every customer and partner. False: only those named below.' })
  allCustomers: boolean;

  @Field(() => [String], {
    nullable: true,
    description: 'Product codes: organizations holding a licence for any of them.',
  })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Name 50 products at most.' })
  @Matches(PRODUCT_CODE_PATTERN, {
    each: true,
    message: 'Use product codes: lower-case letters, digits and hyphens, e.g. atlas.',
  })
  products?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Customer or partner organizations (global ids).',
  })
  @IsOptional()
  @ArrayMaxSize(500, { message: 'Name 500 organizations at most.' })
  organizationIds?: string[] | null;
}

@InputType({
  description: 'A new announcement. It starts as a draft: publishAnnouncement makes it visible.',
})
export class CreateAnnouncementInput {
  @Field(() => String, { nullable: true, description: 'Default: made from the title.' })
  @SlugRules('atlas-8-released')
  slug?: string | null;

  @Field()
  @TitleRules()
  title: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @SummaryRules()
  summary?: string | null;

  @Field({ description: 'Markdown.' })
  @MaxLength(MAX_BODY, { message: 'The body is too long (100,000 characters at most).' })
  bodyMarkdown: string;

  @Field(() => AnnouncementAudienceInput, {
    nullable: true,
    description: 'Default: all customers.',
  })
  @IsOptional()
  @ValidateNested()
  audience?: AnnouncementAudienceInput | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  pinned?: boolean | null;
}

@InputType({
  description: 'Only the fields given change; an audience given replaces the earlier one.',
})
export class UpdateAnnouncementInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @SlugRules('atlas-8-released')
  slug?: string | null;

  @Field(() => String, { nullable: true })
  @TitleRules({ optional: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @SummaryRules()
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @MaxLength(MAX_BODY, { message: 'The body is too long (100,000 characters at most).' })
  bodyMarkdown?: string | null;

  @Field(() => AnnouncementAudienceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  audience?: AnnouncementAudienceInput | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  pinned?: boolean | null;
}
