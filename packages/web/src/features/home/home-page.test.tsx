import { configure, screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import {
  CoursesInProgress_CoursesDocument,
  LatestNews_AnnouncementsDocument,
  LatestUpdates_UpdatesDocument,
  NewsNav_UnseenCountDocument,
  HomePage_AccessRequestCountDocument,
  HomePage_ViewerDocument,
} from '../../gql/graphql';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import { installFakeOrganizationsApi, VERA, VICTOR } from '../organizations/fake-organizations-api';

// Each page is a lazy chunk that jest compiles on its first import, which can take longer than
// the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const NOT_ADMINISTRATOR = {
  ...ANA,
  viewer: { ...ANA.viewer, roles: ['BILLING_CONTACT' as const] },
};

/** Answers the pending access requests count with `totalCount`, recording what was asked. */
function pendingRequests(totalCount: number) {
  const asked: string[] = [];
  server.use(
    graphql.query(HomePage_AccessRequestCountDocument, ({ variables }) => {
      asked.push(String(variables.organizationId));
      return HttpResponse.json({
        data: { accessRequests: { __typename: 'AccessRequestConnection', totalCount } },
      });
    }),
  );
  return asked;
}

const shortcut = (name: string) =>
  within(screen.getByRole('region', { name: 'Administration' }))
    .getByRole('link', { name })
    .closest('li')!;

describe('HomePage', () => {
  it('shows the organization and the person’s roles by their labels', async () => {
    installFakePortalApi({ signedInAs: ANA });
    renderApp('/');

    const card = await screen.findByRole('region', { name: 'Northwind Traders' });
    expect(within(card).getByText('Customer')).toBeInTheDocument();
    expect(within(card).getByText('NW-10442')).toBeInTheDocument();
    expect(within(card).getByText('EMEA')).toBeInTheDocument();
    expect(within(card).getByText('Active')).toBeInTheDocument();
    const roles = within(card).getByRole('list', { name: 'Your roles' });
    expect(
      within(roles)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Administrator', 'Billing contact']);
  });

  it('says so when the person holds no role', async () => {
    installFakePortalApi({ signedInAs: { ...ANA, viewer: { ...ANA.viewer, roles: [] } } });
    renderApp('/');

    expect(await screen.findByText('No roles assigned')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Your roles' })).not.toBeInTheDocument();
  });

  it('explains a failed load and offers to try again', async () => {
    installFakePortalApi({ signedInAs: ANA });
    server.use(
      graphql.query(HomePage_ViewerDocument, () =>
        HttpResponse.json({
          errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_ERROR' } }],
        }),
      ),
    );
    renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your account could not be loaded');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows the content sections in order, each saying honestly that it is empty', async () => {
    installFakePortalApi({ signedInAs: ANA });
    renderApp('/');

    const portal = await screen.findByRole('region', { name: 'Your portal' });
    const headings = within(portal).getAllByRole('heading', { level: 3 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      'News',
      'Software updates',
      'Training',
      'Knowledge base',
      'Licensing',
      'Community',
    ]);
    const empties = {
      News: 'No news yet',
      'Software updates': 'No updates for your products yet',
      Training: 'No course in progress',
      'Knowledge base': 'No articles yet',
      Licensing: 'No licences on record yet',
      Community: 'No questions yet',
    };
    for (const [title, empty] of Object.entries(empties)) {
      const card = within(portal).getByRole('region', { name: title });
      expect(within(card).getByText(empty)).toBeInTheDocument();
    }
    expect(
      within(within(portal).getByRole('region', { name: 'Licensing' })).getByText(
        /What Northwind Traders is licensed for/,
      ),
    ).toBeInTheDocument();
  });

  it('tells vendor staff that the vendor holds no licences and where customers’ licences are', async () => {
    installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VICTOR }));
    renderApp('/');

    const card = await screen.findByRole('region', { name: 'Licensing' });
    expect(card).toHaveTextContent('The vendor holds no licences: its staff read everything.');
    expect(card).not.toHaveTextContent('No licences on record yet');
    expect(within(card).getByRole('link', { name: 'Customers and partners' })).toHaveAttribute(
      'href',
      '/orgs',
    );
  });

  it('shows the news with what is new, the latest updates for the reader’s products and their courses in progress', async () => {
    installFakePortalApi({ signedInAs: ANA });
    server.use(
      graphql.query(NewsNav_UnseenCountDocument, () =>
        HttpResponse.json({ data: { newsUnseenCount: 2 } }),
      ),
      graphql.query(LatestNews_AnnouncementsDocument, () =>
        HttpResponse.json({
          data: {
            announcements: {
              __typename: 'AnnouncementConnection',
              totalCount: 5,
              edges: [
                {
                  __typename: 'AnnouncementEdge',
                  node: {
                    __typename: 'Announcement',
                    id: 'n1',
                    slug: 'maintenance',
                    title: 'Scheduled maintenance',
                    pinned: true,
                    isNew: true,
                    publishedAt: '2030-05-02T08:00:00.000Z',
                  },
                },
                {
                  __typename: 'AnnouncementEdge',
                  node: {
                    __typename: 'Announcement',
                    id: 'n2',
                    slug: 'ledger-5',
                    title: 'Ledger 5 is out',
                    pinned: false,
                    isNew: false,
                    publishedAt: '2030-04-20T08:00:00.000Z',
                  },
                },
              ],
            },
          },
        }),
      ),
      graphql.query(LatestUpdates_UpdatesDocument, () =>
        HttpResponse.json({
          data: {
            latestUpdates: [
              {
                __typename: 'SoftwareUpdate',
                id: 'u1',
                slug: 'ledger-5-0-2-hotfix',
                title: 'Ledger 5.0.2 hotfix',
                kind: 'HOTFIX',
                product: 'ledger',
                version: '5.0.2',
                releasedOn: '2030-05-01',
              },
            ],
          },
        }),
      ),
      graphql.query(CoursesInProgress_CoursesDocument, () =>
        HttpResponse.json({
          data: {
            coursesInProgress: [
              {
                __typename: 'Course',
                id: 'c1',
                slug: 'ledger-month-end-close',
                title: 'Ledger: closing the month',
                viewerProgress: {
                  __typename: 'CourseProgress',
                  completedLessons: 2,
                  totalLessons: 5,
                  percent: 40,
                  completedAt: null,
                },
              },
            ],
          },
        }),
      ),
    );
    renderApp('/');

    const news = await screen.findByRole('region', { name: 'News' });
    expect(
      await within(news).findByText('2 new announcements since you last looked'),
    ).toBeInTheDocument();
    expect(within(news).getByRole('link', { name: 'Scheduled maintenance' })).toHaveAttribute(
      'href',
      '/news/maintenance',
    );
    expect(within(news).getByText(/Pinned · New ·/)).toBeInTheDocument();
    expect(within(news).getByRole('link', { name: 'See all 5 announcements' })).toHaveAttribute(
      'href',
      '/news',
    );

    const updates = screen.getByRole('region', { name: 'Software updates' });
    const update = await within(updates).findByRole('link', { name: 'Ledger 5.0.2 hotfix' });
    expect(update).toHaveAttribute('href', '/updates/ledger-5-0-2-hotfix');
    expect(
      within(updates).getByText(/Hotfix · .* 5\.0\.2 · released May 1, 2030/),
    ).toBeInTheDocument();

    const training = screen.getByRole('region', { name: 'Training' });
    expect(
      await within(training).findByRole('link', { name: 'Ledger: closing the month' }),
    ).toHaveAttribute('href', '/training/ledger-month-end-close');
  });

  it('gives administrators shortcuts to accounts, waiting access requests and the audit log', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const asked = pendingRequests(3);
    renderApp('/');

    await screen.findByRole('region', { name: 'Administration' });
    const organizationId = ANA.viewer.organization.id;
    expect(within(shortcut('Manage accounts')).getByRole('link')).toHaveAttribute(
      'href',
      `/orgs/${organizationId}/accounts`,
    );
    expect(within(shortcut('Audit log')).getByRole('link')).toHaveAttribute(
      'href',
      `/orgs/${organizationId}/audit`,
    );
    const requests = shortcut('Access requests');
    expect(within(requests).getByRole('link')).toHaveAttribute('href', '/access-requests');
    expect(
      await within(requests).findByText('3 people are waiting for a decision.'),
    ).toBeInTheDocument();
    expect(asked).toEqual([organizationId]);
    // Organizations are the vendor's: a customer's administrator is not offered them.
    expect(
      within(screen.getByRole('region', { name: 'Administration' })).queryByRole('link', {
        name: 'Organizations',
      }),
    ).not.toBeInTheDocument();
  });

  it('says when nobody is waiting for access', async () => {
    installFakePortalApi({ signedInAs: ANA });
    pendingRequests(0);
    renderApp('/');

    await screen.findByRole('region', { name: 'Administration' });
    expect(
      await within(shortcut('Access requests')).findByText('Nobody is waiting.'),
    ).toBeInTheDocument();
  });

  it('offers no administration shortcuts to someone who is not an administrator', async () => {
    installFakePortalApi({ signedInAs: NOT_ADMINISTRATOR });
    const asked = pendingRequests(3);
    renderApp('/');

    await screen.findByRole('region', { name: 'Your portal' });
    expect(screen.queryByRole('region', { name: 'Administration' })).not.toBeInTheDocument();
    expect(asked).toEqual([]);
  });

  it('offers vendor administrators the organizations, with creating and linking', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    installFakeOrganizationsApi(api);
    renderApp('/');

    await screen.findByRole('region', { name: 'Administration' });
    const organizations = shortcut('Organizations');
    expect(within(organizations).getByRole('link')).toHaveAttribute('href', '/orgs');
    expect(organizations).toHaveTextContent('create organizations and link partners');
  });

  it('offers other vendor staff the organizations and the audit log, not managing people', async () => {
    const api = installFakePortalApi({ signedInAs: VICTOR });
    installFakeOrganizationsApi(api);
    renderApp('/');

    const administration = await screen.findByRole('region', { name: 'Administration' });
    expect(
      within(administration)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Audit log', 'Organizations']);
    expect(shortcut('Organizations')).toHaveTextContent('Every customer and partner on Foyer.');
  });
});
