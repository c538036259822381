import type { OrganizationKind } from '@foyer/shared';
import { useState } from 'react';
import { Checkbox } from '../../ui/checkbox';
import { LoadFailed } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { OrganizationSearchSelect } from '../organizations/organization-search-select';
import {
  useOrganizationsOfKind,
  type OrganizationsOfKind,
} from '../organizations/use-organizations-of-kind';

export interface AudienceOrganizationsProps {
  chosenIds: readonly string[];
  /** The organizations the announcement was for when the editor opened, with their names. */
  saved: readonly { id: string; name: string }[];
  onChange: (organizationIds: string[]) => void;
}

interface Listed {
  id: string;
  name: string;
  kind?: OrganizationKind;
}

/**
 * The customers and partners an announcement is for, as checkboxes. A kind with more than a
 * list can hold (thousands of customers) lists only those chosen, and a searchable picker adds
 * more; a kind with few (partners, usually) lists them all, as a small install shows everyone.
 */
export function AudienceOrganizations({ chosenIds, saved, onChange }: AudienceOrganizationsProps) {
  const customers = useOrganizationsOfKind('CUSTOMER');
  const partners = useOrganizationsOfKind('PARTNER');
  // Picked by searching: they stay listed once unticked, so a slip is undone with one click.
  const [added, setAdded] = useState<Listed[]>([]);

  if (customers.loading || partners.loading) {
    return <LoadingState label="Loading organizations…" />;
  }
  if (customers.failed || partners.failed) {
    return (
      <LoadFailed
        what="The customers and partners"
        onRetry={async () => {
          customers.retry();
          partners.retry();
        }}
      />
    );
  }

  const kinds = [customers, partners];
  const loaded = kinds.flatMap((kind) => kind.organizations);
  const kindOf = (id: string) => loaded.find((organization) => organization.id === id)?.kind;
  const listed = uniqueById([
    ...kinds.filter((kind) => kind.complete).flatMap((kind) => kind.organizations),
    ...saved.map((organization) => ({ ...organization, kind: kindOf(organization.id) })),
    ...added,
  ]).sort((a, b) => a.name.localeCompare(b.name));
  const chosen = new Set(chosenIds);

  function toggle(id: string, selected: boolean) {
    const rest = chosenIds.filter((other) => other !== id);
    onChange(selected ? [...rest, id] : rest);
  }

  return (
    <>
      {listed.length === 0 ? (
        <p className="muted">
          {kinds.every((kind) => kind.complete)
            ? 'No customers or partners yet.'
            : 'None chosen yet: find them by name below.'}
        </p>
      ) : (
        <div className="announcement-audience__organizations">
          {listed.map((organization) => (
            <Checkbox
              key={organization.id}
              isSelected={chosen.has(organization.id)}
              onChange={(selected) => toggle(organization.id, selected)}
            >
              {organization.name}
              {organization.kind === 'PARTNER' ? ' (partner)' : ''}
            </Checkbox>
          ))}
        </div>
      )}
      {searchers(customers, partners).map(({ kind, noun }) => (
        <OrganizationSearchSelect
          key={kind}
          kind={kind}
          label={`Add a ${noun}`}
          placeholder={`Find a ${noun} by name`}
          selectedId={null}
          excludedIds={chosen}
          onSelect={(organization) => {
            if (!organization) return;
            setAdded((current) => [...current, organization]);
            toggle(organization.id, true);
          }}
        />
      ))}
    </>
  );
}

/** A searchable picker for each kind with too many to list. */
function searchers(customers: OrganizationsOfKind, partners: OrganizationsOfKind) {
  return [
    { kind: 'CUSTOMER' as const, noun: 'customer', of: customers },
    { kind: 'PARTNER' as const, noun: 'partner', of: partners },
  ].filter(({ of }) => !of.complete);
}

function uniqueById(organizations: Listed[]): Listed[] {
  const seen = new Set<string>();
  return organizations.filter((organization) => {
    if (seen.has(organization.id)) return false;
    seen.add(organization.id);
    return true;
  });
}
