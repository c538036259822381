import { configure, screen, waitFor, within } from '@testing-library/react';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import {
  ACME_PARTNERS,
  installFakeOrganizationsApi,
  manyCustomers,
  VENDOR_ORGANIZATION,
  VERA,
} from '../organizations/fake-organizations-api';
import { installFakeNewsApi } from './fake-news-api';

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

const field = (name: string | RegExp) => screen.getByRole('textbox', { name });

describe('AnnouncementEditorPage', () => {
  it('writes an announcement for chosen products and organizations, refusing an empty audience first', async () => {
    installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VERA }));
    const news = installFakeNewsApi({ canManage: true });
    const { user, router } = renderApp('/news/new');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'New announcement' }),
    ).toBeInTheDocument();
    await user.click(field('Title'));
    await user.paste('Atlas maintenance');
    await user.click(field('Body'));
    await user.paste('**Saturday** morning.');
    expect(
      within(screen.getByRole('region', { name: 'Preview' })).getByText('Saturday').tagName,
    ).toBe('STRONG');

    await user.click(screen.getByRole('radio', { name: 'Chosen products and organizations' }));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Name at least one product or organization this announcement is for.',
    );
    expect(news.created).toEqual([]);

    await user.click(field(/^Products/));
    await user.paste('atlas, Beacon');
    // Customers and partners, as the layout's list of organizations already has them.
    const contoso = await screen.findByRole('checkbox', { name: 'Contoso Ltd' });
    expect(screen.getByRole('checkbox', { name: 'Acme Partners (partner)' })).toBeInTheDocument();
    // The vendor itself reads everything: it is not offered.
    expect(screen.queryByRole('checkbox', { name: /Foyer Software/ })).not.toBeInTheDocument();
    await user.click(contoso);
    await user.click(screen.getByRole('checkbox', { name: 'Pin to the top' }));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(news.created).toHaveLength(1));
    expect(news.created[0]).toMatchObject({
      title: 'Atlas maintenance',
      bodyMarkdown: '**Saturday** morning.',
      pinned: true,
      audience: {
        allCustomers: false,
        products: ['atlas', 'beacon'],
        organizationIds: ['organization-contoso'],
      },
    });
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/news/atlas-maintenance/edit'),
    );
  });

  it('lists the few partners, and finds a customer past the first hundred by typing its name', async () => {
    const organizations = installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VERA }), {
      organizations: [VENDOR_ORGANIZATION, ACME_PARTNERS, ...manyCustomers(150)],
    });
    const news = installFakeNewsApi({ canManage: true });
    const { user } = renderApp('/news/new');

    await screen.findByRole('heading', { level: 1, name: 'New announcement' });
    await user.click(field('Title'));
    await user.paste('Atlas maintenance');
    await user.click(field('Body'));
    await user.paste('Saturday morning.');
    await user.click(screen.getByRole('radio', { name: 'Chosen products and organizations' }));
    // The partners are few: each is a checkbox. The customers are too many to list.
    expect(
      await screen.findByRole('checkbox', { name: 'Acme Partners (partner)' }),
    ).toBeInTheDocument();
    expect(screen.queryAllByRole('checkbox', { name: /^Customer \d+$/ })).toEqual([]);

    await user.click(screen.getByRole('button', { name: /Add a customer$/ }));
    const search = await screen.findByRole('searchbox', { name: 'Search by name' });
    await user.type(search, '142');
    const list = screen.getByRole('listbox');
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Customer 142 (C-142)']),
    );
    await user.keyboard('{Enter}');
    const chosen = await screen.findByRole('checkbox', { name: 'Customer 142' });
    expect(chosen).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(news.created).toHaveLength(1));
    expect(news.created[0]?.audience).toMatchObject({
      allCustomers: false,
      organizationIds: ['organization-customer-142'],
    });
    // One kind per request, a page at most: never every organization.
    expect(organizations.kindRequests.map(({ kinds }) => kinds)).toEqual(
      expect.arrayContaining([['CUSTOMER'], ['PARTNER']]),
    );
    for (const request of organizations.kindRequests) {
      expect(request.kinds).toHaveLength(1);
      expect(request.first).toBeLessThanOrEqual(100);
    }
  });

  it('tells a customer that only the vendor writes news', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeNewsApi();
    renderApp('/news/new');

    expect(
      await screen.findByText('Only the vendor’s administrators write and publish announcements.'),
    ).toBeInTheDocument();
  });
});
