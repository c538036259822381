import { useMutation } from '@apollo/client/react';
import {
  MANDATORY_CONTACT_ROLES,
  ROLE_LABELS,
  whyCannotRevokeAdministrator,
  whyCannotTransferRole,
  type RuleViolation,
} from '@foyer/shared';
import { useId, useState } from 'react';
import { graphql } from '../../gql';
import { Button } from '../../ui/button';
import { ConfirmDialog, type RefusalValue } from '../../ui/confirm-dialog';
import { BlockedReasons, reasonIds } from '../../ui/refusal';
import { RoleChips } from '../../ui/role-chip';
import { notify } from '../../ui/toast';
import type { PanelProps } from './professional-page';

const RevokeAdministratorMutation = graphql(`
  mutation RolesPanel_revokeAdministrator($professionalId: ID!) {
    revokeAdministrator(professionalId: $professionalId) {
      professional {
        id
        roles
        updatedAt
      }
      error {
        ...ProfessionalPanel_refusal
      }
    }
  }
`);

const MakeAdministratorMutation = graphql(`
  mutation RolesPanel_makeAdministrator($professionalId: ID!) {
    transferRole(role: ADMINISTRATOR, toProfessionalId: $professionalId) {
      professional {
        id
        roles
        updatedAt
      }
      error {
        ...ProfessionalPanel_refusal
      }
    }
  }
`);

/**
 * Pages that show who holds what refetch after a role moves; the cache alone cannot know. So
 * does the navigation: administrators revoking their own role lose the pages it opened.
 */
const AFTER_ROLE_CHANGE = [
  'ProfessionalPage_professional',
  'AccountsPage_professionals',
  'AppLayout_viewer',
];

/** The roles a professional holds, and making them Administrator or no longer one. */
export function RolesPanel({
  professional,
  members,
  refresh,
  offerHandOver,
  landFocus,
}: PanelProps) {
  const headingId = useId();
  const adminReasonsId = useId();
  const [confirming, setConfirming] = useState<'revoke' | 'grant' | null>(null);
  // Awaited, so the dialog closes onto the page as it now is (the other button in place).
  const refetch = { refetchQueries: AFTER_ROLE_CHANGE, awaitRefetchQueries: true };
  const [revoke] = useMutation(RevokeAdministratorMutation, refetch);
  const [grant] = useMutation(MakeAdministratorMutation, refetch);
  const name = professional.displayName;
  const isAdministrator = professional.roles.includes('ADMINISTRATOR');
  const contactRoles = MANDATORY_CONTACT_ROLES.filter((role) => professional.roles.includes(role));

  const revokeBlocked = isAdministrator
    ? whyCannotRevokeAdministrator(members, professional.id)
    : [];
  const grantBlocked = isAdministrator
    ? []
    : whyCannotTransferRole(members, 'ADMINISTRATOR', professional.id);

  async function handleRevoke(): Promise<RefusalValue | null> {
    const { data } = await revoke({ variables: { professionalId: professional.id } });
    const payload = data?.revokeAdministrator;
    if (!payload?.professional) return refused(payload?.error);
    notify({ title: `${name} is no longer an Administrator.` });
    landFocus();
    return null;
  }

  async function handleGrant(): Promise<RefusalValue | null> {
    const { data } = await grant({ variables: { professionalId: professional.id } });
    const payload = data?.transferRole;
    if (!payload?.professional) return refused(payload?.error);
    notify({ title: `${name} is now an Administrator.` });
    landFocus();
    return null;
  }

  function refused(error: RefusalValue | null | undefined): RefusalValue {
    // The page was out of date: load it again so the buttons and reasons match the new state.
    refresh();
    return error ?? { message: 'That did not work. Please try again.' };
  }

  return (
    <section className="card panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        Roles
      </h2>
      <RoleChips roles={professional.roles} label={`Roles of ${name}`} emptyLabel="No roles" />

      {contactRoles.length > 0 ? (
        <p className="panel__note">
          {name} is the organization&rsquo;s {listOf(contactRoles.map((role) => ROLE_LABELS[role]))}
          . Exactly one person holds each contact role, so it moves by handing it over
          {professional.viewerCanDelete ? ' (see Delete below).' : '.'}
        </p>
      ) : null}

      {/* Without the Delete panel, the hand-over buttons have no other place on the page. */}
      {!professional.viewerCanDelete && professional.viewerCanTransferRoles
        ? contactRoles.map((role) => (
            <Button key={role} onPress={() => offerHandOver(role)}>
              Hand over {ROLE_LABELS[role]}
            </Button>
          ))
        : null}

      {isAdministrator && professional.viewerCanRevokeAdministrator ? (
        <div className="action">
          <Button
            onPress={() => setConfirming('revoke')}
            isDisabled={revokeBlocked.length > 0}
            aria-describedby={reasonIds(adminReasonsId, revokeBlocked)}
          >
            Revoke administrator
          </Button>
          <BlockedReasons
            id={adminReasonsId}
            reasons={revokeBlocked}
            renderFix={(reason: RuleViolation) =>
              reason.code === 'LAST_ADMINISTRATOR' && professional.viewerCanTransferRoles ? (
                <Button size="small" onPress={() => offerHandOver('ADMINISTRATOR')}>
                  Make another professional Administrator
                </Button>
              ) : null
            }
          />
        </div>
      ) : null}

      {!isAdministrator && professional.viewerCanTransferRoles ? (
        <div className="action">
          <Button
            onPress={() => setConfirming('grant')}
            isDisabled={grantBlocked.length > 0}
            aria-describedby={reasonIds(adminReasonsId, grantBlocked)}
          >
            Make administrator
          </Button>
          <BlockedReasons id={adminReasonsId} reasons={grantBlocked} />
        </div>
      ) : null}

      <ConfirmDialog
        isOpen={confirming === 'revoke'}
        onOpenChange={(open) => setConfirming(open ? 'revoke' : null)}
        title={`Revoke Administrator from ${name}?`}
        onConfirm={handleRevoke}
      >
        <p>
          {name} will no longer be able to add, edit or remove people or hand roles over. Other
          roles stay as they are.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={confirming === 'grant'}
        onOpenChange={(open) => setConfirming(open ? 'grant' : null)}
        title={`Make ${name} an Administrator?`}
        onConfirm={handleGrant}
      >
        <p>
          {name} will be able to add, edit and remove {professional.organization.name}&rsquo;s
          professionals and hand roles over.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
