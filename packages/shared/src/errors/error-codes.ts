/**
 * Every code a client may see, declared once. Payload errors (expected failures) and
 * `extensions.code` of thrown errors both use these.
 */
export const ERROR_CODES = [
  // generic
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'VALIDATION_FAILED',
  'INTERNAL_ERROR',
  'RATE_LIMITED',
  // sign-in
  'INVALID_CREDENTIALS',
  'ACCOUNT_DISABLED',
  // organizations
  'ACCOUNT_NUMBER_TAKEN',
  'INVALID_PARTNER_LINK',
  // professionals and roles
  'EMAIL_TAKEN',
  'LAST_ADMINISTRATOR',
  'ADMINISTRATOR_CANNOT_BE_DELETED',
  'MANDATORY_ROLE_HELD',
  'MANDATORY_ROLE_UNASSIGNED',
  'ROLE_ALREADY_HELD',
  'NOT_ADMINISTRATOR',
  'TARGET_DISABLED',
  // invitations and access requests
  'INVITATION_INVALID',
  'INVITATION_EMAIL_MISMATCH',
  'NOT_INVITED',
  'PASSWORD_TOO_WEAK',
  'ACCESS_REQUEST_CLOSED',
  // content
  'SLUG_TAKEN',
  'FILE_TOO_LARGE',
  'CHECKSUM_MISMATCH',
  // licensing
  'LICENSE_EXISTS',
  'DOWNLOAD_NOT_ENTITLED',
  // community
  'OWN_POST',
  'POST_HIDDEN',
  'QUESTION_LOCKED',
  'NOT_ASKER',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
