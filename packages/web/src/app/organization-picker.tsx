import type { OrganizationKind } from '@foyer/shared';
import { useId } from 'react';
import { useNavigate } from 'react-router';
import { accountsPath } from './paths';

export interface OrganizationChoice {
  id: string;
  name: string;
  kind: OrganizationKind;
  viewerCanViewProfessionals: boolean;
  viewerCanManageProfessionals: boolean;
}

export interface OrganizationPickerProps {
  /** The viewer's own organization first, then the others they may manage or look at. */
  choices: readonly OrganizationChoice[];
  currentId: string;
  pathname: string;
}

/**
 * Which organization's pages are shown. The choice lives in the address (/orgs/<id>/…), so
 * switching is navigating and every page stays a shareable link. A native select: small, known
 * to every screen reader, and the phone's own picker on a small screen.
 */
export function OrganizationPicker({ choices, currentId, pathname }: OrganizationPickerProps) {
  const navigate = useNavigate();
  const id = useId();
  const [own, ...others] = choices;
  const known = choices.some((choice) => choice.id === currentId);

  return (
    <div className="org-picker">
      <label htmlFor={id} className="org-picker__label">
        Organization
      </label>
      <span className="select select--compact">
        <select
          id={id}
          value={known ? currentId : ''}
          onChange={(event) => {
            if (event.target.value) void navigate(samePageFor(pathname, event.target.value));
          }}
        >
          {known ? null : (
            <option value="" disabled>
              Choose an organization
            </option>
          )}
          {own ? <option value={own.id}>{own.name} (yours)</option> : null}
          <optgroup label={own?.kind === 'PARTNER' ? 'Customers you serve' : 'Other organizations'}>
            {others.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </optgroup>
        </select>
      </span>
    </div>
  );
}

/** The same section (accounts, audit log, details, access requests) of another organization; else its accounts. */
export function samePageFor(pathname: string, organizationId: string): string {
  const section = /^\/orgs\/[^/]+\/(accounts|audit|details|access-requests)(\/|$)/.exec(
    pathname,
  )?.[1];
  return section
    ? `/orgs/${encodeURIComponent(organizationId)}/${section}`
    : accountsPath(organizationId);
}
