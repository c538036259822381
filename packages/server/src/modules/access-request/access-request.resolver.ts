import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { displayName, normalizeEmail, type AccessRequestStatus, type Role } from '@foyer/shared';
import type { GraphQLContext } from '../../platform/graphql/context';
import { idOf, toGlobalId } from '../../platform/graphql/global-id';
import { toPayload } from '../../platform/graphql/payload';
import { validateInput } from '../../platform/graphql/validate-input';
import { connectionOf } from '../../platform/graphql/connection';
import { AccessRequestStatusEnum, RoleEnum } from '../../platform/graphql/enums';
import { OrganizationType } from '../organization/organization.type';
import type { OrganizationEntity } from '../organization/organization.entity';
import type { AccessRequestEntity } from './access-request.entity';
import { RequestAccessInput } from './access-request.inputs';
import {
  AccessRequestConnection,
  AccessRequestType,
  ApproveAccessRequestPayload,
  DeclineAccessRequestPayload,
  RequestAccessPayload,
} from './access-request.type';

/** The one answer to every accepted request, whether or not anything was found. */
export const REQUEST_ACCESS_ANSWER =
  'Thank you. If your organization uses Foyer, its administrators will review your request and you will hear from us by e-mail.';

@Resolver(() => AccessRequestType)
export class AccessRequestResolver {
  @Mutation(() => RequestAccessPayload, {
    description:
      'Asks to join an organization, named by account number or by the e-mail’s domain. No sign-in needed. The answer is the same whether or not the organization or the e-mail is known.',
  })
  async requestAccess(
    @Arg('input') input: RequestAccessInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RequestAccessPayload> {
    const result = await toPayload(async () => {
      await validateInput(input);
      const limits = ctx.services.rateLimits.requestAccess;
      await ctx.services.rateLimiter.consume([
        { key: `request-access:email:${normalizeEmail(input.email)}`, rule: limits.perAccount },
        { key: `request-access:address:${ctx.clientAddress}`, rule: limits.perAddress },
      ]);
      await ctx.services.accessRequests.request(input);
      return { ok: true, message: REQUEST_ACCESS_ANSWER };
    });
    return { ok: false, message: null, ...result };
  }

  @Query(() => AccessRequestConnection, {
    description:
      'An organization’s access requests, newest first, for those who may manage its professionals.',
  })
  async accessRequests(
    @Arg('organizationId', () => ID) organizationId: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => AccessRequestStatusEnum, {
      nullable: true,
      defaultValue: 'PENDING',
      description: 'Null for every status.',
    })
    status: AccessRequestStatus | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    const page = await ctx.services.accessRequests.list(ctx.actor, {
      organizationId: idOf('Organization', organizationId),
      status,
      first,
      after,
    });
    return connectionOf(page);
  }

  @Mutation(() => ApproveAccessRequestPayload, {
    description:
      'Adds the requester as a professional (status INVITED) and sends the invitation e-mail.',
  })
  approveAccessRequest(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('roles', () => [RoleEnum], {
      nullable: true,
      description: 'Only ADMINISTRATOR: mandatory contact roles are handed over with transferRole.',
    })
    roles?: Role[] | null,
  ) {
    return toPayload(() =>
      ctx.services.accessRequests.approve(
        ctx.actor,
        idOf('AccessRequest', id, 'Access request'),
        roles ?? [],
      ),
    );
  }

  @Mutation(() => DeclineAccessRequestPayload, {
    description: 'Closes the request and e-mails the requester, with the reason when one is given.',
  })
  declineAccessRequest(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('reason', () => String, {
      nullable: true,
      description: 'Mailed to the requester as written.',
    })
    reason?: string | null,
  ) {
    return toPayload(async () => ({
      accessRequest: await ctx.services.accessRequests.decline(
        ctx.actor,
        idOf('AccessRequest', id, 'Access request'),
        reason,
      ),
    }));
  }

  @FieldResolver(() => ID)
  id(@Root() request: AccessRequestEntity): string {
    return toGlobalId('AccessRequest', request.id);
  }

  @FieldResolver(() => String)
  displayName(@Root() request: AccessRequestEntity): string {
    return displayName(request);
  }

  @FieldResolver(() => OrganizationType)
  async organization(
    @Root() request: AccessRequestEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationEntity> {
    const organization = await ctx.loaders.organizationById.load(request.organizationId);
    if (!organization) throw new Error(`Organization ${request.organizationId} is missing`);
    return organization;
  }
}
