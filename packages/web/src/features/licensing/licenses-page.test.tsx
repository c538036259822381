import { configure, screen, waitFor, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { LicenseSummary_LicensesDocument } from '../../gql/graphql';
import { server } from '../../test/msw-server';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';
import { seriousAccessibilityProblems } from '../../test/axe';
import { VENDOR_ORGANIZATION, VERA, VICTOR } from '../organizations/fake-organizations-api';
import {
  DEFAULT_LICENSES,
  installFakeLicensingApi,
  NORTHWIND_ID,
  type FakeLicense,
} from './fake-licensing-api';

// Each page is a lazy chunk that jest compiles on its first import.
configure({ asyncUtilTimeout: 5000 });

const LICENSES = `/orgs/${NORTHWIND_ID}/licenses`;
const table = () => screen.getByRole('table', { name: 'Licences of Northwind Traders' });
const row = (product: string) =>
  within(table()).getByRole('row', { name: new RegExp(`^${product}`) });

describe('LicensesPage', () => {
  it('lists each licence with edition, seats, plan status and dates, and the key masked', async () => {
    installFakePortalApi({ signedInAs: ANA });
    installFakeLicensingApi();
    renderApp(LICENSES);

    expect(await screen.findByRole('heading', { level: 1, name: 'Licences' })).toBeInTheDocument();
    await screen.findByRole('table');
    expect(
      within(table())
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['ledger', 'beacon', 'dispatch']);

    const ledger = row('ledger');
    expect(ledger).toHaveTextContent('Enterprise');
    expect(ledger).toHaveTextContent('120');
    expect(ledger).toHaveTextContent('Premier Support');
    expect(ledger).toHaveTextContent('Active');
    expect(ledger).toHaveTextContent('1 Jan 2030 – 31 Dec 2030');
    expect(ledger).toHaveTextContent('••••-••••-••••-••••-M3PV');

    expect(row('beacon')).toHaveTextContent('Ending soon');
    expect(row('beacon')).toHaveTextContent('Ends in 12 days: renew it to keep hotfixes coming.');
    expect(row('dispatch')).toHaveTextContent('Ended');
    expect(row('dispatch')).not.toHaveTextContent(/Ends in/);

    // No full key anywhere on the page before a reveal.
    for (const license of DEFAULT_LICENSES) {
      expect(document.body).not.toHaveTextContent(license.registrationKey.slice(0, 9));
    }
    // A customer cannot change licences.
    expect(screen.queryByRole('button', { name: 'Add licence' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit the/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove the/ })).not.toBeInTheDocument();
    expect(await seriousAccessibilityProblems()).toEqual([]);
  });

  it('reveals a key only after the person confirms that it is recorded, and lets them copy it', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const api = installFakeLicensingApi();
    const { user } = renderApp(LICENSES);
    // user-event stands in for the browser's clipboard once set up; watch what is written to it.
    const writeText = jest.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);

    await user.click(
      await screen.findByRole('button', { name: 'Reveal the ledger registration key' }),
    );
    let dialog = screen.getByRole('alertdialog', { name: 'Reveal the ledger registration key?' });
    expect(dialog).toHaveTextContent(
      'Revealing the key is recorded in Northwind Traders’s audit log',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(api.reveals).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Reveal the ledger registration key' }));
    dialog = screen.getByRole('alertdialog', { name: 'Reveal the ledger registration key?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reveal key' }));

    dialog = await screen.findByRole('dialog', { name: 'The ledger registration key' });
    expect(within(dialog).getByLabelText('Registration key')).toHaveTextContent(
      'NWL5-ACME-7Q4K-29XD-M3PV',
    );
    expect(api.reveals).toEqual(['license-ledger']);
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('NWL5-ACME-7Q4K-29XD-M3PV');
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copied to the clipboard.');
    expect(await seriousAccessibilityProblems()).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Closed, the key is gone from the page.
    expect(document.body).not.toHaveTextContent('NWL5-ACME');
  });

  it('offers no reveal to a professional who may not reveal keys, and says who can', async () => {
    installFakePortalApi({ signedInAs: { ...ANA, viewer: { ...ANA.viewer, roles: [] } } });
    installFakeLicensingApi({ canReveal: false });
    renderApp(LICENSES);

    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: /^Reveal/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(/Only Northwind Traders’s administrators can reveal a registration key/),
    ).toBeInTheDocument();
  });

  it('tells vendor staff who may not reveal keys to ask the vendor’s administrators, not the customer’s', async () => {
    installFakePortalApi({ signedInAs: VICTOR });
    installFakeLicensingApi({
      canReveal: false,
      viewerOrganization: { id: VENDOR_ORGANIZATION.id, name: VENDOR_ORGANIZATION.name },
    });
    renderApp(LICENSES);

    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: /^Reveal/ })).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Only administrators can reveal a registration key. Ask one of Foyer Software’s administrators if you need it.',
      ),
    ).toBeInTheDocument();
  });

  it('lets a vendor administrator add a licence, with problems shown beside their fields', async () => {
    installFakePortalApi({ signedInAs: VERA });
    const api = installFakeLicensingApi({
      canManage: true,
      addError: {
        code: 'LICENSE_EXISTS',
        message: 'Northwind Traders already holds a licence for ledger.',
        hint: 'Change that licence instead.',
        field: 'product',
      },
    });
    const { user } = renderApp(LICENSES);

    await user.click(await screen.findByRole('button', { name: 'Add licence' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a licence for Northwind Traders' });
    await user.click(within(dialog).getByRole('button', { name: 'Add licence' }));
    expect(within(dialog).getByRole('textbox', { name: 'Product' })).toHaveAccessibleDescription(
      /Use a product code/,
    );
    expect(within(dialog).getByRole('textbox', { name: 'Seats' })).toBeInvalid();
    expect(api.added).toEqual([]);

    await user.type(within(dialog).getByRole('textbox', { name: 'Product' }), 'ledger');
    await user.type(within(dialog).getByRole('textbox', { name: 'Edition' }), 'Team');
    await user.type(within(dialog).getByRole('textbox', { name: 'Seats' }), '15');
    // Date inputs, so the browser offers its date picker; they have no textbox role.
    const startsOn = within(dialog).getByLabelText('Starts on');
    const endsOn = within(dialog).getByLabelText('Ends on');
    expect(startsOn).toHaveAttribute('type', 'date');
    expect(endsOn).toHaveAttribute('type', 'date');
    await user.type(startsOn, '2030-06-01');
    await user.type(endsOn, '2030-05-01');
    await user.click(within(dialog).getByRole('button', { name: 'Add licence' }));
    expect(endsOn).toHaveAccessibleDescription(/The end date is before the start date/);
    expect(api.added).toEqual([]);

    await user.clear(endsOn);
    await user.type(endsOn, '2031-05-31');
    await user.click(within(dialog).getByRole('button', { name: 'Add licence' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Product' })).toHaveAccessibleDescription(
        /already holds a licence for ledger/,
      ),
    );

    const product = within(dialog).getByRole('textbox', { name: 'Product' });
    await user.clear(product);
    await user.type(product, 'comet');
    await user.click(within(dialog).getByRole('button', { name: 'Add licence' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.added.at(-1)).toEqual({
      organizationId: NORTHWIND_ID,
      product: 'comet',
      edition: 'Team',
      seats: 15,
      servicePlan: null,
      startsOn: '2030-06-01',
      endsOn: '2031-05-31',
      registrationKey: null,
    });
    expect(await screen.findByRole('rowheader', { name: 'comet' })).toBeInTheDocument();
  }, 30_000);

  it('lets a vendor administrator edit and remove a licence', async () => {
    installFakePortalApi({ signedInAs: VERA });
    const api = installFakeLicensingApi({ canManage: true });
    const { user } = renderApp(LICENSES);

    await user.click(await screen.findByRole('button', { name: 'Edit the ledger licence' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit the ledger licence' });
    expect(within(dialog).queryByRole('textbox', { name: 'Product' })).not.toBeInTheDocument();
    const seats = within(dialog).getByRole('textbox', { name: 'Seats' });
    expect(seats).toHaveValue('120');
    await user.clear(seats);
    await user.type(seats, '150');
    const endsOn = within(dialog).getByLabelText('Ends on');
    expect(endsOn).toHaveAttribute('type', 'date');
    expect(endsOn).toHaveValue('2030-12-31');
    await user.clear(endsOn);
    await user.type(endsOn, '2031-03-31');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.updated).toEqual([
      {
        id: 'license-ledger',
        edition: 'Enterprise',
        seats: 150,
        servicePlan: 'Premier Support',
        startsOn: '2030-01-01',
        endsOn: '2031-03-31',
        registrationKey: null,
      },
    ]);

    await user.click(screen.getByRole('button', { name: 'Remove the dispatch licence' }));
    const confirm = screen.getByRole('dialog', { name: 'Remove the dispatch licence?' });
    await user.click(within(confirm).getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(screen.queryByRole('rowheader', { name: 'dispatch' })).not.toBeInTheDocument(),
    );
    expect(api.removed).toEqual(['license-dispatch']);
  }, 30_000);
});

describe('LicenseSummary on the home page', () => {
  function showSummaryOf(licenses: FakeLicense[]) {
    installFakePortalApi({ signedInAs: ANA });
    server.use(
      graphql.query(LicenseSummary_LicensesDocument, () =>
        HttpResponse.json({
          data: {
            viewer: {
              __typename: 'Professional',
              id: ANA.viewer.id,
              organization: {
                __typename: 'Organization',
                id: NORTHWIND_ID,
                licenses: licenses.map(({ id, product, edition, planStatus, daysLeft }) => ({
                  __typename: 'License' as const,
                  id,
                  product,
                  edition,
                  planStatus,
                  daysLeft,
                })),
              },
            },
          },
        }),
      ),
    );
    renderApp('/');
  }

  it('lists the products held, warns of a plan ending soon and links to the licences', async () => {
    showSummaryOf(DEFAULT_LICENSES);

    const card = await screen.findByRole('region', { name: 'Licensing' });
    const held = await within(card).findByRole('list', { name: 'Licences held' });
    expect(
      within(held)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'ledger EnterpriseService plan: active',
      'beacon StandardService plan ends in 12 days',
      'dispatch EnterpriseService plan: ended',
    ]);
    expect(within(card).getByRole('link', { name: 'See the licences' })).toHaveAttribute(
      'href',
      LICENSES,
    );
  });

  it('says a plan on its last day ends today, as the licences page does', async () => {
    showSummaryOf([{ ...DEFAULT_LICENSES[1]!, endsOn: '2030-05-10', daysLeft: 0 }]);
    const card = await screen.findByRole('region', { name: 'Licensing' });
    const held = await within(card).findByRole('list', { name: 'Licences held' });
    expect(within(held).getByRole('listitem')).toHaveTextContent(
      'beacon StandardService plan ends today',
    );
  });
});
