import { configure, screen, waitFor, within } from '@testing-library/react';
import { seriousAccessibilityProblems } from '../../test/axe';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import { installFakeSearchApi, manyHits, PROXY_HITS, type FakeHit } from './fake-search-api';

// Each page is a lazy chunk that jest compiles on its first import, which can take longer than
// the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

const results = () => screen.findByRole('list', { name: 'Results' });
const resultTitles = () =>
  within(screen.getByRole('list', { name: 'Results' }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);
const facet = (name: string) => screen.getByRole('region', { name });
const facetLinks = (name: string) =>
  within(facet(name))
    .getAllByRole('link')
    .map((link) => link.textContent);
/** The filters of each search request, without the fields every request has. */
const filtersOf = (search: ReturnType<typeof installFakeSearchApi>) =>
  search.searches.map(({ query, kinds, product, version, category, after }) => ({
    query,
    kinds,
    product,
    version,
    category,
    after,
  }));

function setUp(path: string, options: Parameters<typeof installFakeSearchApi>[0] = {}) {
  installFakePortalApi({ signedInAs: ANA });
  const search = installFakeSearchApi(options);
  return { search, ...renderApp(path) };
}

describe('SearchPage', () => {
  it('shows the ranked results with their highlighted titles and passages', async () => {
    const { search } = setUp('/search?q=proxy');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Results for “proxy”' }),
    ).toBeInTheDocument();
    const list = await results();
    expect(resultTitles()).toEqual([
      'Configure the proxy',
      'Proxy authentication errors',
      'Beacon network requirements',
    ]);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('3 results');

    const first = within(list).getAllByRole('listitem')[0]!;
    const title = within(first).getByRole('link', { name: 'Configure the proxy' });
    expect(title).toHaveAttribute('href', '/kb/configure-the-proxy');
    expect(title.querySelector('mark')).toHaveTextContent('proxy');
    const snippet = within(first).getByText(/Send Atlas traffic through your company/);
    expect(snippet.querySelector('mark')).toHaveTextContent('proxy');
    expect(first).toHaveTextContent('atlasVersion 7.2NetworkingUpdated');
    expect(first.querySelector('time')).toHaveAttribute('datetime', '2030-03-01T09:00:00.000Z');

    expect(filtersOf(search)).toEqual([
      { query: 'proxy', kinds: null, product: null, version: null, category: null, after: null },
    ]);
    expect(screen.getByText(/Use quotes for an exact phrase/)).toHaveTextContent(
      '"reset the password"',
    );
  });

  it('renders only the highlight fields as HTML: everything else stays text', async () => {
    const hostile: FakeHit = {
      ...PROXY_HITS[0]!,
      slug: 'hostile',
      product: '<img src=x onerror="alert(1)">',
      category: '<b>bold</b>',
    };
    setUp('/search?q=proxy', { hits: [hostile] });

    const list = await results();
    expect(within(list).getByText('<img src=x onerror="alert(1)">')).toBeInTheDocument();
    expect(within(list).getByText('<b>bold</b>')).toBeInTheDocument();
    expect(list.querySelector('img')).toBeNull();
    expect(list.querySelector('b')).toBeNull();
  });

  it('counts each kind, product and category, and narrows the search by one, sending it', async () => {
    const { search, user, router } = setUp('/search?q=proxy');

    await results();
    expect(facetLinks('Type')).toEqual(['All types', 'Knowledge base3 results']);
    expect(facetLinks('Product')).toEqual(['All products', 'atlas2 results', 'beacon1 result']);
    expect(facetLinks('Category')).toEqual([
      'All categories',
      'Networking2 results',
      'Troubleshooting1 result',
    ]);
    expect(within(facet('Product')).getByRole('link', { name: 'All products' })).toHaveAttribute(
      'aria-current',
      'true',
    );

    await user.click(within(facet('Product')).getByRole('link', { name: /^atlas/ }));
    await waitFor(() =>
      expect(resultTitles()).toEqual(['Configure the proxy', 'Proxy authentication errors']),
    );
    expect(router.state.location.search).toBe('?q=proxy&product=atlas');
    expect(within(facet('Product')).getByRole('link', { name: /^atlas/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(search.searches.at(-1)).toMatchObject({ query: 'proxy', product: 'atlas', kinds: null });

    await user.click(within(facet('Category')).getByRole('link', { name: /^Troubleshooting/ }));
    await waitFor(() => expect(resultTitles()).toEqual(['Proxy authentication errors']));
    expect(search.searches.at(-1)).toMatchObject({ product: 'atlas', category: 'Troubleshooting' });

    await user.click(within(facet('Type')).getByRole('link', { name: /^Knowledge base/ }));
    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?q=proxy&kind=article&product=atlas&category=Troubleshooting',
      ),
    );
    await waitFor(() => expect(search.searches.at(-1)).toMatchObject({ kinds: ['ARTICLE'] }));

    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    await waitFor(() => expect(resultTitles()).toHaveLength(3));
    expect(router.state.location.search).toBe('?q=proxy');
    // The unfiltered search was answered before: it is shown again from the cache.
    expect(search.searches).toHaveLength(4);
  });

  it('narrows by the version typed', async () => {
    const { search, user, router } = setUp('/search?q=proxy');

    await results();
    await user.type(screen.getByRole('textbox', { name: 'Version' }), '7.1');
    await user.click(screen.getByRole('button', { name: 'Apply version' }));

    await waitFor(() => expect(resultTitles()).toEqual(['Proxy authentication errors']));
    expect(router.state.location.search).toBe('?q=proxy&version=7.1');
    expect(search.searches.at(-1)).toMatchObject({ query: 'proxy', version: '7.1' });
    expect(screen.getByRole('textbox', { name: 'Version' })).toHaveValue('7.1');

    await user.click(screen.getByRole('link', { name: 'Any version' }));
    await waitFor(() => expect(resultTitles()).toHaveLength(3));
    expect(router.state.location.search).toBe('?q=proxy');
    expect(screen.getByRole('textbox', { name: 'Version' })).toHaveValue('');
  });

  it('says "more than" when the server stopped counting, and pages on with the cursor', async () => {
    const { search, user } = setUp('/search?q=proxy', { hits: manyHits(25), lowerBound: 1000 });

    await results();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('More than 1,000 results');
    expect(resultTitles()).toHaveLength(10);
    const pager = screen.getByRole('navigation', { name: 'Pages of results' });
    expect(pager).toHaveTextContent('1–10 of more than 1,000');

    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(resultTitles()[0]).toBe('Proxy note 11'));
    expect(search.searches.at(-1)).toMatchObject({ after: 'hit-9', first: 10 });
    expect(pager).toHaveTextContent('11–20 of more than 1,000');

    await user.click(within(pager).getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(resultTitles()[0]).toBe('Proxy note 1'));
  });

  it('says when nothing matches, and offers to drop the filters when there are some', async () => {
    const { user } = setUp('/search?q=proxy&product=comet');

    expect(await screen.findByText('Nothing matches with these filters')).toBeInTheDocument();
    // The product filtered by stays visible, at zero, so it can be seen and removed.
    expect(within(facet('Product')).getByRole('link', { name: /^comet/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await user.click(screen.getAllByRole('link', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(resultTitles()).toHaveLength(3));
  });

  it('says so when a search finds nothing at all', async () => {
    setUp('/search?q=zebra', { hits: [] });

    expect(await screen.findByText('No results for “zebra”')).toBeInTheDocument();
    expect(screen.getByText(/Check the spelling/)).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('0 results');
  });

  it('asks for words before searching', async () => {
    const { search } = setUp('/search');

    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    expect(screen.getByText('What are you looking for?')).toBeInTheDocument();
    expect(search.searches).toEqual([]);
  });

  it('explains a failed search and tries again', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const search = installFakeSearchApi();
    search.failing = true;
    const { user } = renderApp('/search?q=proxy');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The search did not work');
    search.failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(resultTitles()).toHaveLength(3));
  });

  it('has no serious accessibility problems', async () => {
    setUp('/search?q=proxy');

    await results();
    expect(await seriousAccessibilityProblems()).toEqual([]);
  });
});
