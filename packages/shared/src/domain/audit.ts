/** Everything the audit log records. The organization's administrators can read it. */
export const AUDIT_ACTIONS = [
  'INVITATION_SENT',
  'INVITATION_RESENT',
  'INVITATION_REVOKED',
  'INVITATION_ACCEPTED',
  'PROFESSIONAL_CREATED',
  'PROFESSIONAL_UPDATED',
  'PROFESSIONAL_DELETED',
  'ROLE_GRANTED',
  'ROLE_REVOKED',
  'ROLE_HANDED_OVER',
  'SIGN_IN_SUCCEEDED',
  'SIGN_IN_FAILED',
  'ACCESS_REQUEST_MADE',
  'ACCESS_REQUEST_APPROVED',
  'ACCESS_REQUEST_DECLINED',
  'LICENSE_ADDED',
  'LICENSE_CHANGED',
  'LICENSE_REMOVED',
  'LICENSE_KEY_REVEALED',
  'COMMUNITY_POST_HIDDEN',
  'COMMUNITY_POST_SHOWN',
  'COMMUNITY_QUESTION_LOCKED',
  'COMMUNITY_QUESTION_UNLOCKED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  INVITATION_SENT: 'Invitation sent',
  INVITATION_RESENT: 'Invitation re-sent',
  INVITATION_REVOKED: 'Invitation revoked',
  INVITATION_ACCEPTED: 'Invitation accepted',
  PROFESSIONAL_CREATED: 'Professional added',
  PROFESSIONAL_UPDATED: 'Professional edited',
  PROFESSIONAL_DELETED: 'Professional deleted',
  ROLE_GRANTED: 'Role granted',
  ROLE_REVOKED: 'Role revoked',
  ROLE_HANDED_OVER: 'Role handed over',
  SIGN_IN_SUCCEEDED: 'Signed in',
  SIGN_IN_FAILED: 'Sign-in failed',
  ACCESS_REQUEST_MADE: 'Access requested',
  ACCESS_REQUEST_APPROVED: 'Access request approved',
  ACCESS_REQUEST_DECLINED: 'Access request declined',
  LICENSE_ADDED: 'Licence added',
  LICENSE_CHANGED: 'Licence changed',
  LICENSE_REMOVED: 'Licence removed',
  LICENSE_KEY_REVEALED: 'Registration key revealed',
  COMMUNITY_POST_HIDDEN: 'Community post hidden',
  COMMUNITY_POST_SHOWN: 'Community post shown again',
  COMMUNITY_QUESTION_LOCKED: 'Community question locked',
  COMMUNITY_QUESTION_UNLOCKED: 'Community question unlocked',
};

export const ACCESS_REQUEST_STATUSES = ['PENDING', 'APPROVED', 'DECLINED'] as const;
export type AccessRequestStatus = (typeof ACCESS_REQUEST_STATUSES)[number];

export const INVITATION_STATUSES = [
  'PENDING',
  'ACCEPTED',
  'REVOKED',
  'EXPIRED',
  'SUPERSEDED',
] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** Shortest password Foyer accepts when someone sets one. */
export const MIN_PASSWORD_LENGTH = 10;
