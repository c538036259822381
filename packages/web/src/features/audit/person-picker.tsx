import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { SearchSelect } from '../../ui/search-select';
import { useDebouncedValue } from '../../ui/use-debounced-value';

const PersonPickerQuery = graphql(`
  query PersonPicker_professionals($organizationId: ID!, $search: String) {
    professionals(organizationId: $organizationId, search: $search, first: 20) {
      totalCount
      edges {
        node {
          id
          displayName
          email
        }
      }
    }
  }
`);

export interface PickedPerson {
  id: string;
  displayName: string;
  email: string;
}

export interface PersonPickerProps {
  organizationId: string;
  label: string;
  description: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
}

/** Waits this long after the last keystroke before asking the server, so typing stays smooth. */
const SEARCH_DELAY_MS = 250;
/** The choice that removes the filter; never a professional's id. */
const ANYONE: PickedPerson = { id: 'anyone', displayName: 'Anyone', email: '' };

/**
 * One of an organization's professionals, or anyone. The server searches (an organization may
 * have thousands of people) and the first 20 matches are offered.
 */
export function PersonPicker({
  organizationId,
  label,
  description,
  value,
  onChange,
}: PersonPickerProps) {
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), SEARCH_DELAY_MS);
  const { data, previousData, loading, error } = useQuery(PersonPickerQuery, {
    variables: { organizationId, search: search || null },
  });

  const connection = (data ?? previousData)?.professionals;
  const found = connection?.edges.map((edge) => edge.node) ?? [];
  // The person picked stays in the list, so the button can keep showing their name.
  const people =
    value && !found.some((person) => person.id === value.id) ? [value, ...found] : found;
  // "Anyone" stays first whatever is searched: it is how the filter is removed from the list.
  const items = [ANYONE, ...people];
  const more = (connection?.totalCount ?? 0) - found.length;

  return (
    <SearchSelect
      className="person-picker"
      label={label}
      description={description}
      items={items}
      selectedId={value?.id ?? ANYONE.id}
      onSelect={(person) => onChange(person.id === ANYONE.id ? null : person)}
      textOf={(person) => person.displayName}
      renderItem={(person) => (
        <>
          <span className="person-picker__name">{person.displayName}</span>
          {person.email ? <span className="person-picker__email">{person.email}</span> : null}
        </>
      )}
      searchText={searchText}
      onSearchTextChange={setSearchText}
      searchLabel="Search by name or e-mail"
      searchPlaceholder="Name or e-mail"
      placeholder={ANYONE.displayName}
      emptyMessage={
        error
          ? 'People could not be loaded. Close this list and try again.'
          : loading
            ? 'Searching…'
            : 'Nobody matches. Try part of a name or an e-mail address.'
      }
      footer={more > 0 ? `${more} more: type more of a name or e-mail to narrow the list.` : null}
    />
  );
}
