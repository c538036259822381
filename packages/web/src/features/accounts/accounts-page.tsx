import { useQuery } from '@apollo/client/react';
import {
  PROFESSIONAL_STATUS_LABELS,
  PROFESSIONAL_STATUSES,
  ROLE_LABELS,
  ROLES,
  type ProfessionalStatus,
  type Role,
} from '@foyer/shared';
import { useEffect, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { findGraphQLError } from '../../app/graphql-errors';
import { graphql } from '../../gql';
import type { OrderDirection, ProfessionalOrderField } from '../../gql/graphql';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState, LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Pager } from '../../ui/pager';
import { SearchField } from '../../ui/search-field';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { AddProfessionalDialog } from './add-professional-dialog';
import { ProfessionalsTable } from './professionals-table';

const AccountsOrganizationQuery = graphql(`
  query AccountsPage_organization($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      name
      kind
      viewerCanViewProfessionals
      viewerCanManageProfessionals
    }
    viewer {
      id
      organization {
        id
      }
    }
  }
`);

const AccountsProfessionalsQuery = graphql(`
  query AccountsPage_professionals(
    $organizationId: ID!
    $first: Int!
    $after: String
    $search: String
    $role: Role
    $status: ProfessionalStatus
    $orderBy: ProfessionalOrderInput
  ) {
    professionals(
      organizationId: $organizationId
      first: $first
      after: $after
      search: $search
      role: $role
      status: $status
      orderBy: $orderBy
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          displayName
          email
          roles
          status
          lastSignInAt
        }
      }
    }
  }
`);

export const ACCOUNTS_PAGE_SIZE = 20;

const ORDER_FIELDS: readonly ProfessionalOrderField[] = ['NAME', 'EMAIL', 'STATUS', 'LAST_SIGN_IN'];

const ROLE_OPTIONS: readonly SelectOption<Role | ''>[] = [
  { value: '', label: 'All roles' },
  ...ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
];

const STATUS_OPTIONS: readonly SelectOption<ProfessionalStatus | ''>[] = [
  { value: '', label: 'All statuses' },
  ...PROFESSIONAL_STATUSES.map((status) => ({
    value: status,
    label: PROFESSIONAL_STATUS_LABELS[status],
  })),
];

/**
 * "Our accounts": the professionals of the organization in the address. Search, filters and order
 * live in the query string, so a filtered list can be bookmarked or sent to a colleague.
 */
export function AccountsPage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AccountsOrganizationQuery, {
    variables: { organizationId },
  });

  if (loading && !data) return <LoadingState label="Loading accounts…" />;

  if (error && !data) {
    if (findGraphQLError(error, 'NOT_FOUND')) {
      return (
        <ErrorState
          title="This organization is not available"
          message="It does not exist, or you may not see it. Pick an organization from the menu."
        />
      );
    }
    return <LoadFailed what="Accounts" onRetry={refetch} />;
  }

  const organization = data?.organization;
  if (!organization) return <LoadingState label="Loading accounts…" />;
  const isOwn = data.viewer?.organization.id === organization.id;
  const title = isOwn ? 'Our accounts' : `Accounts of ${organization.name}`;

  return (
    <div className="accounts-page">
      <title>{`${title} · Foyer`}</title>
      {organization.viewerCanViewProfessionals ? (
        // Keyed by organization: switching organizations starts from a clean search and page.
        <AccountsList
          key={organization.id}
          title={title}
          // "Our accounts" says whose only with the name beside it; "Accounts of X" already does.
          subtitle={isOwn ? organization.name : null}
          organization={organization}
        />
      ) : (
        <>
          <h1>{title}</h1>
          <div className="notice">
            <p className="notice__message">
              Only {organization.name}&rsquo;s administrators can see its accounts.
            </p>
            <p className="notice__hint">
              To have someone added or changed, ask one of your administrators.
            </p>
          </div>
        </>
      )}
    </div>
  );
}

interface AccountsListProps {
  title: string;
  subtitle: string | null;
  organization: { id: string; name: string; viewerCanManageProfessionals: boolean };
}

function AccountsList({ title, subtitle, organization }: AccountsListProps) {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [searchText, setSearchText] = useState(filters.search);
  const search = useDebouncedValue(searchText.trim(), 300);
  const [addOpen, setAddOpen] = useState(false);

  // The typed text reaches the address (and so the query) once typing pauses. Only a change of
  // the settled text writes it: the address may have moved on meanwhile (filters cleared).
  const writtenSearch = useRef(search);
  useEffect(() => {
    if (search === writtenSearch.current) return;
    writtenSearch.current = search;
    updateParams(setParams, { q: search });
  }, [search, setParams]);

  const filterKey = JSON.stringify(filters);
  const [paging, setPaging] = useState({ key: filterKey, afters: [] as string[] });
  // A new search, filter or order starts again at the first page.
  const afters = paging.key === filterKey ? paging.afters : [];
  const after = afters[afters.length - 1] ?? null;

  const variables = {
    organizationId: organization.id,
    first: ACCOUNTS_PAGE_SIZE,
    after,
    search: filters.search || null,
    role: filters.role || null,
    status: filters.status || null,
    orderBy: { field: filters.orderField, direction: filters.orderDirection },
  };
  const { data, previousData, loading, error, refetch } = useQuery(AccountsProfessionalsQuery, {
    variables,
  });
  const shown = data ?? previousData;
  const connection = shown?.professionals;
  const professionals = connection?.edges.map((edge) => edge.node) ?? [];
  const isFiltered = Boolean(filters.search || filters.role || filters.status);

  function clearFilters() {
    setSearchText('');
    updateParams(setParams, { q: '', role: '', status: '' });
  }

  let body;
  if (!shown && loading) {
    body = <LoadingState label="Loading professionals…" />;
  } else if (error && !data) {
    body = <LoadFailed what="The professionals" onRetry={refetch} />;
  } else if (connection && connection.totalCount === 0 && afters.length === 0) {
    body = isFiltered ? (
      <EmptyState
        title="Nobody matches"
        message="No professional matches this search and these filters."
        action={<Button onPress={clearFilters}>Clear search and filters</Button>}
      />
    ) : (
      <EmptyState
        title="No professionals yet"
        message={`Nobody has been added to ${organization.name} yet.`}
        action={
          organization.viewerCanManageProfessionals ? (
            <Button variant="primary" onPress={() => setAddOpen(true)}>
              Add the first professional
            </Button>
          ) : null
        }
      />
    );
  } else if (connection) {
    body = (
      <>
        <ProfessionalsTable
          organizationId={organization.id}
          organizationName={organization.name}
          professionals={professionals}
          orderField={filters.orderField}
          orderDirection={filters.orderDirection}
          isBusy={loading}
          onSortChange={(field, direction) =>
            updateParams(setParams, {
              sort: field === 'NAME' && direction === 'ASC' ? '' : field.toLowerCase(),
              dir: direction === 'ASC' ? '' : 'desc',
            })
          }
        />
        <Pager
          label="Pages of professionals"
          pageIndex={afters.length}
          pageSize={ACCOUNTS_PAGE_SIZE}
          shown={professionals.length}
          totalCount={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          isBusy={loading}
          onPrevious={() => setPaging({ key: filterKey, afters: afters.slice(0, -1) })}
          onNext={() => {
            const endCursor = connection.pageInfo.endCursor;
            if (endCursor) setPaging({ key: filterKey, afters: [...afters, endCursor] });
          }}
        />
      </>
    );
  }

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{title}</h1>
          {subtitle ? <p className="page-header__subtitle muted">{subtitle}</p> : null}
        </div>
        {organization.viewerCanManageProfessionals ? (
          <Button variant="primary" onPress={() => setAddOpen(true)}>
            Add professional
          </Button>
        ) : null}
      </div>

      <div className="toolbar" role="search" aria-label="Search and filter professionals">
        <SearchField
          label="Search"
          placeholder="Name or e-mail"
          value={searchText}
          onChange={setSearchText}
        />
        <SelectField
          label="Role"
          value={filters.role}
          options={ROLE_OPTIONS}
          onChange={(role) => updateParams(setParams, { role: role.toLowerCase() })}
        />
        <SelectField
          label="Status"
          value={filters.status}
          options={STATUS_OPTIONS}
          onChange={(status) => updateParams(setParams, { status: status.toLowerCase() })}
        />
      </div>

      <p className="accounts__count" role="status">
        {connection ? countText(connection.totalCount, professionals.length, isFiltered) : ''}
        {loading && shown ? <span className="accounts__updating"> Updating…</span> : null}
      </p>

      {body}

      <AddProfessionalDialog
        isOpen={addOpen}
        onOpenChange={setAddOpen}
        organizationId={organization.id}
        organizationName={organization.name}
      />
    </>
  );
}

interface Filters {
  search: string;
  role: Role | '';
  status: ProfessionalStatus | '';
  orderField: ProfessionalOrderField;
  orderDirection: OrderDirection;
}

/** The address is typed by hand sometimes: anything unknown falls back to the default. */
function readFilters(params: URLSearchParams): Filters {
  const role = params.get('role')?.toUpperCase() ?? '';
  const status = params.get('status')?.toUpperCase() ?? '';
  const sort = params.get('sort')?.toUpperCase() ?? '';
  return {
    search: params.get('q')?.trim() ?? '',
    role: (ROLES as readonly string[]).includes(role) ? (role as Role) : '',
    status: (PROFESSIONAL_STATUSES as readonly string[]).includes(status)
      ? (status as ProfessionalStatus)
      : '',
    orderField: (ORDER_FIELDS as readonly string[]).includes(sort)
      ? (sort as ProfessionalOrderField)
      : 'NAME',
    orderDirection: params.get('dir')?.toLowerCase() === 'desc' ? 'DESC' : 'ASC',
  };
}

/** Sets (or, when empty, removes) query-string values without adding a history entry per key. */
function updateParams(
  setParams: ReturnType<typeof useSearchParams>[1],
  changes: Record<string, string>,
) {
  setParams(
    (current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    },
    { replace: true },
  );
}

function countText(totalCount: number, shown: number, isFiltered: boolean): string {
  const noun = totalCount === 1 ? 'professional' : 'professionals';
  if (totalCount === 0) return isFiltered ? 'No professional matches.' : '';
  if (shown >= totalCount) return `${totalCount} ${noun}${isFiltered ? ' match' : ''}.`;
  return `${shown} of ${totalCount} ${noun} shown${isFiltered ? ' (filtered)' : ''}.`;
}
