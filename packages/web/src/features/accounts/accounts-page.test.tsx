import { screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { AccountsPage_ProfessionalsDocument } from '../../gql/graphql';
import {
  extraMembers,
  installFakeAccountsApi,
  northwindMembers,
  NORTHWIND,
} from '../../test/fake-accounts-api';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';

const ACCOUNTS = `/orgs/${NORTHWIND.id}/accounts`;

async function findTable() {
  return screen.findByRole('grid', { name: 'Professionals of Northwind Traders' });
}

/** The names in the table, top to bottom. */
function rowNames(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

// Whole journeys through the real route tree, typed key by key: slower than a unit under load.
jest.setTimeout(20_000);

describe('AccountsPage', () => {
  beforeEach(() => installFakePortalApi({ signedInAs: ANA }));

  it('lists the organization’s professionals with their e-mail, roles, status and last sign-in', async () => {
    installFakeAccountsApi();
    renderApp(ACCOUNTS);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Our accounts' }),
    ).toBeInTheDocument();
    const table = await findTable();
    expect(rowNames(table)).toEqual([
      'Chloé Dubois',
      'Farid Haddad',
      'Bruno Lemaire',
      'Eva Lindqvist',
      'Ana Moreau',
      'David Okafor',
      'Frank Weber',
    ]);
    const ana = within(table).getByRole('row', { name: /Ana Moreau/ });
    expect(within(ana).getByText('ana.moreau@northwind.example')).toBeInTheDocument();
    expect(within(ana).getByText('Administrator')).toBeInTheDocument();
    expect(within(ana).getByText('Active')).toBeInTheDocument();
    const frank = within(table).getByRole('row', { name: /Frank Weber/ });
    expect(within(frank).getByText('Billing contact')).toBeInTheDocument();
    const bruno = within(table).getByRole('row', { name: /Bruno Lemaire/ });
    expect(within(bruno).getByText('Invited')).toBeInTheDocument();
    expect(within(bruno).getByText('Never')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('7 professionals.');
  });

  it('searches as you type, asking the server once the typing pauses', async () => {
    const api = installFakeAccountsApi();
    const { user, router } = renderApp(ACCOUNTS);
    const table = await findTable();

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'weber');

    await waitFor(() => expect(rowNames(table)).toEqual(['Frank Weber']));
    const searches = api.professionalsRequests.map((request) => request.search ?? null);
    // Normally exactly [null, 'weber']; a loaded machine may pause mid-word past the debounce, so
    // what must hold is that the server saw the final text and not one request per keystroke.
    expect(searches[0]).toBeNull();
    expect(searches.at(-1)).toBe('weber');
    expect(searches.length).toBeLessThan(1 + 'weber'.length);
    expect(router.state.location.search).toBe('?q=weber');
    expect(screen.getByText('1 professional match.')).toBeInTheDocument();
  });

  it('filters by role and by status', async () => {
    const api = installFakeAccountsApi();
    const { user } = renderApp(ACCOUNTS);
    const table = await findTable();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'Administrator');
    await waitFor(() => expect(rowNames(table)).toEqual(['Farid Haddad', 'Ana Moreau']));
    expect(api.professionalsRequests.at(-1)).toMatchObject({ role: 'ADMINISTRATOR', status: null });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'All roles');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Invited');
    await waitFor(() => expect(rowNames(table)).toEqual(['Bruno Lemaire']));
    expect(api.professionalsRequests.at(-1)).toMatchObject({ role: null, status: 'INVITED' });
  });

  it('sorts on the server by the column header pressed, and the other way on a second press', async () => {
    const api = installFakeAccountsApi();
    const { user } = renderApp(ACCOUNTS);
    const table = await findTable();
    const nameHeader = within(table).getByRole('columnheader', { name: /Name/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');

    await user.click(within(table).getByRole('columnheader', { name: /Last sign-in/ }));
    await waitFor(() =>
      expect(api.professionalsRequests.at(-1)?.orderBy).toEqual({
        field: 'LAST_SIGN_IN',
        direction: 'ASC',
      }),
    );
    expect(within(table).getByRole('columnheader', { name: /Last sign-in/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await user.click(within(table).getByRole('columnheader', { name: /Last sign-in/ }));
    await waitFor(() =>
      expect(api.professionalsRequests.at(-1)?.orderBy).toEqual({
        field: 'LAST_SIGN_IN',
        direction: 'DESC',
      }),
    );
    // Ana signed in last; Bruno never did.
    await waitFor(() => expect(rowNames(table)[0]).toBe('Ana Moreau'));
    expect(rowNames(table).at(-1)).toBe('Bruno Lemaire');

    await user.click(within(table).getByRole('columnheader', { name: /E-mail/ }));
    await waitFor(() =>
      expect(api.professionalsRequests.at(-1)?.orderBy).toEqual({
        field: 'EMAIL',
        direction: 'ASC',
      }),
    );
    await waitFor(() => expect(rowNames(table)[0]).toBe('Ana Moreau'));
  });

  it('pages through a long list with Next and Previous, saying where the reader is', async () => {
    const api = installFakeAccountsApi({ members: [...northwindMembers(), ...extraMembers(25)] });
    const { user } = renderApp(ACCOUNTS);
    const table = await findTable();
    const pages = screen.getByRole('navigation', { name: 'Pages of professionals' });

    expect(within(pages).getByText('1–20 of 32')).toBeInTheDocument();
    expect(screen.getByText('20 of 32 professionals shown.')).toBeInTheDocument();
    expect(within(pages).getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await user.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(await within(pages).findByText('21–32 of 32')).toBeInTheDocument();
    expect(api.professionalsRequests.at(-1)).toMatchObject({ first: 20, after: 'cursor-19' });
    expect(rowNames(table)).toHaveLength(12);
    expect(within(pages).getByRole('button', { name: 'Next page' })).toBeDisabled();

    await user.click(within(pages).getByRole('button', { name: 'Previous page' }));
    expect(await within(pages).findByText('1–20 of 32')).toBeInTheDocument();
    expect(rowNames(table)[0]).toBe('Chloé Dubois');
  });

  it('says when nobody matches, and clears the search and filters in one go', async () => {
    installFakeAccountsApi();
    const { user } = renderApp(`${ACCOUNTS}?q=nobody-here&status=disabled`);

    expect(await screen.findByText('Nobody matches')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('nobody-here');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('DISABLED');

    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    const table = await findTable();
    expect(rowNames(table)).toHaveLength(7);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });

  it('says when the organization has nobody yet and offers to add the first one', async () => {
    installFakeAccountsApi({ members: [] });
    renderApp(ACCOUNTS);

    expect(await screen.findByText('No professionals yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add the first professional' })).toBeInTheDocument();
  });

  it('shows an error with a way to try again when the list cannot be loaded', async () => {
    installFakeAccountsApi();
    let failing = true;
    server.use(
      graphql.query(AccountsPage_ProfessionalsDocument, () =>
        failing ? HttpResponse.error() : undefined,
      ),
    );
    const { user } = renderApp(ACCOUNTS);

    expect(await screen.findByText('The professionals could not be loaded')).toBeInTheDocument();
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(rowNames(await findTable())).toHaveLength(7);
  });

  it('links each row to the professional’s page', async () => {
    installFakeAccountsApi();
    const { user, router } = renderApp(ACCOUNTS);
    const table = await findTable();

    await user.click(within(table).getByRole('link', { name: 'Frank Weber' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Frank Weber' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(
      `/orgs/${NORTHWIND.id}/professionals/professional-frank`,
    );
  });

  it('offers no way to add people to someone who may only look', async () => {
    installFakeAccountsApi({ viewerCanManage: false });
    renderApp(ACCOUNTS);

    await findTable();
    expect(screen.queryByRole('button', { name: 'Add professional' })).not.toBeInTheDocument();
  });

  it('says so when the organization in the address is not one the viewer may see', async () => {
    installFakeAccountsApi();
    renderApp('/orgs/organization-elsewhere/accounts');

    expect(await screen.findByText('This organization is not available')).toBeInTheDocument();
  });
});
