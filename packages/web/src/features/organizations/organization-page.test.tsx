import { configure, screen, waitFor, within } from '@testing-library/react';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import {
  ACME_PARTNERS,
  BLUE_RIVER,
  CONTOSO,
  installFakeOrganizationsApi,
  manyCustomers,
  NORTHWIND,
  VENDOR_ORGANIZATION,
  VERA,
  VICTOR,
} from './fake-organizations-api';

// Each page is a lazy chunk that jest compiles on its first import, which can take longer than
// the default second on a busy machine.
configure({ asyncUtilTimeout: 5000 });

const listed = (heading: string) =>
  within(screen.getByRole('list', { name: heading }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.partner-links__name')?.textContent);

/** The confirmation's modal, whether the kit draws it as a dialog or an alert dialog. */
function findQuestion(name: string) {
  return waitFor(() => {
    const found = [
      ...screen.queryAllByRole('dialog', { name }),
      ...screen.queryAllByRole('alertdialog', { name }),
    ];
    expect(found).toHaveLength(1);
    return found[0];
  });
}

const QUESTION = 'Stop Acme Partners serving Northwind Traders?';

describe('OrganizationPage', () => {
  it('shows the organization’s details, administrators and links to its accounts and audit log', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    installFakeOrganizationsApi(api);
    renderApp(`/orgs/${NORTHWIND.id}/details`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' }),
    ).toBeVisible();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('NW-10442')).toBeInTheDocument();
    expect(within(details).getByText('northwind.example')).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: 'Accounts' })).toHaveAttribute(
      'href',
      `/orgs/${NORTHWIND.id}/accounts`,
    );
    expect(within(details).getByRole('link', { name: 'Audit log' })).toHaveAttribute(
      'href',
      `/orgs/${NORTHWIND.id}/audit`,
    );
    const administrators = screen.getByRole('region', { name: 'Administrators' });
    expect(within(administrators).getByText('Admin of Northwind Traders')).toBeInTheDocument();
    expect(listed('Partners serving Northwind Traders')).toEqual(['Acme Partners']);
  });

  it('links a partner to a customer and lists it at once', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api);
    const { user } = renderApp(`/orgs/${NORTHWIND.id}/details`);

    const pick = await screen.findByRole('combobox', { name: 'Partner to link' });
    await waitFor(() => expect(pick).toBeEnabled());
    // Partners already serving the customer, and organizations that are not partners, are not offered.
    expect(
      within(pick)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose a partner', 'Blue River Resellers (BRR-12)']);
    await user.selectOptions(pick, BLUE_RIVER.id);
    await user.click(screen.getByRole('button', { name: 'Link partner' }));

    expect(
      await screen.findByText('Blue River Resellers now serves Northwind Traders'),
    ).toBeInTheDocument();
    expect(listed('Partners serving Northwind Traders')).toEqual([
      'Acme Partners',
      'Blue River Resellers',
    ]);
    expect(organizations.linked).toEqual([{ partnerId: BLUE_RIVER.id, customerId: NORTHWIND.id }]);
    // Both partners now serve Northwind: there is nobody left to offer.
    expect(
      screen.getByText('Every partner on Foyer already serves this customer.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Partner to link' })).not.toBeInTheDocument();
  });

  it('asks for a partner before linking', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api);
    const { user } = renderApp(`/orgs/${NORTHWIND.id}/details`);

    const pick = await screen.findByRole('combobox', { name: 'Partner to link' });
    await waitFor(() => expect(pick).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Link partner' }));

    expect(pick).toHaveFocus();
    expect(pick).toHaveAccessibleDescription('Choose the partner to link.');
    expect(organizations.linked).toEqual([]);
  });

  it('links a customer from the partner’s page', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api);
    const { user } = renderApp(`/orgs/${ACME_PARTNERS.id}/details`);

    const pick = await screen.findByRole('combobox', { name: 'Customer to link' });
    await waitFor(() => expect(pick).toBeEnabled());
    expect(listed('Customers served by Acme Partners')).toEqual(['Northwind Traders']);
    await user.selectOptions(pick, CONTOSO.id);
    await user.click(screen.getByRole('button', { name: 'Link customer' }));

    expect(await screen.findByText('Acme Partners now serves Contoso Ltd')).toBeInTheDocument();
    await waitFor(() =>
      expect(listed('Customers served by Acme Partners')).toEqual([
        'Contoso Ltd',
        'Northwind Traders',
      ]),
    );
    expect(organizations.linked).toEqual([{ partnerId: ACME_PARTNERS.id, customerId: CONTOSO.id }]);
  });

  it('unlinks a partner once confirmed, and keeps it when the question is declined', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api);
    const { user } = renderApp(`/orgs/${NORTHWIND.id}/details`);

    await user.click(await screen.findByRole('button', { name: 'Unlink Acme Partners' }));
    let question = await findQuestion(QUESTION);
    expect(question).toHaveTextContent(
      'Acme Partners’s administrators will no longer be able to manage Northwind Traders’s people.',
    );
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: QUESTION })).not.toBeInTheDocument(),
    );
    expect(organizations.unlinked).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Unlink Acme Partners' }));
    question = await findQuestion(QUESTION);
    await user.click(within(question).getByRole('button', { name: 'Confirm' }));

    expect(
      await screen.findByText('Acme Partners no longer serves Northwind Traders'),
    ).toBeInTheDocument();
    expect(screen.getByText('No partner serves this customer.')).toBeInTheDocument();
    expect(organizations.unlinked).toEqual([
      { partnerId: ACME_PARTNERS.id, customerId: NORTHWIND.id },
    ]);
  });

  it('asks the server for partners only, however many customers there are', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api, {
      organizations: [VENDOR_ORGANIZATION, ACME_PARTNERS, BLUE_RIVER, ...manyCustomers(250)],
      links: [[ACME_PARTNERS.id, 'organization-customer-07']],
    });
    renderApp(`/orgs/organization-customer-07/details`);

    const pick = await screen.findByRole('combobox', { name: 'Partner to link' });
    await waitFor(() => expect(pick).toBeEnabled());
    // A few partners stay a plain select, filled by one request for partners.
    expect(
      within(pick)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Choose a partner', 'Blue River Resellers (BRR-12)']);
    expect(organizations.kindRequests).toEqual([{ kinds: ['PARTNER'], name: null, first: 100 }]);
  });

  it('links a customer past the first hundred by typing part of its name', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    const organizations = installFakeOrganizationsApi(api, {
      organizations: [VENDOR_ORGANIZATION, ACME_PARTNERS, BLUE_RIVER, ...manyCustomers(150)],
      links: [[ACME_PARTNERS.id, 'organization-customer-141']],
    });
    const { user } = renderApp(`/orgs/${ACME_PARTNERS.id}/details`);

    // Too many customers for a select: nothing chosen yet is refused, at the picker.
    const trigger = await screen.findByRole('button', { name: /Customer to link$/ });
    await user.click(screen.getByRole('button', { name: 'Link customer' }));
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAccessibleDescription('Choose the customer to link.');

    await user.keyboard('{Enter}');
    const search = await screen.findByRole('searchbox', { name: 'Search by name' });
    expect(search).toHaveFocus();
    await user.type(search, '14');
    const list = screen.getByRole('listbox');
    // The customer it already serves is not offered again.
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual([
        'Customer 114 (C-114)',
        'Customer 14 (C-14)',
        'Customer 140 (C-140)',
        'Customer 142 (C-142)',
        'Customer 143 (C-143)',
        'Customer 144 (C-144)',
        'Customer 145 (C-145)',
        'Customer 146 (C-146)',
        'Customer 147 (C-147)',
        'Customer 148 (C-148)',
        'Customer 149 (C-149)',
      ]),
    );
    // Typing puts the first match in focus; three steps down is Customer 142.
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() => expect(trigger).toHaveTextContent('Customer 142 (C-142)'));
    await user.click(screen.getByRole('button', { name: 'Link customer' }));

    expect(await screen.findByText('Acme Partners now serves Customer 142')).toBeInTheDocument();
    expect(organizations.linked).toEqual([
      { partnerId: ACME_PARTNERS.id, customerId: 'organization-customer-142' },
    ]);
    // Customers only, and never more than a page at a time.
    expect(organizations.kindRequests.length).toBeGreaterThan(1);
    for (const request of organizations.kindRequests) {
      expect(request.kinds).toEqual(['CUSTOMER']);
      expect(request.first).toBeLessThanOrEqual(100);
    }
    expect(organizations.kindRequests.at(-1)).toMatchObject({ name: '14' });
  });

  it('shows the server’s refusal with its hint', async () => {
    const api = installFakePortalApi({ signedInAs: VERA });
    installFakeOrganizationsApi(api, {
      refuseLinkWith: {
        code: 'INVALID_PARTNER_LINK',
        message: 'Blue River Resellers cannot serve Northwind Traders.',
        hint: 'Link a partner organization to a customer organization.',
      },
    });
    const { user } = renderApp(`/orgs/${NORTHWIND.id}/details`);

    const pick = await screen.findByRole('combobox', { name: 'Partner to link' });
    await waitFor(() => expect(pick).toBeEnabled());
    await user.selectOptions(pick, BLUE_RIVER.id);
    await user.click(screen.getByRole('button', { name: 'Link partner' }));

    const message = await screen.findByText('Blue River Resellers cannot serve Northwind Traders.');
    expect(message.closest('[aria-live]')).toHaveTextContent(
      'Link a partner organization to a customer organization.',
    );
    expect(listed('Partners serving Northwind Traders')).toEqual(['Acme Partners']);
  });

  it('shows the links without changing them to vendor staff who are not administrators', async () => {
    const api = installFakePortalApi({ signedInAs: VICTOR });
    installFakeOrganizationsApi(api);
    renderApp(`/orgs/${NORTHWIND.id}/details`);

    await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' });
    expect(listed('Partners serving Northwind Traders')).toEqual(['Acme Partners']);
    expect(screen.queryByRole('button', { name: /Unlink/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Partner to link' })).not.toBeInTheDocument();
  });

  it('says plainly when the organization does not exist or is not visible', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    installFakeOrganizationsApi(api);
    renderApp(`/orgs/${CONTOSO.id}/details`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Organization not found' }),
    ).toBeVisible();
    expect(
      screen.getByText('There is no organization at this address, or it is not one you can see.'),
    ).toBeInTheDocument();
  });
});
