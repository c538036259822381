import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { InvitationPage_AcceptDocument } from '../../gql/graphql';
import {
  BRUNO,
  EXISTING_SIGN_IN_ERROR,
  INVALID_INVITATION_ERROR,
  INVITATION_EXPIRES_AT,
  INVITATION_TOKEN,
  installFakeInvitationApi,
} from '../../test/fake-invitation-api';
import { ANA, installFakePortalApi } from '../../test/fake-portal-api';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';

const invitationPath = `/invitations/${INVITATION_TOKEN}`;
const NEW_PASSWORD = 'lantern orchard pebble';

describe('InvitationPage', () => {
  it('accepts with a new password and lands on the home page, signed in', async () => {
    const api = installFakePortalApi({ signedInAs: null });
    const invitation = installFakeInvitationApi(api);
    const { user, router } = renderApp(invitationPath);

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Ana Moreau invited you to join Northwind Traders',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Invitation for').parentElement).toHaveTextContent(BRUNO.viewer.email);
    expect(screen.getByText('Link expires')).toBeInTheDocument();
    expect(document.querySelector(`time[datetime="${INVITATION_EXPIRES_AT}"]`)).not.toBeNull();
    expect(screen.queryByText(/already have a Foyer sign-in/)).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Choose a password'), NEW_PASSWORD);
    await user.type(screen.getByLabelText('Confirm password'), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Accept invitation' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Bruno Lemaire' }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('Bruno Lemaire')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(invitation.acceptAttempts).toEqual([
      { token: INVITATION_TOKEN, password: NEW_PASSWORD },
    ]);
  });

  it('blocks a mismatched confirmation and a short password without asking the server', async () => {
    const api = installFakePortalApi({ signedInAs: null });
    const invitation = installFakeInvitationApi(api);
    const { user, router } = renderApp(invitationPath);

    const password = await screen.findByLabelText('Choose a password');
    const confirmation = screen.getByLabelText('Confirm password');
    await user.type(password, NEW_PASSWORD);
    await user.type(confirmation, `${NEW_PASSWORD}s`);
    await user.click(screen.getByRole('button', { name: 'Accept invitation' }));

    expect(screen.getByText('The two passwords do not match.')).toBeInTheDocument();
    expect(confirmation).toHaveAttribute('aria-invalid', 'true');
    expect(confirmation).toHaveAccessibleDescription('The two passwords do not match.');
    expect(confirmation).toHaveFocus();
    expect(password).not.toHaveAttribute('aria-invalid');

    // Fixing it clears the message as the person types.
    await user.type(confirmation, '{Backspace}');
    expect(screen.queryByText('The two passwords do not match.')).not.toBeInTheDocument();

    await user.clear(password);
    await user.type(password, 'short');
    await user.clear(confirmation);
    await user.type(confirmation, 'short');
    await user.click(screen.getByRole('button', { name: 'Accept invitation' }));

    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(/Use at least 10 characters/);
    expect(password).toHaveFocus();

    expect(invitation.acceptAttempts).toEqual([]);
    expect(router.state.location.pathname).toBe(invitationPath);
  });

  it('shows the server’s PASSWORD_TOO_WEAK on the password field and stays on the page', async () => {
    const api = installFakePortalApi({ signedInAs: null });
    installFakeInvitationApi(api);
    const tooWeak = {
      message: 'That password is on a list of commonly used passwords.',
      hint: 'A few unrelated words make a strong password that is easy to remember.',
    };
    server.use(
      graphql.mutation(InvitationPage_AcceptDocument, () =>
        HttpResponse.json({
          data: {
            acceptInvitation: {
              __typename: 'AcceptInvitationPayload',
              viewer: null,
              error: {
                __typename: 'UserError',
                code: 'PASSWORD_TOO_WEAK',
                field: 'password',
                ...tooWeak,
              },
            },
          },
        }),
      ),
    );
    const { user, router } = renderApp(invitationPath);

    const password = await screen.findByLabelText('Choose a password');
    await user.type(password, 'password1234');
    await user.type(screen.getByLabelText('Confirm password'), 'password1234');
    await user.click(screen.getByRole('button', { name: 'Accept invitation' }));

    expect(await screen.findByText(tooWeak.message)).toBeInTheDocument();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(expect.stringContaining(tooWeak.message));
    expect(password).toHaveAccessibleDescription(expect.stringContaining(tooWeak.hint));
    expect(password).toHaveFocus();
    expect(router.state.location.pathname).toBe(invitationPath);
    expect(api.session).toBeNull();

    // A new password clears the server's objection.
    await user.type(password, '!');
    expect(screen.queryByText(tooWeak.message)).not.toBeInTheDocument();
  });

  it('asks an existing sign-in for its password instead of a new one', async () => {
    const api = installFakePortalApi({ signedInAs: null });
    const invitation = installFakeInvitationApi(api, { accountExists: true });
    const { user, router } = renderApp(invitationPath);

    expect(
      await screen.findByText('You already have a Foyer sign-in: enter its password.'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Confirm password')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Choose a password')).not.toBeInTheDocument();

    const password = screen.getByLabelText('Password');
    await user.type(password, 'not my password');
    await user.click(screen.getByRole('button', { name: 'Accept invitation' }));

    expect(await screen.findByText(EXISTING_SIGN_IN_ERROR.message)).toBeInTheDocument();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(
      expect.stringContaining(EXISTING_SIGN_IN_ERROR.hint),
    );

    await user.clear(password);
    await user.type(password, BRUNO.password);
    await user.click(screen.getByRole('button', { name: 'Accept invitation' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Bruno Lemaire' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(invitation.acceptAttempts.map((attempt) => attempt.password)).toEqual([
      'not my password',
      BRUNO.password,
    ]);
  });

  it('explains an invalid link, names who can help and links to sign-in', async () => {
    const api = installFakePortalApi({ signedInAs: null });
    installFakeInvitationApi(api);
    const { user, router } = renderApp('/invitations/expired-or-unknown');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This invitation link cannot be used' }),
    ).toBeInTheDocument();
    expect(screen.getByText(INVALID_INVITATION_ERROR.message)).toBeInTheDocument();
    expect(screen.getByText(INVALID_INVITATION_ERROR.hint)).toBeInTheDocument();
    expect(screen.queryByLabelText(/password/i)).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Go to sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('tells someone signed in as another address to sign out, then asks for a password', async () => {
    const api = installFakePortalApi({ signedInAs: ANA });
    const invitation = installFakeInvitationApi(api);
    const { user } = renderApp(invitationPath);

    const explanation = await screen.findByRole('region', {
      name: 'You are signed in with another address',
    });
    expect(explanation).toHaveTextContent(ANA.viewer.email);
    expect(explanation).toHaveTextContent(BRUNO.viewer.email);
    expect(screen.queryByLabelText('Choose a password')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Accept/ })).not.toBeInTheDocument();

    await user.click(within(explanation).getByRole('button', { name: 'Sign out' }));

    const password = await screen.findByLabelText('Choose a password');
    expect(password).toHaveFocus();
    expect(invitation.signOutCalls).toBe(1);
    expect(api.session).toBeNull();
    expect(
      screen.queryByRole('region', { name: 'You are signed in with another address' }),
    ).not.toBeInTheDocument();
  });

  it('lets someone already signed in as the invited address accept with one button', async () => {
    const api = installFakePortalApi({ signedInAs: BRUNO });
    const invitation = installFakeInvitationApi(api);
    const { user, router } = renderApp(invitationPath);

    await user.click(await screen.findByRole('button', { name: 'Accept and continue' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Bruno Lemaire' }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText(/password/i)).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(invitation.acceptAttempts).toEqual([{ token: INVITATION_TOKEN, password: null }]);
  });

  it('offers to sign out when the server refuses the signed-in account', async () => {
    const api = installFakePortalApi({ signedInAs: BRUNO });
    const invitation = installFakeInvitationApi(api);
    const mismatch = {
      message: `This invitation was sent to ${BRUNO.viewer.email}, not to the address you are signed in with.`,
      hint: `Sign out, then open the link again and sign in as ${BRUNO.viewer.email}.`,
    };
    server.use(
      graphql.mutation(InvitationPage_AcceptDocument, () =>
        HttpResponse.json({
          data: {
            acceptInvitation: {
              __typename: 'AcceptInvitationPayload',
              viewer: null,
              error: {
                __typename: 'UserError',
                code: 'INVITATION_EMAIL_MISMATCH',
                field: null,
                ...mismatch,
              },
            },
          },
        }),
      ),
    );
    const { user } = renderApp(invitationPath);

    await user.click(await screen.findByRole('button', { name: 'Accept and continue' }));

    const explanation = await screen.findByRole('region', {
      name: 'You are signed in with another address',
    });
    expect(explanation).toHaveTextContent(mismatch.message);
    expect(explanation).toHaveTextContent(mismatch.hint);
    const signOut = within(explanation).getByRole('button', { name: 'Sign out' });
    expect(signOut).toHaveFocus();

    await user.click(signOut);
    expect(await screen.findByLabelText('Choose a password')).toBeInTheDocument();
    expect(invitation.signOutCalls).toBe(1);
  });

  it('shows a server refusal with its hint in the live region', async () => {
    const api = installFakePortalApi({ signedInAs: null });
    installFakeInvitationApi(api);
    const rateLimited = {
      message: 'Too many attempts with this link.',
      hint: 'Wait a few minutes, then try again.',
    };
    server.use(
      graphql.mutation(InvitationPage_AcceptDocument, () =>
        HttpResponse.json({
          data: {
            acceptInvitation: {
              __typename: 'AcceptInvitationPayload',
              viewer: null,
              error: { __typename: 'UserError', code: 'RATE_LIMITED', field: null, ...rateLimited },
            },
          },
        }),
      ),
    );
    const { user } = renderApp(invitationPath);

    await user.type(await screen.findByLabelText('Choose a password'), NEW_PASSWORD);
    await user.type(screen.getByLabelText('Confirm password'), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Accept invitation' }));

    const message = await screen.findByText(rateLimited.message);
    expect(message.closest('[aria-live]')).toHaveTextContent(rateLimited.hint);
    expect(screen.getByLabelText('Choose a password')).not.toHaveAttribute('aria-invalid');
  });
});
