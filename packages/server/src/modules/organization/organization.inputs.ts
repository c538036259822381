import { Field, ID, InputType } from 'type-graphql';
import { IsIn, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { ORGANIZATION_KINDS, REGIONS, type OrganizationKind, type Region } from '@foyer/shared';
import { OrganizationKindEnum, RegionEnum } from '../../platform/graphql/enums';
import { ProfessionalFieldsInput } from '../professional/professional.inputs';

@InputType({
  description:
    'A new organization with its first administrator. Each mandatory contact left out is held by the administrator; a contact with the administrator’s e-mail is the same person.',
})
export class CreateOrganizationInput {
  @Field(() => OrganizationKindEnum, {
    description: 'CUSTOMER or PARTNER: the one VENDOR organization exists from the first start.',
  })
  @IsIn(ORGANIZATION_KINDS)
  kind: OrganizationKind;

  @Field()
  @Length(2, 200, { message: 'Enter the organization’s name (2 to 200 characters).' })
  name: string;

  @Field({ description: 'Letters, digits and dashes, unique across the portal.' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/, {
    message: 'Use 2 to 40 letters, digits or dashes for the account number.',
  })
  accountNumber: string;

  @Field(() => RegionEnum)
  @IsIn(REGIONS)
  region: Region;

  @Field(() => String, {
    nullable: true,
    description:
      'The e-mail domain its people use (example.com): access requests from it reach this organization.',
  })
  @IsOptional()
  @Matches(/^(?=.{3,253}$)[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, {
    message: 'Enter a domain such as example.com.',
  })
  emailDomain?: string | null;

  @Field(() => ProfessionalFieldsInput)
  @ValidateNested()
  administrator: ProfessionalFieldsInput;

  @Field(() => ProfessionalFieldsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  billingContact?: ProfessionalFieldsInput | null;

  @Field(() => ProfessionalFieldsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  customerCareContact?: ProfessionalFieldsInput | null;

  @Field(() => ProfessionalFieldsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  shippingContact?: ProfessionalFieldsInput | null;

  @Field(() => ID, { nullable: true, description: 'For a customer: the partner that serves it.' })
  @IsOptional()
  servedByPartnerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For a customer or partner: the vendor’s professional who looks after it.',
  })
  @IsOptional()
  accountManagerId?: string | null;
}
