import { screen, waitFor, within } from '@testing-library/react';
import { installFakeAccountsApi, NORTHWIND } from '../../test/fake-accounts-api';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';

const ACCOUNTS = `/orgs/${NORTHWIND.id}/accounts`;

async function openDialog() {
  const view = renderApp(ACCOUNTS);
  await screen.findByRole('grid', { name: 'Professionals of Northwind Traders' });
  await view.user.click(screen.getByRole('button', { name: 'Add professional' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add professional' });
  return { ...view, dialog };
}

// Whole journeys through the real route tree, typed key by key: slower than a unit under load.
jest.setTimeout(20_000);

describe('AddProfessionalDialog', () => {
  beforeEach(() => installFakePortalApi({ signedInAs: ANA }));

  it('says what is missing before asking the server, and focuses the first field at fault', async () => {
    const api = installFakeAccountsApi();
    const { user, dialog } = await openDialog();

    await user.click(within(dialog).getByRole('button', { name: 'Add professional' }));

    const firstName = within(dialog).getByLabelText('First name');
    expect(firstName).toHaveAttribute('aria-invalid', 'true');
    expect(firstName).toHaveAccessibleDescription(/Enter a first name/);
    expect(firstName).toHaveFocus();
    expect(within(dialog).getByLabelText('Last name')).toHaveAccessibleDescription(
      /Enter a last name/,
    );
    expect(within(dialog).getByLabelText('E-mail')).toHaveAccessibleDescription(
      /Enter an e-mail address/,
    );
    expect(api.created).toEqual([]);

    // A field flagged once is re-checked while typing, so the message leaves as soon as it is right.
    await user.type(firstName, 'Grace');
    expect(firstName).not.toHaveAttribute('aria-invalid');
  });

  it('checks the e-mail address when the field is left', async () => {
    installFakeAccountsApi();
    const { user, dialog } = await openDialog();
    const email = within(dialog).getByLabelText('E-mail');

    await user.type(email, 'grace.hopper@');
    await user.tab();

    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(
      /Enter a valid e-mail address, like name@example.com/,
    );
  });

  it('shows the server’s answer on the field it names', async () => {
    const api = installFakeAccountsApi();
    const { user, dialog } = await openDialog();

    await user.type(within(dialog).getByLabelText('First name'), 'Frank');
    await user.type(within(dialog).getByLabelText('Last name'), 'Again');
    await user.type(within(dialog).getByLabelText('E-mail'), 'frank.weber@northwind.example');
    await user.click(within(dialog).getByRole('button', { name: 'Add professional' }));

    const email = within(dialog).getByLabelText('E-mail');
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(
      /frank.weber@northwind.example already belongs to a professional of Northwind Traders\. Use another address, or open their page instead\./,
    );
    expect(email).toHaveFocus();
    expect(api.created).toHaveLength(1);
    expect(screen.getByRole('dialog', { name: 'Add professional' })).toBeInTheDocument();
  });

  it('adds the professional with an invitation by default, confirms it, and shows them in the list', async () => {
    const api = installFakeAccountsApi();
    const { user, dialog } = await openDialog();

    expect(within(dialog).getByRole('checkbox', { name: 'Send invitation e-mail' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Administrator' })).not.toBeChecked();
    await user.type(within(dialog).getByLabelText('First name'), 'Grace');
    await user.type(within(dialog).getByLabelText('Last name'), 'Hopper');
    await user.type(within(dialog).getByLabelText('E-mail'), 'grace.hopper@northwind.example');
    await user.type(within(dialog).getByLabelText('Job title'), 'Engineer');
    await user.selectOptions(within(dialog).getByLabelText('Preferred language'), 'French');
    await user.click(within(dialog).getByRole('button', { name: 'Add professional' }));

    expect(
      await screen.findByText('Grace Hopper was added to Northwind Traders.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('An invitation e-mail is on its way to grace.hopper@northwind.example.'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Add professional' })).not.toBeInTheDocument(),
    );
    const table = screen.getByRole('grid', { name: 'Professionals of Northwind Traders' });
    expect(await within(table).findByRole('link', { name: 'Grace Hopper' })).toBeInTheDocument();
    expect(api.created).toEqual([
      {
        organizationId: NORTHWIND.id,
        firstName: 'Grace',
        lastName: 'Hopper',
        email: 'grace.hopper@northwind.example',
        phone: null,
        jobTitle: 'Engineer',
        preferredLanguage: 'fr',
        roles: [],
        sendInvitation: true,
      },
    ]);
  });

  it('adds an Administrator without an invitation when told so', async () => {
    const api = installFakeAccountsApi();
    const { user, dialog } = await openDialog();

    await user.type(within(dialog).getByLabelText('First name'), 'Alan');
    await user.type(within(dialog).getByLabelText('Last name'), 'Turing');
    await user.type(within(dialog).getByLabelText('E-mail'), 'alan.turing@northwind.example');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Administrator' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Send invitation e-mail' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add professional' }));

    expect(await screen.findByText(/No invitation was sent/)).toBeInTheDocument();
    expect(api.created[0]).toMatchObject({ roles: ['ADMINISTRATOR'], sendInvitation: false });
  });

  it('closes without adding anyone when cancelled', async () => {
    const api = installFakeAccountsApi();
    const { user, dialog } = await openDialog();

    await user.type(within(dialog).getByLabelText('First name'), 'Grace');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Add professional' })).not.toBeInTheDocument(),
    );
    expect(api.created).toEqual([]);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Add professional' })).toHaveFocus(),
    );
  });
});
