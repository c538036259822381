import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ErrorCode } from '@foyer/shared';

/** A thrown GraphQL error the client can explain: the server's message and its hint. */
export interface ExplainedError {
  code: ErrorCode;
  message: string;
  hint: string | null;
}

/**
 * The first GraphQL error of `error` carrying `extensions.code === code`, or null for anything
 * else (another code, a network failure), which callers treat as "Foyer is not answering".
 */
export function findGraphQLError(error: unknown, code: ErrorCode): ExplainedError | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const found = error.errors.find((graphQLError) => graphQLError.extensions?.code === code);
  if (!found) return null;
  const hint = found.extensions?.hint;
  return { code, message: found.message, hint: typeof hint === 'string' ? hint : null };
}
