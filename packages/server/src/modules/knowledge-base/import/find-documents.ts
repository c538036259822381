import fs from 'node:fs/promises';
import path from 'node:path';
import { formatOf, type DocumentFormat } from './convert-document';

export interface FoundDocument {
  /** Absolute path. */
  file: string;
  /** Relative to the folder, with forward slashes: how the file is reported. */
  name: string;
  format: DocumentFormat;
}

export interface FoundDocuments {
  documents: FoundDocument[];
  /** Files of other kinds, not imported. */
  ignored: number;
  /** Folders that could not be listed, with the reason. */
  unreadableFolders: Array<{ name: string; reason: string }>;
}

/**
 * Every .md, .markdown, .html and .htm file under the folder, in a stable order (by path).
 * Hidden files and folders (".git") and node_modules are passed over.
 */
export async function findDocuments(folder: string): Promise<FoundDocuments> {
  const found: FoundDocuments = { documents: [], ignored: 0, unreadableFolders: [] };
  await walk(folder, '', found);
  found.documents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return found;
}

async function walk(root: string, relative: string, found: FoundDocuments): Promise<void> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(path.join(root, relative), { withFileTypes: true });
  } catch (error) {
    found.unreadableFolders.push({ name: relative || '.', reason: describeFsError(error) });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const name = relative ? `${relative}/${entry.name}` : entry.name;
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await fs.stat(path.join(root, name)).catch(() => null);
      // Linked files are read; linked folders are not followed (they could loop).
      isFile = Boolean(target?.isFile());
      isDirectory = false;
    }
    if (isDirectory) await walk(root, name, found);
    else if (isFile) {
      const format = formatOf(entry.name);
      if (format) found.documents.push({ file: path.join(root, name), name, format });
      else found.ignored += 1;
    }
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'it no longer exists';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return code
        ? `${code}: ${(error as Error).message}`
        : String((error as Error)?.message ?? error);
  }
}
