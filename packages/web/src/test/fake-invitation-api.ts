import { MIN_PASSWORD_LENGTH, normalizeEmail, type ErrorCode } from '@foyer/shared';
import { graphql, HttpResponse } from 'msw';
import {
  InvitationPage_AcceptDocument,
  InvitationPage_InvitationDocument,
  InvitationPage_SignOutDocument,
  type InvitationPage_AcceptMutation,
} from '../gql/graphql';
import { ANA, type FakeAccount, type installFakePortalApi } from './fake-portal-api';
import { server } from './msw-server';

type PortalApi = ReturnType<typeof installFakePortalApi>;

/** Invited to Northwind Traders by Ana; has no Foyer sign-in unless a test says otherwise. */
export const BRUNO: FakeAccount = {
  password: 'blue kettle under the stairs',
  viewer: {
    ...ANA.viewer,
    id: 'professional-bruno',
    displayName: 'Bruno Lemaire',
    email: 'bruno.lemaire@northwind.example',
    roles: [],
  },
};

export const INVITATION_TOKEN = 'invitation-token-7f3a9c';
export const INVITATION_EXPIRES_AT = '2031-06-14T09:30:00.000Z';

export const INVALID_INVITATION_ERROR = {
  message:
    'This invitation link is no longer valid: it has expired, was replaced by a newer one, was revoked, or has been used.',
  hint: 'Ask Northwind Traders’s administrators (Ana Moreau, ana.moreau@northwind.example) to send you a new invitation. If you already accepted it, sign in instead.',
};

export const EXISTING_SIGN_IN_ERROR = {
  message: `${BRUNO.viewer.email} already has a Foyer sign-in: enter its password.`,
  hint: 'Use the password you sign in to Foyer with. Forgot it? Your company’s administrators can help.',
};

export interface FakeInvitationOptions {
  invitee?: FakeAccount;
  /** The invited address already has a sign-in, whose password is the invitee's. */
  accountExists?: boolean;
  invitedByName?: string | null;
}

/**
 * The invitation endpoints as the server behaves: one valid token, used up by accepting; the
 * session of the portal fake is what the server's cookie would be.
 */
export function installFakeInvitationApi(
  api: PortalApi,
  {
    invitee = BRUNO,
    accountExists = false,
    invitedByName = 'Ana Moreau',
  }: FakeInvitationOptions = {},
) {
  const state = {
    used: false,
    acceptAttempts: [] as { token: string; password?: string | null }[],
    signOutCalls: 0,
  };
  const isValid = (token: string) => token === INVITATION_TOKEN && !state.used;
  const refusal = (
    code: ErrorCode,
    message: string,
    hint: string,
    field: string | null = null,
  ): InvitationPage_AcceptMutation => ({
    acceptInvitation: {
      __typename: 'AcceptInvitationPayload',
      viewer: null,
      error: { __typename: 'UserError', code, message, hint, field },
    },
  });

  server.use(
    graphql.query(InvitationPage_InvitationDocument, ({ variables }) => {
      if (!isValid(variables.token)) {
        return HttpResponse.json({
          data: null,
          errors: [
            {
              message: INVALID_INVITATION_ERROR.message,
              path: ['invitation'],
              extensions: { code: 'INVITATION_INVALID', hint: INVALID_INVITATION_ERROR.hint },
            },
          ],
        });
      }
      const viewer = api.session?.viewer;
      return HttpResponse.json({
        data: {
          invitation: {
            __typename: 'InvitationPreview',
            email: invitee.viewer.email,
            firstName: invitee.viewer.displayName.split(' ')[0],
            lastName: invitee.viewer.displayName.split(' ')[1],
            organizationName: invitee.viewer.organization.name,
            invitedByName,
            expiresAt: INVITATION_EXPIRES_AT,
            accountExists,
          },
          viewer: viewer
            ? {
                __typename: 'Professional',
                id: viewer.id,
                email: viewer.email,
                displayName: viewer.displayName,
              }
            : null,
        },
      });
    }),
    graphql.mutation(InvitationPage_AcceptDocument, ({ variables }) => {
      state.acceptAttempts.push({ token: variables.token, password: variables.password });
      if (!isValid(variables.token)) {
        const { message, hint } = INVALID_INVITATION_ERROR;
        return HttpResponse.json({ data: refusal('INVITATION_INVALID', message, hint) });
      }
      const session = api.session;
      const inviteeEmail = invitee.viewer.email;
      let refused: InvitationPage_AcceptMutation | null = null;
      if (session) {
        if (normalizeEmail(session.viewer.email) !== normalizeEmail(inviteeEmail)) {
          refused = refusal(
            'INVITATION_EMAIL_MISMATCH',
            `This invitation was sent to ${inviteeEmail}, not to the address you are signed in with.`,
            `Sign out, then open the link again and sign in as ${inviteeEmail}.`,
          );
        }
      } else if (accountExists) {
        if (variables.password !== invitee.password) {
          const { message, hint } = EXISTING_SIGN_IN_ERROR;
          refused = refusal('INVALID_CREDENTIALS', message, hint, 'password');
        }
      } else if (!variables.password || variables.password.length < MIN_PASSWORD_LENGTH) {
        refused = refusal(
          'PASSWORD_TOO_WEAK',
          `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`,
          'A few unrelated words make a strong password that is easy to remember.',
          'password',
        );
      }
      if (refused) return HttpResponse.json({ data: refused });
      state.used = true;
      api.session = invitee;
      return HttpResponse.json({
        data: {
          acceptInvitation: {
            __typename: 'AcceptInvitationPayload',
            viewer: {
              __typename: 'Professional',
              id: invitee.viewer.id,
              displayName: invitee.viewer.displayName,
            },
            error: null,
          },
        },
      });
    }),
    graphql.mutation(InvitationPage_SignOutDocument, () => {
      state.signOutCalls += 1;
      api.session = null;
      return HttpResponse.json({
        data: { signOut: { __typename: 'SignOutPayload', ok: true, error: null } },
      });
    }),
  );

  return state;
}
