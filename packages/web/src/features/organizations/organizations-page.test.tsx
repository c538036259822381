import { configure, screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { OrganizationsPage_ListDocument } from '../../gql/graphql';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';
import {
  ACME_PARTNERS,
  installFakeOrganizationsApi,
  manyCustomers,
  NORTHWIND,
  VERA,
  VICTOR,
} from './fake-organizations-api';

// Each page is a lazy chunk that jest compiles on its first import, which can take longer than
// the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const table = () => screen.getByRole('grid', { name: 'Organizations' });
const rowNames = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('OrganizationsPage', () => {
  it('lists every organization by name with kind, account number, region and partners', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    installFakeOrganizationsApi(api);
    renderApp('/orgs');

    expect(await screen.findByRole('heading', { level: 1, name: 'Organizations' })).toBeVisible();
    await screen.findByRole('grid', { name: 'Organizations' });
    expect(rowNames()).toEqual([
      'Acme Partners',
      'Blue River Resellers',
      'Contoso Ltd',
      'Foyer Software',
      'Northwind Traders',
    ]);
    expect(
      screen.getByText('5 organizations: customers, partners and the vendor.'),
    ).toBeInTheDocument();

    const northwind = within(table()).getByRole('row', { name: /Northwind Traders/ });
    expect(within(northwind).getByText('Customer')).toBeInTheDocument();
    expect(within(northwind).getByText('NW-10442')).toBeInTheDocument();
    expect(within(northwind).getByText('EMEA')).toBeInTheDocument();
    expect(within(northwind).getByText(ACME_PARTNERS.name)).toBeInTheDocument();
    expect(within(northwind).getByRole('link', { name: 'Northwind Traders' })).toHaveAttribute(
      'href',
      `/orgs/${NORTHWIND.id}/details`,
    );
    expect(
      within(northwind).getByRole('link', { name: 'Accounts of Northwind Traders' }),
    ).toHaveAttribute('href', `/orgs/${NORTHWIND.id}/accounts`);
    expect(
      within(northwind).getByRole('link', { name: 'Partners of Northwind Traders' }),
    ).toHaveAttribute('href', `/orgs/${NORTHWIND.id}/details`);

    const contoso = within(table()).getByRole('row', { name: /Contoso Ltd/ });
    expect(within(contoso).getByText('No partner')).toBeInTheDocument();
    const acme = within(table()).getByRole('row', { name: /Acme Partners/ });
    expect(within(acme).getByText('Partner')).toBeInTheDocument();
    expect(within(acme).getByText('North America')).toBeInTheDocument();
  });

  it('pages forward with the end cursor and back again', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api, {
      organizations: manyCustomers(45),
      links: [],
    });
    const { user } = renderApp('/orgs');

    await screen.findByRole('grid', { name: 'Organizations' });
    expect(rowNames()).toHaveLength(20);
    expect(rowNames()[0]).toBe('Customer 01');
    const pager = screen.getByRole('navigation', { name: 'Pages of organizations' });
    expect(pager).toHaveTextContent('1–20 of 45');
    expect(within(pager).getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    expect(await within(pager).findByText('21–40 of 45')).toBeInTheDocument();
    expect(rowNames()[0]).toBe('Customer 21');

    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    expect(await within(pager).findByText('41–45 of 45')).toBeInTheDocument();
    expect(rowNames()).toEqual([
      'Customer 41',
      'Customer 42',
      'Customer 43',
      'Customer 44',
      'Customer 45',
    ]);
    expect(within(pager).getByRole('button', { name: 'Next page' })).toBeDisabled();

    await user.click(within(pager).getByRole('button', { name: 'Previous page' }));
    expect(await within(pager).findByText('21–40 of 45')).toBeInTheDocument();
    expect(rowNames()[0]).toBe('Customer 21');

    // Each page was asked for once, after the last row of the page before it.
    expect(organizations.listRequests).toEqual([
      { first: 20, after: null },
      { first: 20, after: 'organization-customer-20' },
      { first: 20, after: 'organization-customer-40' },
    ]);
  });

  it('says so when there is no organization yet and offers to create the first', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    installFakeOrganizationsApi(api, { organizations: [], links: [] });
    renderApp('/orgs');

    expect(await screen.findByText('No organizations yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create the first organization' })).toBeVisible();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Pages of organizations' })).toBeNull();
  });

  it('explains a failed load and loads again on request', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    installFakeOrganizationsApi(api);
    server.use(
      graphql.query(OrganizationsPage_ListDocument, () => HttpResponse.error(), { once: true }),
    );
    const { user } = renderApp('/orgs');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Organizations could not be loaded');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('grid', { name: 'Organizations' })).toBeInTheDocument();
    expect(rowNames()).toContain('Northwind Traders');
  });

  it('lets vendor staff who are not administrators look, without creating or linking', async () => {
    const api = installFakePortalApi({ signedInAs: VICTOR });
    installFakeOrganizationsApi(api);
    renderApp('/orgs');

    await screen.findByRole('grid', { name: 'Organizations' });
    expect(screen.queryByRole('button', { name: 'Create organization' })).not.toBeInTheDocument();
    const northwind = within(table()).getByRole('row', { name: /Northwind Traders/ });
    expect(within(northwind).queryByRole('link', { name: /Partners of/ })).toBeNull();
    expect(
      within(northwind).getByRole('link', { name: 'Accounts of Northwind Traders' }),
    ).toBeVisible();
  });

  it('tells a customer’s administrator the list is for vendor staff, without asking for it', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    const organizations = installFakeOrganizationsApi(api);
    renderApp('/orgs');

    expect(
      await screen.findByText('Only the vendor’s staff can see every organization.'),
    ).toBeInTheDocument();
    expect(organizations.listRequests).toEqual([]);
  });
});
