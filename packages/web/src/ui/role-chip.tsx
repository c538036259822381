import { ROLE_LABELS, type Role } from '@foyer/shared';

export function RoleChip({ role }: { role: Role }) {
  const tone = role === 'ADMINISTRATOR' ? 'chip--administrator' : 'chip--contact';
  return <span className={`chip ${tone}`}>{ROLE_LABELS[role]}</span>;
}

export interface RoleChipsProps {
  roles: readonly Role[];
  /** Said when there is no role, instead of an empty cell. */
  emptyLabel?: string;
  /** Names the list for screen readers, e.g. "Roles of Ana Silva". */
  label?: string;
}

export function RoleChips({ roles, emptyLabel = 'No roles', label }: RoleChipsProps) {
  if (roles.length === 0) return <span className="muted">{emptyLabel}</span>;
  return (
    <ul className="chips" aria-label={label}>
      {roles.map((role) => (
        <li key={role}>
          <RoleChip role={role} />
        </li>
      ))}
    </ul>
  );
}
