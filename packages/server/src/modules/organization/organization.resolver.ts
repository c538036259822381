import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { can, type OrganizationKind } from '@foyer/shared';
import type { GraphQLContext } from '../../platform/graphql/context';
import { idOf, toGlobalId } from '../../platform/graphql/global-id';
import { toPayload } from '../../platform/graphql/payload';
import { validateInput } from '../../platform/graphql/validate-input';
import { connectionOf } from '../../platform/graphql/connection';
import { OrganizationKindEnum } from '../../platform/graphql/enums';
import { ProfessionalType } from '../professional/professional.type';
import type { ProfessionalEntity } from '../professional/professional.entity';
import type { OrganizationEntity } from './organization.entity';
import { CreateOrganizationInput } from './organization.inputs';
import {
  CreateOrganizationPayload,
  OrganizationConnection,
  OrganizationType,
  PartnerLinkPayload,
  SetAccountManagerPayload,
} from './organization.type';

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  @Query(() => OrganizationType, { description: 'NOT_FOUND for an organization you may not see.' })
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.organizations.get(ctx.actor, idOf('Organization', id));
  }

  @Query(() => OrganizationConnection, {
    description: 'Every organization, by name. Vendor staff only.',
  })
  async organizations(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('name', () => String, {
      nullable: true,
      description: 'Only organizations whose name contains this, in any case.',
    })
    name?: string | null,
    @Arg('kinds', () => [OrganizationKindEnum], {
      nullable: true,
      description: 'One or more kinds. Left out: every kind.',
    })
    kinds?: OrganizationKind[] | null,
  ) {
    const page = await ctx.services.organizations.list(ctx.actor, { first, after, name, kinds });
    return connectionOf(page);
  }

  @Mutation(() => CreateOrganizationPayload, {
    description:
      'Vendor administrators: a new organization with its first administrator and mandatory contacts.',
  })
  createOrganization(@Arg('input') input: CreateOrganizationInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      const servedByPartnerId = input.servedByPartnerId
        ? idOf('Organization', input.servedByPartnerId, 'Partner')
        : null;
      const accountManagerId = input.accountManagerId
        ? idOf('Professional', input.accountManagerId, 'Account manager')
        : null;
      return {
        organization: await ctx.services.organizations.create(ctx.actor, {
          ...input,
          servedByPartnerId,
          accountManagerId,
        }),
      };
    });
  }

  @Mutation(() => SetAccountManagerPayload, {
    description:
      'Vendor administrators: names the vendor’s professional who looks after a customer or partner; a null professionalId names nobody.',
  })
  setAccountManager(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('professionalId', () => ID, { nullable: true }) professionalId: string | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => ({
      organization: await ctx.services.organizations.setAccountManager(
        ctx.actor,
        idOf('Organization', organizationId),
        professionalId ? idOf('Professional', professionalId) : null,
      ),
    }));
  }

  @Mutation(() => PartnerLinkPayload, {
    description: 'Vendor administrators: the partner starts serving the customer.',
  })
  linkPartnerToCustomer(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('customerId', () => ID) customerId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => ({
      customer: await ctx.services.organizations.linkPartner(
        ctx.actor,
        idOf('Organization', partnerId, 'Partner'),
        idOf('Organization', customerId, 'Customer'),
      ),
    }));
  }

  @Mutation(() => PartnerLinkPayload, {
    description: 'Vendor administrators: the partner stops serving the customer.',
  })
  unlinkPartnerFromCustomer(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('customerId', () => ID) customerId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => ({
      customer: await ctx.services.organizations.unlinkPartner(
        ctx.actor,
        idOf('Organization', partnerId, 'Partner'),
        idOf('Organization', customerId, 'Customer'),
      ),
    }));
  }

  @FieldResolver(() => ID)
  id(@Root() organization: OrganizationEntity): string {
    return toGlobalId('Organization', organization.id);
  }

  @FieldResolver(() => [OrganizationType], {
    description: 'The partners serving this customer that you may see.',
  })
  async partners(@Root() organization: OrganizationEntity, @Ctx() ctx: GraphQLContext) {
    const partners = await ctx.loaders.partnersByCustomerId.load(organization.id);
    return partners.filter((p) => can(ctx.actor, 'viewOrganization', p));
  }

  @FieldResolver(() => [OrganizationType], {
    description: 'The customers this partner serves that you may see.',
  })
  async customers(@Root() organization: OrganizationEntity, @Ctx() ctx: GraphQLContext) {
    const customers = await ctx.loaders.customersByPartnerId.load(organization.id);
    return customers.filter((c) => can(ctx.actor, 'viewOrganization', c));
  }

  @FieldResolver(() => [ProfessionalType], {
    description:
      'Who to ask for help: the organization’s administrators, but for those whose access is disabled.',
  })
  administrators(
    @Root() organization: OrganizationEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProfessionalEntity[]> {
    return ctx.loaders.administratorsByOrganizationId.load(organization.id);
  }

  @FieldResolver(() => ProfessionalType, {
    nullable: true,
    description:
      'Who to ask for help: the vendor’s professional who looks after this customer or partner. Null while their access is disabled.',
  })
  async accountManager(
    @Root() organization: OrganizationEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProfessionalEntity | null> {
    if (!organization.accountManagerId) return null;
    const accountManager = await ctx.loaders.professionalById.load(organization.accountManagerId);
    // Someone disabled cannot be named (setAccountManager refuses them), nor go on being named.
    return accountManager && accountManager.status !== 'DISABLED' ? accountManager : null;
  }

  @FieldResolver(() => Boolean, {
    description: 'Name or change its account manager (setAccountManager).',
  })
  viewerCanSetAccountManager(
    @Root() organization: OrganizationEntity,
    @Ctx() ctx: GraphQLContext,
  ): boolean {
    return organization.kind !== 'VENDOR' && can(ctx.actor, 'setAccountManager', organization);
  }

  @FieldResolver(() => Boolean)
  viewerCanViewProfessionals(
    @Root() organization: OrganizationEntity,
    @Ctx() ctx: GraphQLContext,
  ): boolean {
    return can(ctx.actor, 'viewProfessionals', organization);
  }

  @FieldResolver(() => Boolean, { description: 'Invite, edit, remove people and hand roles over.' })
  viewerCanManageProfessionals(
    @Root() organization: OrganizationEntity,
    @Ctx() ctx: GraphQLContext,
  ): boolean {
    return can(ctx.actor, 'manageProfessionals', organization);
  }
}
