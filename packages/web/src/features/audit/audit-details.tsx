import { PROFESSIONAL_STATUS_LABELS, ROLE_LABELS } from '@foyer/shared';
import type { AuditLogPage_EventsQuery } from '../../gql/graphql';

type AuditDetail =
  AuditLogPage_EventsQuery['auditEvents']['edges'][number]['node']['details'][number];

export interface AuditDetailsProps {
  details: readonly AuditDetail[];
}

/** What an event changed or named: "Status: Invited → Active", one line each. */
export function AuditDetails({ details }: AuditDetailsProps) {
  if (details.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="audit-details">
      {details.map((detail) => (
        <li key={detail.name}>
          <span className="audit-details__name">{detailName(detail.name)}:</span>{' '}
          {detail.previousValue !== null && detail.previousValue !== undefined ? (
            <>
              <span className="visually-hidden">from </span>
              <span className="audit-details__previous">
                {detailValue(detail.previousValue)}
              </span>{' '}
              <span aria-hidden="true">→</span>
              <span className="visually-hidden">to</span>{' '}
            </>
          ) : null}
          <span className="audit-details__value">{detailValue(detail.value)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Someone named in an event. The log keeps "Name <e-mail>" as it was at the time; shown as the
 * name over the address, a long address does not squeeze the rest of the row.
 */
export function AuditParty({ label }: { label: string }) {
  const match = /^(.*\S)\s+<([^<>]+)>$/.exec(label);
  if (!match) return <span className="audit-party">{label}</span>;
  return (
    <span className="audit-party">
      <span className="audit-party__name">{match[1]}</span>{' '}
      <span className="audit-party__email">&lt;{match[2]}&gt;</span>
    </span>
  );
}

const DETAIL_NAMES: Record<string, string> = {
  roles: 'Roles',
  role: 'Role',
  status: 'Status',
  holder: 'Holder',
  reason: 'Reason',
  email: 'E-mail',
  firstName: 'First name',
  lastName: 'Last name',
  jobTitle: 'Job title',
  phone: 'Phone',
  preferredLanguage: 'Language',
  matchedBy: 'Matched by',
  accessRequestId: 'Access request',
  expiresAt: 'Expires',
};

/** The server's detail name in words; an unknown one ("someField") reads "Some field". */
export function detailName(name: string): string {
  const known = DETAIL_NAMES[name];
  if (known) return known;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ENUM_LABELS: Record<string, string> = { ...ROLE_LABELS, ...PROFESSIONAL_STATUS_LABELS };
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A value as people say it: roles and statuses by their labels ("ADMINISTRATOR, BILLING_CONTACT"
 * reads "Administrator, Billing contact"), instants in the reader's time zone, nothing as "none".
 */
export function detailValue(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (ISO_INSTANT.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) {
      return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
        date,
      );
    }
  }
  const parts = value.split(', ');
  if (parts.every((part) => part in ENUM_LABELS)) {
    return parts.map((part) => ENUM_LABELS[part]).join(', ');
  }
  return value;
}
