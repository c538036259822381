import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { AccessRequestStatus } from '@foyer/shared';
import { NodeInterface } from '../../platform/graphql/node.interface';
import { AccessRequestStatusEnum } from '../../platform/graphql/enums';
import { connectionType } from '../../platform/graphql/connection';
import { UserError } from '../../platform/graphql/user-error.type';
import { ProfessionalType } from '../professional/professional.type';

@ObjectType('AccessRequest', {
  implements: NodeInterface,
  simpleResolvers: true,
  description: 'Someone asking to join an organization; its administrators approve or decline.',
})
export class AccessRequestType extends NodeInterface {
  @Field()
  firstName: string;

  @Field()
  lastName: string;

  @Field({ description: 'The e-mail the requester gave: the invitation or the answer goes there.' })
  email: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the requester wrote to the administrators.',
  })
  message: string | null;

  @Field(() => AccessRequestStatusEnum)
  status: AccessRequestStatus;

  @Field(() => GraphQLDateTime)
  createdAt: Date;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When it was approved or declined.',
  })
  decidedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The reason given when it was declined, as mailed to the requester.',
  })
  declineReason: string | null;
}

export const AccessRequestConnection = connectionType(
  'AccessRequest',
  () => AccessRequestType,
  'How many have this status, across all pages.',
);

@ObjectType({
  description:
    'The same answer whether or not the organization or the e-mail is known, so it reveals neither.',
})
export class RequestAccessPayload {
  @Field({ description: 'True when the request was taken, whatever happens to it next.' })
  ok: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'What to expect next, to show to the requester.',
  })
  message: string | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}

@ObjectType()
export class ApproveAccessRequestPayload {
  @Field(() => AccessRequestType, { nullable: true })
  accessRequest?: AccessRequestType | null;

  @Field(() => ProfessionalType, {
    nullable: true,
    description: 'The new professional, invited by e-mail.',
  })
  professional?: ProfessionalType | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}

@ObjectType()
export class DeclineAccessRequestPayload {
  @Field(() => AccessRequestType, { nullable: true })
  accessRequest?: AccessRequestType | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}
