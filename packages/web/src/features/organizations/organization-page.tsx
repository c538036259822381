import { useQuery } from '@apollo/client/react';
import { REGION_LABELS } from '@foyer/shared';
import { Link, useParams } from 'react-router';
import { accountsPath, auditLogPath, licensesPath, ORGANIZATIONS_PATH } from '../../app/paths';
import { findGraphQLError } from '../../app/graphql-errors';
import { graphql } from '../../gql';
import { DateTime } from '../../ui/date-time';
import { LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { AccountManagerPanel } from './account-manager-panel';
import { KindBadge } from './kind-badge';
import './organizations.css';
import { PartnerLinks } from './partner-links';

const OrganizationPageQuery = graphql(`
  query OrganizationPage_organization($id: ID!) {
    viewerCanCreateOrganization
    organization(id: $id) {
      id
      name
      kind
      accountNumber
      region
      emailDomain
      createdAt
      viewerCanManageProfessionals
      viewerCanSetAccountManager
      administrators {
        id
        displayName
        email
      }
      accountManager {
        id
        displayName
        email
        phone
        jobTitle
      }
      partners {
        id
        name
        accountNumber
        region
      }
      customers {
        id
        name
        accountNumber
        region
      }
    }
  }
`);

/**
 * One organization: what it is, who administers it and, between partners and customers, who
 * serves whom.
 */
export function OrganizationPage() {
  const { organizationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(OrganizationPageQuery, {
    variables: { id: organizationId },
  });

  if (loading && !data) return <LoadingState label="Loading the organization…" />;

  if (error || !data) {
    const notFound = findGraphQLError(error, 'NOT_FOUND');
    if (notFound) {
      return (
        <div className="organization-page">
          <title>Organization not found · Foyer</title>
          <h1>Organization not found</h1>
          <div className="notice">
            <p className="notice__message">
              There is no organization at this address, or it is not one you can see.
            </p>
            <p className="notice__hint">
              Check the link, or pick the organization from the{' '}
              <Link to={ORGANIZATIONS_PATH}>organizations list</Link>.
            </p>
          </div>
        </div>
      );
    }
    return <LoadFailed what="The organization" onRetry={refetch} />;
  }

  const { organization, viewerCanCreateOrganization } = data;

  return (
    <div className="organization-page">
      <title>{`${organization.name} · Foyer`}</title>
      <p className="organization-page__back">
        <Link to={ORGANIZATIONS_PATH}>All organizations</Link>
      </p>
      <div className="organization-page__title">
        <h1>{organization.name}</h1>
        <KindBadge kind={organization.kind} />
      </div>

      <div className="organization-page__grid">
        <section className="card organization-page__card" aria-labelledby="organization-details">
          <h2 id="organization-details">Details</h2>
          <dl className="details">
            <div className="details__row">
              <dt>Account number</dt>
              <dd>{organization.accountNumber}</dd>
            </div>
            <div className="details__row">
              <dt>Region</dt>
              <dd>{REGION_LABELS[organization.region]}</dd>
            </div>
            <div className="details__row">
              <dt>E-mail domain</dt>
              <dd>{organization.emailDomain ?? <span className="muted">Not registered</span>}</dd>
            </div>
            <div className="details__row">
              <dt>On Foyer since</dt>
              <dd>
                <DateTime value={organization.createdAt} dateOnly />
              </dd>
            </div>
          </dl>
          <ul className="organization-page__links">
            <li>
              <Link to={accountsPath(organization.id)}>Accounts</Link>
            </li>
            <li>
              <Link to={auditLogPath(organization.id)}>Audit log</Link>
            </li>
            {organization.kind === 'VENDOR' ? null : (
              <li>
                <Link to={licensesPath(organization.id)}>Licences</Link>
              </li>
            )}
          </ul>
        </section>

        <section
          className="card organization-page__card"
          aria-labelledby="organization-administrators"
        >
          <h2 id="organization-administrators">Administrators</h2>
          {organization.administrators.length > 0 ? (
            <ul className="organization-page__people">
              {organization.administrators.map((administrator) => (
                <li key={administrator.id}>
                  <span className="organization-page__person">{administrator.displayName}</span>
                  <a href={`mailto:${administrator.email}`}>{administrator.email}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No active administrator.</p>
          )}
        </section>

        {organization.kind === 'VENDOR' ? null : (
          <AccountManagerPanel organization={organization} />
        )}
      </div>

      {organization.kind === 'VENDOR' ? null : (
        <PartnerLinks organization={organization} canLink={viewerCanCreateOrganization} />
      )}
    </div>
  );
}
