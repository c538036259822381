import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { SearchSelect } from '../../ui/search-select';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import {
  AccountManagerCandidatesQuery,
  candidateLabel,
  type Candidate,
} from './account-manager-candidates';

export interface AccountManagerSearchProps {
  vendorId: string;
  description: string;
  /** Who looks after the organization now; listed whatever is searched. */
  current: Candidate | null;
  selectedId: string;
  onSelect: (professionalId: string) => void;
}

/** Waits this long after the last keystroke before asking the server, so typing stays smooth. */
const SEARCH_DELAY_MS = 250;
/** How many matches are offered at a time. */
const MATCHES = 20;
/** The choice that names nobody; never a professional's id. */
const NOBODY: Candidate = {
  __typename: 'Professional',
  id: 'nobody',
  displayName: 'No account manager',
  jobTitle: null,
  status: 'ACTIVE',
};

/**
 * The account manager picker for a vendor with more professionals than a list can hold: the
 * server searches them by name or e-mail. Disabled people cannot be reached, so none is offered.
 */
export function AccountManagerSearch({
  vendorId,
  description,
  current,
  selectedId,
  onSelect,
}: AccountManagerSearchProps) {
  const [searchText, setSearchText] = useState('');
  // The one picked, so the button can go on naming them after the search has moved on.
  const [picked, setPicked] = useState<Candidate | null>(null);
  const search = useDebouncedValue(searchText.trim(), SEARCH_DELAY_MS);
  const { data, previousData, loading, error } = useQuery(AccountManagerCandidatesQuery, {
    variables: { vendorId, search: search || null, first: MATCHES },
  });

  const connection = (data ?? previousData)?.professionals;
  const found = (connection?.edges ?? [])
    .map((edge) => edge.node)
    .filter((person) => person.status !== 'DISABLED');
  const pinned = [current, picked].filter(
    (person, index, all): person is Candidate =>
      person !== null &&
      all.findIndex((other) => other?.id === person.id) === index &&
      !found.some((other) => other.id === person.id),
  );
  // "No account manager" stays first whatever is searched: it is how the choice is cleared.
  const items = [NOBODY, ...pinned, ...found];
  const more = (connection?.totalCount ?? 0) - (connection?.edges.length ?? 0);

  return (
    <SearchSelect
      className="account-manager__picker"
      label="Account manager"
      description={description}
      items={items}
      selectedId={selectedId || NOBODY.id}
      onSelect={(person) => {
        const nobody = person.id === NOBODY.id;
        setPicked(nobody ? null : person);
        onSelect(nobody ? '' : person.id);
      }}
      textOf={candidateLabel}
      searchText={searchText}
      onSearchTextChange={setSearchText}
      searchLabel="Search by name or e-mail"
      searchPlaceholder="Name or e-mail"
      emptyMessage={
        error
          ? 'The vendor’s professionals could not be loaded. Close this list and try again.'
          : loading
            ? 'Searching…'
            : 'Nobody matches. Try part of a name or an e-mail address.'
      }
      footer={more > 0 ? `${more} more: type more of a name or e-mail to narrow the list.` : null}
    />
  );
}
