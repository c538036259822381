import { screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import {
  AppLayout_OrganizationsDocument,
  AppLayout_ViewerDocument,
  HomePage_ViewerDocument,
} from '../gql/graphql';
import { seriousAccessibilityProblems } from '../test/axe';
import { installFakeAccountsApi } from '../test/fake-accounts-api';
import { CHLOE_REQUEST, installFakeAccessRequestApi } from '../test/fake-access-request-api';
import {
  ANA,
  installFakePortalApi,
  layoutViewerOf,
  type FakeAccount,
} from '../test/fake-portal-api';
import { server } from '../test/msw-server';
import {
  installFakeOrganizationsApi,
  NORTHWIND,
  VENDOR_ORGANIZATION,
  VERA as VENDOR_ADMINISTRATOR,
  type FakeOrganization,
} from '../features/organizations/fake-organizations-api';
import { renderApp } from '../test/render-app';

describe('AppLayout', () => {
  it('sends a signed-out visitor to the sign-in page', async () => {
    installFakePortalApi({ signedInAs: null });
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it('brings the visitor back to the page they asked for once signed in', async () => {
    installFakePortalApi({ signedInAs: null });
    const { router, user } = renderApp('/licences?product=atlas');

    await user.type(await screen.findByLabelText('E-mail'), ANA.viewer.email);
    await user.type(screen.getByLabelText('Password'), ANA.password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/licences');
    expect(router.state.location.search).toBe('?product=atlas');
  });

  it('shows the product name and the signed-in person in the header', async () => {
    installFakePortalApi({ signedInAs: ANA });
    renderApp('/');

    const header = await screen.findByRole('banner');
    expect(within(header).getByRole('link', { name: 'Foyer' })).toBeInTheDocument();
    expect(within(header).getByText('Ana Moreau')).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('sends the person to sign-in when their session ends while the page is open', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    server.use(
      graphql.query(HomePage_ViewerDocument, () => {
        api.session = null;
        return HttpResponse.json({
          errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }],
        });
      }),
    );
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('offers to try again when the server cannot be reached', async () => {
    installFakePortalApi({ signedInAs: ANA });
    let reachable = false;
    server.use(
      graphql.query(AppLayout_ViewerDocument, () => {
        if (!reachable) return HttpResponse.error();
        return HttpResponse.json({ data: layoutViewerOf(ANA) });
      }),
    );
    const { user } = renderApp('/');

    expect(await screen.findByText('Foyer is not answering')).toBeInTheDocument();
    reachable = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Welcome, Ana Moreau' })).toBeInTheDocument();
  });
});

describe('AppLayout navigation', () => {
  const nav = () => screen.getByRole('navigation', { name: 'Main' });
  const linkNames = () =>
    within(nav())
      .getAllByRole('link')
      .map((link) => link.textContent);

  it('shows an administrator the pages of their organization, not the vendor’s', async () => {
    installFakePortalApi({ signedInAs: ANA });
    renderApp('/');

    await screen.findByRole('heading', { name: 'Welcome, Ana Moreau' });
    expect(linkNames()).toEqual([
      'Home',
      'Knowledge base',
      'News',
      'Updates',
      'Community',
      'Training',
      'Our accounts',
      'Access requests',
      'Audit log',
      'Licences',
      'Training progress',
    ]);
    // The organization's pages are grouped under its name.
    const organizationPages = within(nav()).getByRole('list', {
      name: ANA.viewer.organization.name,
    });
    expect(
      within(organizationPages)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Our accounts', 'Access requests', 'Audit log', 'Licences', 'Training progress']);
    expect(within(nav()).getByRole('link', { name: 'Licences' })).toHaveAttribute(
      'href',
      '/orgs/organization-northwind/licenses',
    );
    expect(within(nav()).getByRole('link', { name: 'Our accounts' })).toHaveAttribute(
      'href',
      '/orgs/organization-northwind/accounts',
    );
    expect(within(nav()).getByRole('link', { name: 'Home' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // One organization only: nothing to pick.
    expect(screen.queryByRole('combobox', { name: 'Organization' })).not.toBeInTheDocument();
  });

  it('shows a professional without the Administrator role their home page, the knowledge base and their licences', async () => {
    installFakePortalApi({ signedInAs: { ...ANA, viewer: { ...ANA.viewer, roles: [] } } });
    renderApp('/');

    await screen.findByRole('heading', { name: 'Welcome, Ana Moreau' });
    expect(linkNames()).toEqual([
      'Home',
      'Knowledge base',
      'News',
      'Updates',
      'Community',
      'Training',
      'Licences',
    ]);
  });

  it('lets a partner pick which served customer it manages, keeping the choice in the address', async () => {
    installFakePortalApi({ signedInAs: LARS });
    installFakeAccountsApi();
    const { user, router } = renderApp('/');

    await screen.findByRole('heading', { name: 'Welcome, Lars Berg' });
    const picker = screen.getByRole('combobox', { name: 'Organization' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Bluefin Systems (yours)', 'Northwind Traders', 'Globex Health']);

    await user.selectOptions(picker, 'Northwind Traders');

    expect(router.state.location.pathname).toBe('/orgs/organization-northwind/accounts');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accounts of Northwind Traders' }),
    ).toBeInTheDocument();
    expect(picker).toHaveValue('organization-northwind');
    expect(within(nav()).getByRole('link', { name: 'Our accounts' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav()).getByRole('link', { name: 'Audit log' })).toHaveAttribute(
      'href',
      '/orgs/organization-northwind/audit',
    );
    expect(within(nav()).getByRole('link', { name: 'Licences' })).toHaveAttribute(
      'href',
      '/orgs/organization-northwind/licenses',
    );
  });

  it('lets a partner review the access requests of a customer it serves', async () => {
    const api = installFakePortalApi({ signedInAs: LARS });
    installFakeAccountsApi();
    const requests = installFakeAccessRequestApi(api);
    const { user, router } = renderApp('/');

    await screen.findByRole('heading', { name: 'Welcome, Lars Berg' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Organization' }),
      'Northwind Traders',
    );
    await screen.findByRole('heading', { level: 1, name: 'Accounts of Northwind Traders' });
    await user.click(within(nav()).getByRole('link', { name: 'Access requests' }));

    expect(router.state.location.pathname).toBe('/orgs/organization-northwind/access-requests');
    expect(
      await screen.findByText(/2 people are asking to join Northwind Traders/),
    ).toBeInTheDocument();
    expect(within(nav()).getByRole('link', { name: 'Access requests' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const chloe = screen.getByRole('article', { name: 'Chloé Dubois' });
    await user.click(within(chloe).getByRole('button', { name: 'Approve Chloé Dubois' }));
    expect(await screen.findByText(/Approved: Chloé Dubois has been invited/)).toBeInTheDocument();
    expect(requests.listRequests).toEqual(['organization-northwind']);
    expect(requests.approved).toEqual([CHLOE_REQUEST.id]);

    // Back to the partner's own organization, its own requests.
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Organization' }),
      'Bluefin Systems (yours)',
    );
    expect(router.state.location.pathname).toBe('/orgs/organization-bluefin/access-requests');
    await waitFor(() =>
      expect(requests.listRequests).toEqual(['organization-northwind', 'organization-bluefin']),
    );
  });

  it('lets vendor staff reach any organization, and shows them the organizations pages', async () => {
    installFakePortalApi({ signedInAs: VERA });
    server.use(
      graphql.query(AppLayout_OrganizationsDocument, () =>
        HttpResponse.json({
          data: {
            organizations: {
              __typename: 'OrganizationConnection',
              totalCount: 2,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false },
              edges: [VERA_ORGANIZATION, NORTHWIND_ORGANIZATION].map((node) => ({
                __typename: 'OrganizationEdge',
                node,
              })),
            },
          },
        }),
      ),
    );
    renderApp('/');

    await screen.findByRole('heading', { name: 'Welcome, Vera Novak' });
    expect(linkNames()).toEqual([
      'Home',
      'Knowledge base',
      'News',
      'Updates',
      'Community',
      'Training',
      'Our accounts',
      'Access requests',
      'Audit log',
      'Training progress',
      'Organizations',
    ]);
    const picker = await screen.findByRole('combobox', { name: 'Organization' });
    await waitFor(() =>
      expect(
        within(picker)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Northwind Software (yours)', 'Northwind Traders']),
    );
  });

  describe('with more organizations than a list holds', () => {
    const ZEPHYR: FakeOrganization = {
      ...NORTHWIND,
      id: 'organization-zephyr',
      name: 'Zephyr Dental',
      accountNumber: 'ZD-1',
    };
    // 120 customers sort before the vendor and Zephyr, so the first hundred hold neither.
    const MANY = [
      VENDOR_ORGANIZATION,
      ...Array.from({ length: 120 }, (_, index) => ({
        ...NORTHWIND,
        id: `organization-customer-${index}`,
        name: `Customer ${String(index + 1).padStart(3, '0')}`,
        accountNumber: `C-${index}`,
      })),
      ZEPHYR,
    ];
    const picker = () => screen.findByRole('button', { name: /Organization$/ });

    it('lets vendor staff find any of them by typing part of its name', async () => {
      const organizations = installFakeOrganizationsApi(
        installFakePortalApi({ signedInAs: VENDOR_ADMINISTRATOR }),
        { organizations: MANY },
      );
      const { user, router } = renderApp(`/orgs/${VENDOR_ORGANIZATION.id}/details`);

      await user.click(await picker());
      const list = await screen.findByRole('listbox');
      const names = () =>
        within(list)
          .getAllByRole('option')
          .map((option) => option.textContent);
      // The viewer's own organization first, then the first hundred by name.
      await waitFor(() => expect(names()).toHaveLength(101));
      expect(names().slice(0, 3)).toEqual([
        'Foyer Software (yours)',
        'Customer 001',
        'Customer 002',
      ]);
      expect(screen.getByText('22 more: type part of a name to find one.')).toBeInTheDocument();

      const search = screen.getByRole('searchbox', { name: 'Search organizations by name' });
      expect(search).toHaveFocus();
      await user.type(search, 'zeph');
      await waitFor(() => expect(names()).toEqual(['Foyer Software (yours)', 'Zephyr Dental']));
      expect(organizations.switcherRequests.at(-1)).toEqual({ name: 'zeph', first: 100 });

      await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
      await waitFor(() =>
        expect(router.state.location.pathname).toBe(`/orgs/${ZEPHYR.id}/details`),
      );
      expect(await picker()).toHaveTextContent('Zephyr Dental');
      expect(await within(nav()).findByRole('list', { name: 'Zephyr Dental' })).toBeInTheDocument();
    });

    it('names the organization being looked at in the header, though it is past the first hundred', async () => {
      installFakeOrganizationsApi(installFakePortalApi({ signedInAs: VENDOR_ADMINISTRATOR }), {
        organizations: MANY,
      });
      const { container } = renderApp(`/orgs/${ZEPHYR.id}/details`);

      await screen.findByRole('navigation', { name: 'Main' });
      expect(await within(nav()).findByRole('list', { name: 'Zephyr Dental' })).toBeInTheDocument();
      expect(within(nav()).getByRole('link', { name: 'Our accounts' })).toHaveAttribute(
        'href',
        `/orgs/${ZEPHYR.id}/accounts`,
      );
      expect(await picker()).toHaveTextContent('Zephyr Dental');
      expect(await seriousAccessibilityProblems(container)).toEqual([]);
    });
  });

  it('folds the navigation into a menu that Escape closes', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const { user } = renderApp('/');
    await screen.findByRole('heading', { name: 'Welcome, Ana Moreau' });

    const menuButton = screen.getByRole('button', { name: 'Menu' });
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await user.click(menuButton);
    expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(menuButton.getAttribute('aria-controls')!)).toContainElement(
      nav(),
    );

    await user.click(within(nav()).getByRole('link', { name: 'Home' }));
    await user.keyboard('{Escape}');
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    expect(menuButton).toHaveFocus();
  });

  it('offers a link past the header to the page’s content', async () => {
    installFakePortalApi({ signedInAs: ANA });
    renderApp('/');
    await screen.findByRole('heading', { name: 'Welcome, Ana Moreau' });

    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });
});

const LARS: FakeAccount = {
  password: 'partner password',
  viewer: {
    ...ANA.viewer,
    id: 'professional-lars',
    displayName: 'Lars Berg',
    email: 'lars@bluefin.example',
    roles: ['ADMINISTRATOR'],
    organization: {
      __typename: 'Organization',
      id: 'organization-bluefin',
      name: 'Bluefin Systems',
      kind: 'PARTNER',
      accountNumber: 'BF-1',
      region: 'EMEA',
    },
  },
  customers: [
    { id: 'organization-northwind', name: 'Northwind Traders' },
    { id: 'organization-globex', name: 'Globex Health' },
  ],
};

const VERA: FakeAccount = {
  password: 'vendor password',
  viewer: {
    ...ANA.viewer,
    id: 'professional-vera',
    displayName: 'Vera Novak',
    email: 'vera@northwind.example',
    roles: ['ADMINISTRATOR'],
    organization: {
      __typename: 'Organization',
      id: 'organization-vendor',
      name: 'Northwind Software',
      kind: 'VENDOR',
      accountNumber: 'NS-1',
      region: 'EMEA',
    },
  },
};

const VERA_ORGANIZATION = {
  __typename: 'Organization' as const,
  id: 'organization-vendor',
  name: 'Northwind Software',
  kind: 'VENDOR' as const,
  viewerCanViewProfessionals: true,
  viewerCanManageProfessionals: true,
};

const NORTHWIND_ORGANIZATION = {
  __typename: 'Organization' as const,
  id: 'organization-northwind',
  name: 'Northwind Traders',
  kind: 'CUSTOMER' as const,
  viewerCanViewProfessionals: true,
  viewerCanManageProfessionals: true,
};
