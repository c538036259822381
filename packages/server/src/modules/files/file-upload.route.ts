import { Router } from 'express';
import type { Services } from '../../services';
import { DomainError } from '../../platform/graphql/domain-error';
import { sessionOfRequest } from '../../platform/http/request-actor';
import { sendRouteError } from '../../platform/http/rest-errors';

export const FILE_UPLOAD_PATH = '/api/files';

/**
 * POST /api/files: the request body is the file itself (any Content-Type), streamed to storage
 * and hashed on the way, so size is limited by FOYER_MAX_UPLOAD_MB and not by memory.
 *
 * Headers: X-File-Name (required, URI-encoded), X-Content-SHA256 (optional: the upload is
 * refused unless what arrived matches). The custom header is also the CSRF defence: a browser
 * sends it cross-site only after a CORS preflight, which this server never grants.
 *
 * Answers 201 with `{ file: { id, fileName, contentType, size, sha256 } }`; the id is then
 * attached to an update or a lesson through GraphQL.
 */
export function createFileUploadRouter(services: Services): Router {
  const router = Router();
  router.post(FILE_UPLOAD_PATH, async (req, res) => {
    try {
      const { actor } = await sessionOfRequest(services, req);
      const rawName = req.header('x-file-name');
      if (!rawName) {
        throw new DomainError('VALIDATION_FAILED', 'Say what the file is called.', {
          hint: 'Send its name, URI-encoded, in the X-File-Name header.',
          field: 'fileName',
        });
      }
      const file = await services.files.upload(actor, req, {
        fileName: decodeName(rawName),
        contentType: req.header('content-type') ?? 'application/octet-stream',
        expectedSha256: req.header('x-content-sha256'),
      });
      res.status(201).json({
        file: {
          id: file.id,
          fileName: file.fileName,
          contentType: file.contentType,
          size: file.size,
          sha256: file.sha256,
        },
      });
    } catch (error) {
      // Stop reading an upload that was refused before its body was consumed.
      if (!req.complete) res.setHeader('Connection', 'close');
      sendRouteError(res, error);
    }
  });
  return router;
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
