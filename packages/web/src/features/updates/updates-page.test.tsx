import { configure, screen, waitFor, within } from '@testing-library/react';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import { installFakeOrganizationsApi, VERA } from '../organizations/fake-organizations-api';
import { INSIGHT_UPDATE, installFakeUpdatesApi, LEDGER_UPDATE } from './fake-updates-api';

// Each page is a lazy chunk that jest compiles on its first import.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

const LIST_NAME = 'Updates, newest release first';
const titles = () =>
  within(screen.getByRole('list', { name: LIST_NAME }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('UpdatesPage', () => {
  it('lists the updates the reader may open, newest release first, with what each is for', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const api = installFakeUpdatesApi();
    renderApp('/updates');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Updates and hotfixes' }),
    ).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: LIST_NAME });
    expect(titles()).toEqual([
      'Dispatch 3.0.3 hotfix: driver app shows offline',
      'Ledger 5.1.0',
      'Insight 1.8.0',
    ]);
    const [hotfix, ledger] = within(list).getAllByRole('listitem');
    expect(within(hotfix!).getByText('Hotfix')).toBeInTheDocument();
    expect(within(ledger!).getByRole('link', { name: 'Ledger 5.1.0' })).toHaveAttribute(
      'href',
      '/updates/ledger-5-1-0',
    );
    expect(ledger).toHaveTextContent(
      'Scheduled bank-statement imports and a faster trial balance.',
    );
    expect(ledger).toHaveTextContent('Ledger 5.1.0Released May 20, 2030Applies to 5.0, 5.0.1');
    expect(screen.getByText('3 updates.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New update' })).not.toBeInTheDocument();
    expect(api.listRequests).toEqual([{ product: null, kind: null, after: null }]);
  });

  it('filters by kind and product, sending them and keeping them in the address', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const api = installFakeUpdatesApi();
    const { user, router } = renderApp('/updates');

    await screen.findByRole('list', { name: LIST_NAME });
    const kind = screen.getByRole('combobox', { name: 'Kind' });
    expect(
      within(kind)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Updates and hotfixes', 'Updates only', 'Hotfixes only']);
    await user.selectOptions(kind, 'hotfix');
    await waitFor(() =>
      expect(titles()).toEqual(['Dispatch 3.0.3 hotfix: driver app shows offline']),
    );
    expect(router.state.location.search).toBe('?kind=hotfix');
    expect(api.listRequests.at(-1)).toEqual({ product: null, kind: 'HOTFIX', after: null });
    expect(screen.getByText('1 update matches the filters.')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), '');
    const product = screen.getByRole('combobox', { name: 'Product' });
    await waitFor(() =>
      expect(
        within(product)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['All products', 'Dispatch', 'Insight', 'Ledger']),
    );
    await user.selectOptions(product, 'ledger');
    await waitFor(() => expect(titles()).toEqual(['Ledger 5.1.0']));
    expect(router.state.location.search).toBe('?product=ledger');
  });

  it('offers a product whose updates are all older than the newest hundred', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const newer = Array.from({ length: 110 }, (_, index) => ({
      ...LEDGER_UPDATE,
      id: `ledger-${index}`,
      slug: `ledger-5-1-${index}`,
      title: `Ledger 5.1.${index}`,
      releasedOn: `2030-0${1 + Math.floor(index / 28)}-${String(1 + (index % 28)).padStart(2, '0')}`,
    }));
    const legacy = {
      ...INSIGHT_UPDATE,
      id: 'legacy',
      slug: 'legacy-1-0',
      title: 'Legacy 1.0',
      product: 'legacy',
      releasedOn: '2020-01-01',
    };
    installFakeUpdatesApi({ updates: [...newer, legacy] });
    const { user } = renderApp('/updates');

    await screen.findByRole('list', { name: LIST_NAME });
    const product = screen.getByRole('combobox', { name: 'Product' });
    await waitFor(() =>
      expect(
        within(product)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['All products', 'Ledger', 'Legacy']),
    );
    await user.selectOptions(product, 'legacy');
    await waitFor(() => expect(titles()).toEqual(['Legacy 1.0']));
  });

  it('shows vendor staff the drafts and a way to write a new update', async () => {
    installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VERA }));
    installFakeUpdatesApi({ vendor: true });
    renderApp('/updates');

    await screen.findByRole('list', { name: LIST_NAME });
    expect(titles()).toContain('Ledger 5.2.0 beta');
    expect(screen.getByText('Draft')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'New update' })).toHaveAttribute(
      'href',
      '/updates/new',
    );
  });
});
