import { configure, screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import {
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

const NOT_ADMINISTRATOR = { ...ANA, viewer: { ...ANA.viewer, roles: ['BILLING_CONTACT' as const] } };

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
    expect(within(roles).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Administrator',
      'Billing contact',
    ]);
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
      'Knowledge base',
      'Software updates',
      'Training',
      'News',
      'Licensing',
      'Community',
    ]);
    const empties = {
      'Knowledge base': 'No articles yet',
      'Software updates': 'No software updates yet',
      Training: 'No courses yet',
      News: 'No news yet',
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
