import type { Readable } from 'node:stream';

/** What storing a stream produced: where it is, and what was actually received. */
export interface StoredObject {
  key: string;
  size: number;
  /** Lower-case hex SHA-256 of the bytes as stored. */
  sha256: string;
}

/** A byte range, both ends included, as HTTP Range requests name them. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where uploaded files live. The default keeps them under the data folder (LocalFileStorage);
 * an object store can take its place by implementing these four methods. Keys are chosen by
 * the storage, never by the uploader, so no client-supplied name reaches a path.
 */
export interface FileStorage {
  /**
   * Stores the stream, hashing it on the way. Rejects with FileTooLargeError past maxBytes and
   * leaves nothing behind when the stream fails or is cut short.
   */
  put(source: Readable, options: { maxBytes: number }): Promise<StoredObject>;
  /** The stored bytes, or only those of the range. */
  read(key: string, range?: ByteRange): Readable;
  /** Removes the object; removing one that is gone is not an error. */
  delete(key: string): Promise<void>;
  /** Whether the object is there (a missing one means the store and the database disagree). */
  exists(key: string): Promise<boolean>;
}

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than the ${formatBytes(maxBytes)} allowed.`);
  }
}

/** "1.5 MB": sizes as people read them (decimal units, as download pages show them). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
