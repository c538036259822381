import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SERVICE_PLAN_STATUSES } from '@foyer/shared';
import { NodeInterface } from '../../platform/graphql/node.interface';
import { UserError } from '../../platform/graphql/user-error.type';

export const ServicePlanStatusEnum = Object.fromEntries(
  SERVICE_PLAN_STATUSES.map((s) => [s, s]),
) as {
  [K in (typeof SERVICE_PLAN_STATUSES)[number]]: K;
};
registerEnumType(ServicePlanStatusEnum, {
  name: 'ServicePlanStatus',
  description: 'Where a licence’s service plan stands today.',
  valuesConfig: {
    ACTIVE: { description: 'Within its dates, more than 30 days left.' },
    EXPIRING_SOON: { description: 'Within its dates, 30 days or fewer left.' },
    EXPIRED: { description: 'Its last day has passed: service-plan content and hotfixes stop.' },
    NOT_STARTED: { description: 'Its first day is still to come.' },
    NONE: { description: 'The licence comes without a service plan.' },
  },
});

@ObjectType('License', {
  implements: NodeInterface,
  description:
    'A product an organization holds, with its service plan. The registration key is only shown masked.',
})
export class LicenseType extends NodeInterface {
  @Field({ description: 'The product code, e.g. atlas.' })
  product: string;

  @Field()
  edition: string;

  @Field(() => Int)
  seats: number;

  @Field(() => String, {
    nullable: true,
    description: 'The service plan’s name; null when the licence has none.',
  })
  servicePlan: string | null;

  @Field({ description: 'First day of the service plan, YYYY-MM-DD.' })
  startsOn: string;

  @Field({ description: 'Last day of the service plan, included, YYYY-MM-DD.' })
  endsOn: string;
}

@ObjectType({
  description:
    'The full registration key; revealing it was recorded in the organization’s audit log.',
})
export class RevealRegistrationKeyPayload {
  @Field(() => LicenseType, { nullable: true })
  license?: LicenseType | null;

  @Field(() => String, { nullable: true })
  registrationKey?: string | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}

@ObjectType()
export class AddLicensePayload {
  @Field(() => LicenseType, { nullable: true })
  license?: LicenseType | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}

@ObjectType()
export class UpdateLicensePayload {
  @Field(() => LicenseType, { nullable: true })
  license?: LicenseType | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}

@ObjectType()
export class RemoveLicensePayload {
  @Field(() => String, { nullable: true, description: 'The global id of the licence removed.' })
  removedLicenseId?: string | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}
