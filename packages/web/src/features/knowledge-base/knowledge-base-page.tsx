import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { articlePath, knowledgeBasePath, NEW_ARTICLE_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import type { KnowledgeBasePage_ArticlesQuery } from '../../gql/graphql';
import { Button, buttonClassName } from '../../ui/button';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Pager } from '../../ui/pager';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { useCursorPages } from '../organizations/use-cursor-pages';
import './knowledge-base.css';

const KnowledgeBaseArticlesQuery = graphql(`
  query KnowledgeBasePage_articles($product: String, $category: String, $first: Int!, $after: String) {
    articles(product: $product, category: $category, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          slug
          title
          summary
          product
          version
          category
          updatedAt
          publishedAt
        }
      }
    }
  }
`);

// The API has no list of products and categories; the most recently updated articles name the
// ones in use, which is what a reader can pick from.
const KnowledgeBaseFilterOptionsQuery = graphql(`
  query KnowledgeBasePage_filterOptions {
    articles(first: 100) {
      edges {
        node {
          id
          product
          category
        }
      }
    }
    viewerCanManageArticles
  }
`);

export const KNOWLEDGE_BASE_PAGE_SIZE = 20;

type ListedArticle = KnowledgeBasePage_ArticlesQuery['articles']['edges'][number]['node'];

/** The knowledge base: the latest articles first, by product and category. */
export function KnowledgeBasePage() {
  const [params, setParams] = useSearchParams();
  const product = params.get('product')?.trim() || '';
  const category = params.get('category')?.trim() || '';
  const filtered = Boolean(product || category);
  const pages = useCursorPages(`${product}|${category}`);
  const { data: optionsData } = useQuery(KnowledgeBaseFilterOptionsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const { data, previousData, loading, error, refetch } = useQuery(KnowledgeBaseArticlesQuery, {
    variables: {
      product: product || null,
      category: category || null,
      first: KNOWLEDGE_BASE_PAGE_SIZE,
      after: pages.after,
    },
    // New and edited articles show up on return, after what was already loaded is shown.
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.articles;
  const canManage = optionsData?.viewerCanManageArticles ?? false;

  const known = optionsData?.articles.edges.map((edge) => edge.node) ?? [];
  const productOptions = optionsOf('All products', known.map((article) => article.product), product);
  const categoryOptions = optionsOf('All categories', known.map((article) => article.category), category);

  function setFilter(name: 'product' | 'category', value: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  }

  let list;
  if (!connection) {
    list = error ? (
      <ErrorState
        title="Articles could not be loaded"
        message="Foyer did not answer as expected. Check your connection, then try again."
        onRetry={() => void refetch().catch(() => undefined)}
      />
    ) : (
      <LoadingState label="Loading articles…" />
    );
  } else if (connection.edges.length === 0 && !loading) {
    list = filtered ? (
      <EmptyState
        title="No articles match these filters"
        message="Choose another product or category, or see every article again."
        action={
          <Link className={buttonClassName()} to={knowledgeBasePath()}>
            Clear filters
          </Link>
        }
      />
    ) : (
      <EmptyState title="No articles yet" message="Articles appear here as they are published." />
    );
  } else {
    const articles = connection.edges.map((edge) => edge.node);
    list = (
      <>
        <ul className="article-list" aria-label="Articles, most recently updated first" aria-busy={loading || undefined}>
          {articles.map((article) => (
            <ArticleListItem key={article.id} article={article} />
          ))}
        </ul>
        <Pager
          label="Pages of articles"
          pageIndex={pages.pageIndex}
          pageSize={KNOWLEDGE_BASE_PAGE_SIZE}
          shown={articles.length}
          totalCount={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          isBusy={loading}
          onPrevious={pages.previous}
          onNext={() => pages.next(connection.pageInfo.endCursor)}
        />
      </>
    );
  }

  return (
    <div className="knowledge-base-page">
      <title>Knowledge base · Foyer</title>
      <header className="page-header">
        <div>
          <h1>Knowledge base</h1>
          <p className="muted page-header__subtitle">
            Answers and how-to articles for your products, most recently updated first. Looking for
            something in particular? Use the search box at the top of the page.
          </p>
        </div>
        {canManage ? (
          <Link className={buttonClassName('primary')} to={NEW_ARTICLE_PATH}>
            New article
          </Link>
        ) : null}
      </header>

      <div className="toolbar knowledge-base-filters" role="search" aria-label="Filter articles">
        <SelectField
          label="Product"
          name="product"
          value={product}
          options={productOptions}
          onChange={(value) => setFilter('product', value)}
        />
        <SelectField
          label="Category"
          name="category"
          value={category}
          options={categoryOptions}
          onChange={(value) => setFilter('category', value)}
        />
        {filtered ? (
          <div className="knowledge-base-filters__clear">
            <Button onPress={() => setParams({}, { replace: true })}>Clear filters</Button>
          </div>
        ) : null}
      </div>

      {connection ? (
        <p className="knowledge-base-page__count" role="status">
          {loading ? 'Loading articles…' : countText(connection.totalCount, filtered)}
        </p>
      ) : null}
      {list}
    </div>
  );
}

function ArticleListItem({ article }: { article: ListedArticle }) {
  const details = [article.product, article.version ? `Version ${article.version}` : null, article.category].filter(
    (detail): detail is string => Boolean(detail),
  );
  return (
    <li className="article-list__item">
      <h2 className="article-list__title">
        <Link to={articlePath(article.slug)}>{article.title}</Link>
        {article.publishedAt ? null : <span className="draft-badge">Draft</span>}
      </h2>
      {article.summary ? <p className="article-list__summary">{article.summary}</p> : null}
      <p className="article-list__meta">
        {details.map((detail) => (
          <span key={detail} className="article-list__detail">
            {detail}
          </span>
        ))}
        <span className="article-list__detail">
          Updated <DateTime value={article.updatedAt} dateOnly />
        </span>
      </p>
    </li>
  );
}

/** "All …" then each value in use, alphabetically; the one chosen stays even if no longer listed. */
function optionsOf(allLabel: string, values: readonly (string | null)[], chosen: string): SelectOption[] {
  const distinct = new Set(values.filter((value): value is string => Boolean(value)));
  if (chosen) distinct.add(chosen);
  return [
    { value: '', label: allLabel },
    ...[...distinct].sort((a, b) => a.localeCompare(b)).map((value) => ({ value, label: value })),
  ];
}

function countText(count: number, filtered: boolean): string {
  const articles = count === 1 ? '1 article' : `${count} articles`;
  return filtered ? `${articles} ${count === 1 ? 'matches' : 'match'} the filters.` : `${articles}.`;
}
