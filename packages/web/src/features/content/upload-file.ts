/**
 * Uploads to POST /api/files, shared by every content editor that attaches files (update
 * downloads, lesson videos): one place for the checksum, progress and the route's refusals.
 */

/** What /api/files answers with. */
export interface UploadedFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** A refusal from the upload route, in the shape payload errors have. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly hint: string | null,
  ) {
    super(message);
  }
}

/**
 * Lower-case hex SHA-256 of the file, computed in the browser so the server can check what
 * arrived. Null where the browser offers no Web Crypto (a page not served over HTTPS or from
 * localhost): the upload then goes without it and the server's own checksum is shown.
 */
export async function sha256Of(file: Blob): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Computes the checksum (see sha256Of), then uploads. For callers that show no step of their own
 * while the checksum is computed.
 */
export async function uploadFileChecked(
  file: File,
  onProgress: (fraction: number) => void,
): Promise<UploadedFile> {
  return uploadFile(file, await sha256Of(file), onProgress);
}

/**
 * Uploads the file's bytes to /api/files with its name and checksum, reporting progress (0–1).
 * XMLHttpRequest because fetch cannot report upload progress. The server refuses the upload
 * when the bytes that arrived do not match the checksum.
 */
export function uploadFile(
  file: File,
  sha256: string | null,
  onProgress: (fraction: number) => void,
): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/files');
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    if (sha256) request.setRequestHeader('X-Content-SHA256', sha256);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: { file?: UploadedFile; error?: { message: string; hint: string | null } } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // Answered with something else than JSON: reported below.
      }
      if (request.status === 201 && body.file) resolve(body.file);
      else
        reject(
          new UploadError(
            body.error?.message ?? 'The upload failed.',
            body.error?.hint ?? 'Try again.',
          ),
        );
    };
    request.onerror = () =>
      reject(
        new UploadError(
          'Foyer is not answering, so the file was not uploaded.',
          'Check your connection, then try again.',
        ),
      );
    request.send(file);
  });
}
