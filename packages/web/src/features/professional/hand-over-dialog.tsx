import { useMutation, useQuery } from '@apollo/client/react';
import { ROLE_LABELS, whyCannotTransferRole, type Role, type RuleViolation } from '@foyer/shared';
import { useId, useState } from 'react';
import { ListBox, ListBoxItem, Text, type Selection } from 'react-aria-components';
import { graphql } from '../../gql';
import { Button } from '../../ui/button';
import type { RefusalValue } from '../../ui/confirm-dialog';
import { Dialog } from '../../ui/dialog';
import { LoadingState } from '../../ui/loading-state';
import { Refusal } from '../../ui/refusal';
import { SearchField } from '../../ui/search-field';
import { notify } from '../../ui/toast';
import { useDebouncedValue } from '../../ui/use-debounced-value';

const CandidatesQuery = graphql(`
  query HandOverDialog_candidates($organizationId: ID!, $search: String) {
    professionals(organizationId: $organizationId, search: $search, first: 50) {
      totalCount
      edges {
        node {
          id
          firstName
          lastName
          displayName
          email
          status
          roles
        }
      }
    }
  }
`);

const TransferRoleMutation = graphql(`
  mutation HandOverDialog_transferRole($role: Role!, $toProfessionalId: ID!) {
    transferRole(role: $role, toProfessionalId: $toProfessionalId) {
      professional {
        id
        displayName
        roles
        updatedAt
      }
      previousHolder {
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

export interface HandOverDialogProps {
  /** The role to hand over (ADMINISTRATOR: grant it to one more person); null when closed. */
  role: Role | null;
  onClose: () => void;
  organizationId: string;
  organizationName: string;
  /** Who holds the role now: the professional whose page this is. */
  holder: { id: string; displayName: string };
  /** Called once the role has moved and the page shows it. */
  onHandedOver?: () => void;
}

/**
 * Picks who takes a role. Hand-over is one step on the server (from the holder to the chosen
 * person), so the organization is never without its contact, not even for a moment.
 */
export function HandOverDialog({ role, onClose, onHandedOver, ...props }: HandOverDialogProps) {
  const [busy, setBusy] = useState(false);
  const title =
    role === 'ADMINISTRATOR'
      ? 'Make another professional Administrator'
      : `Hand over ${role ? ROLE_LABELS[role] : 'role'}`;
  return (
    <Dialog
      isOpen={role !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={title}
      isDismissable={!busy}
    >
      {(close) =>
        role ? (
          <HandOverForm
            role={role}
            onBusyChange={setBusy}
            onDone={(handedOver) => {
              close();
              if (handedOver) onHandedOver?.();
            }}
            {...props}
          />
        ) : null
      }
    </Dialog>
  );
}

interface HandOverFormProps extends Omit<HandOverDialogProps, 'role' | 'onClose' | 'onHandedOver'> {
  role: Role;
  onBusyChange: (busy: boolean) => void;
  onDone: (handedOver: boolean) => void;
}

function HandOverForm({
  role,
  organizationId,
  organizationName,
  holder,
  onBusyChange,
  onDone,
}: HandOverFormProps) {
  const label = ROLE_LABELS[role];
  const pickerLabelId = useId();
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 250);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<RefusalValue | null>(null);
  // Roles move while the dialog is open too: what the list says must be what the server has now.
  const { data, previousData, loading, error, refetch } = useQuery(CandidatesQuery, {
    variables: { organizationId, search: search || null },
    fetchPolicy: 'cache-and-network',
  });
  const [transfer, { loading: transferring }] = useMutation(TransferRoleMutation, {
    refetchQueries: ['ProfessionalPage_professional', 'AccountsPage_professionals'],
    // The dialog closes onto the page as it now is, not as it was a moment ago.
    awaitRefetchQueries: true,
  });

  const shown = data ?? previousData;
  const candidates = shown?.professionals.edges.map((edge) => edge.node) ?? [];
  // The same rule the server applies when it commits the hand-over.
  const blocked = new Map<string, RuleViolation>();
  for (const candidate of candidates) {
    const [reason] = whyCannotTransferRole(candidates, role, candidate.id);
    if (reason) blocked.set(candidate.id, reason);
  }
  const selected = candidates.find(
    (candidate) => candidate.id === selectedId && !blocked.has(candidate.id),
  );

  async function confirm() {
    if (!selected) return;
    setRefusal(null);
    onBusyChange(true);
    try {
      const { data: result } = await transfer({
        variables: { role, toProfessionalId: selected.id },
      });
      const payload = result?.transferRole;
      if (!payload?.professional) {
        setRefusal(payload?.error ?? { message: 'That did not work. Please try again.' });
        void refetch().catch(() => undefined);
        return;
      }
      notify({
        title:
          role === 'ADMINISTRATOR'
            ? `${payload.professional.displayName} is now an Administrator.`
            : `${label} handed over to ${payload.professional.displayName}.`,
        description:
          role === 'ADMINISTRATOR' ? undefined : `${holder.displayName} no longer holds it.`,
      });
      onDone(true);
    } catch {
      setRefusal({
        message: 'Foyer is not answering right now.',
        hint: 'Check your connection and try again in a moment. Nothing was changed.',
      });
    } finally {
      onBusyChange(false);
    }
  }

  function handleSelectionChange(keys: Selection) {
    if (keys === 'all') return;
    const [key] = [...keys];
    setSelectedId(key === undefined ? null : String(key));
  }

  return (
    <div className="dialog__body hand-over">
      <p className="muted">
        {role === 'ADMINISTRATOR'
          ? `They will be able to manage ${organizationName}’s professionals and hand roles over. ${holder.displayName} stays Administrator until you revoke it.`
          : `${label} moves from ${holder.displayName} to the person you choose, in one step: ${organizationName} always has exactly one ${label}.`}
      </p>
      <SearchField
        label="Search professionals"
        placeholder="Name or e-mail"
        value={searchText}
        onChange={setSearchText}
        autoFocus
      />
      <p id={pickerLabelId} className="hand-over__picker-label">
        {role === 'ADMINISTRATOR' ? 'Make Administrator' : `Hand ${label} to`}
      </p>
      {!shown && loading ? (
        <LoadingState label="Loading professionals…" />
      ) : error && !shown ? (
        <Refusal
          refusal={{
            message: 'The professionals could not be loaded.',
            hint: 'Check your connection, then search again.',
          }}
        />
      ) : (
        <ListBox
          aria-labelledby={pickerLabelId}
          className="candidates"
          items={candidates}
          selectionMode="single"
          selectedKeys={selected ? [selected.id] : []}
          onSelectionChange={handleSelectionChange}
          disabledKeys={[...blocked.keys()]}
          dependencies={[role, blocked]}
          renderEmptyState={() => (
            <p className="candidates__empty muted">
              {search ? `Nobody matches “${search}”.` : 'Nobody else to choose.'}
            </p>
          )}
        >
          {(candidate) => {
            const reason = blocked.get(candidate.id);
            return (
              <ListBoxItem
                id={candidate.id}
                textValue={candidate.displayName}
                className="candidate"
              >
                <span className="candidate__radio" aria-hidden="true" />
                {/* One label for both lines: an option's name holds all the text it shows, so
                    speech input users can say what they see. */}
                <Text slot="label" className="candidate__text">
                  <span className="candidate__name">{candidate.displayName}</span>
                  <span className="candidate__detail">
                    {' '}
                    {reason ? reason.message : candidate.email}
                  </span>
                </Text>
              </ListBoxItem>
            );
          }}
        </ListBox>
      )}
      <Refusal refusal={refusal} />
      <div className="dialog__actions">
        <Button onPress={() => onDone(false)} isDisabled={transferring}>
          Cancel
        </Button>
        <Button
          variant="primary"
          onPress={() => void confirm()}
          isDisabled={!selected}
          isPending={transferring}
        >
          {transferring ? 'Handing over…' : 'Confirm'}
        </Button>
      </div>
    </div>
  );
}
