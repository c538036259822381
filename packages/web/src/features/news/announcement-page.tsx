import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { findGraphQLError } from '../../app/graphql-errors';
import { editAnnouncementPath, NEWS_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import type { AnnouncementPage_AnnouncementQuery } from '../../gql/graphql';
import { buttonClassName } from '../../ui/button';
import { DateTime } from '../../ui/date-time';
import { LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { ServerHtml } from '../search/server-html';
import '../knowledge-base/knowledge-base.css';
import './news.css';

const AnnouncementPageQuery = graphql(`
  query AnnouncementPage_announcement($slug: String!) {
    announcementBySlug(slug: $slug) {
      id
      slug
      title
      summary
      bodyHtml
      pinned
      isNew
      publishedAt
      updatedAt
      viewerCanEdit
      audience {
        allCustomers
        products
        organizations {
          id
          name
        }
      }
    }
  }
`);

type Announcement = AnnouncementPage_AnnouncementQuery['announcementBySlug'];

/** /news/:slug: one announcement. */
export function AnnouncementPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AnnouncementPageQuery, {
    variables: { slug },
    fetchPolicy: 'cache-and-network',
  });
  const announcement = data?.announcementBySlug;
  if (!announcement) {
    if (loading) return <LoadingState label="Loading the announcement…" />;
    if (findGraphQLError(error, 'NOT_FOUND')) return <AnnouncementNotFound />;
    return <LoadFailed what="The announcement" onRetry={refetch} />;
  }
  return <AnnouncementView announcement={announcement} />;
}

function AnnouncementView({ announcement }: { announcement: Announcement }) {
  return (
    <article className="article-page" aria-labelledby="announcement-title">
      <title>{`${announcement.title} · News · Foyer`}</title>
      <p className="article-page__back">
        <Link to={NEWS_PATH}>News</Link>
      </p>
      {announcement.publishedAt ? null : (
        <div className="notice notice--warning article-page__draft">
          <p className="notice__message">Draft: only vendor staff can see this announcement.</p>
          <p className="notice__hint">Publish it from the editor when it is ready for readers.</p>
        </div>
      )}
      <header className="article-page__header">
        <div className="article-page__heading">
          <h1 id="announcement-title">{announcement.title}</h1>
          {announcement.viewerCanEdit ? (
            <Link
              className={buttonClassName('secondary')}
              to={editAnnouncementPath(announcement.slug)}
            >
              Edit<span className="visually-hidden"> “{announcement.title}”</span>
            </Link>
          ) : null}
        </div>
        {announcement.summary ? (
          <p className="article-page__summary">{announcement.summary}</p>
        ) : null}
        <dl className="article-meta">
          <div className="article-meta__item">
            <dt>{announcement.publishedAt ? 'Published' : 'Last edited'}</dt>
            <dd>
              <DateTime value={announcement.publishedAt ?? announcement.updatedAt} dateOnly />
            </dd>
          </div>
          {announcement.pinned ? (
            <div className="article-meta__item">
              <dt>Pinned</dt>
              <dd>Shown first in the news</dd>
            </div>
          ) : null}
          {announcement.audience ? (
            <div className="article-meta__item">
              <dt>For</dt>
              <dd>{audienceText(announcement.audience)}</dd>
            </div>
          ) : null}
        </dl>
      </header>
      {/* The server's bodyHtml: Markdown rendered and passed through its allow-list. */}
      <div className="article-page__body">
        <ServerHtml as="div" className="article-body" html={announcement.bodyHtml} />
      </div>
    </article>
  );
}

/** "All customers", or "Acme Logistics; licence holders of atlas, beacon". */
export function audienceText(audience: NonNullable<Announcement['audience']>): string {
  if (audience.allCustomers) return 'All customers';
  const parts: string[] = [];
  if (audience.organizations.length > 0)
    parts.push(audience.organizations.map((o) => o.name).join(', '));
  if (audience.products.length > 0)
    parts.push(`licence holders of ${audience.products.join(', ')}`);
  return parts.join('; ');
}

function AnnouncementNotFound() {
  return (
    <div className="article-page article-page--not-found">
      <title>Announcement not found · Foyer</title>
      <h1>Announcement not found</h1>
      <div className="notice" role="alert">
        <p className="notice__message">
          There is no announcement at this address, or it is not one you can open.
        </p>
        <p className="notice__hint">It may have been unpublished. See the latest news instead.</p>
      </div>
      <p className="article-page__not-found-links">
        <Link className={buttonClassName('primary')} to={NEWS_PATH}>
          Latest news
        </Link>
      </p>
    </div>
  );
}
