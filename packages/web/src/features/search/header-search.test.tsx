import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { seriousAccessibilityProblems } from '../../test/axe';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import { installFakeKnowledgeBaseApi } from '../knowledge-base/fake-knowledge-base-api';
import { installFakeSearchApi } from './fake-search-api';

// Each page is a lazy chunk that jest compiles on its first import, which can take longer than
// the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

const searchBox = () => screen.findByRole('combobox', { name: 'Search Foyer' });
const optionNames = () => screen.getAllByRole('option').map((option) => option.textContent);

function setUp(path = '/') {
  installFakePortalApi({ signedInAs: ANA });
  installFakeKnowledgeBaseApi();
  const search = installFakeSearchApi();
  return { search, ...renderApp(path) };
}

describe('HeaderSearch', () => {
  it('suggests titles once typing pauses, with the typed words marked', async () => {
    const { search, user } = setUp();

    const box = await searchBox();
    expect(box).toHaveAccessibleDescription(
      'Suggestions appear as you type. Press Enter to see every result.',
    );
    await user.type(box, 'prox');

    await waitFor(() =>
      expect(optionNames()).toEqual([
        'Configure the proxy, Knowledge base',
        'Proxy authentication errors, Knowledge base',
        'See all results for “prox”',
      ]),
    );
    // One request for the whole word, not one per keystroke.
    expect(search.prefixes).toEqual(['prox']);
    const first = screen.getAllByRole('option')[0]!;
    expect(first.querySelector('mark')).toHaveTextContent('prox');
    expect(box).toHaveAttribute('aria-expanded', 'true');
  });

  it('asks nothing for a single character', async () => {
    const { search, user } = setUp();

    await user.type(await searchBox(), 'p');
    // Long past the pause after which a longer prefix would have been sent.
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));

    expect(search.prefixes).toEqual([]);
    expect(optionNames()).toEqual(['See all results for “p”']);
  });

  it('moves through the suggestions with the arrow keys and opens one with Enter', async () => {
    const { user, router } = setUp();

    const box = await searchBox();
    await user.type(box, 'prox');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));

    await user.keyboard('{ArrowDown}');
    const [first, second] = screen.getAllByRole('option');
    expect(box).toHaveAttribute('aria-activedescendant', first!.id);
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', second!.id);
    await user.keyboard('{ArrowUp}{ArrowDown}{Enter}');

    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/kb/proxy-authentication-errors'),
    );
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('shows every result on Enter when no suggestion is chosen, keeping the words in the box', async () => {
    const { search, user, router } = setUp();

    const box = await searchBox();
    await user.type(box, 'proxy settings{Enter}');

    await waitFor(() => expect(router.state.location.pathname).toBe('/search'));
    expect(router.state.location.search).toBe('?q=proxy+settings');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Results for “proxy settings”' }),
    ).toBeInTheDocument();
    expect(box).toHaveValue('proxy settings');
    await waitFor(() => expect(search.searches.at(-1)).toMatchObject({ query: 'proxy settings' }));
  });

  it('offers every result as the last option, and by its button', async () => {
    const { user, router } = setUp();

    const box = await searchBox();
    await user.type(box, 'prox');
    await user.click(await screen.findByRole('option', { name: 'See all results for “prox”' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=prox'));

    await user.clear(box);
    await user.type(box, 'tls');
    await user.click(
      within(screen.getByRole('search', { name: 'Site' })).getByRole('button', { name: 'Search' }),
    );
    await waitFor(() => expect(router.state.location.search).toBe('?q=tls'));
  });

  it('closes the suggestions with Escape and empties itself on other pages', async () => {
    const { user, router } = setUp('/search?q=proxy');

    const box = await searchBox();
    await waitFor(() => expect(box).toHaveValue('proxy'));
    await user.clear(box);
    await user.type(box, 'prox');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(box).toHaveValue('prox');

    await act(() => router.navigate('/'));
    await waitFor(() => expect(box).toHaveValue(''));
  });

  it('has no serious accessibility problems, with its suggestions open', async () => {
    const { user } = setUp();
    await screen.findByRole('heading', { name: 'Welcome, Ana Moreau' });

    await user.type(await searchBox(), 'prox');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));

    expect(await seriousAccessibilityProblems()).toEqual([]);
  });
});
