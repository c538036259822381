import { useQuery } from '@apollo/client/react';
import {
  ORGANIZATION_KIND_LABELS,
  PROFESSIONAL_STATUS_LABELS,
  REGION_LABELS,
  ROLE_LABELS,
} from '@foyer/shared';
import { Link } from 'react-router';
import { HELP_PATH } from '../../app/paths';
import { graphql } from '../../gql';
import { LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { AdminShortcuts } from './admin-shortcuts';
import { ContentSections } from './content-sections';
import './home-page.css';

const HomePageViewerQuery = graphql(`
  query HomePage_viewer {
    viewer {
      id
      displayName
      email
      roles
      status
      organization {
        id
        name
        kind
        accountNumber
        region
      }
    }
  }
`);

export function HomePage() {
  const { data, loading, error, refetch } = useQuery(HomePageViewerQuery);

  if (loading && !data) return <LoadingState label="Loading your account…" />;

  if (error) {
    return <LoadFailed what="Your account" onRetry={refetch} />;
  }

  // The layout only renders this page for a signed-in person; an empty viewer here means the
  // session ended in between, and the layout's own query is already sending them to sign-in.
  const viewer = data?.viewer;
  if (!viewer) return <LoadingState label="Checking your session…" />;

  const { organization } = viewer;
  const headingId = 'home-account-heading';

  return (
    <div className="home-page">
      <title>Home · Foyer</title>
      <h1>Welcome, {viewer.displayName}</h1>

      <section className="card account-card" aria-labelledby={headingId}>
        <div className="account-card__header">
          <div>
            <h2 id={headingId} className="account-card__organization">
              {organization.name}
            </h2>
            <p className="account-card__kind">{ORGANIZATION_KIND_LABELS[organization.kind]}</p>
          </div>
        </div>

        <div className="account-card__body">
          <dl className="details">
            <div className="details__row">
              <dt>Account number</dt>
              <dd>{organization.accountNumber}</dd>
            </div>
            <div className="details__row">
              <dt>Region</dt>
              <dd>{REGION_LABELS[organization.region]}</dd>
            </div>
          </dl>

          <dl className="details">
            <div className="details__row">
              <dt>Signed in as</dt>
              <dd>{viewer.email}</dd>
            </div>
            <div className="details__row">
              <dt>Status</dt>
              <dd>{PROFESSIONAL_STATUS_LABELS[viewer.status]}</dd>
            </div>
            <div className="details__row">
              <dt id="home-roles-label">Your roles</dt>
              <dd>
                {viewer.roles.length > 0 ? (
                  <ul className="chips" aria-labelledby="home-roles-label">
                    {viewer.roles.map((role) => (
                      <li key={role} className="chip">
                        {ROLE_LABELS[role]}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="muted">No roles assigned</span>
                )}
              </dd>
            </div>
          </dl>
        </div>
      </section>

      <p className="home-help">
        Need a hand with your access or your roles? <Link to={HELP_PATH}>See who can help</Link>:
        your administrators, your account manager and support.
      </p>

      <AdminShortcuts />
      <ContentSections organizationName={organization.name} organizationKind={organization.kind} />
    </div>
  );
}
