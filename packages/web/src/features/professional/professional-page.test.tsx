import { screen, waitFor, within } from '@testing-library/react';
import { graphql } from 'msw';
import {
  RemovalPanel_SetStatusDocument,
  RolesPanel_RevokeAdministratorDocument,
} from '../../gql/graphql';
import { server } from '../../test/msw-server';
import {
  installFakeAccountsApi,
  northwindMembers,
  NORTHWIND,
  type FakeMember,
} from '../../test/fake-accounts-api';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';

function pageOf(id: string) {
  return `/orgs/${NORTHWIND.id}/professionals/${id}`;
}

async function openPage(id: string, name: string) {
  const view = renderApp(pageOf(id));
  await screen.findByRole('heading', { level: 1, name });
  return view;
}

/** Northwind with one change to one person. */
function withMember(id: string, change: Partial<FakeMember>): FakeMember[] {
  return northwindMembers().map((m) => (m.id === id ? { ...m, ...change } : m));
}

function section(name: string) {
  return screen.getByRole('region', { name });
}

// Whole journeys through the real route tree, typed key by key: slower than a unit under load.
jest.setTimeout(20_000);

describe('ProfessionalPage', () => {
  beforeEach(() => installFakePortalApi({ signedInAs: ANA }));

  it('shows the professional’s details, roles and invitation', async () => {
    installFakeAccountsApi();
    await openPage('professional-frank', 'Frank Weber');

    const details = section('Details');
    expect(within(details).getByText('frank.weber@northwind.example')).toBeInTheDocument();
    expect(within(details).getByText('+44 20 7946 0000')).toBeInTheDocument();
    expect(within(details).getByText('Accountant')).toBeInTheDocument();
    expect(within(details).getByText('English')).toBeInTheDocument();
    expect(
      within(section('Roles')).getByRole('list', { name: 'Roles of Frank Weber' }),
    ).toHaveTextContent('Billing contact');
    expect(within(section('Invitation')).getByText('Accepted')).toBeInTheDocument();
    expect(within(section('Invitation')).queryByRole('button')).not.toBeInTheDocument();
  });

  describe('before anyone clicks, every action the rules block is disabled with the reason and the fix', () => {
    it('Delete, for an Administrator', async () => {
      installFakeAccountsApi();
      await openPage('professional-farid', 'Farid Haddad');

      const remove = section('Access and removal');
      const deleteButton = within(remove).getByRole('button', { name: 'Delete' });
      expect(deleteButton).toBeDisabled();
      expect(deleteButton).toHaveAccessibleDescription(
        'Farid Haddad is an Administrator and cannot be deleted. Make sure another professional is Administrator, then revoke Administrator from Farid Haddad first.',
      );
      // The fix is right there: there are two administrators, so revoking is allowed.
      expect(
        within(section('Roles')).getByRole('button', { name: 'Revoke administrator' }),
      ).toBeEnabled();
    });

    it('Delete, for the holder of a contact role, with the hand-over offered beside the reason', async () => {
      installFakeAccountsApi();
      const { user } = await openPage('professional-frank', 'Frank Weber');

      const remove = section('Access and removal');
      const deleteButton = within(remove).getByRole('button', { name: 'Delete' });
      expect(deleteButton).toBeDisabled();
      // Said once on the page, beside Delete, with the way out.
      const reason = screen.getByText(
        'Frank Weber holds Billing contact: hand it to someone else first.',
      );
      expect(reason.closest('li')).toContainElement(
        within(remove).getByRole('button', { name: 'Hand over Billing contact' }),
      );
      expect(deleteButton).toHaveAccessibleDescription(
        /Hand Billing contact to another professional, then delete Frank Weber\./,
      );

      await user.click(within(remove).getByRole('button', { name: 'Hand over Billing contact' }));
      expect(
        await screen.findByRole('dialog', { name: 'Hand over Billing contact' }),
      ).toBeInTheDocument();
    });

    it('Disable, for the holder of a contact role', async () => {
      installFakeAccountsApi();
      await openPage('professional-frank', 'Frank Weber');

      const disable = within(section('Access and removal')).getByRole('button', {
        name: 'Disable',
      });
      expect(disable).toBeDisabled();
      // The reason itself is stated beside Delete; here, what to do for disabling.
      expect(disable).toHaveAccessibleDescription(
        'Hand Billing contact to another professional, then disable Frank Weber.',
      );
    });

    it('Revoke administrator and Disable, for the last active Administrator', async () => {
      // Farid is an Administrator too, but disabled: he does not count.
      installFakeAccountsApi({ members: withMember('professional-farid', { status: 'DISABLED' }) });
      const { user } = await openPage(ANA.viewer.id, 'Ana Moreau');

      const roles = section('Roles');
      const revoke = within(roles).getByRole('button', { name: 'Revoke administrator' });
      expect(revoke).toBeDisabled();
      expect(revoke).toHaveAccessibleDescription(
        'Ana Moreau is the only active Administrator of this organization. Make another active professional Administrator first, then revoke it from Ana Moreau.',
      );
      const disable = within(section('Access and removal')).getByRole('button', {
        name: 'Disable',
      });
      expect(disable).toBeDisabled();
      expect(disable).toHaveAccessibleDescription(
        'Make another active professional Administrator first, then disable Ana Moreau.',
      );
      expect(
        screen.getAllByText('Ana Moreau is the only active Administrator of this organization.'),
      ).toHaveLength(1);

      await user.click(
        within(roles).getByRole('button', { name: 'Make another professional Administrator' }),
      );
      const dialog = await screen.findByRole('dialog', {
        name: 'Make another professional Administrator',
      });
      const picker = within(dialog).getByRole('listbox', { name: 'Make Administrator' });
      const ana = await within(picker).findByRole('option', { name: /^Ana Moreau/ });
      expect(ana).toHaveAttribute('aria-disabled', 'true');
      expect(ana).toHaveAccessibleName('Ana Moreau Ana Moreau already holds Administrator.');
    });

    it('Make administrator, for someone disabled', async () => {
      installFakeAccountsApi();
      await openPage('professional-eva', 'Eva Lindqvist');

      const grant = within(section('Roles')).getByRole('button', { name: 'Make administrator' });
      expect(grant).toBeDisabled();
      expect(grant).toHaveAccessibleDescription(
        'Eva Lindqvist is disabled and cannot take Administrator. Re-activate Eva Lindqvist first, or choose another professional.',
      );
    });

    it('handing over to someone disabled or to the current holder', async () => {
      installFakeAccountsApi();
      const { user } = await openPage('professional-frank', 'Frank Weber');

      await user.click(screen.getByRole('button', { name: 'Hand over Billing contact' }));
      const dialog = await screen.findByRole('dialog', { name: 'Hand over Billing contact' });
      const picker = within(dialog).getByRole('listbox', { name: 'Hand Billing contact to' });

      const frank = await within(picker).findByRole('option', { name: /^Frank Weber/ });
      expect(frank).toHaveAttribute('aria-disabled', 'true');
      expect(frank).toHaveTextContent('Frank Weber already holds Billing contact.');
      const eva = within(picker).getByRole('option', { name: /^Eva Lindqvist/ });
      expect(eva).toHaveAttribute('aria-disabled', 'true');
      expect(eva).toHaveTextContent('Eva Lindqvist is disabled and cannot take Billing contact.');
      const chloe = within(picker).getByRole('option', { name: /^Chloé Dubois/ });
      expect(chloe).not.toHaveAttribute('aria-disabled');
      expect(chloe).toHaveAccessibleName('Chloé Dubois chloe.dubois@northwind.example');

      const confirm = within(dialog).getByRole('button', { name: 'Confirm' });
      expect(confirm).toBeDisabled();
      await user.click(eva);
      expect(confirm).toBeDisabled();
      await user.click(chloe);
      expect(chloe).toHaveAttribute('aria-selected', 'true');
      expect(confirm).toBeEnabled();
    });
  });

  it('hands a contact role over, then lets the former holder be deleted', async () => {
    const api = installFakeAccountsApi();
    const { user, router } = await openPage('professional-frank', 'Frank Weber');

    await user.click(screen.getByRole('button', { name: 'Hand over Billing contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hand over Billing contact' });
    await user.type(
      within(dialog).getByRole('searchbox', { name: 'Search professionals' }),
      'chlo',
    );
    const picker = within(dialog).getByRole('listbox', { name: 'Hand Billing contact to' });
    await waitFor(() =>
      expect(
        within(picker)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Chloé Dubois chloe.dubois@northwind.example']),
    );
    expect(api.candidateSearches.at(-1)).toBe('chlo');
    await user.click(within(picker).getByRole('option', { name: /^Chloé Dubois/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(
      await screen.findByText('Billing contact handed over to Chloé Dubois.'),
    ).toBeInTheDocument();
    // The button that opened the dialog has gone with its reason: focus lands on the heading.
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Frank Weber' })).toHaveFocus(),
    );
    expect(api.transfers).toEqual([
      { role: 'BILLING_CONTACT', toProfessionalId: 'professional-chloe' },
    ]);
    const remove = section('Access and removal');
    const deleteButton = await within(remove).findByRole('button', { name: 'Delete' });
    await waitFor(() => expect(deleteButton).toBeEnabled());
    expect(within(remove).queryByText(/holds Billing contact/)).not.toBeInTheDocument();
    expect(within(section('Roles')).getByText('No roles')).toBeInTheDocument();

    await user.click(deleteButton);
    const confirmDialog = await screen.findByRole('dialog', { name: 'Delete Frank Weber?' });
    await user.click(within(confirmDialog).getByRole('button', { name: 'Confirm' }));

    expect(
      await screen.findByText('Frank Weber was deleted from Northwind Traders.'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/orgs/${NORTHWIND.id}/accounts`),
    );
    const table = await screen.findByRole('grid', { name: 'Professionals of Northwind Traders' });
    await waitFor(() =>
      expect(within(table).queryByRole('link', { name: 'Frank Weber' })).not.toBeInTheDocument(),
    );
    expect(api.deleted).toEqual(['professional-frank']);
  });

  it('shows the server’s refusal, and the new reason, when the state changed since the page loaded', async () => {
    const api = installFakeAccountsApi();
    const { user } = await openPage('professional-bruno', 'Bruno Lemaire');
    const remove = section('Access and removal');
    expect(within(remove).getByRole('button', { name: 'Delete' })).toBeEnabled();

    // Meanwhile, in another tab, Billing contact was handed to Bruno.
    const bruno = api.members.find((m) => m.id === 'professional-bruno')!;
    const frank = api.members.find((m) => m.id === 'professional-frank')!;
    frank.roles = [];
    bruno.roles = ['BILLING_CONTACT'];

    await user.click(within(remove).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Bruno Lemaire?' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    const refusal = await within(dialog).findByRole('alert');
    expect(refusal).toHaveTextContent(
      'Bruno Lemaire holds Billing contact: hand it to someone else first.',
    );
    expect(refusal).toHaveTextContent(
      'Hand Billing contact to another professional, then delete Bruno Lemaire.',
    );
    expect(within(dialog).queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument();
    expect(api.deleted).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    // The page has been reloaded behind the dialog: the button now says why, before any click.
    const deleteButton = within(section('Access and removal')).getByRole('button', {
      name: 'Delete',
    });
    await waitFor(() => expect(deleteButton).toBeDisabled());
    expect(screen.getByRole('button', { name: 'Hand over Billing contact' })).toBeInTheDocument();
  });

  it('shows the server’s refusal when the other Administrator lost the role meanwhile', async () => {
    const api = installFakeAccountsApi();
    const { user } = await openPage(ANA.viewer.id, 'Ana Moreau');

    api.members.find((m) => m.id === 'professional-farid')!.roles = [];
    await user.click(
      within(section('Roles')).getByRole('button', { name: 'Revoke administrator' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Revoke Administrator from Ana Moreau?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Ana Moreau is the only active Administrator of this organization.',
    );
    expect(api.revokedAdministrators).toEqual([]);
  });

  it('makes someone an Administrator and revokes it again', async () => {
    const api = installFakeAccountsApi();
    const { user } = await openPage('professional-david', 'David Okafor');
    const roles = section('Roles');

    await user.click(within(roles).getByRole('button', { name: 'Make administrator' }));
    let dialog = await screen.findByRole('dialog', { name: 'Make David Okafor an Administrator?' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('David Okafor is now an Administrator.')).toBeInTheDocument();
    expect(within(roles).getByRole('list', { name: 'Roles of David Okafor' })).toHaveTextContent(
      'Administrator',
    );

    await user.click(await within(roles).findByRole('button', { name: 'Revoke administrator' }));
    dialog = await screen.findByRole('dialog', { name: 'Revoke Administrator from David Okafor?' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(
      await screen.findByText('David Okafor is no longer an Administrator.'),
    ).toBeInTheDocument();
    expect(api.revokedAdministrators).toEqual(['professional-david']);
    expect(await within(roles).findByRole('button', { name: 'Make administrator' })).toBeEnabled();
  });

  it('takes the administrators’ pages out of the navigation once the viewer revokes their own Administrator role', async () => {
    const portal = installFakePortalApi({ signedInAs: ANA });
    installFakeAccountsApi();
    // The session follows the change, as the server's does: Ana is no longer an Administrator.
    server.use(
      graphql.mutation(RolesPanel_RevokeAdministratorDocument, () => {
        portal.session = { ...ANA, viewer: { ...ANA.viewer, roles: [] } };
      }),
    );
    const { user } = await openPage(ANA.viewer.id, 'Ana Moreau');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Our accounts' })).toBeInTheDocument();

    await user.click(
      within(section('Roles')).getByRole('button', { name: 'Revoke administrator' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Revoke Administrator from Ana Moreau?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(
      await screen.findByText('Ana Moreau is no longer an Administrator.'),
    ).toBeInTheDocument();

    await waitFor(() =>
      expect(within(nav).queryByRole('link', { name: 'Our accounts' })).not.toBeInTheDocument(),
    );
    expect(within(nav).queryByRole('link', { name: 'Access requests' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Audit log' })).not.toBeInTheDocument();
  });

  it('sends administrators who disable their own access to the sign-in page', async () => {
    const portal = installFakePortalApi({ signedInAs: ANA });
    installFakeAccountsApi();
    // As on the server: the session of someone disabled signs nobody in.
    server.use(
      graphql.mutation(RemovalPanel_SetStatusDocument, () => {
        portal.session = null;
      }),
    );
    const { user, router } = await openPage(ANA.viewer.id, 'Ana Moreau');

    await user.click(
      within(section('Access and removal')).getByRole('button', { name: 'Disable' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Disable Ana Moreau?' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
  });

  it('re-sends and revokes a pending invitation', async () => {
    const api = installFakeAccountsApi();
    const { user } = await openPage('professional-bruno', 'Bruno Lemaire');
    const invitation = section('Invitation');
    expect(within(invitation).getByText('Pending')).toBeInTheDocument();
    expect(within(invitation).getByText('Link expires')).toBeInTheDocument();

    await user.click(within(invitation).getByRole('button', { name: 'Resend invitation' }));
    expect(
      await screen.findByText('A new invitation is on its way to bruno.lemaire@northwind.example.'),
    ).toBeInTheDocument();
    expect(api.resent).toEqual(['professional-bruno']);
    // Sent again just now, with a new expiry.
    await waitFor(() =>
      expect(invitation.querySelector('time[datetime="2030-03-03T10:00:00.000Z"]')).not.toBeNull(),
    );
    expect(invitation.querySelector('time[datetime="2030-03-17T10:00:00.000Z"]')).not.toBeNull();

    await user.click(within(invitation).getByRole('button', { name: 'Revoke invitation' }));
    expect(
      await screen.findByText('Bruno Lemaire’s invitation link no longer works.'),
    ).toBeInTheDocument();
    expect(await within(invitation).findByText('Revoked')).toBeInTheDocument();
    expect(
      within(invitation).queryByRole('button', { name: 'Revoke invitation' }),
    ).not.toBeInTheDocument();
    expect(
      within(invitation).getByRole('button', { name: 'Resend invitation' }),
    ).toBeInTheDocument();
    expect(api.revokedInvitations).toEqual(['professional-bruno']);
  });

  it('shows why the server would not re-send an invitation', async () => {
    const api = installFakeAccountsApi();
    const { user } = await openPage('professional-bruno', 'Bruno Lemaire');

    // Bruno accepted the invitation in the meantime.
    api.members.find((m) => m.id === 'professional-bruno')!.status = 'ACTIVE';
    await user.click(
      within(section('Invitation')).getByRole('button', { name: 'Resend invitation' }),
    );

    expect(await within(section('Invitation')).findByRole('alert')).toHaveTextContent(
      'Bruno Lemaire has already joined; there is no invitation to re-send.',
    );
    expect(api.resent).toEqual([]);
  });

  it('edits the details, sending only what changed', async () => {
    const api = installFakeAccountsApi();
    const { user } = await openPage('professional-frank', 'Frank Weber');
    const details = section('Details');

    await user.click(within(details).getByRole('button', { name: 'Edit details' }));
    const jobTitle = within(details).getByLabelText('Job title');
    await user.clear(jobTitle);
    await user.type(jobTitle, 'Head of accounts');
    await user.clear(within(details).getByLabelText('Phone'));
    await user.click(within(details).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Frank Weber’s details were saved.')).toBeInTheDocument();
    expect(api.updates).toEqual([
      { id: 'professional-frank', jobTitle: 'Head of accounts', phone: '' },
    ]);
    expect(await within(details).findByText('Head of accounts')).toBeInTheDocument();
    expect(within(details).getByText('Not given')).toBeInTheDocument();
    expect(within(details).getByRole('button', { name: 'Edit details' })).toBeInTheDocument();
  });

  it('shows the server’s answer on the field it names when an edit is refused', async () => {
    installFakeAccountsApi();
    const { user } = await openPage('professional-frank', 'Frank Weber');
    const details = section('Details');

    await user.click(within(details).getByRole('button', { name: 'Edit details' }));
    const email = within(details).getByLabelText('E-mail');
    await user.clear(email);
    await user.type(email, 'ana.moreau@northwind.example');
    await user.click(within(details).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(
      /already belongs to a professional of Northwind Traders/,
    );
    expect(within(details).getByRole('button', { name: 'Save changes' })).toBeInTheDocument();
  });

  it('disables and re-activates someone’s access', async () => {
    const api = installFakeAccountsApi();
    const { user } = await openPage('professional-david', 'David Okafor');
    // David holds Shipping contact; once it has moved to Frank (elsewhere), he can be disabled.
    expect(
      within(section('Access and removal')).getByRole('button', { name: 'Disable' }),
    ).toBeDisabled();

    api.members.find((m) => m.id === 'professional-david')!.roles = [];
    api.members.find((m) => m.id === 'professional-frank')!.roles.push('SHIPPING_CONTACT');
    await user.click(screen.getByRole('link', { name: 'Accounts of Northwind Traders' }));
    await user.click(await screen.findByRole('link', { name: 'David Okafor' }));
    await screen.findByRole('heading', { level: 1, name: 'David Okafor' });
    const remove = section('Access and removal');
    await waitFor(() =>
      expect(within(remove).getByRole('button', { name: 'Disable' })).toBeEnabled(),
    );

    await user.click(within(remove).getByRole('button', { name: 'Disable' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable David Okafor?' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('David Okafor can no longer sign in.')).toBeInTheDocument();
    expect(await within(remove).findByRole('button', { name: 'Re-activate' })).toBeInTheDocument();

    await user.click(within(remove).getByRole('button', { name: 'Re-activate' }));
    expect(await screen.findByText('David Okafor has access to Foyer again.')).toBeInTheDocument();
    expect(api.updates).toEqual([
      { id: 'professional-david', status: 'DISABLED' },
      { id: 'professional-david', status: 'ACTIVE' },
    ]);
  });

  it('shows at once that disabling someone invited voided their link', async () => {
    installFakeAccountsApi();
    const { user } = await openPage('professional-bruno', 'Bruno Lemaire');
    const invitation = section('Invitation');
    expect(within(invitation).getByText('Pending')).toBeInTheDocument();

    await user.click(
      within(section('Access and removal')).getByRole('button', { name: 'Disable' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Disable Bruno Lemaire?' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByText('Bruno Lemaire can no longer sign in.')).toBeInTheDocument();

    expect(await within(invitation).findByText('Revoked')).toBeInTheDocument();
    expect(within(invitation).queryByText('Pending')).not.toBeInTheDocument();
    expect(within(invitation).queryByText('Link expires')).not.toBeInTheDocument();
  });

  it('re-activates someone who never joined as invited, and offers to send them an invitation', async () => {
    installFakeAccountsApi();
    const { user } = await openPage('professional-bruno', 'Bruno Lemaire');
    const removal = section('Access and removal');
    await user.click(within(removal).getByRole('button', { name: 'Disable' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable Bruno Lemaire?' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    await user.click(await within(removal).findByRole('button', { name: 'Re-activate' }));
    expect(await screen.findByText('Bruno Lemaire is invited again.')).toBeInTheDocument();
    expect(screen.queryByText('Bruno Lemaire has access to Foyer again.')).not.toBeInTheDocument();
    expect(
      await within(section('Invitation')).findByRole('button', { name: 'Resend invitation' }),
    ).toBeEnabled();
  });

  it('shows at once that correcting an invited person’s e-mail voided the link sent to the old one', async () => {
    installFakeAccountsApi();
    const { user } = await openPage('professional-bruno', 'Bruno Lemaire');
    const invitation = section('Invitation');

    await user.click(within(section('Details')).getByRole('button', { name: 'Edit details' }));
    const email = screen.getByRole('textbox', { name: /E-mail/ });
    await user.clear(email);
    await user.type(email, 'bruno.lemaire@northwind.example.org');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Bruno Lemaire’s details were saved.')).toBeInTheDocument();

    expect(await within(invitation).findByText('Revoked')).toBeInTheDocument();
    expect(within(invitation).getByRole('button', { name: 'Resend invitation' })).toBeEnabled();
  });

  it('takes a professional who is not an administrator from their name in the header to their profile, to edit it', async () => {
    installFakePortalApi({ signedInAs: { ...ANA, viewer: { ...ANA.viewer, roles: [] } } });
    installFakeAccountsApi({ viewerCanManage: false });
    const { user } = renderApp('/');
    const header = await screen.findByRole('banner');

    await user.click(within(header).getByRole('link', { name: /Ana Moreau/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ana Moreau' }),
    ).toBeInTheDocument();
    expect(within(section('Details')).getByRole('button', { name: 'Edit details' })).toBeEnabled();
    // The organization's list of people is not theirs to open: no link leads to a refusal.
    const breadcrumbs = screen.getByRole('navigation', { name: 'Breadcrumbs' });
    expect(within(breadcrumbs).queryByRole('link')).not.toBeInTheDocument();
    expect(breadcrumbs).toHaveTextContent(NORTHWIND.name);
  });

  it('offers nothing to change to someone who may only look', async () => {
    installFakeAccountsApi({ viewerCanManage: false });
    await openPage('professional-frank', 'Frank Weber');

    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /administrator/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Hand over/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Invitation' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit details' })).not.toBeInTheDocument();
  });

  it('says so when the professional does not exist (any more)', async () => {
    installFakeAccountsApi();
    renderApp(pageOf('professional-gone'));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Professional not found' }),
    ).toBeInTheDocument();
  });
});
