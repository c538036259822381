import { graphql, HttpResponse } from 'msw';
import {
  AppLayout_ViewerDocument,
  HomePage_AccessRequestCountDocument,
  HomePage_ShortcutsDocument,
  HomePage_ViewerDocument,
  LatestArticles_ArticlesDocument,
  LicenseSummary_LicensesDocument,
  NewsNav_UnseenCountDocument,
  LatestQuestions_QuestionsDocument,
  LatestNews_AnnouncementsDocument,
  LatestUpdates_UpdatesDocument,
  CoursesInProgress_CoursesDocument,
  SignInPage_SignInDocument,
  SignOutButton_SignOutDocument,
  type AppLayout_ViewerQuery,
  type HomePage_ViewerQuery,
} from '../gql/graphql';
import { server } from './msw-server';

export type FakeViewer = NonNullable<HomePage_ViewerQuery['viewer']>;

export interface FakeAccount {
  viewer: FakeViewer;
  password: string;
  /** For a partner: the customers it serves, offered by the layout's organization picker. */
  customers?: { id: string; name: string }[];
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
    graphql.query(AppLayout_ViewerDocument, () =>
      HttpResponse.json({ data: layoutViewerOf(state.session) }),
    ),
    graphql.query(HomePage_ViewerDocument, () =>
      HttpResponse.json({ data: { viewer: state.session?.viewer ?? null } }),
    ),
    // Permissions as the server's can() decides them for the signed-in person.
    graphql.query(HomePage_ShortcutsDocument, () => {
      const viewer = state.session?.viewer;
      const isAdministrator = Boolean(viewer?.roles.includes('ADMINISTRATOR'));
      return HttpResponse.json({
        data: {
          viewerCanCreateOrganization: isAdministrator && viewer?.organization.kind === 'VENDOR',
          viewer: viewer
            ? {
                __typename: 'Professional',
                id: viewer.id,
                organization: {
                  __typename: 'Organization',
                  id: viewer.organization.id,
                  name: viewer.organization.name,
                  kind: viewer.organization.kind,
                  viewerCanManageProfessionals: isAdministrator,
                },
              }
            : null,
        },
      });
    }),
    graphql.query(HomePage_AccessRequestCountDocument, () =>
      HttpResponse.json({
        data: { accessRequests: { __typename: 'AccessRequestConnection', totalCount: 0 } },
      }),
    ),
    // The home page's knowledge-base card; the knowledge-base tests answer it with articles.
    graphql.query(LatestArticles_ArticlesDocument, () =>
      HttpResponse.json({
        data: { articles: { __typename: 'ArticleConnection', totalCount: 0, edges: [] } },
      }),
    ),
    // The home page's licensing card; the licensing tests answer it with licences.
    graphql.query(LicenseSummary_LicensesDocument, () =>
      HttpResponse.json({
        data: {
          viewer: state.session
            ? {
                __typename: 'Professional',
                id: state.session.viewer.id,
                organization: {
                  __typename: 'Organization',
                  id: state.session.viewer.organization.id,
                  licenses: [],
                },
              }
            : null,
        },
      }),
    ),
    // The navigation's news count; the news tests answer it with their own announcements.
    graphql.query(NewsNav_UnseenCountDocument, () =>
      HttpResponse.json({ data: { newsUnseenCount: 0 } }),
    ),
    // The home page's news, updates and training cards; each feature's tests answer with content.
    graphql.query(LatestNews_AnnouncementsDocument, () =>
      HttpResponse.json({
        data: { announcements: { __typename: 'AnnouncementConnection', totalCount: 0, edges: [] } },
      }),
    ),
    graphql.query(LatestUpdates_UpdatesDocument, () =>
      HttpResponse.json({ data: { latestUpdates: [] } }),
    ),
    graphql.query(CoursesInProgress_CoursesDocument, () =>
      HttpResponse.json({ data: { coursesInProgress: [] } }),
    ),
    graphql.query(LatestQuestions_QuestionsDocument, () =>
      HttpResponse.json({
        data: { questions: { __typename: 'QuestionConnection', totalCount: 0, edges: [] } },
      }),
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

/**
 * What the layout's viewer query answers for an account, with the permissions the server's
 * `can()` would give: administrators manage their organization (a partner's, its customers too),
 * vendor staff see every organization and its administrators create them.
 */
export function layoutViewerOf(account: FakeAccount | null): AppLayout_ViewerQuery {
  if (!account) return { viewer: null, viewerCanCreateOrganization: false };
  const { viewer } = account;
  const isAdministrator = viewer.roles.includes('ADMINISTRATOR') && viewer.status !== 'DISABLED';
  const isVendor = viewer.organization.kind === 'VENDOR';
  const managesPartnerCustomers = isAdministrator && viewer.organization.kind === 'PARTNER';
  return {
    viewerCanCreateOrganization: isVendor && isAdministrator,
    viewer: {
      __typename: 'Professional',
      id: viewer.id,
      displayName: viewer.displayName,
      organization: {
        __typename: 'Organization',
        id: viewer.organization.id,
        name: viewer.organization.name,
        kind: viewer.organization.kind,
        viewerCanViewProfessionals: isVendor || isAdministrator,
        viewerCanManageProfessionals: isAdministrator,
        customers: (account.customers ?? []).map((customer) => ({
          __typename: 'Organization',
          id: customer.id,
          name: customer.name,
          kind: 'CUSTOMER',
          viewerCanViewProfessionals: managesPartnerCustomers || isVendor,
          viewerCanManageProfessionals: managesPartnerCustomers || (isVendor && isAdministrator),
        })),
      },
    },
  };
}
