import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import {
  AccessRequestsPage_ApproveDocument,
  AccessRequestsPage_RequestsDocument,
} from '../../gql/graphql';
import { installFakeAccountsApi } from '../../test/fake-accounts-api';
import {
  CHLOE_REQUEST,
  DAVID_REQUEST,
  installFakeAccessRequestApi,
} from '../../test/fake-access-request-api';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';

const listNames = () =>
  within(screen.getByRole('list', { name: 'Waiting for a decision' }))
    .getAllByRole('article')
    .map((card) => within(card).getByRole('heading').textContent);

describe('AccessRequestsPage', () => {
  it('lists the pending requests with name, e-mail, message and date', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    const requests = installFakeAccessRequestApi(api);
    renderApp('/access-requests');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Access requests' }),
    ).toBeInTheDocument();
    const chloe = await screen.findByRole('article', { name: 'Chloé Dubois' });
    expect(within(chloe).getByRole('link', { name: CHLOE_REQUEST.email })).toHaveAttribute(
      'href',
      `mailto:${CHLOE_REQUEST.email}`,
    );
    expect(within(chloe).getByText(CHLOE_REQUEST.message!)).toBeInTheDocument();
    expect(chloe.querySelector(`time[datetime="${CHLOE_REQUEST.createdAt}"]`)).not.toBeNull();
    const david = screen.getByRole('article', { name: 'David Okafor' });
    expect(within(david).getByText('No message.')).toBeInTheDocument();
    expect(listNames()).toEqual(['Chloé Dubois', 'David Okafor']);
    expect(screen.getByText(/2 people are asking to join Northwind Traders/)).toBeInTheDocument();
    expect(requests.listRequests).toEqual([ANA.viewer.organization.id]);
  });

  it('approves a request and takes it off the list', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    const requests = installFakeAccessRequestApi(api);
    const { user } = renderApp('/access-requests');

    const chloe = await screen.findByRole('article', { name: 'Chloé Dubois' });
    await user.click(within(chloe).getByRole('button', { name: 'Approve Chloé Dubois' }));

    const outcome = await screen.findByText(
      `Approved: Chloé Dubois has been invited by e-mail at ${CHLOE_REQUEST.email}.`,
    );
    expect(outcome.closest('[aria-live]')).not.toBeNull();
    expect(screen.queryByRole('article', { name: 'Chloé Dubois' })).not.toBeInTheDocument();
    expect(listNames()).toEqual(['David Okafor']);
    expect(screen.getByText(/1 person is asking to join Northwind Traders/)).toBeInTheDocument();
    expect(requests.approved).toEqual([CHLOE_REQUEST.id]);
  });

  it('after an approval, the home page’s count and the accounts list show it at once', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    const accounts = installFakeAccountsApi();
    const zoe = {
      ...CHLOE_REQUEST,
      id: 'access-request-zoe',
      displayName: 'Zoé Martin',
      email: 'zoe.martin@northwind.example',
    };
    installFakeAccessRequestApi(api, { pending: [zoe, DAVID_REQUEST] });
    // Approving adds her to the organization, as the server does.
    server.use(
      graphql.mutation(AccessRequestsPage_ApproveDocument, () => {
        accounts.members.push({
          id: 'professional-zoe',
          firstName: 'Zoé',
          lastName: 'Martin',
          email: zoe.email,
          phone: null,
          jobTitle: null,
          preferredLanguage: 'en',
          status: 'INVITED',
          roles: [],
          lastSignInAt: null,
          createdAt: '2030-03-03T10:00:00.000Z',
          invitation: null,
        });
      }),
    );
    const { user } = renderApp('/');
    const nav = () => screen.getByRole('navigation', { name: 'Main' });
    const before = accounts.members.length;

    expect(await screen.findByText('2 people are waiting for a decision.')).toBeInTheDocument();
    await user.click(within(nav()).getByRole('link', { name: 'Our accounts' }));
    expect(await screen.findByText(`${before} professionals.`)).toBeInTheDocument();

    await user.click(within(nav()).getByRole('link', { name: 'Access requests' }));
    const card = await screen.findByRole('article', { name: 'Zoé Martin' });
    await user.click(within(card).getByRole('button', { name: 'Approve Zoé Martin' }));
    await screen.findByText(/Approved: Zoé Martin has been invited/);

    await user.click(within(nav()).getByRole('link', { name: 'Home' }));
    expect(await screen.findByText('1 person is waiting for a decision.')).toBeInTheDocument();
    await user.click(within(nav()).getByRole('link', { name: 'Our accounts' }));
    expect(await screen.findByText(`${before + 1} professionals.`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zoé Martin' })).toBeInTheDocument();
  });

  it('declines a request with a reason and shows the empty list afterwards', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    const requests = installFakeAccessRequestApi(api, { pending: [DAVID_REQUEST] });
    const { user } = renderApp('/access-requests');

    const david = await screen.findByRole('article', { name: 'David Okafor' });
    await user.click(within(david).getByRole('button', { name: 'Decline David Okafor' }));

    const reason = within(david).getByLabelText(/Reason/);
    expect(reason).toHaveFocus();
    expect(reason).toHaveAccessibleDescription('E-mailed to David Okafor as written.');
    await user.type(reason, 'Contractors get access through their agency.');
    await user.click(within(david).getByRole('button', { name: 'Decline request' }));

    expect(
      await screen.findByText('Declined: David Okafor has been told by e-mail.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'David Okafor' })).not.toBeInTheDocument();
    expect(screen.getByText('No pending access requests')).toBeInTheDocument();
    expect(requests.declined).toEqual([
      { id: DAVID_REQUEST.id, reason: 'Contractors get access through their agency.' },
    ]);
  });

  it('declines without a reason, and Cancel leaves the request untouched', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    const requests = installFakeAccessRequestApi(api);
    const { user } = renderApp('/access-requests');

    const chloe = await screen.findByRole('article', { name: 'Chloé Dubois' });
    await user.click(within(chloe).getByRole('button', { name: 'Decline Chloé Dubois' }));
    await user.click(within(chloe).getByRole('button', { name: 'Cancel' }));
    expect(within(chloe).queryByLabelText(/Reason/)).not.toBeInTheDocument();
    expect(requests.declined).toEqual([]);

    await user.click(within(chloe).getByRole('button', { name: 'Decline Chloé Dubois' }));
    await user.click(within(chloe).getByRole('button', { name: 'Decline request' }));

    expect(
      await screen.findByText('Declined: Chloé Dubois has been told by e-mail.'),
    ).toBeInTheDocument();
    expect(listNames()).toEqual(['David Okafor']);
    expect(requests.declined).toEqual([{ id: CHLOE_REQUEST.id, reason: null }]);
  });

  it('shows a refusal with its hint on the request and keeps it listed', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    const closed = {
      code: 'ACCESS_REQUEST_CLOSED' as const,
      message: 'This request was already declined by Marc Petit.',
      hint: 'Reload the page to see the requests still waiting.',
    };
    installFakeAccessRequestApi(api, { refuseWith: closed });
    const { user } = renderApp('/access-requests');

    const chloe = await screen.findByRole('article', { name: 'Chloé Dubois' });
    await user.click(within(chloe).getByRole('button', { name: 'Approve Chloé Dubois' }));

    const message = await within(chloe).findByText(closed.message);
    expect(message.closest('[aria-live]')).toHaveTextContent(closed.hint);
    expect(listNames()).toEqual(['Chloé Dubois', 'David Okafor']);
  });

  it('says so when nobody is waiting', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    installFakeAccessRequestApi(api, { pending: [] });
    renderApp('/access-requests');

    expect(await screen.findByText('No pending access requests')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Waiting for a decision' })).not.toBeInTheDocument();
  });

  it('tells someone who cannot manage people who can, without loading the list', async () => {
    const api = installFakePortalApi({
      signedInAs: { ...ANA, viewer: { ...ANA.viewer, roles: ['BILLING_CONTACT'] } },
    });
    const requests = installFakeAccessRequestApi(api);
    renderApp('/access-requests');

    expect(
      await screen.findByText(
        'Only Northwind Traders’s administrators can review access requests.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Approve/ })).not.toBeInTheDocument();
    expect(requests.listRequests).toEqual([]);
  });

  it('explains a failed load and offers to try again', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    installFakeAccessRequestApi(api);
    server.use(
      graphql.query(AccessRequestsPage_RequestsDocument, () => HttpResponse.error(), {
        once: true,
      }),
    );
    const { user } = renderApp('/access-requests');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Access requests could not be loaded');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: 'Chloé Dubois' })).toBeInTheDocument();
  });

  it('sends a signed-out visitor to sign in first', async () => {
    const api = installFakePortalApi({ signedInAs: null });
    installFakeAccessRequestApi(api);
    const { router } = renderApp('/access-requests');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.state).toEqual({ from: '/access-requests' });
  });
});
