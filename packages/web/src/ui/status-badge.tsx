import {
  PROFESSIONAL_STATUS_LABELS,
  type InvitationStatus,
  type ProfessionalStatus,
} from '@foyer/shared';

type Tone = 'positive' | 'notice' | 'neutral' | 'negative';

const PROFESSIONAL_TONES: Record<ProfessionalStatus, Tone> = {
  ACTIVE: 'positive',
  INVITED: 'notice',
  DISABLED: 'negative',
};

export function StatusBadge({ status }: { status: ProfessionalStatus }) {
  return <Badge tone={PROFESSIONAL_TONES[status]}>{PROFESSIONAL_STATUS_LABELS[status]}</Badge>;
}

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  REVOKED: 'Revoked',
  EXPIRED: 'Expired',
  SUPERSEDED: 'Replaced by a newer link',
};

const INVITATION_TONES: Record<InvitationStatus, Tone> = {
  PENDING: 'notice',
  ACCEPTED: 'positive',
  REVOKED: 'negative',
  EXPIRED: 'neutral',
  SUPERSEDED: 'neutral',
};

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  return <Badge tone={INVITATION_TONES[status]}>{INVITATION_STATUS_LABELS[status]}</Badge>;
}

function Badge({ tone, children }: { tone: Tone; children: string }) {
  // The dot is decoration: the word carries the meaning, so colour is never the only signal.
  return (
    <span className={`badge badge--${tone}`}>
      <span className="badge__dot" aria-hidden="true" />
      {children}
    </span>
  );
}
