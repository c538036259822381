import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import type { ErrorCode } from '@foyer/shared';

export interface ApolloClientOptions {
  /** The GraphQL endpoint; tests pass an absolute URL because Node's fetch needs one. */
  uri?: string;
}

export function createApolloClient({ uri = '/graphql' }: ApolloClientOptions = {}): ApolloClient {
  let resetPending = false;

  // A session can end while the page is open (expiry, sign-out in another tab). Any operation
  // answering UNAUTHENTICATED then resets the store: the layout's viewer query refetches, comes
  // back empty and sends the person to sign-in, and nobody keeps seeing the previous data.
  const sessionLink = new ErrorLink(({ error }) => {
    if (resetPending || !isUnauthenticated(error)) return;
    resetPending = true;
    // Deferred so the failing operation settles before the store it belongs to is reset.
    setTimeout(() => {
      client
        .resetStore()
        .catch(() => undefined)
        .finally(() => {
          resetPending = false;
        });
    }, 0);
  });

  const httpLink = new HttpLink({ uri, credentials: 'same-origin' });

  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([sessionLink, httpLink]),
    cache: new InMemoryCache(),
  });
  return client;
}

const UNAUTHENTICATED: ErrorCode = 'UNAUTHENTICATED';

function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((graphQLError) => graphQLError.extensions?.code === UNAUTHENTICATED)
  );
}
