import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { SearchSelect } from '../ui/search-select';
import { useDebouncedValue } from '../ui/use-debounced-value';
import { samePageFor, type OrganizationChoice } from './organization-picker';
import { PLAIN_SELECT_LIMIT } from '../ui/plain-select-limit';
import { OrganizationChoicesQuery } from './use-organization-choices';

export interface OrganizationSearchPickerProps {
  own: OrganizationChoice;
  /** The organization being looked at, when known; it stays listed so the button can name it. */
  current: OrganizationChoice | undefined;
  pathname: string;
}

/** Waits this long after the last keystroke before asking the server, so typing stays smooth. */
const SEARCH_DELAY_MS = 250;

/**
 * The organization switcher for vendor staff when there are more organizations than a list can
 * hold: the first ones by name, and those whose name contains what is typed, found by the server.
 */
export function OrganizationSearchPicker({
  own,
  current,
  pathname,
}: OrganizationSearchPickerProps) {
  const navigate = useNavigate();
  const [searchText, setSearchText] = useState('');
  const name = useDebouncedValue(searchText.trim(), SEARCH_DELAY_MS);
  const { data, previousData, loading, error } = useQuery(OrganizationChoicesQuery, {
    variables: { name: name || null, first: PLAIN_SELECT_LIMIT },
  });

  const connection = (data ?? previousData)?.organizations;
  const found = (connection?.edges ?? [])
    .map((edge) => edge.node)
    .filter(
      (organization) => organization.viewerCanViewProfessionals && organization.id !== own.id,
    );
  // The viewer's own organization stays first, as in the plain list; the one being looked at
  // stays too, whatever is searched.
  const pinned = current && current.id !== own.id && !found.some((o) => o.id === current.id);
  const items = [own, ...(pinned ? [current] : []), ...found];
  const more = (connection?.totalCount ?? 0) - (connection?.edges.length ?? 0);

  return (
    <SearchSelect
      className="org-picker org-search-picker"
      label="Organization"
      items={items}
      selectedId={current?.id ?? null}
      onSelect={(organization) => void navigate(samePageFor(pathname, organization.id))}
      textOf={(organization) =>
        organization.id === own.id ? `${organization.name} (yours)` : organization.name
      }
      searchText={searchText}
      onSearchTextChange={setSearchText}
      searchLabel="Search organizations by name"
      searchPlaceholder="Part of a name"
      placeholder="Choose an organization"
      emptyMessage={
        error
          ? 'Organizations could not be loaded. Close this list and try again.'
          : loading
            ? 'Searching…'
            : 'No organization’s name contains that. Try fewer letters.'
      }
      footer={more > 0 ? `${more} more: type part of a name to find one.` : null}
    />
  );
}
