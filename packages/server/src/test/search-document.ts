import type { SearchDocumentInput } from '../platform/db/search/search-documents';

/**
 * A published article's search document, readable by all customers, about no product: item n,
 * titled "Widget n" unless the fields say otherwise. For tests of the search index itself.
 */
export function searchDocument(
  n: number,
  fields: Partial<SearchDocumentInput> = {},
): SearchDocumentInput {
  return {
    kind: 'ARTICLE',
    itemId: `item-${n}`,
    slug: `item-${n}`,
    title: `Widget ${n}`,
    summary: '',
    body: '',
    keywords: [],
    product: null,
    version: null,
    category: null,
    visibility: 'ALL_CUSTOMERS',
    published: true,
    updatedAt: new Date(),
    ...fields,
  };
}
