import { useQuery } from '@apollo/client/react';
import { CONTENT_VISIBILITY_LABELS } from '@foyer/shared';
import { useRef, type MouseEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { findGraphQLError } from '../../app/graphql-errors';
import {
  articlePath,
  editArticlePath,
  KNOWLEDGE_BASE_PATH,
  knowledgeBasePath,
  SEARCH_PATH,
} from '../../app/paths';
import { graphql } from '../../gql';
import type { ArticlePage_ArticleQuery } from '../../gql/graphql';
import { buttonClassName } from '../../ui/button';
import { DateTime } from '../../ui/date-time';
import { LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { ServerHtml } from '../search/server-html';
import { FixedIn } from '../updates/fixed-in';
import { ArticleCommunityQuestions } from '../community/article-community-questions';
import { ArticleFeedback } from './article-feedback';
import { useKeyboardScrolling } from './use-keyboard-scrolling';
import './knowledge-base.css';

const ArticlePageQuery = graphql(`
  query ArticlePage_article($slug: String!) {
    articleBySlug(slug: $slug) {
      id
      slug
      title
      summary
      bodyHtml
      product
      version
      category
      tags
      visibility
      publishedAt
      updatedAt
      viewerCanEdit
      helpfulCount
      notHelpfulCount
      viewerFeedback
      relatedArticles(first: 5) {
        id
        slug
        title
        summary
        product
        version
      }
    }
  }
`);

type Article = ArticlePage_ArticleQuery['articleBySlug'];

/** One article: what it is about, its body, whether it helped, and where to read on. */
export function ArticlePage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ArticlePageQuery, {
    variables: { slug },
    // An article may have been edited since it was last opened in this tab.
    fetchPolicy: 'cache-and-network',
  });

  const article = data?.articleBySlug;
  if (!article) {
    if (loading) return <LoadingState label="Loading the article…" />;
    if (findGraphQLError(error, 'NOT_FOUND')) return <ArticleNotFound />;
    return <LoadFailed what="The article" onRetry={refetch} />;
  }

  return <ArticleView article={article} />;
}

function ArticleView({ article }: { article: Article }) {
  const navigate = useNavigate();
  const bodyRef = useRef<HTMLDivElement>(null);
  useKeyboardScrolling(bodyRef, article.bodyHtml);
  const details: { label: string; value: string; to?: string }[] = [
    article.product
      ? {
          label: 'Product',
          value: article.product,
          to: knowledgeBasePath({ product: article.product }),
        }
      : null,
    article.version ? { label: 'Version', value: article.version } : null,
    article.category
      ? {
          label: 'Category',
          value: article.category,
          to: knowledgeBasePath({ category: article.category }),
        }
      : null,
  ].filter((detail) => detail !== null);

  // Links inside the body to other pages of the portal open like any other link of the app,
  // without reloading it; links elsewhere, and clicks with a modifier key, are left to the browser.
  function followInternalLink(event: MouseEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element).closest('a');
    if (!anchor || anchor.target || !anchor.getAttribute('href')) return;
    const href = anchor.getAttribute('href')!;
    if (!href.startsWith('/') || href.startsWith('//')) return;
    event.preventDefault();
    navigate(href);
  }

  return (
    <article className="article-page" aria-labelledby="article-title">
      <title>{`${article.title} · Knowledge base · Foyer`}</title>
      <p className="article-page__back">
        <Link to={KNOWLEDGE_BASE_PATH}>Knowledge base</Link>
      </p>

      {article.publishedAt ? null : (
        <div className="notice notice--warning article-page__draft">
          <p className="notice__message">Draft: only vendor staff can see this article.</p>
          <p className="notice__hint">Publish it from the editor when it is ready for readers.</p>
        </div>
      )}

      <header className="article-page__header">
        <div className="article-page__heading">
          <h1 id="article-title">{article.title}</h1>
          {article.viewerCanEdit ? (
            <Link className={buttonClassName('secondary')} to={editArticlePath(article.slug)}>
              Edit<span className="visually-hidden"> “{article.title}”</span>
            </Link>
          ) : null}
        </div>
        {article.summary ? <p className="article-page__summary">{article.summary}</p> : null}
        <dl className="article-meta">
          {details.map((detail) => (
            <div key={detail.label} className="article-meta__item">
              <dt>{detail.label}</dt>
              <dd>{detail.to ? <Link to={detail.to}>{detail.value}</Link> : detail.value}</dd>
            </div>
          ))}
          <div className="article-meta__item">
            <dt>Last updated</dt>
            <dd>
              <DateTime value={article.updatedAt} dateOnly />
            </dd>
          </div>
          {article.viewerCanEdit ? (
            <div className="article-meta__item">
              <dt>Visible to</dt>
              <dd>{CONTENT_VISIBILITY_LABELS[article.visibility]}</dd>
            </div>
          ) : null}
        </dl>
        {article.tags.length > 0 ? (
          <ul className="chips article-page__tags" aria-label="Tags">
            {article.tags.map((tag) => (
              <li key={tag} className="chip">
                {tag}
              </li>
            ))}
          </ul>
        ) : null}
      </header>

      {/* The body is the server's bodyHtml: Markdown rendered and passed through its allow-list. */}
      <div ref={bodyRef} className="article-page__body" onClick={followInternalLink}>
        <ServerHtml as="div" className="article-body" html={article.bodyHtml} />
      </div>

      <FixedIn articleId={article.id} />

      <ArticleFeedback article={article} />

      <ArticleCommunityQuestions articleId={article.id} />

      {article.relatedArticles.length > 0 ? (
        <section className="related-articles" aria-labelledby="related-articles-heading">
          <h2 id="related-articles-heading">Related articles</h2>
          <ul className="related-articles__list">
            {article.relatedArticles.map((related) => (
              <li key={related.id} className="related-articles__item">
                <Link to={articlePath(related.slug)} className="related-articles__link">
                  {related.title}
                </Link>
                {related.summary ? (
                  <p className="related-articles__summary">{related.summary}</p>
                ) : null}
                {related.product || related.version ? (
                  <p className="related-articles__meta">
                    {[related.product, related.version ? `Version ${related.version}` : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

/** The same page whether the article does not exist or the reader may not open it. */
function ArticleNotFound() {
  return (
    <div className="article-page article-page--not-found">
      <title>Article not found · Foyer</title>
      <h1>Article not found</h1>
      <div className="notice" role="alert">
        <p className="notice__message">
          There is no article at this address, or it is not one you can open.
        </p>
        <p className="notice__hint">
          It may have been moved or unpublished. Search for it, or browse the knowledge base.
        </p>
      </div>
      <p className="article-page__not-found-links">
        <Link className={buttonClassName('primary')} to={SEARCH_PATH}>
          Search
        </Link>
        <Link className={buttonClassName('secondary')} to={KNOWLEDGE_BASE_PATH}>
          Browse the knowledge base
        </Link>
      </p>
    </div>
  );
}
