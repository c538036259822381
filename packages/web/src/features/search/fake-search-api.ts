import { versionWithin, type ContentKind } from '@foyer/shared';
import { graphql, HttpResponse } from 'msw';
import {
  HeaderSearch_SuggestionsDocument,
  SearchPage_ResultsDocument,
  type SearchPage_ResultsQuery,
  type SearchPage_ResultsQueryVariables,
} from '../../gql/graphql';
import { server } from '../../test/msw-server';

export type FakeHit = SearchPage_ResultsQuery['search']['edges'][number]['node'];

function hit(
  fields: Partial<FakeHit> & Pick<FakeHit, 'slug' | 'title' | 'titleHtml' | 'snippetHtml'>,
): FakeHit {
  return {
    __typename: 'SearchHit',
    kind: 'ARTICLE',
    product: null,
    version: null,
    category: null,
    updatedAt: '2030-03-01T09:00:00.000Z',
    ...fields,
  };
}

/** What the server finds for "proxy", best first, highlighted as it highlights. */
export const PROXY_HITS: FakeHit[] = [
  hit({
    slug: 'configure-the-proxy',
    title: 'Configure the proxy',
    titleHtml: 'Configure the <mark>proxy</mark>',
    snippetHtml: 'Send Atlas traffic through your company <mark>proxy</mark> before you install…',
    product: 'atlas',
    version: '7.2',
    category: 'Networking',
  }),
  hit({
    slug: 'proxy-authentication-errors',
    title: 'Proxy authentication errors',
    titleHtml: '<mark>Proxy</mark> authentication errors',
    snippetHtml: '…when the <mark>proxy</mark> asks for a password that Atlas does not have.',
    product: 'atlas',
    version: '7.1',
    category: 'Troubleshooting',
  }),
  hit({
    slug: 'beacon-network-requirements',
    title: 'Beacon network requirements',
    titleHtml: 'Beacon network requirements',
    snippetHtml: 'Open port 443, or route Beacon through a <mark>proxy</mark>.',
    product: 'beacon',
    version: '3.0',
    category: 'Networking',
  }),
];

export interface FakeSuggestion {
  kind: ContentKind;
  slug: string | null;
  title: string;
}

export const SUGGESTIONS: FakeSuggestion[] = [
  { kind: 'ARTICLE', slug: 'configure-the-proxy', title: 'Configure the proxy' },
  { kind: 'ARTICLE', slug: 'proxy-authentication-errors', title: 'Proxy authentication errors' },
  { kind: 'ARTICLE', slug: 'install-tls-certificates', title: 'Install TLS certificates' },
];

export interface FakeSearchOptions {
  hits?: FakeHit[];
  suggestions?: FakeSuggestion[];
  /** The server stopped counting: totalCount is this and totalCountIsLowerBound is true. */
  lowerBound?: number | null;
}

/**
 * Search as the server answers it: the hits filtered by kind, product, version and category,
 * facets counted over what is left, pages by cursor; suggestions are titles containing the prefix
 * with it marked. Every request's variables are recorded.
 */
export function installFakeSearchApi({
  hits = PROXY_HITS,
  suggestions = SUGGESTIONS,
  lowerBound = null,
}: FakeSearchOptions = {}) {
  const state = {
    hits,
    searches: [] as SearchPage_ResultsQueryVariables[],
    prefixes: [] as string[],
    /** Answer searches with an error until cleared. */
    failing: false,
  };

  server.use(
    graphql.query(HeaderSearch_SuggestionsDocument, ({ variables }) => {
      state.prefixes.push(variables.prefix);
      const prefix = variables.prefix.toLowerCase();
      const found = suggestions
        .filter((suggestion) => suggestion.title.toLowerCase().includes(prefix))
        .slice(0, variables.first);
      return HttpResponse.json({
        data: {
          searchSuggestions: found.map((suggestion) => ({
            __typename: 'SearchSuggestion' as const,
            ...suggestion,
            titleHtml: marked(suggestion.title, variables.prefix),
          })),
        },
      });
    }),
    graphql.query(SearchPage_ResultsDocument, ({ variables }) => {
      state.searches.push(variables);
      if (state.failing) {
        return HttpResponse.json({
          data: null,
          errors: [
            { message: 'Internal error', path: ['search'], extensions: { code: 'INTERNAL_ERROR' } },
          ],
        });
      }
      const matching = state.hits.filter(
        (candidate) =>
          (!variables.kinds || variables.kinds.includes(candidate.kind)) &&
          (!variables.product || candidate.product === variables.product) &&
          (!variables.version || versionWithin(candidate.version, variables.version)) &&
          (!variables.category || candidate.category === variables.category),
      );
      const start = variables.after ? Number(variables.after.replace('hit-', '')) + 1 : 0;
      const page = matching.slice(start, start + variables.first);
      return HttpResponse.json({
        data: {
          search: {
            __typename: 'SearchResultConnection',
            totalCount: lowerBound ?? matching.length,
            totalCountIsLowerBound: lowerBound !== null,
            pageInfo: {
              __typename: 'PageInfo',
              hasNextPage: start + variables.first < matching.length,
              endCursor: page.length > 0 ? `hit-${start + page.length - 1}` : null,
            },
            facets: {
              __typename: 'SearchFacets',
              kinds: counts(matching.map((candidate) => candidate.kind)),
              products: counts(matching.map((candidate) => candidate.product)),
              categories: counts(matching.map((candidate) => candidate.category)),
            },
            edges: page.map((node, index) => ({
              __typename: 'SearchHitEdge' as const,
              cursor: `hit-${start + index}`,
              node,
            })),
          },
        },
      });
    }),
  );

  return state;
}

function counts(values: readonly (string | null)[]) {
  const byValue = new Map<string, number>();
  for (const value of values) if (value) byValue.set(value, (byValue.get(value) ?? 0) + 1);
  return [...byValue]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value, count]) => ({ __typename: 'SearchFacetValue' as const, value, count }));
}

function marked(title: string, prefix: string): string {
  const at = title.toLowerCase().indexOf(prefix.toLowerCase());
  if (at < 0) return title;
  return `${title.slice(0, at)}<mark>${title.slice(at, at + prefix.length)}</mark>${title.slice(at + prefix.length)}`;
}

/** Many hits for paging: "Proxy note 1" … "Proxy note n", all atlas. */
export function manyHits(count: number): FakeHit[] {
  return Array.from({ length: count }, (_, index) =>
    hit({
      slug: `proxy-note-${index + 1}`,
      title: `Proxy note ${index + 1}`,
      titleHtml: `<mark>Proxy</mark> note ${index + 1}`,
      snippetHtml: `Note ${index + 1} about the <mark>proxy</mark>.`,
      product: 'atlas',
    }),
  );
}
