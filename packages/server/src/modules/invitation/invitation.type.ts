import { Field, ObjectType } from 'type-graphql';
import type { InvitationStatus } from '@foyer/shared';
import { InvitationStatusEnum } from '../../platform/graphql/enums';
import { GraphQLDateTime } from 'graphql-scalars';
import { UserError } from '../../platform/graphql/user-error.type';
import { ProfessionalType } from '../professional/professional.type';

@ObjectType('InvitationPreview', {
  description:
    'What an invitation link offers, shown before accepting it. Looking does not use it up.',
})
export class InvitationPreviewType {
  @Field({ description: 'The invited e-mail: only a sign-in with this address can accept.' })
  email: string;

  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field()
  organizationName: string;

  @Field(() => String, { nullable: true, description: 'Who sent the invitation.' })
  invitedByName: string | null;

  @Field(() => GraphQLDateTime)
  expiresAt: Date;

  @Field({
    description: 'True when this e-mail already has a Foyer sign-in: accept with its password.',
  })
  accountExists: boolean;
}

@ObjectType()
export class AcceptInvitationPayload {
  @Field(() => ProfessionalType, { nullable: true, description: 'The signed-in professional.' })
  viewer?: ProfessionalType | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}

@ObjectType()
export class ResendInvitationPayload {
  @Field(() => ProfessionalType, { nullable: true })
  professional?: ProfessionalType | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}

@ObjectType()
export class RevokeInvitationPayload {
  @Field(() => ProfessionalType, { nullable: true })
  professional?: ProfessionalType | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}

@ObjectType('ProfessionalInvitation', {
  description: 'The latest invitation sent to a professional.',
})
export class ProfessionalInvitationType {
  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;

  @Field(() => GraphQLDateTime)
  sentAt: Date;

  @Field(() => GraphQLDateTime)
  expiresAt: Date;
}
