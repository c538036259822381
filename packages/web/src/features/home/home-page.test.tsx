import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { HomePage_ViewerDocument } from '../../gql/graphql';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';

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
});
