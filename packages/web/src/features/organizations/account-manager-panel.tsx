import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { OrganizationPage_OrganizationQuery } from '../../gql/graphql';
import { Button } from '../../ui/button';
import type { FieldProblem } from '../../ui/form-field';
import { FormProblem } from '../../ui/form-problem';
import { SelectField } from '../../ui/select-field';
import { notify } from '../../ui/toast';
import { AccountManagerCandidatesQuery, candidateLabel } from './account-manager-candidates';
import { PLAIN_SELECT_LIMIT } from '../../ui/plain-select-limit';
import { AccountManagerSearch } from './account-manager-search';

// Vendor administrators pick from their own organization's people: the viewer's organization.
const AccountManagerVendorQuery = graphql(`
  query AccountManagerPanel_vendor {
    viewer {
      id
      organization {
        id
        kind
      }
    }
  }
`);

const SetAccountManagerMutation = graphql(`
  mutation AccountManagerPanel_set($organizationId: ID!, $professionalId: ID) {
    setAccountManager(organizationId: $organizationId, professionalId: $professionalId) {
      organization {
        id
        accountManager {
          id
          displayName
          email
          phone
          jobTitle
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

export interface AccountManagerPanelProps {
  organization: ShownOrganization;
}

const DESCRIPTION =
  'One of the vendor’s professionals, shown to this organization’s people as someone to ask for help.';

const NOT_ANSWERING: FieldProblem = {
  message: 'Foyer is not answering right now.',
  hint: 'Check your connection and try again in a moment. Nothing was changed.',
};

/**
 * The vendor's professional who looks after a customer or partner: shown to everyone who may see
 * the organization, and changed here by the vendor's administrators.
 */
export function AccountManagerPanel({ organization }: AccountManagerPanelProps) {
  const headingId = useId();
  const current = organization.accountManager;

  return (
    <section className="card organization-page__card" aria-labelledby={headingId}>
      <h2 id={headingId}>Account manager</h2>
      {current ? (
        <div className="account-manager__current">
          <span className="organization-page__person">{current.displayName}</span>
          {current.jobTitle ? <span className="muted">{current.jobTitle}</span> : null}
          <a href={`mailto:${current.email}`}>{current.email}</a>
          {current.phone ? <span>{current.phone}</span> : null}
        </div>
      ) : (
        <p className="muted">No account manager is named for {organization.name}.</p>
      )}
      {organization.viewerCanSetAccountManager ? (
        <AccountManagerForm organization={organization} />
      ) : null}
    </section>
  );
}

function AccountManagerForm({ organization }: AccountManagerPanelProps) {
  const currentId = organization.accountManager?.id ?? '';
  const vendor = useQuery(AccountManagerVendorQuery);
  const vendorId = vendor.data?.viewer?.organization.id;
  const candidates = useQuery(AccountManagerCandidatesQuery, {
    variables: { vendorId: vendorId ?? '', search: null, first: PLAIN_SELECT_LIMIT },
    skip: !vendorId,
  });
  const [setAccountManager, { loading: saving }] = useMutation(SetAccountManagerMutation);
  const [selectedId, setSelectedId] = useState(currentId);
  const [problem, setProblem] = useState<FieldProblem | null>(null);

  const loadingCandidates = vendor.loading || candidates.loading || !candidates.data;
  const failed = Boolean(vendor.error || candidates.error);
  // Disabled people cannot be reached; the current manager stays listed whatever their status.
  const people = (candidates.data?.professionals.edges ?? [])
    .map((edge) => edge.node)
    .filter((person) => person.status !== 'DISABLED' || person.id === currentId);
  const current = organization.accountManager;
  if (current && !people.some((person) => person.id === current.id)) {
    people.unshift({
      __typename: 'Professional',
      id: current.id,
      displayName: current.displayName,
      jobTitle: current.jobTitle ?? null,
      status: 'ACTIVE',
    });
  }

  function choose(professionalId: string) {
    setSelectedId(professionalId);
    setProblem(null);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await setAccountManager({
        variables: { organizationId: organization.id, professionalId: selectedId || null },
      });
      const payload = data?.setAccountManager;
      if (!payload?.organization) {
        setProblem({
          message:
            payload?.error?.message ??
            'The account manager could not be changed. Please try again.',
          hint: payload?.error?.hint,
        });
        return;
      }
      const named = payload.organization.accountManager;
      notify({
        title: named
          ? `${named.displayName} now looks after ${organization.name}`
          : `${organization.name} has no account manager now`,
      });
    } catch {
      setProblem(NOT_ANSWERING);
    }
  }

  return (
    <form
      className="account-manager__form"
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
    >
      <FormProblem problem={problem} />
      {vendorId && candidates.data?.professionals.pageInfo.hasNextPage ? (
        <AccountManagerSearch
          vendorId={vendorId}
          description={DESCRIPTION}
          current={people.find((person) => person.id === currentId) ?? null}
          selectedId={selectedId}
          onSelect={choose}
        />
      ) : (
        <SelectField
          label="Account manager"
          name="accountManager"
          description={DESCRIPTION}
          value={selectedId}
          isDisabled={loadingCandidates || failed}
          problem={
            failed
              ? {
                  message: 'The vendor’s professionals could not be loaded.',
                  hint: 'Check your connection, then reload the page.',
                }
              : null
          }
          options={[
            {
              value: '',
              label:
                loadingCandidates && !failed
                  ? 'Loading the vendor’s professionals…'
                  : 'No account manager',
            },
            ...people.map((person) => ({ value: person.id, label: candidateLabel(person) })),
          ]}
          onChange={choose}
        />
      )}
      <Button
        type="submit"
        variant="primary"
        isPending={saving}
        isDisabled={loadingCandidates || failed}
      >
        {saving ? 'Saving…' : 'Save account manager'}
      </Button>
    </form>
  );
}
