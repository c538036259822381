import type { Database } from '../database';
import type { SearchIndex } from './search-index';

/**
 * Compacts the full-text index after many writes (an import), a step per short write transaction
 * so that the app, which may be running meanwhile, waits a moment at most between them. Returns
 * how many steps did work.
 */
export async function compactSearchIndex(db: Database, index: SearchIndex): Promise<number> {
  let steps = 0;
  while (await db.write([], (manager) => index.compactStep(manager))) steps += 1;
  return steps;
}
