import { useQuery } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { graphql } from '../../gql';
import './news.css';

export const NewsUnseenCountQuery = graphql(`
  query NewsNav_unseenCount {
    newsUnseenCount
  }
`);

/** How many announcements the viewer has not seen yet; 0 while unknown. */
export function useNewsUnseenCount(): number {
  const { data } = useQuery(NewsUnseenCountQuery, { fetchPolicy: 'cache-and-network' });
  return data?.newsUnseenCount ?? 0;
}

/** After markNewsSeen: the navigation's count follows at once, without asking the server again. */
export function writeNewsUnseenCount(cache: ApolloCache, count: number): void {
  cache.writeQuery({ query: NewsUnseenCountQuery, data: { newsUnseenCount: count } });
}

/** "News" with a count badge; read out as "News, 3 new". */
export function NewsNavLabel({ count }: { count: number }) {
  if (count <= 0) return <>News</>;
  // One accessible name, "News, 3 new"; the visible word and badge are its picture.
  return (
    <>
      <span aria-hidden="true">
        News
        <span className="news-nav-count">{count > 99 ? '99+' : count}</span>
      </span>
      <span className="visually-hidden">{`News, ${count} new`}</span>
    </>
  );
}
