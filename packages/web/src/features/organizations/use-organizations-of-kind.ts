import { useApolloClient } from '@apollo/client/react';
import type { OrganizationKind } from '@foyer/shared';
import { useCallback, useEffect, useState } from 'react';
import { graphql } from '../../gql';
import type { OrganizationPicker_PageQuery } from '../../gql/graphql';

const OrganizationPickerPageQuery = graphql(`
  query OrganizationPicker_page($after: String) {
    organizations(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          accountNumber
        }
      }
    }
  }
`);

export type PickableOrganization =
  OrganizationPicker_PageQuery['organizations']['edges'][number]['node'];

export interface OrganizationsOfKind {
  organizations: PickableOrganization[];
  loading: boolean;
  failed: boolean;
  retry: () => void;
}

/**
 * Every organization of one kind, by name, for a picker (the partners that may serve a customer).
 * `organizations` has no kind filter, so the pages are walked to the end and filtered here; the
 * pages are cached, so opening the picker again costs nothing until an organization is created.
 */
export function useOrganizationsOfKind(kind: OrganizationKind, skip = false): OrganizationsOfKind {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<OrganizationsOfKind, 'retry'>>({
    organizations: [],
    loading: !skip,
    failed: false,
  });

  useEffect(() => {
    if (skip) return undefined;
    let cancelled = false;
    setState((current) => ({ ...current, loading: true, failed: false }));

    async function load() {
      const found: PickableOrganization[] = [];
      let after: string | null = null;
      for (;;) {
        const result: { data?: OrganizationPicker_PageQuery } = await client.query({
          query: OrganizationPickerPageQuery,
          variables: { after },
        });
        const connection = result.data?.organizations;
        if (!connection) throw new Error('No organizations in the answer');
        const nodes = connection.edges.map((edge) => edge.node);
        found.push(...nodes.filter((node) => node.kind === kind));
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return found;
        after = connection.pageInfo.endCursor;
      }
    }

    load().then(
      (organizations) => {
        if (!cancelled) setState({ organizations, loading: false, failed: false });
      },
      () => {
        if (!cancelled) setState({ organizations: [], loading: false, failed: true });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, kind, skip, attempt]);

  const retry = useCallback(() => setAttempt((current) => current + 1), []);
  return { ...state, retry };
}
