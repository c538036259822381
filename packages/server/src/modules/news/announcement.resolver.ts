import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { canManageContent } from '@foyer/shared';
import type { GraphQLContext } from '../../platform/graphql/context';
import { fromGlobalId, idOf, toGlobalId } from '../../platform/graphql/global-id';
import { toPayload } from '../../platform/graphql/payload';
import { validateInput } from '../../platform/graphql/validate-input';
import { connectionOf } from '../../platform/graphql/connection';
import { DomainError } from '../../platform/graphql/domain-error';
import { renderMarkdown } from '../knowledge-base/markdown';
import type { OrganizationEntity } from '../organization/organization.entity';
import type { AnnouncementEntity } from './announcement.entity';
import {
  AnnouncementAudienceInput,
  CreateAnnouncementInput,
  UpdateAnnouncementInput,
} from './announcement.inputs';
import type { AudienceChoice } from './announcement-editor';
import {
  AnnouncementAudienceType,
  AnnouncementConnection,
  AnnouncementType,
  CreateAnnouncementPayload,
  DeleteAnnouncementPayload,
  MarkNewsSeenPayload,
  PinAnnouncementPayload,
  PublishAnnouncementPayload,
  UnpublishAnnouncementPayload,
  UpdateAnnouncementPayload,
} from './announcement.type';

@Resolver(() => AnnouncementType)
export class AnnouncementResolver {
  @Query(() => AnnouncementType, {
    description: 'NOT_FOUND when it does not exist or the reader may not open it.',
  })
  announcement(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AnnouncementEntity> {
    return ctx.services.announcements.get(ctx.actor, idOf('Announcement', id));
  }

  @Query(() => AnnouncementType, {
    description: 'NOT_FOUND when it does not exist or the reader may not open it.',
  })
  announcementBySlug(
    @Arg('slug') slug: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AnnouncementEntity> {
    return ctx.services.announcements.getBySlug(ctx.actor, slug);
  }

  @Query(() => AnnouncementConnection, {
    description:
      'Announcements the reader may open: pinned first, then newest published; keyset-paginated.',
  })
  async announcements(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return connectionOf(await ctx.services.announcements.list(ctx.actor, { first, after }));
  }

  @Query(() => Int, {
    description:
      'How many announcements the viewer may open were published since they last opened the news (at most the last 90 days).',
  })
  newsUnseenCount(@Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.services.announcements.unseenCount(ctx.actor);
  }

  @Query(() => Boolean, {
    description: 'Whether the viewer may write, publish and pin announcements.',
  })
  viewerCanManageNews(@Ctx() ctx: GraphQLContext): boolean {
    return canManageContent(ctx.actor);
  }

  @Mutation(() => MarkNewsSeenPayload, {
    description: 'Everything published so far is no longer new to the viewer.',
  })
  markNewsSeen(@Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      const seenAt = await ctx.services.announcements.markSeen(ctx.actor);
      return { seenAt, newsUnseenCount: await ctx.services.announcements.unseenCount(ctx.actor) };
    });
  }

  @Mutation(() => CreateAnnouncementPayload, {
    description: 'Vendor administrators. The announcement starts as a draft.',
  })
  createAnnouncement(@Arg('input') input: CreateAnnouncementInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      const { audience, ...fields } = input;
      return {
        announcement: await ctx.services.announcementEditor.create(ctx.actor, {
          ...fields,
          audience: audienceChoice(audience),
        }),
      };
    });
  }

  @Mutation(() => UpdateAnnouncementPayload, {
    description: 'Vendor administrators. An audience given replaces the earlier one.',
  })
  updateAnnouncement(@Arg('input') input: UpdateAnnouncementInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      const { id, audience, ...changes } = input;
      return {
        announcement: await ctx.services.announcementEditor.update(
          ctx.actor,
          idOf('Announcement', id),
          { ...changes, audience: audienceChoice(audience) },
        ),
      };
    });
  }

  @Mutation(() => PublishAnnouncementPayload, {
    description: 'Vendor administrators. Its audience sees it from now on, as new.',
  })
  publishAnnouncement(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => ({
      announcement: await ctx.services.announcementEditor.publish(
        ctx.actor,
        idOf('Announcement', id),
      ),
    }));
  }

  @Mutation(() => UnpublishAnnouncementPayload, {
    description: 'Vendor administrators. Back to a draft that only vendor staff see.',
  })
  unpublishAnnouncement(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => ({
      announcement: await ctx.services.announcementEditor.unpublish(
        ctx.actor,
        idOf('Announcement', id),
      ),
    }));
  }

  @Mutation(() => PinAnnouncementPayload, {
    description: 'Vendor administrators. Pinned announcements come first.',
  })
  pinAnnouncement(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => ({
      announcement: await ctx.services.announcementEditor.setPinned(
        ctx.actor,
        idOf('Announcement', id),
        true,
      ),
    }));
  }

  @Mutation(() => PinAnnouncementPayload, { description: 'Vendor administrators.' })
  unpinAnnouncement(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => ({
      announcement: await ctx.services.announcementEditor.setPinned(
        ctx.actor,
        idOf('Announcement', id),
        false,
      ),
    }));
  }

  @Mutation(() => DeleteAnnouncementPayload, {
    description: 'Vendor administrators. Removes it from the news and from search.',
  })
  deleteAnnouncement(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await ctx.services.announcementEditor.delete(ctx.actor, idOf('Announcement', id));
      return { deletedAnnouncementId: id };
    });
  }

  @FieldResolver(() => ID)
  id(@Root() announcement: AnnouncementEntity): string {
    return toGlobalId('Announcement', announcement.id);
  }

  @FieldResolver(() => String, {
    description: 'The body as HTML, sanitized: no scripts, event handlers or javascript: links.',
  })
  bodyHtml(@Root() announcement: AnnouncementEntity): string {
    return renderMarkdown(announcement.bodyMarkdown);
  }

  @FieldResolver(() => Boolean, {
    description: 'Published since the viewer last opened the news (within the last 90 days).',
  })
  async isNew(
    @Root() announcement: AnnouncementEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    if (!ctx.actor || !announcement.publishedAt) return false;
    const lastSeen = await ctx.loaders.newsLastSeenByProfessionalId.load(ctx.actor.professionalId);
    return announcement.publishedAt > ctx.services.announcements.newSinceOf(lastSeen);
  }

  @FieldResolver(() => AnnouncementAudienceType, {
    nullable: true,
    description: 'Who it is for. Vendor staff only; null for anyone else.',
  })
  async audience(
    @Root() announcement: AnnouncementEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AnnouncementAudienceType | null> {
    if (ctx.actor?.organizationKind !== 'VENDOR') return null;
    const rows = await ctx.loaders.audienceByAnnouncementId.load(announcement.id);
    const organizations = await ctx.loaders.organizationById.loadMany(
      rows.flatMap((r) => (r.organizationId ? [r.organizationId] : [])),
    );
    return {
      allCustomers: announcement.visibility === 'ALL_CUSTOMERS',
      products: rows.flatMap((r) => (r.product ? [r.product] : [])).sort(),
      organizations: organizations
        .filter((o): o is OrganizationEntity => Boolean(o) && !(o instanceof Error))
        .sort((a, b) =>
          a.name.localeCompare(b.name),
        ) as unknown as AnnouncementAudienceType['organizations'],
    };
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit, publish and pin it.' })
  viewerCanEdit(@Ctx() ctx: GraphQLContext): boolean {
    return canManageContent(ctx.actor);
  }
}

/** The input's audience with organization global ids turned into database ids; an unknown id fails validation. */
function audienceChoice(
  input: AnnouncementAudienceInput | null | undefined,
): AudienceChoice | undefined {
  if (!input) return undefined;
  const organizationIds = (input.organizationIds ?? []).map((globalId) => {
    const parsed = fromGlobalId(globalId);
    if (parsed?.type !== 'Organization') {
      throw new DomainError(
        'VALIDATION_FAILED',
        'An organization in the audience was not found, or is not a customer or partner.',
        {
          field: 'audience.organizationIds',
          hint: 'Pick the organizations from the list of customers and partners.',
        },
      );
    }
    return parsed.id;
  });
  return { allCustomers: input.allCustomers, products: input.products ?? [], organizationIds };
}
