import { QueryFailedError } from 'typeorm';

/**
 * Logs an error nobody expected, with the request id the client was given. A failed query is
 * logged without its bound parameters: they can hold registration keys, e-mail addresses or
 * tokens, which do not belong in a log.
 */
export function logUnexpectedError(requestId: string, error: unknown): void {
  console.error(`[request ${requestId}]`, withoutQueryParameters(error));
}

export function withoutQueryParameters(error: unknown): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const redacted = new Error(error.message);
  redacted.name = 'QueryFailedError';
  redacted.stack = `${error.stack ?? error.message}\n    query: ${error.query}\n    parameters: [${Array.isArray(error.parameters) ? error.parameters.length : 0} withheld]`;
  return redacted;
}
