import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../platform/graphql/context';
import { SupportContactType } from './support-contact.type';

@Resolver(() => SupportContactType)
export class SupportContactResolver {
  @Query(() => SupportContactType, { description: 'The support address. No sign-in needed.' })
  supportContact(@Ctx() ctx: GraphQLContext): SupportContactType {
    return ctx.services.supportContact.contact();
  }
}
