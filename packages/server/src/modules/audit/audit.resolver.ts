import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { AUDIT_ACTION_LABELS, type AuditAction } from '@foyer/shared';
import type { GraphQLContext } from '../../platform/graphql/context';
import { idOf, toGlobalId } from '../../platform/graphql/global-id';
import { connectionOf } from '../../platform/graphql/connection';
import { AuditActionEnum } from '../../platform/graphql/enums';
import type { AuditEventEntity } from './audit-event.entity';
import { detailsOf, type AuditDetail } from './audit-log.service';
import {
  AuditDetailType,
  AuditEventConnection,
  AuditEventType,
  AuditPartyType,
} from './audit-event.type';

@Resolver(() => AuditEventType)
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description:
      'An organization’s audit log, newest first. Its administrators, the partner serving it and the vendor may read it.',
  })
  async auditEvents(
    @Arg('organizationId', () => ID) organizationId: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('action', () => AuditActionEnum, { nullable: true }) action?: AuditAction | null,
    @Arg('actor', () => ID, {
      nullable: true,
      description: 'Only what this professional (a Professional id) did.',
    })
    actor?: string | null,
  ) {
    const page = await ctx.services.auditLog.list(ctx.actor, {
      organizationId: idOf('Organization', organizationId),
      first,
      after,
      action,
      actorProfessionalId: actor ? idOf('Professional', actor) : null,
    });
    return connectionOf(page);
  }

  @FieldResolver(() => String, { description: 'The action in words, e.g. "Role handed over".' })
  actionLabel(@Root() event: AuditEventEntity): string {
    return AUDIT_ACTION_LABELS[event.action] ?? event.action;
  }

  @FieldResolver(() => AuditPartyType, {
    nullable: true,
    description: 'Who did it; null for the system.',
  })
  actor(@Root() event: AuditEventEntity): AuditPartyType | null {
    return partyOf(event.actorProfessionalId, event.actorLabel);
  }

  @FieldResolver(() => AuditPartyType, {
    nullable: true,
    description: 'Whom it was done to, if anyone.',
  })
  target(@Root() event: AuditEventEntity): AuditPartyType | null {
    return partyOf(event.targetProfessionalId, event.targetLabel);
  }

  @FieldResolver(() => [AuditDetailType], {
    description: 'What changed. Never tokens or passwords.',
  })
  details(@Root() event: AuditEventEntity): AuditDetail[] {
    return detailsOf(event);
  }
}

function partyOf(professionalId: string | null, label: string | null): AuditPartyType | null {
  if (!professionalId && !label) return null;
  return {
    id: professionalId ? toGlobalId('Professional', professionalId) : null,
    label: label ?? 'Unknown professional',
  };
}
