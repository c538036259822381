import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { ByteRange, FileStorage } from '../storage/file-storage';

export interface SendableFile {
  storageKey: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** Types a browser may show in place: media players need them inline. Anything else downloads. */
const INLINE_TYPES = new Set([
  'video/mp4',
  'video/webm',
  'video/ogg',
  'audio/mpeg',
  'audio/ogg',
  'image/png',
  'image/jpeg',
  'application/pdf',
]);

/**
 * Sends a stored file with HTTP range support (RFC 9110): `Range: bytes=a-b`, `a-` and `-n`
 * answer 206 with Content-Range, an unsatisfiable range 416, and If-Range with a stale ETag the
 * whole file. Players seek and download managers resume this way. Multiple ranges in one
 * request are answered with the whole file, which the RFC allows.
 *
 * The caller has already decided the reader may have the file. Responses are private and never
 * cached by shared caches, because entitlement can end at any moment.
 */
export async function sendStoredFile(
  req: Request,
  res: Response,
  storage: FileStorage,
  file: SendableFile,
  options: { inline?: boolean } = {},
): Promise<void> {
  const etag = `"${file.sha256}"`;
  const inline = options.inline === true && INLINE_TYPES.has(file.contentType);
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Type', inline ? file.contentType : 'application/octet-stream');
  res.setHeader(
    'Content-Disposition',
    contentDisposition(inline ? 'inline' : 'attachment', file.fileName),
  );
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");

  if (req.headers['if-none-match'] === etag && !req.headers.range) {
    res.status(304).end();
    return;
  }

  const ifRange = req.headers['if-range'];
  const range =
    ifRange === undefined || ifRange === etag ? parseRange(req.headers.range, file.size) : null;
  if (range === 'unsatisfiable') {
    res.status(416).setHeader('Content-Range', `bytes */${file.size}`).end();
    return;
  }
  if (range) {
    res.status(206);
    res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${file.size}`);
    res.setHeader('Content-Length', String(range.end - range.start + 1));
  } else {
    res.status(200);
    res.setHeader('Content-Length', String(file.size));
  }
  if (req.method === 'HEAD' || file.size === 0) {
    res.end();
    return;
  }
  await pipeline(storage.read(file.storageKey, range ?? undefined), res);
}

/**
 * One `bytes=` range of a file of `size` bytes, clamped to the file; null when there is no
 * usable Range header (absent, another unit, several ranges, malformed: all send the whole
 * file); 'unsatisfiable' when it starts past the end.
 */
export function parseRange(
  header: string | undefined,
  size: number,
): ByteRange | null | 'unsatisfiable' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from, to] = match;
  if (from === '' && to === '') return null;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (to !== '' && Number(to) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

/** RFC 6266 with an ASCII fallback and the exact name in filename*. */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
