import type { ErrorCode, Role, RuleViolation } from '@foyer/shared';

/**
 * An expected failure: a broken rule, bad input, something not found. Thrown inside a service
 * (so the transaction rolls back) and returned to the client as the payload's `error`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: {
      hint?: string;
      field?: string;
      role?: Role;
      reasons?: RuleViolation[];
    } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static fromViolations(violations: RuleViolation[]): DomainError {
    const [first] = violations;
    if (!first) throw new Error('fromViolations needs at least one violation');
    return new DomainError(first.code, first.message, {
      hint: first.hint,
      role: first.role,
      reasons: violations,
    });
  }
}

/** Throws when a rule function reported any reason to block the action. */
export function assertNoViolations(violations: RuleViolation[]): void {
  if (violations.length > 0) throw DomainError.fromViolations(violations);
}

export function notFound(what = 'That item'): DomainError {
  return new DomainError('NOT_FOUND', `${what} was not found.`, {
    hint: 'Check the id, or ask your organization’s administrators for access.',
  });
}
