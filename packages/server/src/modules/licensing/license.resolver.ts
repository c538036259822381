import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  can,
  isoDay,
  maskRegistrationKey,
  servicePlanDaysLeft,
  servicePlanStatus,
  type ServicePlanStatus,
} from '@foyer/shared';
import type { GraphQLContext } from '../../platform/graphql/context';
import { idOf, toGlobalId } from '../../platform/graphql/global-id';
import { toPayload } from '../../platform/graphql/payload';
import { validateInput } from '../../platform/graphql/validate-input';
import { OrganizationType } from '../organization/organization.type';
import type { OrganizationEntity } from '../organization/organization.entity';
import type { LicenseEntity } from './license.entity';
import { AddLicenseInput, UpdateLicenseInput } from './license.inputs';
import {
  AddLicensePayload,
  LicenseType,
  RemoveLicensePayload,
  RevealRegistrationKeyPayload,
  ServicePlanStatusEnum,
  UpdateLicensePayload,
} from './license.type';

@Resolver(() => LicenseType)
export class LicenseResolver {
  @Query(() => [LicenseType], {
    description:
      'An organization’s licences by product. NOT_FOUND for an organization you may not see.',
  })
  licenses(
    @Arg('organizationId', () => ID) organizationId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LicenseEntity[]> {
    return ctx.services.licenses.listFor(ctx.actor, idOf('Organization', organizationId));
  }

  @Mutation(() => RevealRegistrationKeyPayload, {
    description:
      'The full registration key, for the organization’s administrators. Each reveal is recorded in its audit log.',
  })
  revealRegistrationKey(@Arg('licenseId', () => ID) licenseId: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(() =>
      ctx.services.licenses.revealKey(ctx.actor, idOf('License', licenseId, 'Licence')),
    );
  }

  @Mutation(() => AddLicensePayload, {
    description: 'Vendor administrators: one licence per organization and product. Audited.',
  })
  addLicense(@Arg('input') input: AddLicenseInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      const { organizationId, ...fields } = input;
      return {
        license: await ctx.services.licenseEditor.add(
          ctx.actor,
          idOf('Organization', organizationId),
          fields,
        ),
      };
    });
  }

  @Mutation(() => UpdateLicensePayload, {
    description: 'Vendor administrators. Entitlements follow from the next request on. Audited.',
  })
  updateLicense(@Arg('input') input: UpdateLicenseInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      const { id, ...changes } = input;
      return {
        license: await ctx.services.licenseEditor.update(
          ctx.actor,
          idOf('License', id, 'Licence'),
          changes,
        ),
      };
    });
  }

  @Mutation(() => RemoveLicensePayload, {
    description:
      'Vendor administrators. The organization loses the product’s content at once. Audited.',
  })
  removeLicense(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      const { license } = await ctx.services.licenseEditor.remove(
        ctx.actor,
        idOf('License', id, 'Licence'),
      );
      return { removedLicenseId: toGlobalId('License', license.id) };
    });
  }

  @FieldResolver(() => ID)
  id(@Root() license: LicenseEntity): string {
    return toGlobalId('License', license.id);
  }

  @FieldResolver(() => ServicePlanStatusEnum)
  planStatus(@Root() license: LicenseEntity, @Ctx() ctx: GraphQLContext): ServicePlanStatus {
    return servicePlanStatus(license, isoDay(ctx.services.clock.now()));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Days from today to the plan’s last day (0 on it); null without a plan or once it has ended.',
  })
  daysLeft(@Root() license: LicenseEntity, @Ctx() ctx: GraphQLContext): number | null {
    return servicePlanDaysLeft(license, isoDay(ctx.services.clock.now()));
  }

  @FieldResolver(() => String, {
    description: 'Only the last four characters readable, e.g. •••••-•••••-•••••-7F3A.',
  })
  registrationKeyMasked(@Root() license: LicenseEntity): string {
    return maskRegistrationKey(license.registrationKey);
  }

  @FieldResolver(() => OrganizationType)
  async organization(
    @Root() license: LicenseEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationEntity> {
    const organization = await ctx.loaders.organizationById.load(license.organizationId);
    if (!organization) throw new Error(`Licence ${license.id} has no organization`);
    return organization;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether revealRegistrationKey would show you the key.',
  })
  async viewerCanRevealRegistrationKey(
    @Root() license: LicenseEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    const organization = await ctx.loaders.organizationById.load(license.organizationId);
    return organization !== null && can(ctx.actor, 'revealRegistrationKey', organization);
  }
}

/** The licensing fields of Organization. */
@Resolver(() => OrganizationType)
export class OrganizationLicensesResolver {
  @FieldResolver(() => [LicenseType], {
    nullable: true,
    description: 'Its licences by product; null when you may not see them.',
  })
  async licenses(
    @Root() organization: OrganizationEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LicenseEntity[] | null> {
    if (!can(ctx.actor, 'viewLicenses', organization)) return null;
    return ctx.loaders.licensesByOrganizationId.load(organization.id);
  }

  @FieldResolver(() => Boolean)
  viewerCanViewLicenses(
    @Root() organization: OrganizationEntity,
    @Ctx() ctx: GraphQLContext,
  ): boolean {
    return can(ctx.actor, 'viewLicenses', organization);
  }

  @FieldResolver(() => Boolean, {
    description: 'Add, change and remove its licences (vendor administrators).',
  })
  viewerCanManageLicenses(
    @Root() organization: OrganizationEntity,
    @Ctx() ctx: GraphQLContext,
  ): boolean {
    return organization.kind !== 'VENDOR' && can(ctx.actor, 'manageLicenses', organization);
  }
}
