import { configure, screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { HelpPage_HelpDocument, type HelpPage_HelpQuery } from '../../gql/graphql';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';

// Each page is a lazy chunk that jest compiles on its first import, which can take longer than
// the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 });

type HelpOrganization = NonNullable<HelpPage_HelpQuery['viewer']>['organization'];
type Contact = HelpOrganization['administrators'][number];

const SUPPORT = 'support@foyer.example';

const contact = (
  id: string,
  displayName: string,
  email: string,
  extra: Partial<Contact> = {},
): Contact => ({
  __typename: 'Professional',
  id,
  displayName,
  email,
  phone: null,
  jobTitle: null,
  ...extra,
});

const ANA_CONTACT = contact('professional-ana', 'Ana Moreau', ANA.viewer.email, {
  phone: '+33 1 55 55 01 99',
  jobTitle: 'IT Director',
});
const BEN = contact('professional-ben', 'Ben Carter', 'ben.carter@northwind.example');
const OMAR = contact('professional-omar', 'Omar Haddad', 'omar.haddad@foyer.example', {
  phone: '+1 415 555 0142',
  jobTitle: 'Account Manager',
});

const NORTHWIND: HelpOrganization = {
  __typename: 'Organization',
  id: ANA.viewer.organization.id,
  name: 'Northwind Traders',
  kind: 'CUSTOMER',
  administrators: [ANA_CONTACT, BEN],
  accountManager: OMAR,
  partners: [],
};

/** Answers the help page's query for whoever the fake session says is signed in. */
function installFakeHelpApi(
  api: ReturnType<typeof installFakePortalApi>,
  organization: HelpOrganization = NORTHWIND,
) {
  server.use(
    graphql.query(HelpPage_HelpDocument, () =>
      HttpResponse.json({
        data: {
          supportContact: { __typename: 'SupportContact', email: SUPPORT },
          viewer: api.session
            ? { __typename: 'Professional', id: api.session.viewer.id, organization }
            : null,
        },
      }),
    ),
  );
}

const region = (name: string) => screen.getByRole('region', { name });
const listed = (name: string) =>
  within(within(region(name)).getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.help-page__name')?.textContent);

describe('HelpPage', () => {
  describe('signed in', () => {
    it('names the organization’s administrators, its account manager and support, each with a way to write', async () => {
      const api = installFakePortalApi({ signedInAs: ANA });
      installFakeHelpApi(api);
      renderApp('/help');

      expect(await screen.findByRole('heading', { level: 1, name: 'Who can help' })).toBeVisible();
      // Inside the portal's frame: the header is there.
      expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();

      expect(listed('Your administrators')).toEqual(['Ana Moreau', 'Ben Carter']);
      const administrators = region('Your administrators');
      expect(within(administrators).getByRole('link', { name: BEN.email })).toHaveAttribute(
        'href',
        `mailto:${BEN.email}`,
      );
      expect(
        within(administrators).getByRole('link', { name: '+33 1 55 55 01 99' }),
      ).toHaveAttribute('href', 'tel:+33155550199');

      expect(listed('Your account manager')).toEqual(['Omar Haddad']);
      const manager = region('Your account manager');
      expect(within(manager).getByText('Account Manager')).toBeInTheDocument();
      expect(within(manager).getByRole('link', { name: OMAR.email })).toHaveAttribute(
        'href',
        `mailto:${OMAR.email}`,
      );
      expect(within(manager).getByRole('link', { name: '+1 415 555 0142' })).toBeInTheDocument();

      expect(within(region('Support')).getByRole('link', { name: SUPPORT })).toHaveAttribute(
        'href',
        `mailto:${SUPPORT}`,
      );
      // The API shows this customer no partner, so there is no partner section.
      expect(screen.queryByRole('heading', { name: /^Your partner/ })).not.toBeInTheDocument();
    });

    it('lists the partner serving the organization, with its administrators, when the API shows it', async () => {
      const api = installFakePortalApi({ signedInAs: ANA });
      installFakeHelpApi(api, {
        ...NORTHWIND,
        partners: [
          {
            __typename: 'Organization',
            id: 'organization-acme-partners',
            name: 'Acme Partners',
            administrators: [
              contact('professional-lars', 'Lars Becker', 'lars@acme-partners.example'),
            ],
          },
        ],
      });
      renderApp('/help');

      const name = 'Your partner: Acme Partners';
      await screen.findByRole('heading', { level: 2, name });
      expect(listed(name)).toEqual(['Lars Becker']);
      expect(
        within(region(name)).getByRole('link', { name: 'lars@acme-partners.example' }),
      ).toBeInTheDocument();
    });

    it('says so when no account manager is named', async () => {
      const api = installFakePortalApi({ signedInAs: ANA });
      installFakeHelpApi(api, { ...NORTHWIND, accountManager: null });
      renderApp('/help');

      expect(
        await screen.findByText(
          'No account manager is named for Northwind Traders yet. Your administrators or support can help instead.',
        ),
      ).toBeInTheDocument();
      expect(within(region('Your account manager')).queryByRole('list')).not.toBeInTheDocument();
    });

    it('is reached from the home page and from the footer of every page', async () => {
      const api = installFakePortalApi({ signedInAs: ANA });
      installFakeHelpApi(api);
      const { user, router } = renderApp('/');

      await user.click(await screen.findByRole('link', { name: 'See who can help' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Who can help' })).toBeVisible();
      expect(router.state.location.pathname).toBe('/help');

      await user.click(
        within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
          name: 'Home',
        }),
      );
      await screen.findByRole('heading', { level: 1, name: /Welcome/ });
      await user.click(
        within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Who can help' }),
      );
      await waitFor(() => expect(router.state.location.pathname).toBe('/help'));
      expect(await screen.findByRole('heading', { level: 1, name: 'Who can help' })).toBeVisible();
    });
  });

  describe('signed out', () => {
    it('gives the support address and says to ask the company’s administrators or account manager', async () => {
      const api = installFakePortalApi({ signedInAs: null });
      installFakeHelpApi(api);
      const { router } = renderApp('/help');

      expect(await screen.findByRole('heading', { level: 1, name: 'Who can help' })).toBeVisible();
      // Not sent to sign in, and not shown anyone's name.
      expect(router.state.location.pathname).toBe('/help');
      expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
      expect(screen.queryByText('Omar Haddad')).not.toBeInTheDocument();

      const main = screen.getByRole('main');
      expect(main).toHaveTextContent('Your company’s administrators can invite you');
      expect(main).toHaveTextContent('Your account manager at the vendor can help as well.');
      expect(within(main).getByRole('link', { name: SUPPORT })).toHaveAttribute(
        'href',
        `mailto:${SUPPORT}`,
      );
      expect(within(main).getByRole('link', { name: 'Back to sign in' })).toHaveAttribute(
        'href',
        '/sign-in',
      );
    });

    it('is reached from the sign-in page’s help', async () => {
      const api = installFakePortalApi({ signedInAs: null });
      installFakeHelpApi(api);
      const { user, router } = renderApp('/sign-in');

      const help = await screen.findByRole('region', { name: 'Trouble signing in?' });
      await user.click(
        within(help).getByRole('link', { name: 'Who can help, and how to reach support' }),
      );

      expect(await screen.findByRole('heading', { level: 1, name: 'Who can help' })).toBeVisible();
      expect(router.state.location.pathname).toBe('/help');
      expect(screen.getByRole('link', { name: SUPPORT })).toBeInTheDocument();
    });
  });
});
