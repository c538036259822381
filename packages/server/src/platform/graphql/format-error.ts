import { logUnexpectedError } from '../http/log-unexpected';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isErrorCode } from '@foyer/shared';
import { DomainError } from './domain-error';
import { currentRequestId } from '../http/request-id';

/** Codes GraphQL itself produces for a malformed request; their messages are safe to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The single exit for errors. Domain errors keep their code, message and hint; request errors
 * keep their message without "Did you mean" hints (which would map the schema for a stranger);
 * anything else becomes a generic message with the request id, which the server log has beside the details.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, hint: original.details.hint },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (REQUEST_ERROR_CODES.has(code) || isErrorCode(code))) {
    return {
      message: formatted.message.replace(/ ?Did you mean .*$/, ''),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  }
  if (original instanceof GraphQLError && !original.originalError && !code) {
    return {
      message: formatted.message.replace(/ ?Did you mean .*$/, ''),
      locations: formatted.locations,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
  }
  const requestId = currentRequestId() ?? 'unknown';
  logUnexpectedError(requestId, original);
  return {
    message: `Something went wrong on our side. Quote request id ${requestId} when you contact support.`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_ERROR', requestId },
  };
}
