import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../gql';
import { Button } from '../../ui/button';
import type { RefusalValue } from '../../ui/confirm-dialog';
import { DateTime } from '../../ui/date-time';
import { Refusal } from '../../ui/refusal';
import { InvitationStatusBadge } from '../../ui/status-badge';
import { notify } from '../../ui/toast';
import type { PanelProps } from './professional-page';

const ResendInvitationMutation = graphql(`
  mutation InvitationPanel_resend($professionalId: ID!) {
    resendInvitation(professionalId: $professionalId) {
      professional {
        id
        status
        invitation {
          status
          sentAt
          expiresAt
        }
      }
      error {
        code
        message
        hint
      }
    }
  }
`);

const RevokeInvitationMutation = graphql(`
  mutation InvitationPanel_revoke($professionalId: ID!) {
    revokeInvitation(professionalId: $professionalId) {
      professional {
        id
        status
        invitation {
          status
          sentAt
          expiresAt
        }
      }
      error {
        code
        message
        hint
      }
    }
  }
`);

const NOT_ANSWERING: RefusalValue = {
  message: 'Foyer is not answering right now.',
  hint: 'Check your connection and try again in a moment. Nothing was changed.',
};

/** The latest invitation e-mail and its one-time link: send it again, or make it stop working. */
export function InvitationPanel({ professional, refresh }: PanelProps) {
  const headingId = useId();
  const [refusal, setRefusal] = useState<RefusalValue | null>(null);
  const [resend, { loading: resending }] = useMutation(ResendInvitationMutation);
  const [revoke, { loading: revoking }] = useMutation(RevokeInvitationMutation);
  const { invitation } = professional;
  const canManage = professional.organization.viewerCanManageProfessionals;
  // Only those who may manage the professional see invitations at all.
  if (!canManage) return null;

  const name = professional.displayName;
  const isInvited = professional.status === 'INVITED';
  const isPending = invitation?.status === 'PENDING';

  async function run(action: 'resend' | 'revoke') {
    setRefusal(null);
    try {
      const variables = { professionalId: professional.id };
      const payload =
        action === 'resend'
          ? (await resend({ variables })).data?.resendInvitation
          : (await revoke({ variables })).data?.revokeInvitation;
      if (!payload?.professional) {
        setRefusal(payload?.error ?? NOT_ANSWERING);
        refresh();
        return;
      }
      notify(
        action === 'resend'
          ? {
              title: `A new invitation is on its way to ${professional.email}.`,
              description: 'Any earlier link no longer works.',
            }
          : {
              title: `${name}’s invitation link no longer works.`,
              description: 'Send a new invitation when they should join after all.',
            },
      );
    } catch {
      setRefusal(NOT_ANSWERING);
    }
  }

  return (
    <section className="card panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        Invitation
      </h2>
      {invitation ? (
        <dl className="details details--compact">
          <div className="details__row">
            <dt>Status</dt>
            <dd>
              <InvitationStatusBadge status={invitation.status} />
            </dd>
          </div>
          <div className="details__row">
            <dt>Sent</dt>
            <dd>
              <DateTime value={invitation.sentAt} />
            </dd>
          </div>
          {isPending ? (
            <div className="details__row">
              <dt>Link expires</dt>
              <dd>
                <DateTime value={invitation.expiresAt} />
              </dd>
            </div>
          ) : null}
        </dl>
      ) : isInvited ? (
        <p className="muted">No invitation e-mail has been sent to {name} yet.</p>
      ) : null}

      {isInvited ? (
        <div className="panel__actions">
          <Button onPress={() => void run('resend')} isPending={resending}>
            {invitation ? 'Resend invitation' : 'Send invitation'}
          </Button>
          {isPending ? (
            <Button onPress={() => void run('revoke')} isPending={revoking}>
              Revoke invitation
            </Button>
          ) : null}
        </div>
      ) : (
        <p className="panel__note muted">
          {professional.status === 'ACTIVE'
            ? `${name} has joined: they sign in with their e-mail and password.`
            : `${name} is disabled: re-activate them before inviting them again.`}
        </p>
      )}
      <Refusal refusal={refusal} />
    </section>
  );
}
