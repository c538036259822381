import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import {
  Autocomplete,
  Button,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  SearchField,
  Select,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components';
import { graphql } from '../../gql';
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
 * One of an organization's professionals, or anyone. A select whose list has a search box: the
 * server searches (an organization may have thousands of people) and the first 20 matches are
 * offered. The list is a modal popover, so the page behind is inert while it is open.
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

  function handleChange(key: Key | null) {
    if (key === null || key === ANYONE.id) {
      if (value) onChange(null);
      return;
    }
    const person = items.find((candidate) => candidate.id === key);
    if (person && person.id !== value?.id) onChange(person);
  }

  return (
    <Select
      className="person-picker"
      value={value?.id ?? ANYONE.id}
      onChange={handleChange}
      onOpenChange={(open) => {
        // Each opening starts from the whole list rather than the last search.
        if (!open) setSearchText('');
      }}
      placeholder={ANYONE.displayName}
      allowsEmptyCollection
    >
      <Label className="person-picker__label">{label}</Label>
      <Button className="person-picker__trigger">
        <SelectValue className="person-picker__value" />
        <span className="person-picker__chevron" aria-hidden="true" />
      </Button>
      <Text slot="description" className="person-picker__description">
        {description}
      </Text>
      <Popover className="person-picker__popover" placement="bottom start">
        <Autocomplete inputValue={searchText} onInputChange={setSearchText}>
          <SearchField
            className="person-picker__search"
            aria-label="Search by name or e-mail"
            autoFocus
          >
            <Input className="person-picker__search-input" placeholder="Name or e-mail" />
          </SearchField>
          <ListBox
            className="person-picker__list"
            items={items}
            renderEmptyState={() => (
              <p className="person-picker__empty">
                {error
                  ? 'People could not be loaded. Close this list and try again.'
                  : loading
                    ? 'Searching…'
                    : 'Nobody matches. Try part of a name or an e-mail address.'}
              </p>
            )}
          >
            {(person) => (
              <ListBoxItem
                id={person.id}
                textValue={person.displayName}
                className="person-picker__option"
              >
                <span className="person-picker__name">{person.displayName}</span>
                {person.email ? <span className="person-picker__email">{person.email}</span> : null}
              </ListBoxItem>
            )}
          </ListBox>
        </Autocomplete>
        {more > 0 ? (
          <p className="person-picker__more">
            {more} more: type more of a name or e-mail to narrow the list.
          </p>
        ) : null}
      </Popover>
    </Select>
  );
}
