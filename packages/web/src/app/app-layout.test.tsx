import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { AppLayout_ViewerDocument, HomePage_ViewerDocument } from '../gql/graphql';
import { ANA, installFakePortalApi } from '../test/fake-portal-api';
import { server } from '../test/msw-server';
import { renderApp } from '../test/render-app';

describe('AppLayout', () => {
  it('sends a signed-out visitor to the sign-in page', async () => {
    installFakePortalApi({ signedInAs: null });
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it('brings the visitor back to the page they asked for once signed in', async () => {
    installFakePortalApi({ signedInAs: null });
    const { router, user } = renderApp('/licences?product=atlas');

    await user.type(await screen.findByLabelText('E-mail'), ANA.viewer.email);
    await user.type(screen.getByLabelText('Password'), ANA.password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/licences');
    expect(router.state.location.search).toBe('?product=atlas');
  });

  it('shows the product name and the signed-in person in the header', async () => {
    installFakePortalApi({ signedInAs: ANA });
    renderApp('/');

    const header = await screen.findByRole('banner');
    expect(within(header).getByRole('link', { name: 'Foyer' })).toBeInTheDocument();
    expect(within(header).getByText('Ana Moreau')).toBeInTheDocument();
    expect(within(header).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('sends the person to sign-in when their session ends while the page is open', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    server.use(
      graphql.query(HomePage_ViewerDocument, () => {
        api.session = null;
        return HttpResponse.json({
          errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }],
        });
      }),
    );
    const { router } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('offers to try again when the server cannot be reached', async () => {
    installFakePortalApi({ signedInAs: ANA });
    let reachable = false;
    server.use(
      graphql.query(AppLayout_ViewerDocument, () => {
        if (!reachable) return HttpResponse.error();
        const { id, displayName } = ANA.viewer;
        return HttpResponse.json({
          data: { viewer: { __typename: 'Professional', id, displayName } },
        });
      }),
    );
    const { user } = renderApp('/');

    expect(await screen.findByText('Foyer is not answering')).toBeInTheDocument();
    reachable = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Welcome, Ana Moreau' })).toBeInTheDocument();
  });
});
