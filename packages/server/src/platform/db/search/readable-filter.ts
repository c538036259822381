import type { ReaderEntitlements } from '@foyer/shared';
import type { SqlParameters } from './sql';

/** Column expressions of the table the condition applies to. */
export interface ReadableColumns {
  visibility: string;
  product: string;
  /** A boolean SQL expression: true when the item is published. */
  published: string;
  /**
   * Where a CHOSEN_AUDIENCE row's audience is kept: a table with organization_id and product
   * columns (either may be null), one row per organization or product named, linked to the row by
   * `itemColumn = itemId`. Without it no CHOSEN_AUDIENCE row is readable (vendor staff aside),
   * as canRead says of an item without an audience.
   */
  audience?: AudienceTable;
}

export interface AudienceTable {
  /** The audience table's name, e.g. search_document_audience. */
  table: string;
  /** Its column naming the item. */
  itemColumn: string;
  /** The item's id expression in the outer query, e.g. d.id. */
  itemId: string;
}

/** The audience rows of search_document d. */
export const SEARCH_DOCUMENT_AUDIENCE: AudienceTable = {
  table: 'search_document_audience',
  itemColumn: 'document_id',
  itemId: 'd.id',
};

/**
 * The SQL mirror of canRead (packages/shared/src/content/can-read.ts): true exactly for the rows
 * the reader may open. Put inside every list, count, ranking and suggestion query, so that
 * nothing the reader may not open is ever counted, ranked or shown. Same SQL on both databases.
 */
export function readableCondition(
  reader: ReaderEntitlements,
  columns: ReadableColumns,
): { sql: string; parameters: SqlParameters } {
  if (reader.readsEverything) return { sql: '1 = 1', parameters: {} };
  const { visibility, product, published, audience } = columns;
  const allowed = [`${visibility} = 'ALL_CUSTOMERS'`];
  const parameters: SqlParameters = {};
  if (reader.products.length > 0) {
    allowed.push(`(${visibility} = 'ENTITLED_PRODUCT' AND ${product} IN (:...readableProducts))`);
    parameters.readableProducts = [...reader.products];
  }
  if (reader.servicePlanProducts.length > 0) {
    allowed.push(
      `(${visibility} = 'ACTIVE_SERVICE_PLAN' AND (${product} IS NULL OR ${product} IN (:...servicePlanProducts)))`,
    );
    parameters.servicePlanProducts = [...reader.servicePlanProducts];
  }
  const member: string[] = [];
  if (reader.organizationId !== null) {
    member.push('aud.organization_id = :readerOrganizationId');
    parameters.readerOrganizationId = reader.organizationId;
  }
  if (reader.products.length > 0) member.push('aud.product IN (:...readableProducts)');
  if (audience && member.length > 0) {
    allowed.push(
      `(${visibility} = 'CHOSEN_AUDIENCE' AND EXISTS (SELECT 1 FROM ${audience.table} aud WHERE aud.${audience.itemColumn} = ${audience.itemId} AND (${member.join(' OR ')})))`,
    );
  }
  return { sql: `(${published} AND (${allowed.join(' OR ')}))`, parameters };
}
