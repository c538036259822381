import { useQuery } from '@apollo/client/react';
import type { OrganizationKind } from '@foyer/shared';
import { OrganizationsOfKindQuery, type PickableOrganization } from './organizations-of-kind-query';
import { PLAIN_SELECT_LIMIT } from '../../ui/plain-select-limit';

export type { PickableOrganization } from './organizations-of-kind-query';

export interface OrganizationsOfKind {
  /** The first ones by name: every one of the kind when `complete`. */
  organizations: PickableOrganization[];
  /** False when there are more than a select can hold: the picker must search instead. */
  complete: boolean;
  loading: boolean;
  failed: boolean;
  retry: () => void;
}

/**
 * The organizations of one kind, by name, for a picker (the partners that may serve a customer).
 * The server filters by kind, so a few partners come in one request however many customers
 * there are; of a kind with thousands (customers), only the first hundred, and the picker
 * searches the rest by name.
 */
export function useOrganizationsOfKind(kind: OrganizationKind, skip = false): OrganizationsOfKind {
  const { data, loading, error, refetch } = useQuery(OrganizationsOfKindQuery, {
    variables: { kinds: [kind], name: null, first: PLAIN_SELECT_LIMIT },
    skip,
  });
  const connection = data?.organizations;
  return {
    organizations: connection?.edges.map((edge) => edge.node) ?? [],
    complete: connection ? !connection.pageInfo.hasNextPage : true,
    loading: !skip && (loading || (!connection && !error)),
    failed: !skip && Boolean(error),
    retry: () => void refetch().catch(() => undefined),
  };
}
