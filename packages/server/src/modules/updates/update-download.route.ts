import { Router, type Request, type Response } from 'express';
import type { Services } from '../../services';
import { sessionOfRequest } from '../../platform/http/request-actor';
import { sendRouteError } from '../../platform/http/rest-errors';
import { sendStoredFile } from '../../platform/http/send-stored-file';

export const UPDATE_FILES_PATH = '/api/updates/files';

/**
 * GET/HEAD /api/updates/files/:updateFileId: an update's file, for a reader entitled to it at
 * this moment. The entitlement is checked on every request, range requests included, so a
 * service plan that ends stops the next request (even the rest of a paused download). The
 * address is the file's random id: knowing it grants nothing.
 *
 * 401 signed out; 404 for a file that does not exist or an update the reader may not open;
 * 403 DOWNLOAD_NOT_ENTITLED with what to do for one they may read but not download.
 */
export function createUpdateDownloadRouter(services: Services): Router {
  const router = Router();
  const serve = async (req: Request, res: Response) => {
    try {
      const { actor } = await sessionOfRequest(services, req);
      const stored = await services.updateDownloads.open(actor, String(req.params.updateFileId), {
        record: startsADownload(req),
      });
      await sendStoredFile(req, res, services.files.storage, stored, { inline: false });
    } catch (error) {
      sendRouteError(res, error);
    }
  };
  router.get(`${UPDATE_FILES_PATH}/:updateFileId`, serve);
  router.head(`${UPDATE_FILES_PATH}/:updateFileId`, serve);
  return router;
}

/**
 * A request that starts a download: a GET of the whole file or from its first byte. Continuing
 * one (Range from a later byte) or asking about it (HEAD, a cache revalidation) records nothing.
 */
function startsADownload(req: Request): boolean {
  if (req.method !== 'GET') return false;
  if (req.headers['if-none-match'] && !req.headers.range) return false;
  const range = req.headers.range;
  return !range || /^bytes=0-/.test(range.trim());
}
