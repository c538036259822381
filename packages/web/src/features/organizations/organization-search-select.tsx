import { useQuery } from '@apollo/client/react';
import type { OrganizationKind } from '@foyer/shared';
import { useState, type Ref } from 'react';
import type { FieldProblem } from '../../ui/form-field';
import { SearchSelect } from '../../ui/search-select';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import {
  OrganizationsOfKindQuery,
  pickableLabel,
  type PickableOrganization,
} from './organizations-of-kind-query';

/** A choice listed before the matches whatever is searched, e.g. "No partner". */
export interface FixedChoice {
  id: string;
  label: string;
}

export interface OrganizationSearchSelectProps {
  kind: OrganizationKind;
  label: string;
  labelNote?: string;
  description?: string;
  placeholder: string;
  /** Listed first, whatever is searched. */
  fixed?: FixedChoice | null;
  /** The chosen one (an organization's or the fixed choice's id); null while nothing is. */
  selectedId: string | null;
  /** The organization chosen, or null for the fixed choice. */
  onSelect: (organization: PickableOrganization | null) => void;
  /** Not offered, e.g. the partners already serving this customer. */
  excludedIds?: ReadonlySet<string>;
  problem?: FieldProblem | null;
  triggerRef?: Ref<HTMLButtonElement>;
}

/** Waits this long after the last keystroke before asking the server, so typing stays smooth. */
const SEARCH_DELAY_MS = 250;
/** How many matches are offered at a time. */
const MATCHES = 20;

type Item = { id: string; label: string; organization: PickableOrganization | null };

/**
 * The picker for a kind with more organizations than a select can hold (thousands of customers):
 * the server finds those of that kind whose name contains what is typed.
 */
export function OrganizationSearchSelect({
  kind,
  label,
  labelNote,
  description,
  placeholder,
  fixed,
  selectedId,
  onSelect,
  excludedIds,
  problem,
  triggerRef,
}: OrganizationSearchSelectProps) {
  const [searchText, setSearchText] = useState('');
  // The one picked, so the button can go on naming it after the search has moved on.
  const [picked, setPicked] = useState<PickableOrganization | null>(null);
  const name = useDebouncedValue(searchText.trim(), SEARCH_DELAY_MS);
  const { data, previousData, loading, error } = useQuery(OrganizationsOfKindQuery, {
    variables: { kinds: [kind], name: name || null, first: MATCHES },
  });

  const connection = (data ?? previousData)?.organizations;
  const found = (connection?.edges ?? [])
    .map((edge) => edge.node)
    .filter((organization) => !excludedIds?.has(organization.id));
  const pinned =
    picked && picked.id === selectedId && !found.some((o) => o.id === picked.id) ? [picked] : [];
  const items: Item[] = [
    ...(fixed ? [{ ...fixed, organization: null }] : []),
    ...[...pinned, ...found].map((organization) => ({
      id: organization.id,
      label: pickableLabel(organization),
      organization,
    })),
  ];
  const more = (connection?.totalCount ?? 0) - (connection?.edges.length ?? 0);

  return (
    <SearchSelect
      label={label}
      labelNote={labelNote}
      description={description}
      items={items}
      selectedId={selectedId}
      onSelect={(item) => {
        setPicked(item.organization);
        onSelect(item.organization);
      }}
      textOf={(item) => item.label}
      searchText={searchText}
      onSearchTextChange={setSearchText}
      searchLabel="Search by name"
      searchPlaceholder="Part of a name"
      placeholder={placeholder}
      emptyMessage={
        error
          ? 'They could not be loaded. Close this list and try again.'
          : loading
            ? 'Searching…'
            : 'No name contains that. Try fewer letters.'
      }
      footer={more > 0 ? `${more} more: type part of a name to find one.` : null}
      problem={problem}
      triggerRef={triggerRef}
    />
  );
}
