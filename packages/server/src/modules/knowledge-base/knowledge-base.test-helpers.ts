import type { TestApp } from '../../test/test-app';

export const ARTICLE_FIELDS = `id slug title summary bodyMarkdown bodyHtml product version category tags visibility publishedAt updatedAt versionNumber
  helpfulCount notHelpfulCount viewerFeedback viewerCanEdit`;

const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { article { id slug } error { code message field } } }`;
const PUBLISH = `mutation ($id: ID!) { publishArticle(id: $id) { article { id publishedAt } error { code } } }`;

export interface ArticleSpec {
  title: string;
  bodyMarkdown?: string;
  summary?: string;
  slug?: string;
  product?: string | null;
  version?: string | null;
  category?: string | null;
  tags?: string[];
  visibility?: 'ALL_CUSTOMERS' | 'ENTITLED_PRODUCT' | 'ACTIVE_SERVICE_PLAN' | 'VENDOR_ONLY';
}

/** Creates an article through the API as a vendor administrator, published unless told otherwise. */
export async function createArticle(
  app: TestApp,
  cookie: string,
  spec: ArticleSpec,
  options: { publish?: boolean } = {},
): Promise<{ id: string; slug: string }> {
  const created = await app.graphql(CREATE, { input: { bodyMarkdown: '', ...spec } }, cookie);
  const payload = created.data?.createArticle;
  if (!payload?.article)
    throw new Error(`createArticle failed: ${JSON.stringify(payload?.error ?? created.errors)}`);
  if (options.publish !== false) {
    const published = await app.graphql(PUBLISH, { id: payload.article.id }, cookie);
    if (published.data?.publishArticle?.error || published.errors)
      throw new Error(
        `publishArticle failed: ${JSON.stringify(published.data ?? published.errors)}`,
      );
  }
  return payload.article;
}
