import { configure, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import {
  ACME_PARTNERS,
  BLUE_RIVER,
  installFakeOrganizationsApi,
  manyCustomers,
  VENDOR_ORGANIZATION,
  VERA,
} from './fake-organizations-api';

// Each page is a lazy chunk that jest compiles on its first import, which can take longer than
// the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 });

async function openForm(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: 'Create organization' }));
  return screen.findByRole('dialog', { name: 'Create organization' });
}

/** The field labelled `label` inside the group (fieldset) named `group`. */
function field(dialog: HTMLElement, group: string, label: string | RegExp) {
  return within(within(dialog).getByRole('group', { name: group })).getByLabelText(label);
}

/** Puts `text` in the field at once: typing it key by key adds seconds and tests nothing more. */
async function enter(user: UserEvent, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

async function fillValidForm(user: UserEvent, dialog: HTMLElement) {
  await user.selectOptions(field(dialog, 'Organization', 'Region'), 'LATAM');
  await enter(user, field(dialog, 'Organization', 'Name'), 'Fabrikam Inc');
  await enter(user, field(dialog, 'Organization', /Account number/), 'FAB-300');
  await enter(user, field(dialog, 'Organization', /E-mail domain/), 'fabrikam.example');
  await enter(user, field(dialog, 'Administrator', 'First name'), 'Jonas');
  await enter(user, field(dialog, 'Administrator', 'Last name'), 'Berg');
  await enter(user, field(dialog, 'Administrator', 'E-mail'), 'jonas.berg@fabrikam.example');
}

const rowNames = () =>
  within(screen.getByRole('grid', { name: 'Organizations' }))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

// A dialog of many fields, filled as a person would: slower than most tests under a loaded runner.
jest.setTimeout(20_000);

describe('Create organization', () => {
  it('checks the fields before sending, says what is wrong and focuses the first problem', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api);
    const { user } = renderApp('/orgs');

    const dialog = await openForm(user);
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));

    const name = field(dialog, 'Organization', 'Name');
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Enter the organization’s name/);
    expect(field(dialog, 'Organization', /Account number/)).toHaveAccessibleDescription(
      /Use 2 to 40 letters, digits or dashes/,
    );
    expect(field(dialog, 'Organization', 'Region')).toHaveAccessibleDescription(
      'Choose the organization’s region.',
    );
    expect(field(dialog, 'Administrator', 'E-mail')).toHaveAccessibleDescription(
      /Enter a valid e-mail address/,
    );
    // Optional fields left empty are not problems.
    expect(field(dialog, 'Organization', /E-mail domain/)).not.toHaveAttribute('aria-invalid');
    expect(field(dialog, 'Administrator', /Phone/)).not.toHaveAttribute('aria-invalid');

    // A problem goes away as soon as the field is right.
    await user.type(name, 'Fabrikam Inc');
    expect(name).not.toHaveAttribute('aria-invalid');
    expect(organizations.created).toEqual([]);
  });

  it('checks a field when it is left, with the rule and an example', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    installFakeOrganizationsApi(api);
    const { user } = renderApp('/orgs');

    const dialog = await openForm(user);
    const accountNumber = field(dialog, 'Organization', /Account number/);
    await user.type(accountNumber, 'FAB 300!');
    await user.tab();

    expect(accountNumber).toHaveAttribute('aria-invalid', 'true');
    expect(accountNumber).toHaveAccessibleDescription(/It must start with a letter or a digit/);
    const domain = field(dialog, 'Organization', /E-mail domain/);
    await user.type(domain, 'https://fabrikam');
    await user.tab();
    expect(domain).toHaveAccessibleDescription(/Enter a domain such as example.com/);
  });

  it('shows the server’s refusal on the field it names and focuses it', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api, {
      refuseCreateWith: {
        code: 'ACCOUNT_NUMBER_TAKEN',
        message: 'Account number FAB-300 is already in use.',
        hint: 'Each organization needs its own account number.',
        field: 'accountNumber',
      },
    });
    const { user } = renderApp('/orgs');

    const dialog = await openForm(user);
    await fillValidForm(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));

    const accountNumber = field(dialog, 'Organization', /Account number/);
    await waitFor(() => expect(accountNumber).toHaveFocus());
    expect(accountNumber).toHaveAttribute('aria-invalid', 'true');
    expect(accountNumber).toHaveAccessibleDescription(
      /Account number FAB-300 is already in use\. Each organization needs its own account number\./,
    );
    expect(organizations.created).toHaveLength(1);
    expect(screen.getByRole('dialog', { name: 'Create organization' })).toBeInTheDocument();
  });

  it('puts a refusal about a contact on that contact’s field', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    installFakeOrganizationsApi(api, {
      refuseCreateWith: {
        code: 'VALIDATION_FAILED',
        message: 'Enter a valid e-mail address, like name@example.com.',
        hint: 'Correct the field and try again.',
        field: 'administrator.email',
      },
    });
    const { user } = renderApp('/orgs');

    const dialog = await openForm(user);
    await fillValidForm(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));

    const email = field(dialog, 'Administrator', 'E-mail');
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveAccessibleDescription(/Correct the field and try again\./);
  });

  it('shows a refusal that names no field above the buttons, keeping what was typed', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    installFakeOrganizationsApi(api, {
      refuseCreateWith: {
        code: 'INVALID_PARTNER_LINK',
        message: 'Acme Partners cannot serve Fabrikam Inc.',
        hint: 'Link a partner organization to a customer organization.',
        field: null,
      },
    });
    const { user } = renderApp('/orgs');

    const dialog = await openForm(user);
    await fillValidForm(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));

    const message = await within(dialog).findByText('Acme Partners cannot serve Fabrikam Inc.');
    expect(message.closest('[aria-live]')).toHaveTextContent(
      'Link a partner organization to a customer organization.',
    );
    expect(field(dialog, 'Organization', 'Name')).toHaveValue('Fabrikam Inc');
  });

  it('creates the organization, says so, and the list shows it', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api);
    const { user } = renderApp('/orgs');

    await screen.findByRole('grid', { name: 'Organizations' });
    expect(rowNames()).not.toContain('Fabrikam Inc');
    const dialog = await openForm(user);
    await fillValidForm(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));

    expect(await screen.findByText('Fabrikam Inc was created')).toBeInTheDocument();
    expect(screen.getByText(/Jonas Berg is its administrator/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Create organization' })).not.toBeInTheDocument();
    await waitFor(() => expect(rowNames()).toContain('Fabrikam Inc'));
    expect(screen.getByText('6 organizations: customers, partners and the vendor.')).toBeVisible();

    // The contacts left to the administrator are not sent: the server gives them the roles.
    expect(organizations.created).toEqual([
      {
        kind: 'CUSTOMER',
        name: 'Fabrikam Inc',
        accountNumber: 'FAB-300',
        region: 'LATAM',
        emailDomain: 'fabrikam.example',
        administrator: {
          firstName: 'Jonas',
          lastName: 'Berg',
          email: 'jonas.berg@fabrikam.example',
          jobTitle: null,
          phone: null,
        },
        servedByPartnerId: null,
      },
    ]);
  });

  it('sends a separate contact and the serving partner when they are given', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api);
    const { user } = renderApp('/orgs');

    const dialog = await openForm(user);
    await fillValidForm(user, dialog);
    const partner = field(dialog, 'Organization', /Served by partner/);
    await waitFor(() => expect(partner).toBeEnabled());
    // Only partners are offered.
    expect(
      within(partner)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['No partner', 'Acme Partners (ACME-7)', 'Blue River Resellers (BRR-12)']);
    await user.selectOptions(partner, ACME_PARTNERS.id);

    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Someone else is the Billing contact' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));
    // The contact's own fields are now required.
    const billingEmail = field(dialog, 'Billing contact', 'E-mail');
    await waitFor(() => expect(field(dialog, 'Billing contact', 'First name')).toHaveFocus());
    expect(billingEmail).toHaveAttribute('aria-invalid', 'true');
    expect(organizations.created).toEqual([]);

    await enter(user, field(dialog, 'Billing contact', 'First name'), 'Mia');
    await enter(user, field(dialog, 'Billing contact', 'Last name'), 'Kovač');
    await enter(user, billingEmail, 'mia.kovac@fabrikam.example');
    await enter(user, field(dialog, 'Billing contact', /Phone/), '+49 30 1234567');
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));

    expect(await screen.findByText('Fabrikam Inc was created')).toBeInTheDocument();
    expect(organizations.created).toHaveLength(1);
    expect(organizations.created[0]).toMatchObject({
      servedByPartnerId: ACME_PARTNERS.id,
      billingContact: {
        firstName: 'Mia',
        lastName: 'Kovač',
        email: 'mia.kovac@fabrikam.example',
        phone: '+49 30 1234567',
        jobTitle: null,
      },
    });
    expect(organizations.created[0]).not.toHaveProperty('customerCareContact');
    expect(organizations.created[0]).not.toHaveProperty('shippingContact');
    // The new customer is listed as served by its partner.
    const row = await screen.findByRole('row', { name: /Fabrikam Inc/ });
    expect(within(row).getByText('Acme Partners')).toBeInTheDocument();
  });

  it('offers the partners from one request for partners, however many customers there are', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api, {
      organizations: [VENDOR_ORGANIZATION, ACME_PARTNERS, BLUE_RIVER, ...manyCustomers(250)],
    });
    const { user } = renderApp('/orgs');

    const dialog = await openForm(user);
    const partner = field(dialog, 'Organization', /Served by partner/);
    await waitFor(() => expect(partner).toBeEnabled());
    expect(
      within(partner)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['No partner', 'Acme Partners (ACME-7)', 'Blue River Resellers (BRR-12)']);
    expect(organizations.kindRequests).toEqual([{ kinds: ['PARTNER'], name: null, first: 100 }]);
  });

  it('finds the serving partner by name when there are more partners than a select holds', async () => {
    const partners = manyCustomers(120).map((organization, index) => ({
      ...organization,
      id: `organization-partner-${index + 1}`,
      name: `Partner ${index + 1}`,
      kind: 'PARTNER' as const,
      accountNumber: `P-${index + 1}`,
    }));
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api, {
      organizations: [VENDOR_ORGANIZATION, ...partners],
      links: [],
    });
    const { user } = renderApp('/orgs');

    const dialog = await openForm(user);
    await fillValidForm(user, dialog);
    const trigger = await within(dialog).findByRole('button', { name: /Served by partner$/ });
    expect(trigger).toHaveTextContent('No partner');
    await user.click(trigger);
    await user.type(await screen.findByRole('searchbox', { name: 'Search by name' }), '117');
    const list = screen.getByRole('listbox');
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['No partner', 'Partner 117 (P-117)']),
    );
    await user.click(within(list).getByRole('option', { name: 'Partner 117 (P-117)' }));
    await waitFor(() => expect(trigger).toHaveTextContent('Partner 117 (P-117)'));
    await user.click(within(dialog).getByRole('button', { name: 'Create organization' }));

    expect(await screen.findByText('Fabrikam Inc was created')).toBeInTheDocument();
    expect(organizations.created[0]).toMatchObject({
      servedByPartnerId: 'organization-partner-117',
    });
    for (const request of organizations.kindRequests) {
      expect(request.kinds).toEqual(['PARTNER']);
      expect(request.first).toBeLessThanOrEqual(100);
    }
  });

  it('does not offer a serving partner for a partner, and Cancel or Escape creates nothing', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api);
    const { user } = renderApp('/orgs');

    const dialog = await openForm(user);
    // The vendor's own organization exists from the first start; there is only one.
    const kind = field(dialog, 'Organization', 'Kind') as HTMLSelectElement;
    expect(Array.from(kind.options, (option) => option.text)).toEqual(['Customer', 'Partner']);
    await user.selectOptions(kind, 'PARTNER');
    expect(within(dialog).queryByLabelText(/Served by partner/)).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Create organization' })).not.toBeInTheDocument(),
    );
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Create organization' })).toHaveFocus(),
    );

    // Escape closes it too, as it closes any dialog.
    await openForm(user);
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Create organization' })).not.toBeInTheDocument(),
    );
    expect(organizations.created).toEqual([]);
  });
});
