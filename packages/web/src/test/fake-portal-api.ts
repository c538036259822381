import { graphql, HttpResponse } from 'msw';
import {
  AppLayout_ViewerDocument,
  HomePage_ViewerDocument,
  SignInPage_SignInDocument,
  SignOutButton_SignOutDocument,
  type HomePage_ViewerQuery,
} from '../gql/graphql';
import { server } from './msw-server';

export type FakeViewer = NonNullable<HomePage_ViewerQuery['viewer']>;

export interface FakeAccount {
  viewer: FakeViewer;
  password: string;
}

export const ANA: FakeAccount = {
  password: 'correct horse battery staple',
  viewer: {
    __typename: 'Professional',
    id: 'professional-ana',
    displayName: 'Ana Moreau',
    email: 'ana.moreau@northwind.example',
    roles: ['ADMINISTRATOR', 'BILLING_CONTACT'],
    status: 'ACTIVE',
    organization: {
      __typename: 'Organization',
      id: 'organization-northwind',
      name: 'Northwind Traders',
      kind: 'CUSTOMER',
      accountNumber: 'NW-10442',
      region: 'EMEA',
    },
  },
};

export const WRONG_PASSWORD_ERROR = {
  message: 'That e-mail and password do not match an account.',
  hint: 'Check the password, or ask one of your company administrators to re-send your invitation.',
};

/**
 * A stateful stand-in for the server's session: handlers are typed by the generated documents,
 * so a schema change that breaks the pages breaks these doubles at compile time too.
 */
export function installFakePortalApi({ signedInAs = null }: { signedInAs?: FakeAccount | null }) {
  const state = {
    session: signedInAs,
    signInAttempts: [] as { email: string; password: string }[],
    signOutCalls: 0,
  };
  const accounts = [ANA];

  server.use(
    graphql.query(AppLayout_ViewerDocument, () => {
      const viewer = state.session?.viewer;
      return HttpResponse.json({
        data: {
          viewer: viewer
            ? { __typename: 'Professional', id: viewer.id, displayName: viewer.displayName }
            : null,
        },
      });
    }),
    graphql.query(HomePage_ViewerDocument, () =>
      HttpResponse.json({ data: { viewer: state.session?.viewer ?? null } }),
    ),
    graphql.mutation(SignInPage_SignInDocument, ({ variables }) => {
      state.signInAttempts.push(variables);
      const account = accounts.find(
        (candidate) =>
          candidate.viewer.email === variables.email && candidate.password === variables.password,
      );
      if (!account) {
        return HttpResponse.json({
          data: {
            signIn: {
              __typename: 'SignInPayload',
              viewer: null,
              error: {
                __typename: 'UserError',
                code: 'INVALID_CREDENTIALS',
                field: 'password',
                ...WRONG_PASSWORD_ERROR,
              },
            },
          },
        });
      }
      state.session = account;
      const { id, displayName } = account.viewer;
      return HttpResponse.json({
        data: {
          signIn: {
            __typename: 'SignInPayload',
            viewer: { __typename: 'Professional', id, displayName },
            error: null,
          },
        },
      });
    }),
    graphql.mutation(SignOutButton_SignOutDocument, () => {
      state.signOutCalls += 1;
      state.session = null;
      return HttpResponse.json({
        data: { signOut: { __typename: 'SignOutPayload', ok: true, error: null } },
      });
    }),
  );

  return state;
}
