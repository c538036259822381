import { ApolloProvider } from '@apollo/client/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from '../app/apollo-client';
import { appRoutes } from '../app/routes';
import { toastQueue } from '../ui/toast';

/** Renders the real route tree and Apollo client at `path`, as main.tsx does in the browser. */
export function renderApp(path = '/') {
  // The notification queue outlives a rendered app, as it does a page in the browser; a new app
  // starts without the previous test's notifications.
  toastQueue.clear();
  // Node's fetch cannot resolve a relative URL; msw matches GraphQL handlers on any endpoint.
  const client = createApolloClient({ uri: 'http://localhost/graphql' });
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>,
  );
  return { ...view, client, router, user };
}
