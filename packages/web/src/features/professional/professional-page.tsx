import { useQuery } from '@apollo/client/react';
import { type MemberState, type Role } from '@foyer/shared';
import { useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { accountsPath } from '../../app/paths';
import { graphql } from '../../gql';
import type { ProfessionalPage_ProfessionalQuery } from '../../gql/graphql';
import { LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { StatusBadge } from '../../ui/status-badge';
import { DetailsPanel } from './details-panel';
import { HandOverDialog } from './hand-over-dialog';
import { InvitationPanel } from './invitation-panel';
import { RemovalPanel } from './removal-panel';
import { RolesPanel } from './roles-panel';

const ProfessionalQuery = graphql(`
  query ProfessionalPage_professional($id: ID!) {
    node(id: $id) {
      id
      ... on Professional {
        firstName
        lastName
        displayName
        email
        phone
        jobTitle
        preferredLanguage
        status
        roles
        lastSignInAt
        createdAt
        viewerCanUpdate
        viewerCanDelete
        viewerCanTransferRoles
        viewerCanRevokeAdministrator
        invitation {
          status
          sentAt
          expiresAt
        }
        organization {
          id
          name
          viewerCanViewProfessionals
          viewerCanManageProfessionals
          administrators {
            id
            firstName
            lastName
            displayName
            status
            roles
          }
        }
      }
    }
  }
`);

export type PageProfessional = Extract<
  NonNullable<ProfessionalPage_ProfessionalQuery['node']>,
  { __typename: 'Professional' }
>;

/** What every panel of the page is handed: the person, the rules' view of the organization. */
export interface PanelProps {
  professional: PageProfessional;
  /** The professional and the organization's administrators, as the shared role rules take them. */
  members: readonly MemberState[];
  /** Loads the page again, after the server refused because the state had changed. */
  refresh: () => void;
  /** Opens the hand-over dialog for a role (ADMINISTRATOR: grant it to someone else). */
  offerHandOver: (role: Role) => void;
  /**
   * After a change that removed the control that started it (a hand-over button whose reason
   * is gone), focus lands on the page heading instead of being lost.
   */
  landFocus: () => void;
}

/**
 * One professional: details, roles, invitation and removal. Every action the role rules block is
 * disabled before anyone clicks it, with the reason and the fix from @foyer/shared beside it.
 */
export function ProfessionalPage() {
  const { organizationId = '', professionalId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ProfessionalQuery, {
    variables: { id: professionalId },
  });
  const [handOverRole, setHandOverRole] = useState<Role | null>(null);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After the dialog has closed and handed focus back (to a control that may be gone by then).
  const landFocus = () => {
    setTimeout(() => {
      if (!document.activeElement || document.activeElement === document.body) {
        headingRef.current?.focus();
      }
    }, 50);
  };

  if (loading && !data) return <LoadingState label="Loading professional…" />;

  if (error && !data) {
    return <LoadFailed what="This professional" onRetry={refetch} />;
  }

  const node = data?.node;
  if (!node || node.__typename !== 'Professional') {
    return (
      <div className="professional-page">
        <title>Professional not found · Foyer</title>
        <h1>Professional not found</h1>
        <p>They may have been deleted, or you may not see them.</p>
        <p>
          <Link to={accountsPath(organizationId)}>Back to the accounts</Link>
        </p>
      </div>
    );
  }

  const professional = node;
  const { organization } = professional;
  const members: MemberState[] = [
    professional,
    ...organization.administrators.filter((admin) => admin.id !== professional.id),
  ];
  const panelProps: PanelProps = {
    professional,
    members,
    refresh: () => void refetch().catch(() => undefined),
    offerHandOver: setHandOverRole,
    landFocus,
  };

  return (
    <div className="professional-page">
      <title>{`${professional.displayName} · Foyer`}</title>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <ol>
          <li>
            {/* Someone on their own profile may not see the organization's other people. */}
            {organization.viewerCanViewProfessionals ? (
              <Link to={accountsPath(organization.id)}>Accounts of {organization.name}</Link>
            ) : (
              organization.name
            )}
          </li>
          <li aria-current="page">{professional.displayName}</li>
        </ol>
      </nav>

      <header className="page-header professional-page__header">
        <div>
          <h1 id={headingId} ref={headingRef} tabIndex={-1}>
            {professional.displayName}
          </h1>
          <p className="page-header__subtitle muted">
            {professional.jobTitle ? `${professional.jobTitle} · ` : ''}
            {organization.name}
          </p>
        </div>
        <StatusBadge status={professional.status} />
      </header>

      <div className="professional-page__grid">
        <div className="professional-page__column">
          <DetailsPanel {...panelProps} />
          <InvitationPanel {...panelProps} />
        </div>
        <div className="professional-page__column">
          <RolesPanel {...panelProps} />
          <RemovalPanel {...panelProps} />
        </div>
      </div>

      <HandOverDialog
        role={handOverRole}
        onClose={() => setHandOverRole(null)}
        organizationId={organization.id}
        organizationName={organization.name}
        holder={professional}
        onHandedOver={landFocus}
      />
    </div>
  );
}
