import { act, screen } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { SignOutButton_SignOutDocument } from '../../gql/graphql';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';

describe('SignOutButton', () => {
  it('signs the person out and returns to the sign-in page', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    const { user, router } = renderApp('/');

    await screen.findByRole('heading', { name: 'Welcome, Ana Moreau' });
    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.queryByText('Ana Moreau')).not.toBeInTheDocument();
    expect(api.signOutCalls).toBe(1);
  });

  it('forgets the previous person, so going back to home asks for sign-in again', async () => {
    installFakePortalApi({ signedInAs: ANA });
    const { user, router } = renderApp('/');

    await screen.findByRole('heading', { name: 'Welcome, Ana Moreau' });
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });

    await act(() => router.navigate('/'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByText(/Welcome,/)).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('keeps the person signed in and says so when signing out fails', async () => {
    installFakePortalApi({ signedInAs: ANA });
    server.use(
      graphql.mutation(SignOutButton_SignOutDocument, () =>
        HttpResponse.json({
          data: {
            signOut: {
              __typename: 'SignOutPayload',
              ok: false,
              error: {
                __typename: 'UserError',
                code: 'RATE_LIMITED',
                message: 'Too many requests. Wait a minute and try again.',
              },
            },
          },
        }),
      ),
    );
    const { user, router } = renderApp('/');

    await screen.findByRole('heading', { name: 'Welcome, Ana Moreau' });
    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(
      await screen.findByText('Too many requests. Wait a minute and try again.'),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('heading', { name: 'Welcome, Ana Moreau' })).toBeInTheDocument();
  });
});
