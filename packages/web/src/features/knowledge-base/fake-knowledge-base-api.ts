import type { ContentVisibility, ErrorCode } from '@foyer/shared';
import { graphql, HttpResponse } from 'msw';
import {
  ArticleEditor_ArticleDocument,
  ArticleEditor_CreateDocument,
  ArticleEditor_PermissionDocument,
  ArticleEditor_PublishDocument,
  ArticleEditor_UnpublishDocument,
  ArticleEditor_UpdateDocument,
  ArticleCommunityQuestions_QuestionsDocument,
  ArticleFeedback_RateDocument,
  ArticlePage_ArticleDocument,
  FixedIn_ArticleDocument,
  KnowledgeBasePage_ArticlesDocument,
  KnowledgeBasePage_FilterOptionsDocument,
  LatestArticles_ArticlesDocument,
  VersionHistory_RestoreDocument,
  VersionHistory_VersionsDocument,
  type ArticleEditor_ArticleFragment,
  type CreateArticleInput,
  type UpdateArticleInput,
} from '../../gql/graphql';
import { distinctSorted } from '../../test/distinct-sorted';
import { server } from '../../test/msw-server';

export interface FakeVersion {
  number: number;
  title: string;
  summary: string;
  bodyMarkdown: string;
  /** The details are null in a version made before the server recorded them. */
  product: string | null;
  version: string | null;
  category: string | null;
  tags: string[] | null;
  visibility: ContentVisibility | null;
  editedAt: string;
  editedBy: string | null;
  restoredFrom: number | null;
}

/** An article as the server stores it, with what this reader said about it. */
export interface FakeArticle {
  id: string;
  slug: string;
  title: string;
  summary: string;
  bodyMarkdown: string;
  bodyHtml: string;
  product: string | null;
  version: string | null;
  category: string | null;
  tags: string[];
  visibility: ContentVisibility;
  publishedAt: string | null;
  updatedAt: string;
  helpfulCount: number;
  notHelpfulCount: number;
  viewerFeedback: boolean | null;
  versions: FakeVersion[];
  /** Slugs of the related articles, as the server would find them. */
  related: string[];
}

function article(
  fields: Partial<FakeArticle> & Pick<FakeArticle, 'id' | 'slug' | 'title'>,
): FakeArticle {
  const summary = fields.summary ?? '';
  const bodyMarkdown = fields.bodyMarkdown ?? `Body of ${fields.title}.`;
  const updatedAt = fields.updatedAt ?? '2030-03-01T09:00:00.000Z';
  return {
    summary,
    bodyMarkdown,
    bodyHtml: fields.bodyHtml ?? htmlOf(bodyMarkdown),
    product: null,
    version: null,
    category: null,
    tags: [],
    visibility: 'ALL_CUSTOMERS',
    publishedAt: '2030-02-01T09:00:00.000Z',
    updatedAt,
    helpfulCount: 0,
    notHelpfulCount: 0,
    viewerFeedback: null,
    related: [],
    versions: [
      {
        number: 1,
        title: fields.title,
        summary,
        bodyMarkdown,
        product: fields.product ?? null,
        version: fields.version ?? null,
        category: fields.category ?? null,
        tags: fields.tags ?? [],
        visibility: fields.visibility ?? 'ALL_CUSTOMERS',
        editedAt: updatedAt,
        editedBy: 'Vera Lindqvist',
        restoredFrom: null,
      },
    ],
    ...fields,
  };
}

export const PROXY_ARTICLE = article({
  id: 'QXJ0aWNsZTpwcm94eQ==',
  slug: 'configure-the-proxy',
  title: 'Configure the proxy',
  summary: 'Send Atlas traffic through your company proxy.',
  bodyMarkdown:
    '## Before you start\n\nYou need the proxy address.\n\nSee [TLS certificates](/kb/install-tls-certificates).',
  bodyHtml:
    '<h2>Before you start</h2>\n<p>You need the proxy address.</p>\n<p>See <a href="/kb/install-tls-certificates">TLS certificates</a>.</p>',
  product: 'atlas',
  version: '7.2',
  category: 'Networking',
  tags: ['proxy', 'network'],
  updatedAt: '2030-03-04T10:30:00.000Z',
  helpfulCount: 12,
  notHelpfulCount: 3,
  related: ['install-tls-certificates', 'reset-a-password'],
  versions: [
    {
      number: 2,
      title: 'Configure the proxy',
      summary: 'Send Atlas traffic through your company proxy.',
      bodyMarkdown:
        '## Before you start\n\nYou need the proxy address.\n\nSee [TLS certificates](/kb/install-tls-certificates).',
      product: 'atlas',
      version: '7.2',
      category: 'Networking',
      tags: ['proxy', 'network'],
      visibility: 'ALL_CUSTOMERS',
      editedAt: '2030-03-04T10:30:00.000Z',
      editedBy: 'Vera Lindqvist',
      restoredFrom: null,
    },
    {
      number: 1,
      title: 'Proxy settings',
      summary: 'The first draft.',
      bodyMarkdown: '# Proxy settings\n\nOpen **Settings**, then *Network*.',
      product: 'atlas',
      version: '7.1',
      category: 'Setup',
      tags: ['proxy'],
      visibility: 'VENDOR_ONLY',
      editedAt: '2030-02-01T09:00:00.000Z',
      editedBy: 'Vera Lindqvist',
      restoredFrom: null,
    },
  ],
});

export const TLS_ARTICLE = article({
  id: 'QXJ0aWNsZTp0bHM=',
  slug: 'install-tls-certificates',
  title: 'Install TLS certificates',
  summary: 'Trust your own certificate authority.',
  product: 'atlas',
  version: '7.1',
  category: 'Security',
  updatedAt: '2030-03-03T08:00:00.000Z',
});

export const PASSWORD_ARTICLE = article({
  id: 'QXJ0aWNsZTpwYXNzd29yZA==',
  slug: 'reset-a-password',
  title: 'Reset a password',
  summary: 'When someone is locked out.',
  product: 'beacon',
  category: 'Accounts',
  updatedAt: '2030-03-02T08:00:00.000Z',
});

export const DRAFT_ARTICLE = article({
  id: 'QXJ0aWNsZTpkcmFmdA==',
  slug: 'upcoming-release-notes',
  title: 'Upcoming release notes',
  product: 'atlas',
  category: 'Releases',
  publishedAt: null,
  visibility: 'VENDOR_ONLY',
  updatedAt: '2030-03-05T08:00:00.000Z',
});

export interface FakeKnowledgeBaseOptions {
  articles?: FakeArticle[];
  /** The viewer is one of the vendor's administrators: sees drafts, may write. */
  canManage?: boolean;
  /** Answer rateArticle with this refusal. */
  refuseRating?: { code: ErrorCode; message: string; hint: string } | null;
}

const NOW = '2030-03-06T12:00:00.000Z';

/**
 * The knowledge base as the server behaves, kept in memory: drafts only for those who manage
 * articles, one answer per reader, a version per change of title, summary or body, restores as new
 * versions. Every request is recorded for the tests to check what was sent.
 */
export function installFakeKnowledgeBaseApi({
  articles = [PROXY_ARTICLE, TLS_ARTICLE, PASSWORD_ARTICLE, DRAFT_ARTICLE],
  canManage = false,
  refuseRating = null,
}: FakeKnowledgeBaseOptions = {}) {
  const state = {
    articles: articles.map((item): FakeArticle => JSON.parse(JSON.stringify(item))),
    canManage,
    slugRequests: [] as string[],
    ratings: [] as { articleId: string; helpful: boolean }[],
    listRequests: [] as {
      product?: string | null;
      category?: string | null;
      after?: string | null;
    }[],
    created: [] as CreateArticleInput[],
    updated: [] as UpdateArticleInput[],
    published: [] as string[],
    unpublished: [] as string[],
    restored: [] as { articleId: string; number: number }[],
    versionRequests: 0,
    /** Answer the next create or update with this refusal instead of saving. */
    refuseNextSave: null as {
      code: ErrorCode;
      field: string | null;
      message: string;
      hint: string;
    } | null,
  };
  const readable = () => state.articles.filter((item) => state.canManage || item.publishedAt);
  const bySlug = (slug: string) => readable().find((item) => item.slug === slug);
  const byId = (id: string) => state.articles.find((item) => item.id === id);
  const latestFirst = (items: FakeArticle[]) =>
    [...items].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const notFound = (path: string) => ({
    data: null,
    errors: [
      {
        message: 'Article not found.',
        path: [path],
        extensions: { code: 'NOT_FOUND', hint: 'Check the link.' },
      },
    ],
  });
  const refusal = (error: {
    code: ErrorCode;
    field?: string | null;
    message: string;
    hint: string;
  }) => ({
    __typename: 'UserError' as const,
    field: null,
    ...error,
  });

  server.use(
    // "Fixed in" on the article page belongs to updates; here no update fixes anything.
    graphql.query(FixedIn_ArticleDocument, ({ variables }) =>
      HttpResponse.json({
        data: { article: { __typename: 'Article', id: String(variables.articleId), fixedIn: [] } },
      }),
    ),
    graphql.query(ArticlePage_ArticleDocument, ({ variables }) => {
      state.slugRequests.push(variables.slug);
      const found = bySlug(variables.slug);
      if (!found) return HttpResponse.json(notFound('articleBySlug'));
      return HttpResponse.json({
        data: {
          articleBySlug: {
            ...articleFields(found, state.canManage),
            relatedArticles: found.related.flatMap((slug) => {
              const related = bySlug(slug);
              return related
                ? [
                    {
                      __typename: 'Article' as const,
                      id: related.id,
                      slug: related.slug,
                      title: related.title,
                      summary: related.summary,
                      product: related.product,
                      version: related.version,
                    },
                  ]
                : [];
            }),
          },
        },
      });
    }),
    // The community's questions about an article (features/community): none in these tests.
    graphql.query(ArticleCommunityQuestions_QuestionsDocument, ({ variables }) =>
      HttpResponse.json({
        data: {
          article: {
            __typename: 'Article' as const,
            id: String(variables.articleId),
            communityQuestions: [],
          },
        },
      }),
    ),
    graphql.mutation(ArticleFeedback_RateDocument, ({ variables }) => {
      const articleId = String(variables.articleId);
      state.ratings.push({ articleId, helpful: variables.helpful });
      if (refuseRating) {
        return HttpResponse.json({
          data: {
            rateArticle: {
              __typename: 'RateArticlePayload',
              article: null,
              error: refusal(refuseRating),
            },
          },
        });
      }
      const found = byId(articleId)!;
      if (found.viewerFeedback === true) found.helpfulCount -= 1;
      if (found.viewerFeedback === false) found.notHelpfulCount -= 1;
      found.viewerFeedback = variables.helpful;
      if (variables.helpful) found.helpfulCount += 1;
      else found.notHelpfulCount += 1;
      return HttpResponse.json({
        data: {
          rateArticle: {
            __typename: 'RateArticlePayload',
            error: null,
            article: {
              __typename: 'Article',
              id: found.id,
              helpfulCount: found.helpfulCount,
              notHelpfulCount: found.notHelpfulCount,
              viewerFeedback: found.viewerFeedback,
            },
          },
        },
      });
    }),
    graphql.query(KnowledgeBasePage_ArticlesDocument, ({ variables }) => {
      state.listRequests.push({
        product: variables.product,
        category: variables.category,
        after: variables.after,
      });
      const matching = latestFirst(readable()).filter(
        (item) =>
          (!variables.product || item.product === variables.product) &&
          (!variables.category || item.category === variables.category),
      );
      const start = variables.after ? Number(variables.after.replace('cursor-', '')) + 1 : 0;
      const page = matching.slice(start, start + variables.first);
      return HttpResponse.json({
        data: {
          articles: {
            __typename: 'ArticleConnection',
            totalCount: matching.length,
            pageInfo: {
              __typename: 'PageInfo',
              hasNextPage: start + variables.first < matching.length,
              endCursor: page.length > 0 ? `cursor-${start + page.length - 1}` : null,
            },
            edges: page.map((item, index) => ({
              __typename: 'ArticleEdge' as const,
              cursor: `cursor-${start + index}`,
              node: {
                __typename: 'Article' as const,
                id: item.id,
                slug: item.slug,
                title: item.title,
                summary: item.summary,
                product: item.product,
                version: item.version,
                category: item.category,
                updatedAt: item.updatedAt,
                publishedAt: item.publishedAt,
              },
            })),
          },
        },
      });
    }),
    graphql.query(KnowledgeBasePage_FilterOptionsDocument, () =>
      HttpResponse.json({
        data: {
          viewerCanManageArticles: state.canManage,
          articleProducts: distinctSorted(readable().map((item) => item.product)),
          articleCategories: distinctSorted(readable().map((item) => item.category)),
        },
      }),
    ),
    graphql.query(LatestArticles_ArticlesDocument, ({ variables }) => {
      const all = latestFirst(readable());
      return HttpResponse.json({
        data: {
          articles: {
            __typename: 'ArticleConnection',
            totalCount: all.length,
            edges: all.slice(0, variables.first).map((item) => ({
              __typename: 'ArticleEdge' as const,
              node: {
                __typename: 'Article' as const,
                id: item.id,
                slug: item.slug,
                title: item.title,
                updatedAt: item.updatedAt,
              },
            })),
          },
        },
      });
    }),
    graphql.query(ArticleEditor_PermissionDocument, () =>
      HttpResponse.json({ data: { viewerCanManageArticles: state.canManage } }),
    ),
    graphql.query(ArticleEditor_ArticleDocument, ({ variables }) => {
      const found = bySlug(variables.slug);
      if (!found) return HttpResponse.json(notFound('articleBySlug'));
      return HttpResponse.json({ data: { articleBySlug: editorFields(found, state.canManage) } });
    }),
    graphql.mutation(ArticleEditor_CreateDocument, ({ variables }) => {
      const input = variables.input;
      state.created.push(input);
      const refused = takeRefusal();
      const slug = input.slug ?? slugify(input.title);
      const taken = state.articles.some((item) => item.slug === slug);
      if (refused || taken) {
        const error = refused ?? {
          code: 'SLUG_TAKEN' as const,
          field: 'slug',
          message: 'Another article already has this address.',
          hint: 'Choose another slug.',
        };
        return HttpResponse.json({
          data: {
            createArticle: {
              __typename: 'CreateArticlePayload',
              article: null,
              error: refusal(error),
            },
          },
        });
      }
      const created = article({
        id: `QXJ0aWNsZTo${state.articles.length}`,
        slug,
        title: input.title.trim(),
        summary: input.summary ?? '',
        bodyMarkdown: input.bodyMarkdown,
        product: input.product ?? null,
        version: input.version ?? null,
        category: input.category ?? null,
        tags: input.tags ?? [],
        visibility: input.visibility ?? 'ALL_CUSTOMERS',
        publishedAt: null,
        updatedAt: NOW,
      });
      state.articles.push(created);
      return HttpResponse.json({
        data: {
          createArticle: {
            __typename: 'CreateArticlePayload',
            article: editorFields(created, true),
            error: null,
          },
        },
      });
    }),
    graphql.mutation(ArticleEditor_UpdateDocument, ({ variables }) => {
      const input = variables.input;
      state.updated.push(input);
      const refused = takeRefusal();
      if (refused) {
        return HttpResponse.json({
          data: {
            updateArticle: {
              __typename: 'UpdateArticlePayload',
              article: null,
              error: refusal(refused),
            },
          },
        });
      }
      const found = byId(String(input.id))!;
      const contentChanged =
        (input.title != null && input.title !== found.title) ||
        (input.summary != null && input.summary !== found.summary) ||
        (input.bodyMarkdown != null && input.bodyMarkdown !== found.bodyMarkdown);
      Object.assign(found, {
        title: input.title ?? found.title,
        slug: input.slug ?? found.slug,
        summary: input.summary ?? found.summary,
        bodyMarkdown: input.bodyMarkdown ?? found.bodyMarkdown,
        product: input.product == null ? found.product : input.product || null,
        version: input.version == null ? found.version : input.version || null,
        category: input.category == null ? found.category : input.category || null,
        tags: input.tags ?? found.tags,
        visibility: input.visibility ?? found.visibility,
        updatedAt: NOW,
      });
      found.bodyHtml = htmlOf(found.bodyMarkdown);
      if (contentChanged) addVersion(found, null);
      return HttpResponse.json({
        data: {
          updateArticle: {
            __typename: 'UpdateArticlePayload',
            article: editorFields(found, true),
            error: null,
          },
        },
      });
    }),
    graphql.mutation(ArticleEditor_PublishDocument, ({ variables }) => {
      const found = byId(String(variables.id))!;
      state.published.push(found.id);
      found.publishedAt = found.publishedAt ?? NOW;
      return HttpResponse.json({
        data: {
          publishArticle: {
            __typename: 'PublishArticlePayload',
            error: null,
            article: {
              __typename: 'Article',
              id: found.id,
              publishedAt: found.publishedAt,
              updatedAt: found.updatedAt,
            },
          },
        },
      });
    }),
    graphql.mutation(ArticleEditor_UnpublishDocument, ({ variables }) => {
      const found = byId(String(variables.id))!;
      state.unpublished.push(found.id);
      found.publishedAt = null;
      return HttpResponse.json({
        data: {
          unpublishArticle: {
            __typename: 'UnpublishArticlePayload',
            error: null,
            article: {
              __typename: 'Article',
              id: found.id,
              publishedAt: null,
              updatedAt: found.updatedAt,
            },
          },
        },
      });
    }),
    graphql.query(VersionHistory_VersionsDocument, ({ variables }) => {
      state.versionRequests += 1;
      const found = byId(String(variables.articleId))!;
      return HttpResponse.json({
        data: {
          articleVersions: found.versions.map((version) => ({
            __typename: 'ArticleVersion' as const,
            ...version,
          })),
        },
      });
    }),
    graphql.mutation(VersionHistory_RestoreDocument, ({ variables }) => {
      const found = byId(String(variables.articleId))!;
      state.restored.push({ articleId: found.id, number: variables.number });
      const version = found.versions.find((candidate) => candidate.number === variables.number)!;
      Object.assign(found, {
        title: version.title,
        summary: version.summary,
        bodyMarkdown: version.bodyMarkdown,
        bodyHtml: htmlOf(version.bodyMarkdown),
        // As the server does: the details come back when recorded, the visibility never.
        ...(version.visibility
          ? {
              product: version.product,
              version: version.version,
              category: version.category,
              tags: version.tags ?? [],
            }
          : {}),
        updatedAt: NOW,
      });
      addVersion(found, version.number);
      return HttpResponse.json({
        data: {
          restoreArticleVersion: {
            __typename: 'RestoreArticleVersionPayload',
            error: null,
            article: editorFields(found, true),
          },
        },
      });
    }),
  );

  function takeRefusal() {
    const refused = state.refuseNextSave;
    state.refuseNextSave = null;
    return refused;
  }

  function addVersion(target: FakeArticle, restoredFrom: number | null) {
    const number = target.versions[0]!.number + 1;
    target.versions.unshift({
      number,
      title: target.title,
      summary: target.summary,
      bodyMarkdown: target.bodyMarkdown,
      product: target.product,
      version: target.version,
      category: target.category,
      tags: target.tags,
      visibility: target.visibility,
      editedAt: NOW,
      editedBy: 'Vera Lindqvist',
      restoredFrom,
    });
  }

  return state;
}

function articleFields(item: FakeArticle, canManage: boolean) {
  return {
    __typename: 'Article' as const,
    id: item.id,
    slug: item.slug,
    title: item.title,
    summary: item.summary,
    bodyHtml: item.bodyHtml,
    product: item.product,
    version: item.version,
    category: item.category,
    tags: item.tags,
    visibility: item.visibility,
    publishedAt: item.publishedAt,
    updatedAt: item.updatedAt,
    viewerCanEdit: canManage,
    helpfulCount: item.helpfulCount,
    notHelpfulCount: item.notHelpfulCount,
    viewerFeedback: item.viewerFeedback,
  };
}

function editorFields(item: FakeArticle, canManage: boolean): ArticleEditor_ArticleFragment {
  return {
    __typename: 'Article',
    id: item.id,
    slug: item.slug,
    title: item.title,
    summary: item.summary,
    bodyMarkdown: item.bodyMarkdown,
    bodyHtml: item.bodyHtml,
    product: item.product,
    version: item.version,
    category: item.category,
    tags: item.tags,
    visibility: item.visibility,
    publishedAt: item.publishedAt,
    updatedAt: item.updatedAt,
    versionNumber: item.versions[0]!.number,
    viewerCanEdit: canManage,
  };
}

/** Not the server's renderer: enough HTML for the pages to show something per paragraph. */
function htmlOf(markdown: string): string {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return markdown
    .split(/\n{2,}/)
    .map((block) => `<p>${escape(block.trim())}</p>`)
    .join('\n');
}

function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
