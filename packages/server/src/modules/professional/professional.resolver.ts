import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { can, displayName, type ProfessionalStatus, type Role } from '@foyer/shared';
import type { GraphQLContext } from '../../platform/graphql/context';
import { idOf, toGlobalId } from '../../platform/graphql/global-id';
import { toPayload } from '../../platform/graphql/payload';
import { notFound } from '../../platform/graphql/domain-error';
import { validateInput } from '../../platform/graphql/validate-input';
import { connectionOf } from '../../platform/graphql/connection';
import { ProfessionalStatusEnum, RoleEnum } from '../../platform/graphql/enums';
import { OrganizationType } from '../organization/organization.type';
import type { OrganizationEntity } from '../organization/organization.entity';
import type { ProfessionalEntity } from './professional.entity';
import { ProfessionalInvitationType } from '../invitation/invitation.type';
import { invitationStatus } from '../invitation/invitation.entity';
import {
  CreateProfessionalInput,
  ProfessionalOrderInput,
  UpdateProfessionalInput,
} from './professional.inputs';
import {
  CreateProfessionalPayload,
  DeleteProfessionalPayload,
  ProfessionalConnection,
  ProfessionalType,
  RevokeAdministratorPayload,
  TransferRolePayload,
  UpdateProfessionalPayload,
} from './professional.type';

@Resolver(() => ProfessionalType)
export class ProfessionalResolver {
  @Query(() => ProfessionalConnection, {
    description: 'An organization’s professionals by last name, filtered; keyset-paginated.',
  })
  async professionals(
    @Arg('organizationId', () => ID) organizationId: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Part of a name or e-mail.' })
    search?: string | null,
    @Arg('role', () => RoleEnum, { nullable: true }) role?: Role | null,
    @Arg('status', () => ProfessionalStatusEnum, { nullable: true })
    status?: ProfessionalStatus | null,
    @Arg('orderBy', () => ProfessionalOrderInput, { nullable: true })
    orderBy?: ProfessionalOrderInput | null,
  ) {
    const page = await ctx.services.professionals.list(ctx.actor, {
      organizationId: idOf('Organization', organizationId),
      first,
      after,
      search,
      role,
      status,
      orderBy,
    });
    return connectionOf(page);
  }

  @Mutation(() => CreateProfessionalPayload, {
    description: 'Adds a professional (status INVITED) to an organization.',
  })
  createProfessional(@Arg('input') input: CreateProfessionalInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      const { organizationId, roles, sendInvitation, ...fields } = input;
      const professional = await ctx.services.professionals.create(
        ctx.actor,
        { ...fields, organizationId: idOf('Organization', organizationId) },
        roles ?? [],
        { sendInvitation: sendInvitation ?? false },
      );
      return { professional };
    });
  }

  @Mutation(() => UpdateProfessionalPayload)
  updateProfessional(@Arg('input') input: UpdateProfessionalInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      const { id, ...changes } = input;
      return {
        professional: await ctx.services.professionals.update(
          ctx.actor,
          idOf('Professional', id),
          changes,
        ),
      };
    });
  }

  @Mutation(() => DeleteProfessionalPayload, {
    description: 'Refused for an Administrator or the holder of a mandatory contact role.',
  })
  deleteProfessional(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await ctx.services.professionals.delete(ctx.actor, idOf('Professional', id));
      return { deletedProfessionalId: id };
    });
  }

  @Mutation(() => TransferRolePayload, {
    description:
      'Hands a mandatory contact role to this professional in one step, or grants ADMINISTRATOR.',
  })
  transferRole(
    @Arg('role', () => RoleEnum) role: Role,
    @Arg('toProfessionalId', () => ID) toProfessionalId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(() =>
      ctx.services.roles.transferRole(ctx.actor, role, idOf('Professional', toProfessionalId)),
    );
  }

  @Mutation(() => RevokeAdministratorPayload, {
    description: 'Refused for the last active Administrator.',
  })
  revokeAdministrator(
    @Arg('professionalId', () => ID) professionalId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => ({
      professional: await ctx.services.roles.revokeAdministrator(
        ctx.actor,
        idOf('Professional', professionalId),
      ),
    }));
  }

  @FieldResolver(() => ID)
  id(@Root() professional: ProfessionalEntity): string {
    return toGlobalId('Professional', professional.id);
  }

  @FieldResolver(() => String)
  displayName(@Root() professional: ProfessionalEntity): string {
    return displayName(professional);
  }

  @FieldResolver(() => [RoleEnum])
  roles(@Root() professional: ProfessionalEntity, @Ctx() ctx: GraphQLContext): Promise<Role[]> {
    return ctx.loaders.rolesByProfessionalId.load(professional.id);
  }

  @FieldResolver(() => OrganizationType, {
    description:
      'NOT_FOUND when you may not see it: an account manager is a contact, not a way into the vendor.',
  })
  async organization(
    @Root() professional: ProfessionalEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationEntity> {
    const organization = await this.organizationOf(professional, ctx);
    const isSelf = ctx.actor?.professionalId === professional.id;
    if (!isSelf && !can(ctx.actor, 'viewOrganization', organization))
      throw notFound('Organization');
    return organization;
  }

  @FieldResolver(() => Boolean, {
    description: 'Edit this profile (people may edit their own name and contact details).',
  })
  async viewerCanUpdate(
    @Root() professional: ProfessionalEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.actor?.professionalId === professional.id || this.viewerCanManage(professional, ctx);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Permission only: the role rules (packages/shared) may still block it, with the reason.',
  })
  viewerCanDelete(
    @Root() professional: ProfessionalEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return this.viewerCanManage(professional, ctx);
  }

  @FieldResolver(() => Boolean)
  viewerCanTransferRoles(
    @Root() professional: ProfessionalEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return this.viewerCanManage(professional, ctx);
  }

  @FieldResolver(() => Boolean)
  viewerCanRevokeAdministrator(
    @Root() professional: ProfessionalEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return this.viewerCanManage(professional, ctx);
  }

  @FieldResolver(() => ProfessionalInvitationType, {
    nullable: true,
    description: 'The latest invitation sent to them; only for those who may manage them.',
  })
  async invitation(
    @Root() professional: ProfessionalEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProfessionalInvitationType | null> {
    if (!(await this.viewerCanManage(professional, ctx))) return null;
    const invitation = await ctx.loaders.latestInvitationByProfessionalId.load(professional.id);
    if (!invitation) return null;
    return {
      status: invitationStatus(invitation, ctx.services.clock.now()),
      sentAt: invitation.createdAt,
      expiresAt: invitation.expiresAt,
    };
  }

  private async viewerCanManage(
    professional: ProfessionalEntity,
    ctx: GraphQLContext,
  ): Promise<boolean> {
    return can(ctx.actor, 'manageProfessionals', await this.organizationOf(professional, ctx));
  }

  private async organizationOf(
    professional: ProfessionalEntity,
    ctx: GraphQLContext,
  ): Promise<OrganizationEntity> {
    const organization = await ctx.loaders.organizationById.load(professional.organizationId);
    if (!organization) throw new Error(`Organization ${professional.organizationId} is missing`);
    return organization;
  }
}
