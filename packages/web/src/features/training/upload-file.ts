/** What POST /api/files answers with. */
export interface UploadedFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
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
 * Uploads a file to POST /api/files with the session cookie, reporting progress (0..1) as the
 * bytes go. XMLHttpRequest, because fetch reports no upload progress.
 */
export function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/files');
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: { file?: UploadedFile; error?: { message: string; hint: string | null } } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // handled below
      }
      if (request.status === 201 && body.file) resolve(body.file);
      else reject(new UploadError(body.error?.message ?? 'The upload failed.', body.error?.hint ?? 'Try again.'));
    };
    request.onerror = () => reject(new UploadError('The upload was interrupted.', 'Check your connection, then try again.'));
    request.send(file);
  });
}
