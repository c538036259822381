import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { articlePath, knowledgeBasePath, NEW_ARTICLE_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import type { KnowledgeBasePage_ArticlesQuery } from '../../gql/graphql';
import { Button, buttonClassName } from '../../ui/button';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { SelectField } from '../../ui/select-field';
import { filterOptions, useAddressFilters } from '../content/address-filters';
import { countText, PagedList } from '../content/paged-list';
import { useCursorPages } from '../organizations/use-cursor-pages';
import './knowledge-base.css';

const KnowledgeBaseArticlesQuery = graphql(`
  query KnowledgeBasePage_articles(
    $product: String
    $category: String
    $first: Int!
    $after: String
  ) {
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

// Every product and category of the articles the reader may open, however many there are.
const KnowledgeBaseFilterOptionsQuery = graphql(`
  query KnowledgeBasePage_filterOptions {
    articleProducts
    articleCategories
    viewerCanManageArticles
  }
`);

export const KNOWLEDGE_BASE_PAGE_SIZE = 20;

type ListedArticle = KnowledgeBasePage_ArticlesQuery['articles']['edges'][number]['node'];

/** The knowledge base: the latest articles first, by product and category. */
export function KnowledgeBasePage() {
  const filters = useAddressFilters();
  const product = filters.get('product');
  const category = filters.get('category');
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

  const productOptions = filterOptions('All products', optionsData?.articleProducts ?? [], product);
  const categoryOptions = filterOptions(
    'All categories',
    optionsData?.articleCategories ?? [],
    category,
  );

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
          onChange={(value) => filters.set('product', value)}
        />
        <SelectField
          label="Category"
          name="category"
          value={category}
          options={categoryOptions}
          onChange={(value) => filters.set('category', value)}
        />
        {filtered ? (
          <div className="knowledge-base-filters__clear">
            <Button onPress={filters.clear}>Clear filters</Button>
          </div>
        ) : null}
      </div>

      {connection ? (
        <p className="knowledge-base-page__count" role="status">
          {loading
            ? 'Loading articles…'
            : countText(connection.totalCount, filtered, ['article', 'articles'])}
        </p>
      ) : null}
      <PagedList
        connection={connection}
        loading={loading}
        error={error}
        onRetry={refetch}
        what="articles"
        pagerLabel="Pages of articles"
        pages={pages}
        pageSize={KNOWLEDGE_BASE_PAGE_SIZE}
        empty={
          filtered ? (
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
            <EmptyState
              title="No articles yet"
              message="Articles appear here as they are published."
            />
          )
        }
      >
        {(articles) => (
          <ul
            className="article-list"
            aria-label="Articles, most recently updated first"
            aria-busy={loading || undefined}
          >
            {articles.map((article) => (
              <ArticleListItem key={article.id} article={article} />
            ))}
          </ul>
        )}
      </PagedList>
    </div>
  );
}

function ArticleListItem({ article }: { article: ListedArticle }) {
  const details = [
    article.product,
    article.version ? `Version ${article.version}` : null,
    article.category,
  ].filter((detail): detail is string => Boolean(detail));
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
