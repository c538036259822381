import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { displayName } from '@foyer/shared';
import type { GraphQLContext } from '../../platform/graphql/context';
import { idOf } from '../../platform/graphql/global-id';
import { toPayload } from '../../platform/graphql/payload';
import { hashToken } from '../../platform/auth/opaque-token';
import {
  AcceptInvitationPayload,
  InvitationPreviewType,
  ResendInvitationPayload,
  RevokeInvitationPayload,
} from './invitation.type';

@Resolver()
export class InvitationResolver {
  @Query(() => InvitationPreviewType, {
    description:
      'Who invited whom to which organization. INVITATION_INVALID for an expired, revoked or used link.',
  })
  async invitation(
    @Arg('token') token: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InvitationPreviewType> {
    const { professional, organization, invitedBy, invitation, accountExists } =
      await ctx.services.invitationAcceptance.preview(token);
    return {
      email: professional.email,
      firstName: professional.firstName,
      lastName: professional.lastName,
      organizationName: organization.name,
      invitedByName: invitedBy ? displayName(invitedBy) : null,
      expiresAt: invitation.expiresAt,
      accountExists,
    };
  }

  @Mutation(() => AcceptInvitationPayload, {
    description:
      'Accepts an invitation and signs in: with a new password, the password of the existing sign-in of the invited e-mail, or no password while signed in as that e-mail.',
  })
  acceptInvitation(
    @Arg('token') token: string,
    @Arg('password', () => String, { nullable: true }) password: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => {
      const limits = ctx.services.rateLimits.acceptInvitation;
      await ctx.services.rateLimiter.consume([
        { key: `accept:token:${hashToken(token)}`, rule: limits.perAccount },
        { key: `accept:address:${ctx.clientAddress}`, rule: limits.perAddress },
      ]);
      const {
        professional,
        token: sessionToken,
        expiresAt,
      } = await ctx.services.invitationAcceptance.accept(token, password, ctx.session);
      ctx.sessionCookie.set(sessionToken, expiresAt);
      ctx.actor = await ctx.services.sessions.actorFor(professional.id);
      return { viewer: professional };
    });
  }

  @Mutation(() => ResendInvitationPayload, {
    description: 'A new invitation e-mail; the earlier link stops working.',
  })
  resendInvitation(
    @Arg('professionalId', () => ID) professionalId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => ({
      professional: await ctx.services.invitations.resend(
        ctx.actor,
        idOf('Professional', professionalId),
      ),
    }));
  }

  @Mutation(() => RevokeInvitationPayload, { description: 'Voids the pending invitation link.' })
  revokeInvitation(
    @Arg('professionalId', () => ID) professionalId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => ({
      professional: await ctx.services.invitations.revoke(
        ctx.actor,
        idOf('Professional', professionalId),
      ),
    }));
  }
}
