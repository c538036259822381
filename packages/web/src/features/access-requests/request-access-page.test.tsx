import { screen } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import {
  RequestAccessPage_RequestAccessDocument,
  type RequestAccessPage_RequestAccessMutationVariables,
  type RequestAccessPage_RequestAccessMutation,
} from '../../gql/graphql';
import { installFakePortalApi } from '../../test/fake-portal-api';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';

const THANK_YOU =
  'Thank you. If your organization uses Foyer, its administrators will review your request and you will hear from us by e-mail.';

type Input = RequestAccessPage_RequestAccessMutationVariables['input'];

/** Answers like the server: a field error for an address it will not take, else the thank-you. */
function installFakeRequestAccessApi() {
  const received: Input[] = [];
  server.use(
    graphql.mutation(RequestAccessPage_RequestAccessDocument, ({ variables }) => {
      received.push(variables.input);
      const answer: RequestAccessPage_RequestAccessMutation = variables.input.email.endsWith(
        '.example',
      )
        ? {
            requestAccess: {
              __typename: 'RequestAccessPayload',
              ok: true,
              message: THANK_YOU,
              error: null,
            },
          }
        : {
            requestAccess: {
              __typename: 'RequestAccessPayload',
              ok: false,
              message: null,
              error: {
                __typename: 'UserError',
                code: 'VALIDATION_FAILED',
                field: 'email',
                message: 'Enter a valid e-mail address, like name@example.com.',
                hint: 'Correct the field and try again.',
              },
            },
          };
      return HttpResponse.json({ data: answer });
    }),
  );
  return { received };
}

describe('RequestAccessPage', () => {
  it('is reached from the sign-in page and leads back to it', async () => {
    installFakePortalApi({ signedInAs: null });
    const { user, router } = renderApp('/sign-in');

    await user.click(await screen.findByRole('link', { name: 'Request access' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Request access' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/request-access');

    await user.click(screen.getByRole('link', { name: 'Back to sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('sends the request and shows the server’s thank-you message', async () => {
    installFakePortalApi({ signedInAs: null });
    const api = installFakeRequestAccessApi();
    const { user } = renderApp('/request-access');

    expect(await screen.findByLabelText(/Account number/)).toHaveAccessibleDescription(
      /or we match your e-mail’s domain/,
    );
    await user.type(screen.getByLabelText('First name'), ' Chloé ');
    await user.type(screen.getByLabelText('Last name'), 'Dubois');
    await user.type(screen.getByLabelText('Work e-mail'), 'chloe.dubois@northwind.example');
    await user.type(screen.getByLabelText(/Message/), 'New in the Lyon warehouse team.');
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Request sent' });
    expect(heading).toHaveFocus();
    expect(screen.getByText(THANK_YOU)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send request' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
    expect(api.received).toEqual([
      {
        accountNumber: null,
        firstName: 'Chloé',
        lastName: 'Dubois',
        email: 'chloe.dubois@northwind.example',
        message: 'New in the Lyon warehouse team.',
      },
    ]);
  });

  it('marks missing fields without sending anything', async () => {
    installFakePortalApi({ signedInAs: null });
    const api = installFakeRequestAccessApi();
    const { user } = renderApp('/request-access');

    await user.type(await screen.findByLabelText('Last name'), 'Dubois');
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    const firstName = screen.getByLabelText('First name');
    expect(firstName).toHaveAttribute('aria-invalid', 'true');
    expect(firstName).toHaveAccessibleDescription('Enter your first name (up to 100 characters).');
    expect(firstName).toHaveFocus();
    expect(screen.getByLabelText('Work e-mail')).toHaveAccessibleDescription(
      expect.stringContaining('Enter your work e-mail address.'),
    );
    expect(screen.getByLabelText('Last name')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText(/Account number/)).not.toHaveAttribute('aria-invalid');
    expect(api.received).toEqual([]);
  });

  it('shows the server’s validation error on its field', async () => {
    installFakePortalApi({ signedInAs: null });
    const api = installFakeRequestAccessApi();
    const { user } = renderApp('/request-access');

    await user.type(await screen.findByLabelText(/Account number/), 'NW-10442');
    await user.type(screen.getByLabelText('First name'), 'Chloé');
    await user.type(screen.getByLabelText('Last name'), 'Dubois');
    const email = screen.getByLabelText('Work e-mail');
    await user.type(email, 'chloe@northwind');
    await user.click(screen.getByRole('button', { name: 'Send request' }));

    expect(
      await screen.findByText('Enter a valid e-mail address, like name@example.com.'),
    ).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(
      expect.stringContaining('Enter a valid e-mail address, like name@example.com.'),
    );
    expect(email).toHaveFocus();
    expect(screen.queryByText(THANK_YOU)).not.toBeInTheDocument();
    expect(api.received).toHaveLength(1);
    expect(api.received[0].accountNumber).toBe('NW-10442');

    await user.type(email, '.example');
    expect(email).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText(THANK_YOU)).toBeInTheDocument();
  });
});
