import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  FileTooLargeError,
  type ByteRange,
  type FileStorage,
  type StoredObject,
} from './file-storage';

/**
 * Files under one folder (by default data/files). Each is written to a temporary name first and
 * renamed into place only when complete, so a reader never sees half a file and a failed upload
 * leaves none. Keys are random, spread over 256 sub-folders so no folder grows huge.
 */
export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(source: Readable, options: { maxBytes: number }): Promise<StoredObject> {
    const key = `${randomUUID().slice(0, 2)}/${randomUUID()}`;
    const target = this.pathOf(key);
    const partial = `${target}.partial`;
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > options.maxBytes) return callback(new FileTooLargeError(options.maxBytes));
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, fs.createWriteStream(partial, { flags: 'wx' }));
      await fs.promises.rename(partial, target);
    } catch (error) {
      await fs.promises.rm(partial, { force: true });
      throw error;
    }
    return { key, size, sha256: hash.digest('hex') };
  }

  read(key: string, range?: ByteRange): Readable {
    return fs.createReadStream(
      this.pathOf(key),
      range ? { start: range.start, end: range.end } : {},
    );
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      await fs.promises.access(this.pathOf(key));
      return true;
    } catch {
      return false;
    }
  }

  /** Keys come only from put(); the check guards against a corrupted row pointing elsewhere. */
  private pathOf(key: string): string {
    if (!/^[0-9a-f]{2}\/[0-9a-f-]{36}$/.test(key)) throw new Error(`Not a storage key: ${key}`);
    return path.join(this.root, key);
  }
}
