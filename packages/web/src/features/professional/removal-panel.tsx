import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  ROLE_LABELS,
  isMandatoryContactRole,
  whyCannotChangeStatus,
  whyCannotDeleteProfessional,
  whyCannotRevokeAdministrator,
  type ProfessionalStatus,
  type RuleViolation,
} from '@foyer/shared';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { accountsPath } from '../../app/paths';
import { graphql } from '../../gql';
import { Button } from '../../ui/button';
import { ConfirmDialog, type RefusalValue } from '../../ui/confirm-dialog';
import { BlockedReasons, Refusal, reasonIds } from '../../ui/refusal';
import { notify } from '../../ui/toast';
import type { PanelProps } from './professional-page';

const DeleteProfessionalMutation = graphql(`
  mutation RemovalPanel_delete($id: ID!) {
    deleteProfessional(id: $id) {
      deletedProfessionalId
      error {
        ...ProfessionalPanel_refusal
      }
    }
  }
`);

const SetStatusMutation = graphql(`
  mutation RemovalPanel_setStatus($id: ID!, $status: ProfessionalStatus!) {
    updateProfessional(input: { id: $id, status: $status }) {
      professional {
        id
        status
        updatedAt
        invitation {
          status
          sentAt
          expiresAt
        }
      }
      error {
        ...ProfessionalPanel_refusal
      }
    }
  }
`);

/** Disabling someone's access, or deleting them, each with what the role rules say first. */
export function RemovalPanel({ professional, members, refresh, offerHandOver }: PanelProps) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const headingId = useId();
  const deleteReasonsId = useId();
  const statusReasonsId = useId();
  const [confirming, setConfirming] = useState<'delete' | 'disable' | null>(null);
  const [statusRefusal, setStatusRefusal] = useState<RefusalValue | null>(null);
  const [remove] = useMutation(DeleteProfessionalMutation);
  // The layout's viewer too: someone who disables their own access is signed out by it.
  const [setStatus, { loading: settingStatus }] = useMutation(SetStatusMutation, {
    refetchQueries: ['AccountsPage_professionals', 'AppLayout_viewer'],
  });
  const name = professional.displayName;
  const { organization } = professional;
  const canChangeStatus = organization.viewerCanManageProfessionals;
  const isDisabled = professional.status === 'DISABLED';

  if (!professional.viewerCanDelete && !canChangeStatus) return null;

  const deleteBlocked = whyCannotDeleteProfessional(members, professional.id);
  const disableBlocked = whyCannotChangeStatus(members, professional.id, 'DISABLED');
  // Disabling is blocked for the same reasons as deleting or revoking Administrator; those say
  // the reason (and offer the hand-over), so here only what to do for disabling is added.
  const statedElsewhere = new Set([
    ...(professional.viewerCanDelete ? deleteBlocked : []).map((reason) => reason.message),
    ...(professional.viewerCanRevokeAdministrator && professional.roles.includes('ADMINISTRATOR')
      ? whyCannotRevokeAdministrator(members, professional.id)
      : []
    ).map((reason) => reason.message),
  ]);

  async function changeStatus(status: ProfessionalStatus): Promise<RefusalValue | null> {
    const { data } = await setStatus({ variables: { id: professional.id, status } });
    const payload = data?.updateProfessional;
    if (!payload?.professional) {
      refresh();
      return payload?.error ?? { message: 'That did not work. Please try again.' };
    }
    const now = payload.professional.status;
    notify(
      now === 'DISABLED'
        ? { title: `${name} can no longer sign in.` }
        : now === 'INVITED'
          ? {
              title: `${name} is invited again.`,
              description: 'They never joined: send them an invitation when they should.',
            }
          : { title: `${name} has access to Foyer again.` },
    );
    return null;
  }

  async function reactivate() {
    setStatusRefusal(null);
    try {
      // The server brings back as Invited someone who never joined (they have no sign-in yet).
      setStatusRefusal(await changeStatus('ACTIVE'));
    } catch {
      setStatusRefusal({
        message: 'Foyer is not answering right now.',
        hint: 'Check your connection and try again in a moment. Nothing was changed.',
      });
    }
  }

  async function handleDelete(): Promise<RefusalValue | null> {
    const { data } = await remove({
      variables: { id: professional.id },
      update: (cache, { data: result }) => {
        // Every list that counted them is stale; they refetch when next shown.
        if (result?.deleteProfessional.deletedProfessionalId) {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'professionals' });
        }
      },
    });
    const payload = data?.deleteProfessional;
    if (!payload?.deletedProfessionalId) {
      refresh();
      return payload?.error ?? { message: 'That did not work. Please try again.' };
    }
    notify({ title: `${name} was deleted from ${organization.name}.` });
    await navigate(accountsPath(organization.id), { replace: true });
    // Only once the page showing them is gone, or it would refetch a professional that is no more.
    client.cache.evict({
      id: client.cache.identify({ __typename: 'Professional', id: professional.id }),
    });
    client.cache.gc();
    return null;
  }

  const handOverFix = (reason: RuleViolation) =>
    reason.role && isMandatoryContactRole(reason.role) && professional.viewerCanTransferRoles ? (
      <Button size="small" variant="primary" onPress={() => offerHandOver(reason.role!)}>
        Hand over {ROLE_LABELS[reason.role]}
      </Button>
    ) : null;

  return (
    <section className="card panel panel--danger" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel__title">
        Access and removal
      </h2>

      {canChangeStatus ? (
        <div className="action">
          <h3 className="action__title">{isDisabled ? 'Access disabled' : 'Disable access'}</h3>
          <p className="action__description muted">
            {isDisabled
              ? `${name} cannot sign in. Their profile and history are kept.`
              : `${name} can no longer sign in; their profile and history are kept.`}
          </p>
          {isDisabled ? (
            <Button onPress={() => void reactivate()} isPending={settingStatus}>
              Re-activate
            </Button>
          ) : (
            <>
              <Button
                onPress={() => setConfirming('disable')}
                isDisabled={disableBlocked.length > 0}
                aria-describedby={reasonIds(statusReasonsId, disableBlocked)}
              >
                Disable
              </Button>
              <BlockedReasons
                id={statusReasonsId}
                reasons={disableBlocked}
                isStatedElsewhere={(reason) => statedElsewhere.has(reason.message)}
              />
            </>
          )}
          <Refusal refusal={statusRefusal} />
        </div>
      ) : null}

      {professional.viewerCanDelete ? (
        <div className="action">
          <h3 className="action__title">Delete</h3>
          <p className="action__description muted">
            Removes {name} from {organization.name} for good. The audit log keeps a record.
          </p>
          <Button
            variant="danger"
            onPress={() => setConfirming('delete')}
            isDisabled={deleteBlocked.length > 0}
            aria-describedby={reasonIds(deleteReasonsId, deleteBlocked)}
          >
            Delete
          </Button>
          <BlockedReasons id={deleteReasonsId} reasons={deleteBlocked} renderFix={handOverFix} />
        </div>
      ) : null}

      <ConfirmDialog
        isOpen={confirming === 'disable'}
        onOpenChange={(open) => setConfirming(open ? 'disable' : null)}
        title={`Disable ${name}?`}
        variant="danger"
        onConfirm={() => changeStatus('DISABLED')}
      >
        <p>
          {name} will no longer be able to sign in to Foyer. You can re-activate them at any time.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={confirming === 'delete'}
        onOpenChange={(open) => setConfirming(open ? 'delete' : null)}
        title={`Delete ${name}?`}
        variant="danger"
        onConfirm={handleDelete}
      >
        <p>
          {name} is removed from {organization.name} and can no longer sign in. This cannot be
          undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}
