import { configure, screen, waitFor, within } from '@testing-library/react';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import { installFakeOrganizationsApi, VERA } from '../organizations/fake-organizations-api';
import {
  installFakeKnowledgeBaseApi,
  PASSWORD_ARTICLE,
  PROXY_ARTICLE,
} from './fake-knowledge-base-api';

// Each page is a lazy chunk that jest compiles on its first import, which can take longer than
// the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

const list = () => screen.findByRole('list', { name: 'Articles, most recently updated first' });
const titles = () =>
  within(screen.getByRole('list', { name: 'Articles, most recently updated first' }))
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);

describe('KnowledgeBasePage', () => {
  it('lists the latest articles first, each with what it is about', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const kb = installFakeKnowledgeBaseApi();
    renderApp('/kb');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Knowledge base' }),
    ).toBeInTheDocument();
    const articles = await list();
    expect(titles()).toEqual([
      'Configure the proxy',
      'Install TLS certificates',
      'Reset a password',
    ]);
    const first = within(articles).getAllByRole('listitem')[0]!;
    expect(within(first).getByRole('link', { name: 'Configure the proxy' })).toHaveAttribute(
      'href',
      '/kb/configure-the-proxy',
    );
    expect(first).toHaveTextContent('Send Atlas traffic through your company proxy.');
    expect(first).toHaveTextContent('atlasVersion 7.2NetworkingUpdated March 4, 2030');
    expect(screen.getByText('3 articles.')).toBeInTheDocument();
    // Readers do not write.
    expect(screen.queryByRole('link', { name: 'New article' })).not.toBeInTheDocument();
    expect(kb.listRequests).toEqual([{ product: null, category: null, after: null }]);
  });

  it('filters by product and category, sending them and keeping them in the address', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const kb = installFakeKnowledgeBaseApi();
    const { user, router } = renderApp('/kb');

    await list();
    const product = screen.getByRole('combobox', { name: 'Product' });
    await waitFor(() =>
      expect(
        within(product)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['All products', 'atlas', 'beacon']),
    );
    await user.selectOptions(product, 'atlas');
    await waitFor(() =>
      expect(titles()).toEqual(['Configure the proxy', 'Install TLS certificates']),
    );
    expect(router.state.location.search).toBe('?product=atlas');
    expect(kb.listRequests.at(-1)).toEqual({ product: 'atlas', category: null, after: null });
    expect(screen.getByText('2 articles match the filters.')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'Security');
    await waitFor(() => expect(titles()).toEqual(['Install TLS certificates']));
    expect(kb.listRequests.at(-1)).toEqual({ product: 'atlas', category: 'Security', after: null });

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(titles()).toHaveLength(3));
    expect(router.state.location.search).toBe('');
  });

  it('offers a product and a category whose articles are all older than the newest hundred', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const newer = Array.from({ length: 110 }, (_, index) => ({
      ...PROXY_ARTICLE,
      id: `proxy-${index}`,
      slug: `configure-the-proxy-${index}`,
      title: `Configure the proxy, part ${index}`,
      updatedAt: `2030-0${1 + Math.floor(index / 28)}-${String(1 + (index % 28)).padStart(2, '0')}T09:00:00.000Z`,
    }));
    const legacy = {
      ...PASSWORD_ARTICLE,
      id: 'legacy',
      slug: 'legacy-export',
      title: 'Exporting from Legacy',
      product: 'legacy',
      category: 'Migration',
      updatedAt: '2020-01-01T09:00:00.000Z',
    };
    installFakeKnowledgeBaseApi({ articles: [...newer, legacy] });
    renderApp('/kb');

    await list();
    const optionsOf = (name: string) =>
      within(screen.getByRole('combobox', { name }))
        .getAllByRole('option')
        .map((option) => option.textContent);
    await waitFor(() => expect(optionsOf('Product')).toEqual(['All products', 'atlas', 'legacy']));
    expect(optionsOf('Category')).toEqual(['All categories', 'Migration', 'Networking']);
  });

  it('says so when no article matches the filters', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeKnowledgeBaseApi();
    renderApp('/kb?product=comet');

    expect(await screen.findByText('No articles match these filters')).toBeInTheDocument();
    // The product in the address stays offered, so the filter can be seen and changed.
    expect(screen.getByRole('combobox', { name: 'Product' })).toHaveValue('comet');
  });

  it('shows vendor staff drafts too, and the way to write a new article', async () => {
    installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VERA }));
    installFakeKnowledgeBaseApi({ canManage: true });
    renderApp('/kb');

    await list();
    expect(titles()).toEqual([
      'Upcoming release notesDraft',
      'Configure the proxy',
      'Install TLS certificates',
      'Reset a password',
    ]);
    expect(await screen.findByRole('link', { name: 'New article' })).toHaveAttribute(
      'href',
      '/kb/new',
    );
  });
});

describe('Home page knowledge base card', () => {
  it('shows the latest articles and leads to the knowledge base', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeKnowledgeBaseApi();
    renderApp('/');

    const card = await screen.findByRole('region', { name: 'Knowledge base' });
    const latest = await within(card).findByRole('list', { name: 'Latest articles' });
    expect(
      within(latest)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Configure the proxy', '/kb/configure-the-proxy'],
      ['Install TLS certificates', '/kb/install-tls-certificates'],
      ['Reset a password', '/kb/reset-a-password'],
    ]);
    expect(within(card).getByRole('link', { name: 'See all 3 articles' })).toHaveAttribute(
      'href',
      '/kb',
    );
  });
});
