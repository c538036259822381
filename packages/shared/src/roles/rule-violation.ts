import type { ErrorCode } from '../errors/error-codes';
import type { ProfessionalStatus, Role } from '../domain/professional';

/** Why an action is blocked, and what to do instead. Shown in the dashboard and in API errors. */
export interface RuleViolation {
  code: ErrorCode;
  message: string;
  hint: string;
  role?: Role;
  /** The professional who must act or be acted on for the block to lift, when there is one. */
  professionalId?: string;
}

/** What the rules need to know about one professional: nothing ORM- or UI-specific. */
export interface MemberState {
  id: string;
  firstName: string;
  lastName: string;
  status: ProfessionalStatus;
  roles: readonly Role[];
}
