import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { canManageContent, type Actor } from '@foyer/shared';
import type { Database } from '../../platform/db/database';
import type { Clock } from '../../platform/clock';
import { DomainError } from '../../platform/graphql/domain-error';
import {
  FileTooLargeError,
  formatBytes,
  type FileStorage,
} from '../../platform/storage/file-storage';
import { StoredFileEntity } from './stored-file.entity';

export interface UploadRequest {
  fileName: string;
  contentType: string;
  /** The checksum the uploader computed; when given, the upload is refused unless it matches. */
  expectedSha256?: string | null;
}

const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/**
 * Uploads by vendor content managers. The bytes go to storage first and the row is written only
 * when they are complete and verified, so a row always points at a whole file; bytes without a
 * row (a crash in between) are harmless and never served.
 */
export class StoredFileService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    readonly storage: FileStorage,
    readonly maxUploadBytes: number,
  ) {}

  async upload(
    actor: Actor | null,
    body: Readable,
    request: UploadRequest,
  ): Promise<StoredFileEntity> {
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in to upload files.');
    if (!canManageContent(actor)) {
      throw new DomainError('FORBIDDEN', 'Only vendor administrators upload files.', {
        hint: 'Ask a vendor administrator to upload it.',
      });
    }
    const fileName = cleanFileName(request.fileName);
    const expected = request.expectedSha256?.trim().toLowerCase() || null;
    if (expected !== null && !SHA256_PATTERN.test(expected)) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'The expected checksum must be 64 hexadecimal characters (SHA-256).',
        { field: 'sha256' },
      );
    }
    let stored;
    try {
      stored = await this.storage.put(body, { maxBytes: this.maxUploadBytes });
    } catch (error) {
      if (error instanceof FileTooLargeError) {
        throw new DomainError('FILE_TOO_LARGE', error.message, {
          hint: `Upload files of at most ${formatBytes(this.maxUploadBytes)}, or raise FOYER_MAX_UPLOAD_MB.`,
        });
      }
      throw error;
    }
    if (expected !== null && expected !== stored.sha256) {
      await this.storage.delete(stored.key);
      throw new DomainError(
        'CHECKSUM_MISMATCH',
        'The file that arrived does not match the checksum you sent.',
        {
          hint: 'The upload was damaged on the way, or the checksum is of another file. Upload it again.',
          field: 'sha256',
        },
      );
    }
    const file: StoredFileEntity = {
      id: randomUUID(),
      storageKey: stored.key,
      fileName,
      contentType: cleanContentType(request.contentType),
      size: stored.size,
      sha256: stored.sha256,
      uploadedByProfessionalId: actor.professionalId,
      createdAt: this.clock.now(),
    };
    try {
      await this.db.write([], (manager) => manager.insert(StoredFileEntity, file));
    } catch (error) {
      await this.storage.delete(stored.key);
      throw error;
    }
    return file;
  }

  /** The file's row, for modules that have already decided the reader may have it. */
  find(id: string): Promise<StoredFileEntity | null> {
    return this.db.manager.findOneBy(StoredFileEntity, { id });
  }
}

/** A name to offer on download: no folders, no control characters, not empty. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 200);
  if (!cleaned || cleaned === '.' || cleaned === '..') {
    throw new DomainError('VALIDATION_FAILED', 'Give the file a name.', {
      hint: 'Send it in the X-File-Name header.',
      field: 'fileName',
    });
  }
  return cleaned;
}

/** A plain type/subtype, or application/octet-stream for anything else. */
function cleanContentType(value: string): string {
  const type = value.split(';')[0]!.trim().toLowerCase();
  return /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(type)
    ? type
    : 'application/octet-stream';
}
