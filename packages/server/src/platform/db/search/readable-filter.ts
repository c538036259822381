import type { ReaderEntitlements } from '@foyer/shared';
import type { SqlParameters } from './sql';

/** Column expressions of the table the condition applies to. */
export interface ReadableColumns {
  visibility: string;
  product: string;
  /** A boolean SQL expression: true when the item is published. */
  published: string;
}

/**
 * The SQL mirror of canRead (packages/shared/src/content/can-read.ts): true exactly for the rows
 * the reader may open. Put inside every list, count, ranking and suggestion query, so that
 * nothing the reader may not open is ever counted, ranked or shown. Same SQL on both databases.
 */
export function readableCondition(reader: ReaderEntitlements, columns: ReadableColumns): { sql: string; parameters: SqlParameters } {
  if (reader.readsEverything) return { sql: '1 = 1', parameters: {} };
  const { visibility, product, published } = columns;
  const allowed = [`${visibility} = 'ALL_CUSTOMERS'`];
  const parameters: SqlParameters = {};
  if (reader.products.length > 0) {
    allowed.push(`(${visibility} = 'ENTITLED_PRODUCT' AND ${product} IN (:...readableProducts))`);
    parameters.readableProducts = [...reader.products];
  }
  if (reader.servicePlanProducts.length > 0) {
    allowed.push(`(${visibility} = 'ACTIVE_SERVICE_PLAN' AND (${product} IS NULL OR ${product} IN (:...servicePlanProducts)))`);
    parameters.servicePlanProducts = [...reader.servicePlanProducts];
  }
  return { sql: `(${published} AND (${allowed.join(' OR ')}))`, parameters };
}
