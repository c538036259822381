import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { ContentKind } from '@foyer/shared';
import { ContentKindEnum } from '../../platform/graphql/enums';
import { PageInfo } from '../../platform/graphql/connection';
import { MAX_CANDIDATES } from './content-search.service';

/** The version argument of search and articles (shared's versionWithin). */
export const VERSION_FILTER_DESCRIPTION =
  'A release and the ones under it: "7.2" takes 7.2 and 7.2.1, not 7.20. Left out or empty: any version.';

@ObjectType('SearchHit', {
  simpleResolvers: true,
  description: 'One item the search found, with the words that matched marked.',
})
export class SearchHitType {
  @Field(() => ContentKindEnum)
  kind: ContentKind;

  @Field(() => String, {
    nullable: true,
    description: 'The item’s address in the web app (an article’s slug).',
  })
  slug: string | null;

  @Field()
  title: string;

  @Field({
    description: 'The title as HTML: escaped, the words that matched in <mark>. Safe to render.',
  })
  titleHtml: string;

  @Field({
    description:
      'The passage that matched best, as HTML: escaped, hits in <mark>, … where cut. Safe to render.',
  })
  snippetHtml: string;

  @Field(() => String, { nullable: true })
  product: string | null;

  @Field(() => String, { nullable: true })
  version: string | null;

  @Field(() => String, { nullable: true })
  category: string | null;

  @Field(() => GraphQLDateTime)
  updatedAt: Date;

  @Field(() => Float, {
    description: 'Relevance: higher is better. Comparable within one search only.',
  })
  score: number;
}

@ObjectType({ simpleResolvers: true })
export class SearchHitEdge {
  @Field()
  cursor: string;

  @Field(() => SearchHitType)
  node: SearchHitType;
}

@ObjectType('SearchFacetValue', { simpleResolvers: true })
export class SearchFacetValueType {
  @Field()
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('SearchFacets', {
  simpleResolvers: true,
  description: 'How many of the results have each kind, product and category.',
})
export class SearchFacetsType {
  @Field(() => [SearchFacetValueType], { description: 'Values are ContentKind names.' })
  kinds: SearchFacetValueType[];

  @Field(() => [SearchFacetValueType])
  products: SearchFacetValueType[];

  @Field(() => [SearchFacetValueType])
  categories: SearchFacetValueType[];
}

@ObjectType('SearchResultConnection', { simpleResolvers: true })
export class SearchResultConnection {
  @Field(() => [SearchHitEdge])
  edges: SearchHitEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, {
    description: 'How many results, across all pages (see totalCountIsLowerBound).',
  })
  totalCount: number;

  @Field({
    description: `True when more items match than are ranked: the ${MAX_CANDIDATES} most recent matches are ranked, and totalCount and the facets count those. Narrow the search.`,
  })
  totalCountIsLowerBound: boolean;

  @Field(() => SearchFacetsType)
  facets: SearchFacetsType;
}

@ObjectType('SearchSuggestion', {
  simpleResolvers: true,
  description: 'A title that matches what is being typed.',
})
export class SearchSuggestionType {
  @Field(() => ContentKindEnum)
  kind: ContentKind;

  @Field(() => String, { nullable: true })
  slug: string | null;

  @Field()
  title: string;

  @Field({ description: 'The title as HTML: escaped, the typed words in <mark>. Safe to render.' })
  titleHtml: string;
}
