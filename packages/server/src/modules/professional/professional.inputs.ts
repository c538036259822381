import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import {
  ArrayUnique,
  IsEmail,
  IsIn,
  IsOptional,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { PROFESSIONAL_STATUSES, type ProfessionalStatus, type Role } from '@foyer/shared';
import { OrderDirectionEnum, ProfessionalStatusEnum, RoleEnum } from '../../platform/graphql/enums';
import {
  PROFESSIONAL_ORDER_FIELDS,
  type OrderDirection,
  type ProfessionalOrderField,
} from './professional-order';

export const ProfessionalOrderFieldEnum = Object.fromEntries(
  PROFESSIONAL_ORDER_FIELDS.map((f) => [f, f]),
) as {
  [K in ProfessionalOrderField]: K;
};
registerEnumType(ProfessionalOrderFieldEnum, {
  name: 'ProfessionalOrderField',
  description: 'NAME is last then first name; STATUS and LAST_SIGN_IN break ties by name.',
});

const PHONE = /^\+?[0-9 ()./-]{4,40}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

@InputType({ description: 'A person to add to an organization.' })
export class ProfessionalFieldsInput {
  @Field()
  @Length(1, 100, { message: 'Enter a first name (up to 100 characters).' })
  firstName: string;

  @Field()
  @Length(1, 100, { message: 'Enter a last name (up to 100 characters).' })
  lastName: string;

  @Field()
  @MaxLength(254, { message: 'The e-mail address is too long.' })
  @IsEmail({}, { message: 'Enter a valid e-mail address, like name@example.com.' })
  email: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'Enter a phone number with digits, spaces and + ( ) - only.' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120, { message: 'The job title is too long (120 characters at most).' })
  jobTitle?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A language tag such as en, fr or pt-BR. Default: en.',
  })
  @IsOptional()
  @Matches(LANGUAGE, { message: 'Use a language tag such as en, fr or pt-BR.' })
  preferredLanguage?: string | null;
}

@InputType()
export class CreateProfessionalInput extends ProfessionalFieldsInput {
  @Field(() => ID)
  organizationId: string;

  @Field(() => [RoleEnum], {
    nullable: true,
    description: 'Only ADMINISTRATOR: mandatory contact roles are handed over with transferRole.',
  })
  @IsOptional()
  @ArrayUnique({ message: 'List each role once.' })
  roles?: Role[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'E-mail them a one-time invitation link.',
  })
  @IsOptional()
  sendInvitation?: boolean | null;
}

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateProfessionalInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, { message: 'Enter a first name (up to 100 characters).' })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, { message: 'Enter a last name (up to 100 characters).' })
  lastName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254, { message: 'The e-mail address is too long.' })
  @IsEmail({}, { message: 'Enter a valid e-mail address, like name@example.com.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty string clears it.' })
  @IsOptional()
  @Matches(/^$|^\+?[0-9 ()./-]{4,40}$/, {
    message: 'Enter a phone number with digits, spaces and + ( ) - only.',
  })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'An empty string clears it.' })
  @IsOptional()
  @MaxLength(120, { message: 'The job title is too long (120 characters at most).' })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(LANGUAGE, { message: 'Use a language tag such as en, fr or pt-BR.' })
  preferredLanguage?: string | null;

  @Field(() => ProfessionalStatusEnum, {
    nullable: true,
    description:
      'DISABLED ends their access. Either other value re-activates someone disabled: Active with the sign-in they have, Invited if they never joined. Invited becomes Active only by accepting an invitation.',
  })
  @IsOptional()
  @IsIn(PROFESSIONAL_STATUSES)
  status?: ProfessionalStatus | null;
}

@InputType({ description: 'How to sort professionals. Default: by name, ascending.' })
export class ProfessionalOrderInput {
  @Field(() => ProfessionalOrderFieldEnum)
  field: ProfessionalOrderField;

  @Field(() => OrderDirectionEnum, { defaultValue: 'ASC' })
  direction: OrderDirection;
}
