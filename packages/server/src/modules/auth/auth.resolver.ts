import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { can, normalizeEmail } from '@foyer/shared';
import type { GraphQLContext } from '../../platform/graphql/context';
import { toPayload } from '../../platform/graphql/payload';
import { UserError } from '../../platform/graphql/user-error.type';
import { ProfessionalType } from '../professional/professional.type';
import type { ProfessionalEntity } from '../professional/professional.entity';

@ObjectType()
export class SignInPayload {
  @Field(() => ProfessionalType, { nullable: true, description: 'The signed-in professional.' })
  viewer?: ProfessionalType | null;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}

@ObjectType()
export class SignOutPayload {
  @Field()
  ok: boolean;

  @Field(() => UserError, { nullable: true })
  error: UserError | null;
}

@Resolver()
export class AuthResolver {
  @Query(() => ProfessionalType, {
    nullable: true,
    description: 'The signed-in professional; null when signed out.',
  })
  async viewer(@Ctx() ctx: GraphQLContext): Promise<ProfessionalEntity | null> {
    if (!ctx.actor) return null;
    return ctx.services.professionals.get(ctx.actor, ctx.actor.professionalId);
  }

  @Query(() => Boolean, {
    description: 'Whether the viewer may create organizations and link partners.',
  })
  viewerCanCreateOrganization(@Ctx() ctx: GraphQLContext): boolean {
    return can(ctx.actor, 'createOrganization');
  }

  @Mutation(() => SignInPayload, { description: 'Signs in and sets the session cookie.' })
  signIn(
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => {
      const limits = ctx.services.rateLimits.signIn;
      await ctx.services.rateLimiter.consume([
        { key: `sign-in:account:${normalizeEmail(email)}`, rule: limits.perAccount },
        { key: `sign-in:address:${ctx.clientAddress}`, rule: limits.perAddress },
      ]);
      const { professional, token, expiresAt } = await ctx.services.signIn.signIn(email, password);
      ctx.sessionCookie.set(token, expiresAt);
      // The rest of this response (viewerCan… fields, partner's customers) is for the new viewer.
      ctx.actor = await ctx.services.sessions.actorFor(professional.id);
      return { viewer: professional };
    });
  }

  @Mutation(() => SignOutPayload, { description: 'Revokes this session and clears its cookie.' })
  signOut(@Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      if (ctx.session) await ctx.services.sessions.revoke(ctx.session.sessionId);
      ctx.sessionCookie.clear();
      return { ok: true };
    });
  }
}
