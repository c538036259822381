import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { ProfessionalStatus } from '@foyer/shared';
import { NodeInterface } from '../../platform/graphql/node.interface';
import { ProfessionalStatusEnum } from '../../platform/graphql/enums';
import { connectionType } from '../../platform/graphql/connection';
import { UserError } from '../../platform/graphql/user-error.type';
import { resultPayload } from '../../platform/graphql/result-payload';

@ObjectType('Professional', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'A person’s profile inside one organization.',
})
export class ProfessionalType extends NodeInterface {
  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  jobTitle: string | null;

  @Field()
  preferredLanguage: string;

  @Field(() => ProfessionalStatusEnum)
  status: ProfessionalStatus;

  @Field(() => GraphQLDateTime, { nullable: true })
  lastSignInAt: Date | null;

  @Field(() => GraphQLDateTime)
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  updatedAt: Date;
}

export const ProfessionalConnection = connectionType(
  'Professional',
  () => ProfessionalType,
  'How many match the filters, across all pages.',
);

function professionalPayload(name: string, description: string) {
  return resultPayload(name, description, 'professional', () => ProfessionalType);
}

export const CreateProfessionalPayload = professionalPayload(
  'CreateProfessionalPayload',
  'The new professional, or why not.',
);
export const UpdateProfessionalPayload = professionalPayload(
  'UpdateProfessionalPayload',
  'The professional as changed, or why not.',
);
export const RevokeAdministratorPayload = professionalPayload(
  'RevokeAdministratorPayload',
  'The former administrator, or why not.',
);

@ObjectType()
export class DeleteProfessionalPayload {
  @Field(() => ID, { nullable: true })
  deletedProfessionalId?: string | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}

@ObjectType()
export class TransferRolePayload {
  @Field(() => ProfessionalType, { nullable: true, description: 'Who holds the role now.' })
  professional?: ProfessionalType | null;

  @Field(() => ProfessionalType, {
    nullable: true,
    description: 'Who held a mandatory contact role before.',
  })
  previousHolder?: ProfessionalType | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}
