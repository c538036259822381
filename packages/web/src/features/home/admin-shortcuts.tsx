import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import {
  ACCESS_REQUESTS_PATH,
  accountsPath,
  auditLogPath,
  ORGANIZATIONS_PATH,
} from '../../app/paths';
import { graphql } from '../../gql';

const HomeShortcutsQuery = graphql(`
  query HomePage_shortcuts {
    viewerCanCreateOrganization
    viewer {
      id
      organization {
        id
        name
        kind
        viewerCanManageProfessionals
      }
    }
  }
`);

const HomeAccessRequestCountQuery = graphql(`
  query HomePage_accessRequestCount($organizationId: ID!) {
    accessRequests(organizationId: $organizationId, status: PENDING, first: 1) {
      totalCount
    }
  }
`);

/**
 * Where administrators (and the vendor's staff) go from the home page. Shown from the API's
 * viewerCan… answers, so nobody is offered a page that would refuse them.
 */
export function AdminShortcuts() {
  const { data } = useQuery(HomeShortcutsQuery);
  const organization = data?.viewer?.organization;
  const canManage = organization?.viewerCanManageProfessionals ?? false;
  const isVendor = organization?.kind === 'VENDOR';

  // Nothing to offer (or not known yet): the section is left out rather than shown empty.
  if (!organization || (!canManage && !isVendor)) return null;

  return (
    <section className="home-shortcuts" aria-labelledby="home-shortcuts-heading">
      <h2 id="home-shortcuts-heading" className="home-section-heading">
        Administration
      </h2>
      <ul className="home-shortcuts__list">
        {canManage ? (
          <Shortcut
            to={accountsPath(organization.id)}
            title="Manage accounts"
            description={`Invite, edit and remove ${organization.name}’s people.`}
          />
        ) : null}
        {canManage ? (
          <Shortcut
            to={ACCESS_REQUESTS_PATH}
            title="Access requests"
            description={<PendingRequests organizationId={organization.id} />}
          />
        ) : null}
        <Shortcut
          to={auditLogPath(organization.id)}
          title="Audit log"
          description="Who did what to whom, and when."
        />
        {isVendor ? (
          <Shortcut
            to={ORGANIZATIONS_PATH}
            title="Organizations"
            description={
              data?.viewerCanCreateOrganization
                ? 'Every customer and partner; create organizations and link partners.'
                : 'Every customer and partner on Foyer.'
            }
          />
        ) : null}
      </ul>
    </section>
  );
}

interface ShortcutProps {
  to: string;
  title: string;
  description: ReactNode;
}

function Shortcut({ to, title, description }: ShortcutProps) {
  return (
    <li className="card home-shortcut">
      {/* The whole card is the link's target; the title alone names it. */}
      <Link to={to} className="home-shortcut__link">
        {title}
      </Link>
      <p className="home-shortcut__description">{description}</p>
    </li>
  );
}

function PendingRequests({ organizationId }: { organizationId: string }) {
  // Asked again each time the home page is shown: requests arrive, and get decided, elsewhere.
  const { data, loading, error } = useQuery(HomeAccessRequestCountQuery, {
    variables: { organizationId },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <>Counting requests…</>;
  if (error || !data) return <>Review who is asking to join.</>;
  const count = data.accessRequests.totalCount;
  if (count === 0) return <>Nobody is waiting.</>;
  return (
    <strong className="home-shortcut__count">
      {count === 1 ? '1 person is waiting' : `${count} people are waiting`} for a decision.
    </strong>
  );
}
