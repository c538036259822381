import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { canManageContent } from '@foyer/shared';
import type { GraphQLContext } from '../../platform/graphql/context';
import { idOf, toGlobalId } from '../../platform/graphql/global-id';
import { toPayload } from '../../platform/graphql/payload';
import { validateInput } from '../../platform/graphql/validate-input';
import { connectionOf } from '../../platform/graphql/connection';
import { tagsOf, type ArticleEntity } from './article.entity';
import type { ArticleVersionEntity } from './article-version.entity';
import { CreateArticleInput, UpdateArticleInput } from './article.inputs';
import { renderMarkdown } from './markdown';
import { VERSION_FILTER_DESCRIPTION } from './search.type';
import {
  ArticleConnection,
  ArticleType,
  ArticleVersionType,
  CreateArticlePayload,
  PublishArticlePayload,
  RateArticlePayload,
  RestoreArticleVersionPayload,
  UnpublishArticlePayload,
  UpdateArticlePayload,
} from './article.type';

@Resolver(() => ArticleType)
export class ArticleResolver {
  @Query(() => ArticleType, {
    description: 'NOT_FOUND when it does not exist or the reader may not open it.',
  })
  article(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ArticleEntity> {
    return ctx.services.articles.get(ctx.actor, idOf('Article', id));
  }

  @Query(() => ArticleType, {
    description: 'NOT_FOUND when it does not exist or the reader may not open it.',
  })
  articleBySlug(@Arg('slug') slug: string, @Ctx() ctx: GraphQLContext): Promise<ArticleEntity> {
    return ctx.services.articles.getBySlug(ctx.actor, slug);
  }

  @Query(() => ArticleConnection, {
    description: 'Articles the reader may open, most recently updated first; keyset-paginated.',
  })
  async articles(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('product', () => String, { nullable: true }) product?: string | null,
    @Arg('version', () => String, { nullable: true, description: VERSION_FILTER_DESCRIPTION })
    version?: string | null,
    @Arg('category', () => String, { nullable: true }) category?: string | null,
    @Arg('published', () => Boolean, {
      nullable: true,
      description: 'Vendor staff: true for published only, false for drafts only.',
    })
    published?: boolean | null,
  ) {
    return connectionOf(
      await ctx.services.articles.list(ctx.actor, {
        first,
        after,
        product,
        version,
        category,
        published,
      }),
    );
  }

  @Query(() => [String], {
    description:
      'The products of the articles the reader may open, alphabetically: what the article list can be filtered by.',
  })
  articleProducts(@Ctx() ctx: GraphQLContext): Promise<string[]> {
    return ctx.services.articles.products(ctx.actor);
  }

  @Query(() => [String], {
    description:
      'The categories of the articles the reader may open, alphabetically: what the article list can be filtered by.',
  })
  articleCategories(@Ctx() ctx: GraphQLContext): Promise<string[]> {
    return ctx.services.articles.categories(ctx.actor);
  }

  @Query(() => [ArticleVersionType], {
    description: 'Every version of an article, newest first. Vendor staff only.',
  })
  articleVersions(
    @Arg('articleId', () => ID) articleId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ArticleVersionEntity[]> {
    return ctx.services.articles.versions(ctx.actor, idOf('Article', articleId));
  }

  @Query(() => Boolean, {
    description: 'Whether the viewer may write, publish and restore articles.',
  })
  viewerCanManageArticles(@Ctx() ctx: GraphQLContext): boolean {
    return canManageContent(ctx.actor);
  }

  @Mutation(() => CreateArticlePayload, {
    description: 'Vendor administrators. The article starts as a draft.',
  })
  createArticle(@Arg('input') input: CreateArticleInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      return { article: await ctx.services.articleEditor.create(ctx.actor, input) };
    });
  }

  @Mutation(() => UpdateArticlePayload, {
    description: 'Vendor administrators. A change to title, summary or body adds a version.',
  })
  updateArticle(@Arg('input') input: UpdateArticleInput, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => {
      await validateInput(input);
      const { id, ...changes } = input;
      return {
        article: await ctx.services.articleEditor.update(ctx.actor, idOf('Article', id), changes),
      };
    });
  }

  @Mutation(() => PublishArticlePayload, {
    description: 'Vendor administrators. Readers the visibility allows see it from now on.',
  })
  publishArticle(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => ({
      article: await ctx.services.articleEditor.publish(ctx.actor, idOf('Article', id)),
    }));
  }

  @Mutation(() => UnpublishArticlePayload, {
    description: 'Vendor administrators. Back to a draft that only vendor staff see.',
  })
  unpublishArticle(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toPayload(async () => ({
      article: await ctx.services.articleEditor.unpublish(ctx.actor, idOf('Article', id)),
    }));
  }

  @Mutation(() => RestoreArticleVersionPayload, {
    description:
      'Vendor administrators. The earlier version’s title, summary, body, product, version, category and tags become a new version; who may read the article stays as it is now: the visibility, and the product while the visibility goes by it.',
  })
  restoreArticleVersion(
    @Arg('articleId', () => ID) articleId: string,
    @Arg('number', () => Int) number: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => ({
      article: await ctx.services.articleEditor.restoreVersion(
        ctx.actor,
        idOf('Article', articleId),
        number,
      ),
    }));
  }

  @Mutation(() => RateArticlePayload, {
    description: 'Says whether the article helped; saying it again replaces the earlier answer.',
  })
  rateArticle(
    @Arg('articleId', () => ID) articleId: string,
    @Arg('helpful') helpful: boolean,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toPayload(async () => ({
      article: await ctx.services.articleFeedback.rate(
        ctx.actor,
        idOf('Article', articleId),
        helpful,
      ),
    }));
  }

  @FieldResolver(() => ID)
  id(@Root() article: ArticleEntity): string {
    return toGlobalId('Article', article.id);
  }

  @FieldResolver(() => Int, {
    description: 'The number of the version shown (see articleVersions).',
  })
  versionNumber(@Root() article: ArticleEntity): number {
    return article.currentVersion;
  }

  @FieldResolver(() => [String])
  tags(@Root() article: ArticleEntity): string[] {
    return tagsOf(article);
  }

  @FieldResolver(() => String, {
    description: 'The body as HTML, sanitized: no scripts, event handlers or javascript: links.',
  })
  bodyHtml(@Root() article: ArticleEntity): string {
    return renderMarkdown(article.bodyMarkdown);
  }

  @FieldResolver(() => Int)
  async helpfulCount(@Root() article: ArticleEntity, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.feedbackCountsByArticleId.load(article.id)).helpful;
  }

  @FieldResolver(() => Int)
  async notHelpfulCount(
    @Root() article: ArticleEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<number> {
    return (await ctx.loaders.feedbackCountsByArticleId.load(article.id)).notHelpful;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'What the viewer said: true helpful, false not, null nothing yet.',
  })
  viewerFeedback(
    @Root() article: ArticleEntity,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean | null> | null {
    if (!ctx.actor) return null;
    return ctx.loaders.feedbackByReaderAndArticle.load(`${ctx.actor.professionalId} ${article.id}`);
  }

  @FieldResolver(() => [ArticleType], {
    description:
      'Articles on the same product and category or sharing tags, that the reader may open.',
  })
  relatedArticles(
    @Root() article: ArticleEntity,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 5, description: 'At most 20.' })
    first: number,
  ): Promise<ArticleEntity[]> {
    return ctx.services.articles.related(ctx.actor, article, first);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may edit, publish and restore it.',
  })
  viewerCanEdit(@Ctx() ctx: GraphQLContext): boolean {
    return canManageContent(ctx.actor);
  }
}

@Resolver(() => ArticleVersionType)
export class ArticleVersionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The editor’s name at the time.' })
  editedBy(@Root() version: ArticleVersionEntity): string | null {
    return version.editedByLabel;
  }

  @FieldResolver(() => [String], { nullable: true, description: 'Null when not recorded.' })
  tags(@Root() version: ArticleVersionEntity): string[] | null {
    return version.tags === null ? null : tagsOf({ tags: version.tags });
  }
}
