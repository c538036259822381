import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { AuditAction } from '@foyer/shared';
import { AuditActionEnum } from '../../platform/graphql/enums';
import { connectionType } from '../../platform/graphql/connection';

@ObjectType('AuditParty', {
  simpleResolvers: true,
  description: 'Someone named in an audit event, as they were at the time.',
})
export class AuditPartyType {
  @Field(() => ID, {
    nullable: true,
    description:
      'The professional’s id; null when nobody known acted (the system, a visitor not signed in).',
  })
  id: string | null;

  @Field({ description: 'Name and e-mail at the time, kept after the person is deleted.' })
  label: string;
}

@ObjectType('AuditDetail', {
  simpleResolvers: true,
  description: 'One thing an event changed or named.',
})
export class AuditDetailType {
  @Field({ description: 'What it is about, e.g. "roles", "email", "holder".' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The value, or the new value of a change.' })
  value: string | null;

  @Field(() => String, { nullable: true, description: 'For a change: the value before it.' })
  previousValue: string | null;
}

@ObjectType('AuditEvent', { simpleResolvers: true, description: 'Who did what to whom, and when.' })
export class AuditEventType {
  @Field(() => ID)
  id: string;

  @Field(() => AuditActionEnum)
  action: AuditAction;

  @Field(() => GraphQLDateTime, { description: 'When it happened (UTC).' })
  occurredAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The id of the request that made the change (X-Request-Id).',
  })
  requestId: string | null;
}

export const AuditEventConnection = connectionType(
  'AuditEvent',
  () => AuditEventType,
  'How many match the filters, across all pages.',
);
