import type { EntityManager } from 'typeorm';
import { runSql, type SqlParameters } from './sql';

/**
 * How PostgreSQL should find the newest matches of a query, decided from the planner's own
 * estimate of how many documents match.
 *
 * - `newest-first`: walk the primary key from the newest document down, testing each until enough
 *   match. Cheap when matches are dense: for a common word, a few hundred rows.
 * - `index`: ask the GIN index for every match, then keep the newest. Cheap when matches are few.
 *
 * The planner chooses between these itself, but prices the test of a row (`@@`) as one operator,
 * where it really means fetching and decompressing the document's TOASTed vector, some
 * microseconds: for words in 1–6 % of the documents it walked 10,000 rows for 60–100 ms where the
 * index took 15–25 (bench/search). Walking costs about `limit / density` tests, the index about
 * `density × documents` row visits, at a similar price each; they break even where
 * matches² ≈ limit × documents.
 */
export type MatchScan = 'newest-first' | 'index';

export async function chooseMatchScan(
  manager: EntityManager,
  match: string,
  parameters: SqlParameters,
  limit: number,
): Promise<MatchScan> {
  // One EXPLAIN, no execution: the estimated matches and, beside them, the estimated size of the table.
  const [row] = await runSql<{ 'QUERY PLAN': unknown }>(
    manager,
    `EXPLAIN (FORMAT JSON) SELECT 1 FROM search_document d WHERE d.search_vector @@ ${match} UNION ALL SELECT 1 FROM search_document d`,
    parameters,
  );
  const [matches, documents] = estimatedRows(row?.['QUERY PLAN']);
  if (matches === undefined || documents === undefined) return 'newest-first';
  return matches * matches > limit * documents ? 'newest-first' : 'index';
}

/** The row estimates of the two branches of the UNION ALL, from EXPLAIN's JSON. */
function estimatedRows(plan: unknown): [number | undefined, number | undefined] {
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as
    Array<{ Plan?: { Plans?: Array<{ 'Plan Rows'?: number }> } }> | undefined;
  const branches = parsed?.[0]?.Plan?.Plans ?? [];
  return [branches[0]?.['Plan Rows'], branches[1]?.['Plan Rows']];
}
