import { DomainError } from './domain-error';
import { toUserError, type UserError } from './user-error.type';

/**
 * Runs a mutation's service call and shapes its outcome as a payload: the result's fields on
 * success, `error` on an expected failure. Anything unexpected is rethrown for formatError.
 */
export async function toPayload<T extends object>(
  work: () => Promise<T>,
): Promise<Partial<T> & { error: UserError | null }> {
  try {
    return { ...(await work()), error: null };
  } catch (error) {
    if (error instanceof DomainError)
      return { error: toUserError(error) } as Partial<T> & { error: UserError };
    throw error;
  }
}
