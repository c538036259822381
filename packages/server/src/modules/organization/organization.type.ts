import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { OrganizationKind, Region } from '@foyer/shared';
import { NodeInterface } from '../../platform/graphql/node.interface';
import { OrganizationKindEnum, RegionEnum } from '../../platform/graphql/enums';
import { PageInfo } from '../../platform/graphql/connection';
import { UserError } from '../../platform/graphql/user-error.type';

@ObjectType('Organization', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'A customer company, a partner (reseller) or the vendor itself.',
})
export class OrganizationType extends NodeInterface {
  @Field(() => OrganizationKindEnum)
  kind: OrganizationKind;

  @Field()
  name: string;

  @Field()
  accountNumber: string;

  @Field(() => RegionEnum)
  region: Region;

  @Field(() => String, {
    nullable: true,
    description: 'The e-mail domain its people use, if registered.',
  })
  emailDomain: string | null;

  @Field(() => GraphQLDateTime)
  createdAt: Date;
}

@ObjectType({ simpleResolvers: true })
export class OrganizationEdge {
  @Field()
  cursor: string;

  @Field(() => OrganizationType)
  node: OrganizationType;
}

@ObjectType({ simpleResolvers: true })
export class OrganizationConnection {
  @Field(() => [OrganizationEdge])
  edges: OrganizationEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class CreateOrganizationPayload {
  @Field(() => OrganizationType, { nullable: true })
  organization?: OrganizationType | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}

@ObjectType({ description: 'The organization with its account manager as now named, or why not.' })
export class SetAccountManagerPayload {
  @Field(() => OrganizationType, { nullable: true })
  organization?: OrganizationType | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}

@ObjectType()
export class PartnerLinkPayload {
  @Field(() => OrganizationType, {
    nullable: true,
    description: 'The customer, with its partners as they now are.',
  })
  customer?: OrganizationType | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}
