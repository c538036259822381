import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ContentKind } from '@foyer/shared';
import type { GraphQLContext } from '../../platform/graphql/context';
import { toGlobalId, type NodeTypeName } from '../../platform/graphql/global-id';
import { connectionOf } from '../../platform/graphql/connection';
import { ContentKindEnum } from '../../platform/graphql/enums';
import { NodeInterface } from '../../platform/graphql/node.interface';
import type { ArticleEntity } from './article.entity';
import type { AnnouncementEntity } from '../news/announcement.entity';
import { audienceOf } from '../news/announcement.service';
import type { SoftwareUpdateEntity } from '../updates/software-update.entity';
import type { QuestionEntity } from '../community/community.entity';
import type { CourseEntity } from '../training/course.entity';
import type { SearchHit, Suggestion } from './content-search.service';
import {
  SearchHitType,
  SearchResultConnection,
  SearchSuggestionType,
  VERSION_FILTER_DESCRIPTION,
} from './search.type';

/** The Node type each content kind is, for global ids. */
const NODE_TYPE: Record<ContentKind, NodeTypeName> = {
  ARTICLE: 'Article',
  UPDATE: 'SoftwareUpdate',
  COURSE: 'Course',
  NEWS: 'Announcement',
  QUESTION: 'Question',
};

@Resolver(() => SearchHitType)
export class SearchResolver {
  @Query(() => SearchResultConnection, {
    description:
      'One search over every kind of content the reader may open, with highlighted snippets and facet counts. Every word must match; ' +
      'the last one also as a prefix (search-as-you-type); "quoted words" match as a phrase. Ranked: the words side by side first, ' +
      'then by relevance with title above summary above body.',
  })
  async search(
    @Arg('query') query: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('kinds', () => [ContentKindEnum], {
      nullable: true,
      description: 'One or more kinds. Left out: every kind.',
    })
    kinds?: ContentKind[] | null,
    @Arg('product', () => String, { nullable: true }) product?: string | null,
    @Arg('version', () => String, { nullable: true, description: VERSION_FILTER_DESCRIPTION })
    version?: string | null,
    @Arg('category', () => String, { nullable: true }) category?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    const results = await ctx.services.contentSearch.search(ctx.actor, {
      query,
      kinds,
      product,
      version,
      category,
      first,
      after,
    });
    return {
      ...connectionOf(results),
      totalCountIsLowerBound: results.totalCountIsLowerBound,
      facets: results.facets,
    };
  }

  @Query(() => [SearchSuggestionType], {
    description: 'Titles the reader may open that match what is typed, for the search box.',
  })
  searchSuggestions(
    @Arg('prefix') prefix: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('kinds', () => [ContentKindEnum], { nullable: true }) kinds?: ContentKind[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 8, description: 'At most 10.' })
    first?: number,
  ): Promise<Suggestion[]> {
    return ctx.services.contentSearch.suggestions(ctx.actor, { prefix, kinds, first });
  }

  @FieldResolver(() => ID, { description: 'The global id of the item found.' })
  id(@Root() hit: SearchHit): string {
    return toGlobalId(NODE_TYPE[hit.kind], hit.itemId);
  }

  @FieldResolver(() => NodeInterface, {
    nullable: true,
    description: 'The item found (an Article, …).',
  })
  node(
    @Root() hit: SearchHit,
    @Ctx() ctx: GraphQLContext,
  ): Promise<
    ArticleEntity | AnnouncementEntity | SoftwareUpdateEntity | QuestionEntity | CourseEntity | null
  > {
    return itemOf(hit, ctx);
  }
}

@Resolver(() => SearchSuggestionType)
export class SearchSuggestionResolver {
  @FieldResolver(() => ID, { description: 'The global id of the item.' })
  id(@Root() suggestion: Suggestion): string {
    return toGlobalId(NODE_TYPE[suggestion.kind], suggestion.itemId);
  }
}

/** The item behind a hit, loaded in one batch per page; null if it went away or out of reach since. */
async function itemOf(
  hit: SearchHit,
  ctx: GraphQLContext,
): Promise<
  ArticleEntity | AnnouncementEntity | SoftwareUpdateEntity | QuestionEntity | CourseEntity | null
> {
  switch (hit.kind) {
    case 'ARTICLE': {
      const article = await ctx.loaders.articleById.load(hit.itemId);
      return article && (await ctx.services.articles.canRead(ctx.actor, article)) ? article : null;
    }
    case 'NEWS': {
      const announcement = await ctx.loaders.announcementById.load(hit.itemId);
      if (!announcement) return null;
      const audience = audienceOf(await ctx.loaders.audienceByAnnouncementId.load(announcement.id));
      return (await ctx.services.announcements.canRead(ctx.actor, announcement, audience))
        ? announcement
        : null;
    }
    case 'UPDATE': {
      const update = await ctx.loaders.updateById.load(hit.itemId);
      return update && (await ctx.services.updates.canRead(ctx.actor, update)) ? update : null;
    }
    case 'QUESTION': {
      const question = await ctx.loaders.questionById.load(hit.itemId);
      return question && (await ctx.services.community.canRead(ctx.actor, question))
        ? question
        : null;
    }
    case 'COURSE': {
      const course = await ctx.loaders.courseById.load(hit.itemId);
      return course && (await ctx.services.courses.canRead(ctx.actor, course)) ? course : null;
    }
    default:
      return null;
  }
}
