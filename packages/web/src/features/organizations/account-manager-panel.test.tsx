import { configure, screen, waitFor, within } from '@testing-library/react';
import { installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import {
  installFakeOrganizationsApi,
  NORTHWIND,
  OMAR,
  PRIYA,
  VENDOR_ORGANIZATION,
  VERA,
  VICTOR,
} from './fake-organizations-api';

// Each page is a lazy chunk that jest compiles on its first import, which can take longer than
// the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const panel = () => screen.getByRole('region', { name: 'Account manager' });
/** The name shown as the current account manager, not an option of the picker. */
const shownManager = () => panel().querySelector('.organization-page__person')?.textContent ?? null;

async function findPicker() {
  const pick = await screen.findByRole('combobox', { name: 'Account manager' });
  await waitFor(() => expect(pick).toBeEnabled());
  return pick;
}

describe('Account manager on the organization page', () => {
  it('lets a vendor administrator name one of the vendor’s reachable professionals', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api);
    const { user } = renderApp(`/orgs/${NORTHWIND.id}/details`);

    expect(
      await screen.findByText('No account manager is named for Northwind Traders.'),
    ).toBeInTheDocument();
    const pick = await findPicker();
    // Disabled people cannot be reached, so they are not offered.
    expect(
      within(pick)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['No account manager', 'Omar Haddad (Account Manager)', 'Priya Nair']);
    await user.selectOptions(pick, OMAR.id);
    await user.click(screen.getByRole('button', { name: 'Save account manager' }));

    expect(
      await screen.findByText('Omar Haddad now looks after Northwind Traders'),
    ).toBeInTheDocument();
    expect(organizations.accountManagerChanges).toEqual([
      { organizationId: NORTHWIND.id, professionalId: OMAR.id },
    ]);
    expect(shownManager()).toBe('Omar Haddad');
    expect(within(panel()).getByRole('link', { name: OMAR.email })).toHaveAttribute(
      'href',
      `mailto:${OMAR.email}`,
    );
    expect(within(panel()).getByText('+1 415 555 0142')).toBeInTheDocument();
    expect(
      screen.queryByText('No account manager is named for Northwind Traders.'),
    ).not.toBeInTheDocument();
  });

  it('finds, among more professionals than a list holds, the one to name by typing', async () => {
    const ZOE = {
      ...OMAR,
      id: 'professional-zoe',
      displayName: 'Zoe Zimmer',
      email: 'zoe.zimmer@foyer.example',
      jobTitle: 'Account Director',
    };
    const staff = Array.from({ length: 130 }, (_, index) => ({
      ...PRIYA,
      id: `professional-${index}`,
      displayName: `Staff Member ${index}`,
      email: `staff.${index}@foyer.example`,
    }));
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api, { vendorStaff: [...staff, ZOE] });
    const { user } = renderApp(`/orgs/${NORTHWIND.id}/details`);

    await user.click(await screen.findByRole('button', { name: /Account manager$/ }));
    const search = await screen.findByRole('searchbox', { name: 'Search by name or e-mail' });
    expect(
      screen.getByText('111 more: type more of a name or e-mail to narrow the list.'),
    ).toBeInTheDocument();
    await user.type(search, 'zoe');
    const list = screen.getByRole('listbox');
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['No account manager', 'Zoe Zimmer (Account Director)']),
    );
    expect(organizations.candidateSearches.at(-1)).toBe('zoe');
    await user.click(within(list).getByRole('option', { name: 'Zoe Zimmer (Account Director)' }));
    await user.click(screen.getByRole('button', { name: 'Save account manager' }));

    expect(
      await screen.findByText('Zoe Zimmer now looks after Northwind Traders'),
    ).toBeInTheDocument();
    expect(organizations.accountManagerChanges).toEqual([
      { organizationId: NORTHWIND.id, professionalId: ZOE.id },
    ]);
  });

  it('changes and clears the account manager', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api, {
      accountManagers: [[NORTHWIND.id, OMAR.id]],
    });
    const { user } = renderApp(`/orgs/${NORTHWIND.id}/details`);

    const pick = await findPicker();
    expect(pick).toHaveValue(OMAR.id);
    await user.selectOptions(pick, PRIYA.id);
    await user.click(screen.getByRole('button', { name: 'Save account manager' }));
    expect(
      await screen.findByText('Priya Nair now looks after Northwind Traders'),
    ).toBeInTheDocument();
    expect(shownManager()).toBe('Priya Nair');

    await user.selectOptions(pick, '');
    await user.click(screen.getByRole('button', { name: 'Save account manager' }));
    expect(
      await screen.findByText('Northwind Traders has no account manager now'),
    ).toBeInTheDocument();
    expect(
      within(panel()).getByText('No account manager is named for Northwind Traders.'),
    ).toBeInTheDocument();
    expect(organizations.accountManagerChanges).toEqual([
      { organizationId: NORTHWIND.id, professionalId: PRIYA.id },
      { organizationId: NORTHWIND.id, professionalId: null },
    ]);
  });

  it('shows the server’s refusal with its hint and keeps the current account manager', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    installFakeOrganizationsApi(api, {
      accountManagers: [[NORTHWIND.id, OMAR.id]],
      refuseSetAccountManagerWith: {
        code: 'VALIDATION_FAILED',
        message: 'Priya Nair’s access is disabled, so they cannot be the account manager.',
        hint: 'Pick someone whose access is active or invited, or restore theirs first.',
        field: 'professionalId',
      },
    });
    const { user } = renderApp(`/orgs/${NORTHWIND.id}/details`);

    await user.selectOptions(await findPicker(), PRIYA.id);
    await user.click(screen.getByRole('button', { name: 'Save account manager' }));

    const message = await screen.findByText(
      'Priya Nair’s access is disabled, so they cannot be the account manager.',
    );
    expect(message.closest('[aria-live]')).toHaveTextContent(
      'Pick someone whose access is active or invited, or restore theirs first.',
    );
    expect(shownManager()).toBe('Omar Haddad');
  });

  it('shows the account manager without a way to change it to vendor staff who are not administrators', async () => {
    const api = installFakePortalApi({ signedInAs: VICTOR });
    installFakeOrganizationsApi(api, { accountManagers: [[NORTHWIND.id, OMAR.id]] });
    renderApp(`/orgs/${NORTHWIND.id}/details`);

    await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' });
    expect(shownManager()).toBe('Omar Haddad');
    expect(screen.queryByRole('combobox', { name: 'Account manager' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save account manager' })).not.toBeInTheDocument();
  });

  it('has no account manager section on the vendor’s own page', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    installFakeOrganizationsApi(api);
    renderApp(`/orgs/${VENDOR_ORGANIZATION.id}/details`);

    await screen.findByRole('heading', { level: 1, name: 'Foyer Software' });
    expect(screen.getByRole('region', { name: 'Administrators' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Account manager' })).not.toBeInTheDocument();
  });
});
