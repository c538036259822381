import { useQuery } from '@apollo/client/react';
import { ORGANIZATION_KIND_LABELS, REGION_LABELS } from '@foyer/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { accountsPath, organizationDetailsPath } from '../../app/paths';
import { findGraphQLError } from '../../app/graphql-errors';
import { graphql } from '../../gql';
import { Button } from '../../ui/button';
import { EmptyState } from '../../ui/empty-state';
import { LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { Pager } from '../../ui/pager';
import { Cell, Column, Row, Table, TableBody, TableHeader } from '../../ui/table';
import { notify } from '../../ui/toast';
import { CreateOrganizationDialog, type CreatedOrganization } from './create-organization-dialog';
import { KindBadge } from './kind-badge';
import './organizations.css';
import { useCursorPages } from './use-cursor-pages';

const OrganizationsViewerQuery = graphql(`
  query OrganizationsPage_viewer {
    viewerCanCreateOrganization
    viewer {
      id
      organization {
        id
        kind
      }
    }
  }
`);

const OrganizationsListQuery = graphql(`
  query OrganizationsPage_list($first: Int!, $after: String) {
    organizations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          kind
          accountNumber
          region
          partners {
            id
            name
          }
        }
      }
    }
  }
`);

export const ORGANIZATIONS_PAGE_SIZE = 20;

/** Vendor staff: every organization on Foyer, by name; vendor administrators create them here. */
export function OrganizationsPage() {
  const { data, loading, error, refetch } = useQuery(OrganizationsViewerQuery);

  if (loading && !data) return <LoadingState label="Loading organizations…" />;

  if (error) {
    return <LoadFailed what="Organizations" onRetry={refetch} />;
  }

  // The layout only renders this page for a signed-in person and redirects once a session ends.
  const viewer = data?.viewer;
  if (!viewer) return <LoadingState label="Checking your session…" />;

  return (
    <div className="organizations-page">
      <title>Organizations · Foyer</title>
      {viewer.organization.kind === 'VENDOR' ? (
        <OrganizationDirectory canCreate={data.viewerCanCreateOrganization} />
      ) : (
        <>
          <h1>Organizations</h1>
          <VendorOnlyNotice />
        </>
      )}
    </div>
  );
}

function VendorOnlyNotice() {
  return (
    <div className="notice">
      <p className="notice__message">Only the vendor’s staff can see every organization.</p>
      <p className="notice__hint">
        Your own organization is on your home page, and its people under Accounts.
      </p>
    </div>
  );
}

function OrganizationDirectory({ canCreate }: { canCreate: boolean }) {
  const pages = useCursorPages('all');
  const { data, previousData, loading, error, refetch } = useQuery(OrganizationsListQuery, {
    variables: { first: ORGANIZATIONS_PAGE_SIZE, after: pages.after },
  });
  const [createOpen, setCreateOpen] = useState(false);

  // While another page (or the list after a creation) is on its way, the rows already shown stay
  // and the pager waits, instead of the table collapsing into a spinner.
  const connection = (data ?? previousData)?.organizations;

  function handleCreated(organization: CreatedOrganization, administratorName: string) {
    notify({
      title: `${organization.name} was created`,
      description: `${administratorName} is its administrator. Everyone it was created with starts as invited: send their invitations from its accounts.`,
    });
  }

  let list;
  if (!connection && loading) {
    list = <LoadingState label="Loading organizations…" />;
  } else if (error && !data) {
    list = findGraphQLError(error, 'FORBIDDEN') ? (
      <VendorOnlyNotice />
    ) : (
      <LoadFailed what="Organizations" onRetry={refetch} />
    );
  } else if (!connection || connection.edges.length === 0) {
    list = (
      <EmptyState
        title="No organizations yet"
        message={
          canCreate
            ? 'Create the first customer or partner, with its administrator.'
            : 'Organizations appear here once the vendor’s administrators create them.'
        }
        action={
          canCreate ? (
            <Button variant="primary" onPress={() => setCreateOpen(true)}>
              Create the first organization
            </Button>
          ) : null
        }
      />
    );
  } else {
    const organizations = connection.edges.map((edge) => edge.node);
    list = (
      <>
        <Table aria-label="Organizations" isBusy={loading}>
          <TableHeader>
            <Column isRowHeader>Name</Column>
            <Column>Kind</Column>
            <Column>Account number</Column>
            <Column>Region</Column>
            <Column>Served by</Column>
            <Column>
              <span className="visually-hidden">Links</span>
            </Column>
          </TableHeader>
          <TableBody items={organizations}>
            {(organization) => (
              <Row id={organization.id}>
                <Cell textValue={organization.name}>
                  <Link
                    className="table__primary-link"
                    to={organizationDetailsPath(organization.id)}
                  >
                    {organization.name}
                  </Link>
                </Cell>
                <Cell textValue={ORGANIZATION_KIND_LABELS[organization.kind]}>
                  <KindBadge kind={organization.kind} />
                </Cell>
                <Cell textValue={organization.accountNumber}>
                  <span className="organizations__account-number">
                    {organization.accountNumber}
                  </span>
                </Cell>
                <Cell>{REGION_LABELS[organization.region]}</Cell>
                <Cell>
                  {organization.kind !== 'CUSTOMER' ? (
                    <span className="muted">—</span>
                  ) : organization.partners.length > 0 ? (
                    organization.partners.map((partner) => partner.name).join(', ')
                  ) : (
                    <span className="muted">No partner</span>
                  )}
                </Cell>
                <Cell>
                  <span className="organizations__row-links">
                    <Link to={accountsPath(organization.id)}>
                      Accounts<span className="visually-hidden"> of {organization.name}</span>
                    </Link>
                    {canCreate && organization.kind !== 'VENDOR' ? (
                      <Link to={organizationDetailsPath(organization.id)}>
                        {organization.kind === 'CUSTOMER' ? 'Partners' : 'Customers'}
                        <span className="visually-hidden"> of {organization.name}</span>
                      </Link>
                    ) : null}
                  </span>
                </Cell>
              </Row>
            )}
          </TableBody>
        </Table>
        <Pager
          label="Pages of organizations"
          pageIndex={pages.pageIndex}
          pageSize={ORGANIZATIONS_PAGE_SIZE}
          shown={organizations.length}
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
    <>
      <div className="page-header">
        <div>
          <h1>Organizations</h1>
          <p className="page-header__subtitle muted">
            {connection
              ? `${connection.totalCount} ${connection.totalCount === 1 ? 'organization' : 'organizations'}: customers, partners and the vendor.`
              : 'Customers, partners and the vendor.'}
          </p>
        </div>
        {canCreate ? (
          <Button variant="primary" onPress={() => setCreateOpen(true)}>
            Create organization
          </Button>
        ) : null}
      </div>

      {list}

      {canCreate ? (
        <CreateOrganizationDialog
          isOpen={createOpen}
          onOpenChange={setCreateOpen}
          onCreated={handleCreated}
        />
      ) : null}
    </>
  );
}
