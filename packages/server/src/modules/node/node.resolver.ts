import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../platform/graphql/context';
import { DomainError } from '../../platform/graphql/domain-error';
import { fromGlobalId } from '../../platform/graphql/global-id';
import { NodeInterface } from '../../platform/graphql/node.interface';

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, {
    nullable: true,
    description: 'Any object by global id; null when it does not exist or you may not see it.',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    const parsed = fromGlobalId(id);
    try {
      switch (parsed?.type) {
        case 'Organization':
          return await ctx.services.organizations.get(ctx.actor, parsed.id);
        case 'Professional':
          return await ctx.services.professionals.get(ctx.actor, parsed.id);
        case 'AccessRequest':
          return await ctx.services.accessRequests.get(ctx.actor, parsed.id);
        case 'Article':
          return await ctx.services.articles.get(ctx.actor, parsed.id);
        case 'License':
          return await ctx.services.licenses.get(ctx.actor, parsed.id);
        case 'Announcement':
          return await ctx.services.announcements.get(ctx.actor, parsed.id);
        case 'SoftwareUpdate':
          return await ctx.services.updates.get(ctx.actor, parsed.id);
        case 'Question':
          return await ctx.services.community.get(ctx.actor, parsed.id);
        case 'Answer':
          return await ctx.services.community.getAnswer(ctx.actor, parsed.id);
        case 'Course':
          return await ctx.services.courses.get(ctx.actor, parsed.id);
        default:
          return null;
      }
    } catch (error) {
      // Signed out stays an error: a client must tell an expired session from a missing object.
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }
}
