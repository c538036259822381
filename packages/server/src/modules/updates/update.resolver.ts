import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { canManageContent, type UpdateKind } from '@foyer/shared';
import type { GraphQLContext } from '../../platform/graphql/context';
import { idOf, toGlobalId } from '../../platform/graphql/global-id';
import { toPayload } from '../../platform/graphql/payload';
import { validateInput } from '../../platform/graphql/validate-input';
import { connectionOf } from '../../platform/graphql/connection';
import { DomainError } from '../../platform/graphql/domain-error';
import { ArticleType } from '../knowledge-base/article.type';
import type { ArticleEntity } from '../knowledge-base/article.entity';
import { renderMarkdown } from '../knowledge-base/markdown';
import { appliesToOf, releasedOnOf, type SoftwareUpdateEntity } from './software-update.entity';
import { firstParagraphOf } from './update-indexer';
import { AttachUpdateFileInput, CreateUpdateInput, UpdateUpdateInput } from './update.inputs';
import type { DownloadRecord } from './update-downloads';
import { UPDATE_FILES_PATH } from './update-download.route';
import {
  AttachUpdateFilePayload,
  CreateUpdatePayload,
  LinkUpdateArticlePayload,
  PublishUpdatePayload,
  RemoveUpdateFilePayload,
  SoftwareUpdateConnection,
  SoftwareUpdateFileType,
  SoftwareUpdateType,
  UnlinkUpdateArticlePayload,
  UnpublishUpdatePayload,
  UpdateDownloadType,
  UpdateKindEnum,
  UpdateUpdatePayload,
} from './update.type';

/** What SoftwareUpdateFile resolves from: the file as offered, and whether this reader may have it. */
export interface UpdateFileView {
  id: string;
  label: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  downloadBlockedReason: string | null;
}

@Resolver(() => SoftwareUpdateType)
export class UpdateResolver {
  @Query(() => SoftwareUpdateType, {
    description: 'NOT_FOUND when it does not exist or the reader may not open it.',
  })
  update(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SoftwareUpdateEntity> {
    return ctx.services.updates.get(ctx.actor, idOf('SoftwareUpdate', id, 'Update'));
  }

  @Query(() => SoftwareUpdateType, {
    description: 'NOT_FOUND when it does not exist or the reader may not open it.',
  })
  updateBySlug(
    @Arg('slug') slug: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SoftwareUpdateEntity> {
    return ctx.services.updates.getBySlug(ctx.actor, slug);
  }

  @Query(() => SoftwareUpdateConnection, {
    description:
      'Updates and hotfixes the reader may open, newest release first; keyset-paginated.',
  })
  async updates(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('product', () => String, { nullable: true }) product?: string | null,
    @Arg('kind', () => UpdateKindEnum, { nullable: true }) kind?: UpdateKind | null,
  ) {
    return connectionOf(
      await ctx.services.updates.list(ctx.actor, { first, after, product, kind }),
    );
  }

  @Query(() => [String], {
    description:
      'The products of the updates and hotfixes the reader may open, alphabetically: what the update list can be filtered by.',
  })
  updateProducts(@Ctx() ctx: GraphQLContext): Promise<string[]> {
    return ctx.services.updates.products(ctx.actor);
  }

  @Query(() => [SoftwareUpdateType], {
    description:
      'The newest published updates and hotfixes for the products the viewer’s organization is licensed for (vendor staff: all products).',
  })
  latestUpdates(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 5, description: 'At most 20.' })
    first: number,
  ) {
    return ctx.services.updates.latest(ctx.actor, first);
  }

  @Query(() => [UpdateDownloadType], {
    description: 'Who downloaded the update’s files and when, newest first. Vendor staff only.',
  })
  updateDownloads(
    @Arg('updateId', () => ID) updateId: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100, description: 'At most 500.' })
    first: number,
  ): Promise<DownloadRecord[]> {
    return ctx.services.updateDownloads.list(
      ctx.actor,
      idOf('SoftwareUpdate', updateId, 'Update'),
      first,
    );
  }

  @Query(() => Boolean, {
    description: 'Whether the viewer may write and publish updates and upload their files.',
  })
  viewerCanManageUpdates(@Ctx() ctx: GraphQLContext): boolean {
    return canManageContent(ctx.actor);
  }

  @Mutation(() => CreateUpdatePayload, {
    description: 'Vendor administrators. The update starts as a draft.',
  })
  createUpdate(@Arg('input') input: CreateUpdateInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      return { update: await ctx.services.updateEditor.create(ctx.actor, input) };
    });
  }

  @Mutation(() => UpdateUpdatePayload, { description: 'Vendor administrators.' })
  updateUpdate(@Arg('input') input: UpdateUpdateInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      const { id, ...changes } = input;
      return {
        update: await ctx.services.updateEditor.update(
          ctx.actor,
          idOf('SoftwareUpdate', id, 'Update'),
          changes,
        ),
      };
    });
  }

  @Mutation(() => PublishUpdatePayload, {
    description: 'Vendor administrators. Readers the visibility allows see it from now on.',
  })
  publishUpdate(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => ({
      update: await ctx.services.updateEditor.publish(
        ctx.actor,
        idOf('SoftwareUpdate', id, 'Update'),
      ),
    }));
  }

  @Mutation(() => UnpublishUpdatePayload, {
    description: 'Vendor administrators. Back to a draft that only vendor staff see.',
  })
  unpublishUpdate(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => ({
      update: await ctx.services.updateEditor.unpublish(
        ctx.actor,
        idOf('SoftwareUpdate', id, 'Update'),
      ),
    }));
  }

  @Mutation(() => AttachUpdateFilePayload, {
    description:
      'Vendor administrators. Offers an uploaded file with the update, after its other files.',
  })
  attachUpdateFile(@Arg('input') input: AttachUpdateFileInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      return {
        update: await ctx.services.updateEditor.attachFile(
          ctx.actor,
          idOf('SoftwareUpdate', input.updateId, 'Update'),
          input.fileId,
          input.label,
        ),
      };
    });
  }

  @Mutation(() => RemoveUpdateFilePayload, {
    description: 'Vendor administrators. Stops offering the file; the download record keeps it.',
  })
  removeUpdateFile(
    @Arg('updateFileId', () => ID) updateFileId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => ({
      update: await ctx.services.updateEditor.removeFile(ctx.actor, updateFileId),
    }));
  }

  @Mutation(() => LinkUpdateArticlePayload, {
    description: 'Vendor administrators. Says the update fixes the problem the article describes.',
  })
  linkUpdateArticle(
    @Arg('updateId', () => ID) updateId: string,
    @Arg('articleId', () => ID) articleId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => ({
      update: await ctx.services.updateEditor.linkArticle(
        ctx.actor,
        idOf('SoftwareUpdate', updateId, 'Update'),
        idOf('Article', articleId),
      ),
    }));
  }

  @Mutation(() => UnlinkUpdateArticlePayload, { description: 'Vendor administrators.' })
  unlinkUpdateArticle(
    @Arg('updateId', () => ID) updateId: string,
    @Arg('articleId', () => ID) articleId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => ({
      update: await ctx.services.updateEditor.unlinkArticle(
        ctx.actor,
        idOf('SoftwareUpdate', updateId, 'Update'),
        idOf('Article', articleId),
      ),
    }));
  }

  @FieldResolver(() => ID)
  id(@Root() update: SoftwareUpdateEntity): string {
    return toGlobalId('SoftwareUpdate', update.id);
  }

  @FieldResolver(() => [String], { description: 'The versions it applies to (installs on).' })
  appliesToVersions(@Root() update: SoftwareUpdateEntity): string[] {
    return appliesToOf(update);
  }

  @FieldResolver(() => String, { description: 'Release day, ISO (YYYY-MM-DD).' })
  releasedOn(@Root() update: SoftwareUpdateEntity): string {
    return releasedOnOf(update);
  }

  @FieldResolver(() => String, {
    description: 'The first paragraph of the release notes, as plain text.',
  })
  summary(@Root() update: SoftwareUpdateEntity): string {
    return firstParagraphOf(update.releaseNotesMarkdown);
  }

  @FieldResolver(() => String, { description: 'The release notes as HTML, sanitized.' })
  releaseNotesHtml(@Root() update: SoftwareUpdateEntity): string {
    return renderMarkdown(update.releaseNotesMarkdown);
  }

  @FieldResolver(() => [SoftwareUpdateFileType], {
    description: 'The files offered, in order; each says whether the viewer may download it.',
  })
  async files(
    @Root() update: SoftwareUpdateEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UpdateFileView[]> {
    const files = await ctx.loaders.filesByUpdateId.load(update.id);
    if (files.length === 0) return [];
    const reason = await ctx.services.updates.downloadBlockedReason(ctx.actor, update);
    return files.map(({ file, stored }) => ({
      id: file.id,
      label: file.label,
      fileName: stored.fileName,
      contentType: stored.contentType,
      size: stored.size,
      sha256: stored.sha256,
      downloadBlockedReason: reason,
    }));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may download the files now.' })
  viewerCanDownload(
    @Root() update: SoftwareUpdateEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.updates.mayDownload(ctx.actor, update);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Null when the viewer may download the files; otherwise why not, and what to do.',
  })
  downloadBlockedReason(
    @Root() update: SoftwareUpdateEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string | null> {
    return ctx.services.updates.downloadBlockedReason(ctx.actor, update);
  }

  @FieldResolver(() => [ArticleType], {
    description: 'Knowledge-base articles whose problem this fixes, that the viewer may open.',
  })
  fixesArticles(
    @Root() update: SoftwareUpdateEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ArticleEntity[]> {
    return ctx.loaders.fixesArticlesByUpdateId.load(update.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit and publish it.' })
  viewerCanEdit(@Ctx() ctx: GraphQLContext): boolean {
    return canManageContent(ctx.actor);
  }
}

@Resolver(() => SoftwareUpdateFileType)
export class UpdateFileResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Where to download it (checked against the viewer’s entitlement on every request); null when the viewer may not.',
  })
  downloadUrl(@Root() file: UpdateFileView): string | null {
    return file.downloadBlockedReason === null ? `${UPDATE_FILES_PATH}/${file.id}` : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Null when the viewer may download it; otherwise why not, and what to do.',
  })
  downloadBlockedReason(@Root() file: UpdateFileView): string | null {
    return file.downloadBlockedReason;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'How often it was downloaded. Vendor staff only; null for others.',
  })
  async downloadCount(
    @Root() file: UpdateFileView,
    @Ctx() ctx: GraphQLContext,
  ): Promise<number | null> {
    if (ctx.actor?.organizationKind !== 'VENDOR') return null;
    return ctx.loaders.downloadCountByUpdateFileId.load(file.id);
  }
}

/** "Fixed in" on articles: the updates and hotfixes that fix what an article describes. */
@Resolver(() => ArticleType)
export class ArticleFixedInResolver {
  @FieldResolver(() => [SoftwareUpdateType], {
    description:
      'Updates and hotfixes that fix the problem this article describes, that the viewer may open; newest first.',
  })
  fixedIn(
    @Root() article: ArticleEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SoftwareUpdateEntity[]> {
    if (!ctx.actor) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
    return ctx.loaders.fixedInByArticleId.load(article.id);
  }
}
