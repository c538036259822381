import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { announcementPath, NEW_ANNOUNCEMENT_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import type { NewsPage_AnnouncementsQuery } from '../../gql/graphql';
import { buttonClassName } from '../../ui/button';
import { DateTime } from '../../ui/date-time';
import { EmptyState } from '../../ui/empty-state';
import { PagedList } from '../content/paged-list';
import { useCursorPages } from '../organizations/use-cursor-pages';
import { writeNewsUnseenCount } from './news-nav';
import './news.css';

const NewsPageAnnouncementsQuery = graphql(`
  query NewsPage_announcements($first: Int!, $after: String) {
    announcements(first: $first, after: $after) {
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
          pinned
          isNew
          publishedAt
          updatedAt
        }
      }
    }
    viewerCanManageNews
  }
`);

const MarkNewsSeenMutation = graphql(`
  mutation NewsPage_markSeen {
    markNewsSeen {
      seenAt
      newsUnseenCount
      error {
        code
        message
      }
    }
  }
`);

export const NEWS_PAGE_SIZE = 20;

type ListedAnnouncement = NewsPage_AnnouncementsQuery['announcements']['edges'][number]['node'];

/** /news: announcements for the reader, pinned first; opening it marks them all as seen. */
export function NewsPage() {
  const pages = useCursorPages('news');
  const { data, previousData, loading, error, refetch } = useQuery(NewsPageAnnouncementsQuery, {
    variables: { first: NEWS_PAGE_SIZE, after: pages.after },
    // The "New" badges say what was new when the page was opened: ask the server, not the cache.
    fetchPolicy: 'network-only',
  });
  const [markSeen] = useMutation(MarkNewsSeenMutation, {
    update(cache, { data: result }) {
      const count = result?.markNewsSeen.newsUnseenCount;
      if (typeof count === 'number') writeNewsUnseenCount(cache, count);
    },
  });
  const connection = (data ?? previousData)?.announcements;
  const canManage = (data ?? previousData)?.viewerCanManageNews ?? false;

  // Once the list (with its badges) has arrived, everything in it counts as seen.
  const marked = useRef(false);
  useEffect(() => {
    if (!data || marked.current) return;
    marked.current = true;
    void markSeen().catch(() => undefined);
  }, [data, markSeen]);

  return (
    <div className="news-page">
      <title>News · Foyer</title>
      <header className="page-header">
        <div>
          <h1>News</h1>
          <p className="muted page-header__subtitle">
            Announcements from the vendor for your organization and the products you use. Pinned
            ones come first.
          </p>
        </div>
        {canManage ? (
          <Link className={buttonClassName('primary')} to={NEW_ANNOUNCEMENT_PATH}>
            New announcement
          </Link>
        ) : null}
      </header>
      <PagedList
        connection={connection}
        loading={loading}
        error={error}
        onRetry={refetch}
        what="news"
        pagerLabel="Pages of announcements"
        pages={pages}
        pageSize={NEWS_PAGE_SIZE}
        empty={
          <EmptyState
            title="No news yet"
            message="Announcements for your organization appear here as they are published."
          />
        }
      >
        {(announcements) => (
          <ul
            className="news-list"
            aria-label="Announcements, pinned first, then newest"
            aria-busy={loading || undefined}
          >
            {announcements.map((announcement) => (
              <NewsListItem key={announcement.id} announcement={announcement} />
            ))}
          </ul>
        )}
      </PagedList>
    </div>
  );
}

function NewsListItem({ announcement }: { announcement: ListedAnnouncement }) {
  return (
    <li className={`news-list__item${announcement.pinned ? ' news-list__item--pinned' : ''}`}>
      <h2 className="news-list__title">
        <Link to={announcementPath(announcement.slug)}>{announcement.title}</Link>
        {announcement.pinned ? <span className="news-badge news-badge--pinned">Pinned</span> : null}
        {announcement.isNew ? <span className="news-badge news-badge--new">New</span> : null}
        {announcement.publishedAt ? null : (
          <span className="news-badge news-badge--pinned">Draft</span>
        )}
      </h2>
      {announcement.summary ? <p className="news-list__summary">{announcement.summary}</p> : null}
      <p className="news-list__meta">
        {announcement.publishedAt ? (
          <>
            Published <DateTime value={announcement.publishedAt} dateOnly />
          </>
        ) : (
          <>
            Draft, last edited <DateTime value={announcement.updatedAt} dateOnly />
          </>
        )}
      </p>
    </li>
  );
}
