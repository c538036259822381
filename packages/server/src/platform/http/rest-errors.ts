import type { Response } from 'express';
import type { ErrorCode } from '@foyer/shared';
import { DomainError } from '../graphql/domain-error';
import { currentRequestId } from './request-id';
import { logUnexpectedError } from './log-unexpected';

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  DOWNLOAD_NOT_ENTITLED: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  CHECKSUM_MISMATCH: 422,
  FILE_TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

/**
 * Plain (non-GraphQL) routes answer errors in the shape payload errors have:
 * `{ error: { code, message, hint } }`. Anything unexpected is logged and masked, with the
 * request id to quote, as the GraphQL endpoint does.
 */
export function sendRouteError(res: Response, error: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (error instanceof DomainError) {
    res.status(STATUS[error.code] ?? 400).json({
      error: { code: error.code, message: error.message, hint: error.details.hint ?? null },
    });
    return;
  }
  const requestId = currentRequestId() ?? '';
  logUnexpectedError(requestId, error);
  res.status(500).json({
    error: {
      code: 'INTERNAL_ERROR',
      message: `Something went wrong on our side. Quote request ${requestId} when you report it.`,
      hint: null,
    },
  });
}
