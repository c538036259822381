import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import { installFakeOrganizationsApi, VERA } from '../organizations/fake-organizations-api';
import { installFakeNewsApi } from './fake-news-api';

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

const nav = () => screen.getByRole('navigation', { name: 'Main' });
const list = () => screen.findByRole('list', { name: 'Announcements, pinned first, then newest' });

describe('News', () => {
  it('shows the unseen count beside News in the navigation, read out with the link', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeNewsApi();
    renderApp('/');

    await screen.findByRole('heading', { name: 'Welcome, Ana Moreau' });
    const link = await within(nav()).findByRole('link', { name: 'News, 2 new' });
    expect(link).toHaveAttribute('href', '/news');
    expect(link.querySelector('.news-nav-count')).toHaveTextContent('2');
  });

  it('lists pinned news first with its badges, then marks everything seen, which clears the count', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const news = installFakeNewsApi();
    const { user } = renderApp('/');

    await screen.findByRole('heading', { name: 'Welcome, Ana Moreau' });
    await user.click(await within(nav()).findByRole('link', { name: 'News, 2 new' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'News' })).toBeInTheDocument();
    const items = within(await list()).getAllByRole('listitem');
    expect(
      items.map((item) => within(item).getByRole('heading', { level: 2 }).textContent),
    ).toEqual([
      'Welcome to the portalPinned',
      'Maintenance on SaturdayNew',
      'Atlas 8 releasedNew',
      'Holiday support hours',
    ]);
    expect(within(items[0]!).getByRole('link', { name: 'Welcome to the portal' })).toHaveAttribute(
      'href',
      '/news/welcome',
    );
    expect(items[1]).toHaveTextContent('Read-only for 20 minutes.');
    // Readers do not write.
    expect(screen.queryByRole('link', { name: 'New announcement' })).not.toBeInTheDocument();

    // The badges stay for this visit; the navigation's count goes, and the server was told once.
    await waitFor(() =>
      expect(within(nav()).getByRole('link', { name: 'News' })).toBeInTheDocument(),
    );
    expect(news.markSeenCalls).toBe(1);
    expect(within(await list()).getAllByText('New')).toHaveLength(2);
  });

  it('introduces the news without naming a vendor: the portal is any vendor’s, not the demo’s', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeNewsApi();
    renderApp('/news');

    const heading = await screen.findByRole('heading', { level: 1, name: 'News' });
    expect(heading.parentElement).toHaveTextContent(
      'Announcements from the vendor for your organization and the products you use.',
    );
  });

  it('says so when there is no news yet, and offers vendor administrators to write one', async () => {
    installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VERA }));
    installFakeNewsApi({ announcements: [], canManage: true });
    renderApp('/news');

    expect(await screen.findByText('No news yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New announcement' })).toHaveAttribute(
      'href',
      '/news/new',
    );
  });

  it('opens one announcement by its address, and says when it cannot', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeNewsApi();
    const { router } = renderApp('/news/atlas-8');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Atlas 8 released' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Highlights' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Edit/ })).not.toBeInTheDocument();

    await act(() => router.navigate('/news/not-for-you'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Announcement not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Latest news' })).toHaveAttribute('href', '/news');
  });
});
