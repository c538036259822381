import { useMutation } from '@apollo/client/react';
import { REGION_LABELS } from '@foyer/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { OrganizationPage_OrganizationQuery } from '../../gql/graphql';
import { Button } from '../../ui/button';
import { ConfirmDialog, type RefusalValue } from '../../ui/confirm-dialog';
import type { FieldProblem } from '../../ui/form-field';
import { FormProblem } from '../../ui/form-problem';
import { SelectField } from '../../ui/select-field';
import { notify } from '../../ui/toast';
import { pickableLabel } from './organizations-of-kind-query';
import { OrganizationSearchSelect } from './organization-search-select';
import { useOrganizationsOfKind, type PickableOrganization } from './use-organizations-of-kind';

const LinkPartnerMutation = graphql(`
  mutation PartnerLinks_link($partnerId: ID!, $customerId: ID!) {
    linkPartnerToCustomer(partnerId: $partnerId, customerId: $customerId) {
      customer {
        id
        partners {
          id
          name
          accountNumber
          region
        }
      }
      error {
        code
        message
        hint
        field
      }
    }
  }
`);

const UnlinkPartnerMutation = graphql(`
  mutation PartnerLinks_unlink($partnerId: ID!, $customerId: ID!) {
    unlinkPartnerFromCustomer(partnerId: $partnerId, customerId: $customerId) {
      customer {
        id
        partners {
          id
          name
          accountNumber
          region
        }
      }
      error {
        code
        message
        hint
        field
      }
    }
  }
`);

type ShownOrganization = OrganizationPage_OrganizationQuery['organization'];
type LinkedOrganization = ShownOrganization['partners'][number];

export interface PartnerLinksProps {
  /** A customer (its partners are listed) or a partner (its customers are). */
  organization: ShownOrganization;
  /** Vendor administrators link and unlink; everyone else who may see the page only reads. */
  canLink: boolean;
}

const NOT_ANSWERING: FieldProblem = {
  message: 'Foyer is not answering right now.',
  hint: 'Check your connection and try again in a moment. Nothing was changed.',
};

// The mutations answer with the customer's partners, which the cache applies to a customer's
// page by itself; a partner's page lists its customers, which only a refetch brings up to date.
const PARTNER_PAGE_REFETCH = ['OrganizationPage_organization'];

/**
 * Who serves whom. A partner serving a customer lets the partner's administrators manage the
 * customer's people, so linking and unlinking say so plainly, and unlinking asks first.
 */
export function PartnerLinks({ organization, canLink }: PartnerLinksProps) {
  const isCustomer = organization.kind === 'CUSTOMER';
  const linked = isCustomer ? organization.partners : organization.customers;
  const candidates = useOrganizationsOfKind(isCustomer ? 'PARTNER' : 'CUSTOMER', !canLink);
  const [link, { loading: linking }] = useMutation(LinkPartnerMutation);
  const [unlink] = useMutation(UnlinkPartnerMutation);
  const [selected, setSelected] = useState<PickableOrganization | null>(null);
  const [pickProblem, setPickProblem] = useState<FieldProblem | null>(null);
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [confirming, setConfirming] = useState<LinkedOrganization | null>(null);
  // The select, or the searchable picker's button when there are too many to list.
  const pickRef = useRef<HTMLElement | null>(null);
  const setPickRef = (element: HTMLElement | null) => {
    pickRef.current = element;
  };
  const headingId = useId();

  const noun = isCustomer ? 'partner' : 'customer';
  const linkedIds = new Set(linked.map((other) => other.id));
  const available = candidates.organizations.filter((other) => !linkedIds.has(other.id));
  const refetchQueries = isCustomer ? [] : PARTNER_PAGE_REFETCH;
  const pickLabel = isCustomer ? 'Partner to link' : 'Customer to link';

  function choose(other: PickableOrganization | null) {
    setSelected(other);
    setPickProblem(null);
  }

  /** Both sides of a link, whichever organization this page shows. */
  function pair(otherId: string) {
    return isCustomer
      ? { partnerId: otherId, customerId: organization.id }
      : { partnerId: organization.id, customerId: otherId };
  }

  /** "Acme Partners … Northwind Traders", the partner first, whichever page this is. */
  function names(other: { name: string }) {
    return isCustomer
      ? { partner: other.name, customer: organization.name }
      : { partner: organization.name, customer: other.name };
  }

  async function handleLink(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    const other = selected && !linkedIds.has(selected.id) ? selected : null;
    if (!other) {
      setPickProblem({ message: `Choose the ${noun} to link.` });
      pickRef.current?.focus();
      return;
    }
    setPickProblem(null);
    try {
      const { data } = await link({
        variables: pair(other.id),
        refetchQueries,
        awaitRefetchQueries: true,
      });
      const payload = data?.linkPartnerToCustomer;
      if (!payload?.customer) {
        setProblem({
          message: payload?.error?.message ?? 'The link could not be made. Please try again.',
          hint: payload?.error?.hint,
        });
        return;
      }
      setSelected(null);
      const { partner, customer } = names(other);
      notify({
        title: `${partner} now serves ${customer}`,
        description: `${partner}’s administrators can manage ${customer}’s people.`,
      });
    } catch {
      setProblem(NOT_ANSWERING);
    }
  }

  /** Resolves to the server's refusal, shown in the confirmation, or null once unlinked. */
  async function handleUnlink(other: LinkedOrganization): Promise<RefusalValue | null> {
    setProblem(null);
    const { data } = await unlink({
      variables: pair(other.id),
      refetchQueries,
      awaitRefetchQueries: true,
    });
    const payload = data?.unlinkPartnerFromCustomer;
    if (!payload?.customer) {
      return {
        message: payload?.error?.message ?? 'The link could not be removed. Please try again.',
        hint: payload?.error?.hint,
      };
    }
    const { partner, customer } = names(other);
    notify({ title: `${partner} no longer serves ${customer}` });
    return null;
  }

  return (
    <section className="card organization-page__card partner-links" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {isCustomer
          ? `Partners serving ${organization.name}`
          : `Customers served by ${organization.name}`}
      </h2>
      <p className="muted">
        {isCustomer
          ? 'A partner’s administrators can manage this customer’s people, exactly as its own administrators can.'
          : 'This partner’s administrators can manage the people of the customers it serves.'}
      </p>

      <FormProblem problem={problem} />

      {linked.length === 0 ? (
        <p className="partner-links__empty">
          {isCustomer ? 'No partner serves this customer.' : 'This partner serves no customer yet.'}
        </p>
      ) : (
        <ul className="partner-links__list" aria-labelledby={headingId}>
          {linked.map((other) => (
            <li key={other.id} className="partner-links__item">
              <div className="partner-links__who">
                <span className="partner-links__name">{other.name}</span>
                <span className="muted">
                  {other.accountNumber} · {REGION_LABELS[other.region]}
                </span>
              </div>
              {canLink ? (
                <Button size="small" onPress={() => setConfirming(other)}>
                  Unlink<span className="visually-hidden"> {other.name}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      {canLink &&
      candidates.complete &&
      !candidates.loading &&
      !candidates.failed &&
      available.length === 0 ? (
        <p className="partner-links__none-left muted">
          {isCustomer
            ? 'Every partner on Foyer already serves this customer.'
            : 'This partner already serves every customer on Foyer.'}
        </p>
      ) : canLink ? (
        <form
          className="partner-links__form"
          noValidate
          onSubmit={(event) => void handleLink(event)}
        >
          {candidates.complete ? (
            <SelectField
              label={pickLabel}
              name="linkTo"
              value={selected?.id ?? ''}
              selectRef={setPickRef}
              isDisabled={candidates.loading || candidates.failed}
              problem={
                pickProblem ??
                (candidates.failed
                  ? {
                      message: `The ${noun}s could not be loaded.`,
                      hint: 'Check your connection, then load them again.',
                    }
                  : null)
              }
              options={[
                {
                  value: '',
                  label: candidates.loading ? `Loading ${noun}s…` : `Choose a ${noun}`,
                },
                ...available.map((other) => ({ value: other.id, label: pickableLabel(other) })),
              ]}
              onChange={(value) => choose(available.find((other) => other.id === value) ?? null)}
            />
          ) : (
            <OrganizationSearchSelect
              kind={isCustomer ? 'PARTNER' : 'CUSTOMER'}
              label={pickLabel}
              placeholder={`Choose a ${noun}`}
              selectedId={selected?.id ?? null}
              onSelect={choose}
              excludedIds={linkedIds}
              problem={pickProblem}
              triggerRef={setPickRef}
            />
          )}
          {candidates.failed ? (
            <Button onPress={candidates.retry}>Load {noun}s again</Button>
          ) : (
            <Button type="submit" variant="primary" isPending={linking}>
              {linking ? 'Linking…' : `Link ${noun}`}
            </Button>
          )}
        </form>
      ) : null}

      {confirming ? (
        <ConfirmDialog
          isOpen
          onOpenChange={(open) => {
            if (!open) setConfirming(null);
          }}
          variant="danger"
          title={`Stop ${names(confirming).partner} serving ${names(confirming).customer}?`}
          onConfirm={() => handleUnlink(confirming)}
        >
          <p>
            {names(confirming).partner}’s administrators will no longer be able to manage{' '}
            {names(confirming).customer}’s people. You can link them again later.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
