import type { ReactNode } from 'react';
import { LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Pager } from '../../ui/pager';
import type { useCursorPages } from '../organizations/use-cursor-pages';

/** A page of a list as the API answers it (a GraphQL connection). */
export interface PagedConnection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: Node }[];
}

interface PagedListProps<Node> {
  /** The page shown (or the one before while the next loads); undefined until the first arrives. */
  connection: PagedConnection<Node> | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => Promise<unknown>;
  /** What is listed, in lower case: "Loading articles…", "Articles could not be loaded". */
  what: string;
  /** The pager's name, e.g. "Pages of articles". */
  pagerLabel: string;
  pages: ReturnType<typeof useCursorPages>;
  pageSize: number;
  /** Shown when the page came back empty. */
  empty: ReactNode;
  /** The list of the page's items. */
  children: (nodes: Node[]) => ReactNode;
}

/**
 * The list part of the content pages (articles, updates, courses, news, questions): loading,
 * could not be loaded, empty, or the items with the pager under them.
 */
export function PagedList<Node>({
  connection,
  loading,
  error,
  onRetry,
  what,
  pagerLabel,
  pages,
  pageSize,
  empty,
  children,
}: PagedListProps<Node>) {
  if (!connection) {
    return error ? (
      <LoadFailed what={what.charAt(0).toUpperCase() + what.slice(1)} onRetry={onRetry} />
    ) : (
      <LoadingState label={`Loading ${what}…`} />
    );
  }
  if (connection.edges.length === 0 && !loading) return <>{empty}</>;
  const nodes = connection.edges.map((edge) => edge.node);
  return (
    <>
      {children(nodes)}
      <Pager
        label={pagerLabel}
        pageIndex={pages.pageIndex}
        pageSize={pageSize}
        shown={nodes.length}
        totalCount={connection.totalCount}
        hasNextPage={connection.pageInfo.hasNextPage}
        isBusy={loading}
        onPrevious={pages.previous}
        onNext={() => pages.next(connection.pageInfo.endCursor)}
      />
    </>
  );
}

/** "3 articles." or, with filters on, "1 article matches the filters." */
export function countText(
  count: number,
  filtered: boolean,
  [one, many]: readonly [string, string],
): string {
  const items = count === 1 ? `1 ${one}` : `${count} ${many}`;
  return filtered ? `${items} ${count === 1 ? 'matches' : 'match'} the filters.` : `${items}.`;
}
