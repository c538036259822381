import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { ContentVisibility } from '@foyer/shared';
import { NodeInterface } from '../../platform/graphql/node.interface';
import { ContentVisibilityEnum } from '../../platform/graphql/enums';
import { connectionType } from '../../platform/graphql/connection';
import { resultPayload } from '../../platform/graphql/result-payload';

@ObjectType('Article', {
  implements: NodeInterface,
  simpleResolvers: true,
  description:
    'A knowledge-base article. Readers see it only when its visibility lets them; vendor staff also see drafts.',
})
export class ArticleType extends NodeInterface {
  @Field({ description: 'Unique; the article’s address in the web app.' })
  slug: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field({ description: 'The body as written (Markdown). Render bodyHtml, which is sanitized.' })
  bodyMarkdown: string;

  @Field(() => String, { nullable: true, description: 'Product code, e.g. "atlas".' })
  product: string | null;

  @Field(() => String, { nullable: true })
  version: string | null;

  @Field(() => String, { nullable: true })
  category: string | null;

  @Field(() => ContentVisibilityEnum)
  visibility: ContentVisibility;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Null for a draft.' })
  publishedAt: Date | null;

  @Field(() => GraphQLDateTime)
  createdAt: Date;

  @Field(() => GraphQLDateTime, { description: 'Last edited.' })
  updatedAt: Date;
}

@ObjectType('ArticleVersion', {
  simpleResolvers: true,
  description:
    'An article as one edit left it. Its details (product, version, category, tags, visibility) are null in versions made before Foyer recorded them.',
})
export class ArticleVersionType {
  @Field(() => Int, { description: '1 for the first version, then one more per edit.' })
  number: number;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field()
  bodyMarkdown: string;

  @Field(() => String, { nullable: true })
  product: string | null;

  @Field(() => String, { nullable: true })
  version: string | null;

  @Field(() => String, { nullable: true })
  category: string | null;

  @Field(() => ContentVisibilityEnum, {
    nullable: true,
    description:
      'Who could read it then. Recorded for history: restoring a version keeps the visibility the article has now.',
  })
  visibility: ContentVisibility | null;

  @Field(() => GraphQLDateTime)
  editedAt: Date;

  @Field(() => Int, { nullable: true, description: 'For a restore: the version brought back.' })
  restoredFrom: number | null;
}

export const ArticleConnection = connectionType(
  'Article',
  () => ArticleType,
  'How many the reader may open with these filters, across all pages.',
);

function articlePayload(name: string, description: string) {
  return resultPayload(name, description, 'article', () => ArticleType);
}

export const CreateArticlePayload = articlePayload(
  'CreateArticlePayload',
  'The new article (a draft), or why not.',
);
export const UpdateArticlePayload = articlePayload(
  'UpdateArticlePayload',
  'The article as changed, or why not.',
);
export const PublishArticlePayload = articlePayload(
  'PublishArticlePayload',
  'The published article, or why not.',
);
export const UnpublishArticlePayload = articlePayload(
  'UnpublishArticlePayload',
  'The article, a draft again, or why not.',
);
export const RestoreArticleVersionPayload = articlePayload(
  'RestoreArticleVersionPayload',
  'The article with the earlier version’s content as its newest version, or why not.',
);
export const RateArticlePayload = articlePayload(
  'RateArticlePayload',
  'The article with its feedback counts, or why not.',
);
