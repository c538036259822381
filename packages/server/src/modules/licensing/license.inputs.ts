import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { PRODUCT_CODE_PATTERN, REGISTRATION_KEY_PATTERN } from '@foyer/shared';

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAY_MESSAGE = 'Give the date as YYYY-MM-DD, e.g. 2030-12-31.';
const PRODUCT_MESSAGE = 'Use a product code: lower-case letters, digits and hyphens, e.g. atlas.';
const EDITION_MESSAGE = 'Enter the edition (up to 60 characters), e.g. Enterprise.';
const SEATS_MESSAGE = 'Give the number of seats: a whole number of at least 1.';
const PLAN_MESSAGE = 'The service plan’s name is too long (60 characters at most).';
export const KEY_MESSAGE =
  'Use 4 to 8 groups of 4 or 5 capital letters and digits joined by hyphens, e.g. NWL5-ACME-7Q4K-29XD, or leave it empty to generate one.';
const MAX_SEATS = 1_000_000;

@InputType({ description: 'A licence for one product of one organization. Vendor administrators.' })
export class AddLicenseInput {
  @Field(() => ID)
  organizationId: string;

  @Field()
  @Matches(PRODUCT_CODE_PATTERN, { message: PRODUCT_MESSAGE })
  product: string;

  @Field()
  @Length(1, 60, { message: EDITION_MESSAGE })
  @Matches(/\S/, { message: EDITION_MESSAGE })
  edition: string;

  @Field(() => Int)
  @IsInt({ message: SEATS_MESSAGE })
  @Min(1, { message: SEATS_MESSAGE })
  @Max(MAX_SEATS, { message: 'That is more seats than a licence can have (1,000,000 at most).' })
  seats: number;

  @Field(() => String, {
    nullable: true,
    description: 'The service plan’s name; empty or null for a licence without one.',
  })
  @IsOptional()
  @MaxLength(60, { message: PLAN_MESSAGE })
  servicePlan?: string | null;

  @Field({
    description:
      'First day of the service plan (of the licence term when there is no plan), YYYY-MM-DD.',
  })
  @Matches(ISO_DAY, { message: DAY_MESSAGE })
  startsOn: string;

  @Field({ description: 'Last day, included, YYYY-MM-DD. Not before startsOn.' })
  @Matches(ISO_DAY, { message: DAY_MESSAGE })
  endsOn: string;

  @Field(() => String, { nullable: true, description: 'Left out: one is generated.' })
  @IsOptional()
  @Matches(REGISTRATION_KEY_PATTERN, { message: KEY_MESSAGE })
  registrationKey?: string | null;
}

@InputType({
  description:
    'Only the fields given change; an empty servicePlan removes the plan. The product stays.',
})
export class UpdateLicenseInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 60, { message: EDITION_MESSAGE })
  @Matches(/\S/, { message: EDITION_MESSAGE })
  edition?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: SEATS_MESSAGE })
  @Min(1, { message: SEATS_MESSAGE })
  @Max(MAX_SEATS, { message: 'That is more seats than a licence can have (1,000,000 at most).' })
  seats?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60, { message: PLAN_MESSAGE })
  servicePlan?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ISO_DAY, { message: DAY_MESSAGE })
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ISO_DAY, { message: DAY_MESSAGE })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'A new key replaces the old one.' })
  @IsOptional()
  @Matches(REGISTRATION_KEY_PATTERN, { message: KEY_MESSAGE })
  registrationKey?: string | null;
}
