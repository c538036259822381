import { screen, within } from '@testing-library/react';
import { ANA, installFakePortalApi, WRONG_PASSWORD_ERROR } from '../../test/fake-portal-api';
import { renderApp } from '../../test/render-app';

describe('SignInPage', () => {
  it('signs the person in and shows their home page with their name and organization', async () => {
    const api = installFakePortalApi({ signedInAs: null });
    const { user, router } = renderApp('/sign-in');

    await user.type(await screen.findByLabelText('E-mail'), `  ${ANA.viewer.email} `);
    await user.type(screen.getByLabelText('Password'), ANA.password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Ana Moreau' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Northwind Traders' })).toBeInTheDocument();
    expect(screen.getByText('Customer')).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('Ana Moreau')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    // Stray spaces pasted around an address are not the person's fault.
    expect(api.signInAttempts).toEqual([{ email: ANA.viewer.email, password: ANA.password }]);
  });

  it('shows the server’s message and hint on a wrong password and stays on the form', async () => {
    const api = installFakePortalApi({ signedInAs: null });
    const { user, router } = renderApp('/sign-in');

    await user.type(await screen.findByLabelText('E-mail'), ANA.viewer.email);
    await user.type(screen.getByLabelText('Password'), 'not the password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText(WRONG_PASSWORD_ERROR.message)).toBeInTheDocument();
    expect(screen.getByText(WRONG_PASSWORD_ERROR.hint)).toBeInTheDocument();
    expect(screen.getByText(WRONG_PASSWORD_ERROR.message).closest('[aria-live]')).not.toBeNull();
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByText(/Welcome,/)).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(api.session).toBeNull();
  });

  it('says who can help when signing in does not work', async () => {
    installFakePortalApi({ signedInAs: null });
    renderApp('/sign-in');

    const help = await screen.findByRole('region', { name: 'Trouble signing in?' });
    expect(help).toHaveTextContent(/administrators/);
    expect(help).toHaveTextContent(/account manager/);
  });

  it('offers a way to ask for access to someone without a sign-in', async () => {
    installFakePortalApi({ signedInAs: null });
    renderApp('/sign-in');

    const link = await screen.findByRole('link', { name: 'Request access' });
    expect(link).toHaveAttribute('href', '/request-access');
    expect(link.closest('p')).toHaveTextContent('No access yet? Request access');
  });
});
