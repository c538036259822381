/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AppLayout_viewer {\n    viewer {\n      id\n      displayName\n    }\n  }\n": typeof types.AppLayout_ViewerDocument,
    "\n  query AccessRequestsPage_viewer {\n    viewer {\n      id\n      organization {\n        id\n        name\n        viewerCanManageProfessionals\n      }\n    }\n  }\n": typeof types.AccessRequestsPage_ViewerDocument,
    "\n  query AccessRequestsPage_requests($organizationId: ID!, $after: String) {\n    accessRequests(organizationId: $organizationId, status: PENDING, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          message\n          createdAt\n          status\n        }\n      }\n    }\n  }\n": typeof types.AccessRequestsPage_RequestsDocument,
    "\n  mutation AccessRequestsPage_approve($id: ID!) {\n    approveAccessRequest(id: $id) {\n      accessRequest {\n        id\n        status\n        decidedAt\n      }\n      professional {\n        id\n        displayName\n        email\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n": typeof types.AccessRequestsPage_ApproveDocument,
    "\n  mutation AccessRequestsPage_decline($id: ID!, $reason: String) {\n    declineAccessRequest(id: $id, reason: $reason) {\n      accessRequest {\n        id\n        status\n        decidedAt\n        declineReason\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n": typeof types.AccessRequestsPage_DeclineDocument,
    "\n  mutation RequestAccessPage_requestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      ok\n      message\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n": typeof types.RequestAccessPage_RequestAccessDocument,
    "\n  mutation SignInPage_signIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      viewer {\n        id\n        displayName\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n": typeof types.SignInPage_SignInDocument,
    "\n  mutation SignOutButton_signOut {\n    signOut {\n      ok\n      error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SignOutButton_SignOutDocument,
    "\n  query HomePage_viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      status\n      organization {\n        id\n        name\n        kind\n        accountNumber\n        region\n      }\n    }\n  }\n": typeof types.HomePage_ViewerDocument,
    "\n  query InvitationPage_invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      firstName\n      lastName\n      organizationName\n      invitedByName\n      expiresAt\n      accountExists\n    }\n    viewer {\n      id\n      email\n      displayName\n    }\n  }\n": typeof types.InvitationPage_InvitationDocument,
    "\n  mutation InvitationPage_accept($token: String!, $password: String) {\n    acceptInvitation(token: $token, password: $password) {\n      viewer {\n        id\n        displayName\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n": typeof types.InvitationPage_AcceptDocument,
    "\n  mutation InvitationPage_signOut {\n    signOut {\n      ok\n      error {\n        code\n        message\n        hint\n      }\n    }\n  }\n": typeof types.InvitationPage_SignOutDocument,
};
const documents: Documents = {
    "\n  query AppLayout_viewer {\n    viewer {\n      id\n      displayName\n    }\n  }\n": types.AppLayout_ViewerDocument,
    "\n  query AccessRequestsPage_viewer {\n    viewer {\n      id\n      organization {\n        id\n        name\n        viewerCanManageProfessionals\n      }\n    }\n  }\n": types.AccessRequestsPage_ViewerDocument,
    "\n  query AccessRequestsPage_requests($organizationId: ID!, $after: String) {\n    accessRequests(organizationId: $organizationId, status: PENDING, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          message\n          createdAt\n          status\n        }\n      }\n    }\n  }\n": types.AccessRequestsPage_RequestsDocument,
    "\n  mutation AccessRequestsPage_approve($id: ID!) {\n    approveAccessRequest(id: $id) {\n      accessRequest {\n        id\n        status\n        decidedAt\n      }\n      professional {\n        id\n        displayName\n        email\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n": types.AccessRequestsPage_ApproveDocument,
    "\n  mutation AccessRequestsPage_decline($id: ID!, $reason: String) {\n    declineAccessRequest(id: $id, reason: $reason) {\n      accessRequest {\n        id\n        status\n        decidedAt\n        declineReason\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n": types.AccessRequestsPage_DeclineDocument,
    "\n  mutation RequestAccessPage_requestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      ok\n      message\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n": types.RequestAccessPage_RequestAccessDocument,
    "\n  mutation SignInPage_signIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      viewer {\n        id\n        displayName\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n": types.SignInPage_SignInDocument,
    "\n  mutation SignOutButton_signOut {\n    signOut {\n      ok\n      error {\n        code\n        message\n      }\n    }\n  }\n": types.SignOutButton_SignOutDocument,
    "\n  query HomePage_viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      status\n      organization {\n        id\n        name\n        kind\n        accountNumber\n        region\n      }\n    }\n  }\n": types.HomePage_ViewerDocument,
    "\n  query InvitationPage_invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      firstName\n      lastName\n      organizationName\n      invitedByName\n      expiresAt\n      accountExists\n    }\n    viewer {\n      id\n      email\n      displayName\n    }\n  }\n": types.InvitationPage_InvitationDocument,
    "\n  mutation InvitationPage_accept($token: String!, $password: String) {\n    acceptInvitation(token: $token, password: $password) {\n      viewer {\n        id\n        displayName\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n": types.InvitationPage_AcceptDocument,
    "\n  mutation InvitationPage_signOut {\n    signOut {\n      ok\n      error {\n        code\n        message\n        hint\n      }\n    }\n  }\n": types.InvitationPage_SignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppLayout_viewer {\n    viewer {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query AppLayout_viewer {\n    viewer {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessRequestsPage_viewer {\n    viewer {\n      id\n      organization {\n        id\n        name\n        viewerCanManageProfessionals\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessRequestsPage_viewer {\n    viewer {\n      id\n      organization {\n        id\n        name\n        viewerCanManageProfessionals\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessRequestsPage_requests($organizationId: ID!, $after: String) {\n    accessRequests(organizationId: $organizationId, status: PENDING, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          message\n          createdAt\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccessRequestsPage_requests($organizationId: ID!, $after: String) {\n    accessRequests(organizationId: $organizationId, status: PENDING, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          message\n          createdAt\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessRequestsPage_approve($id: ID!) {\n    approveAccessRequest(id: $id) {\n      accessRequest {\n        id\n        status\n        decidedAt\n      }\n      professional {\n        id\n        displayName\n        email\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccessRequestsPage_approve($id: ID!) {\n    approveAccessRequest(id: $id) {\n      accessRequest {\n        id\n        status\n        decidedAt\n      }\n      professional {\n        id\n        displayName\n        email\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessRequestsPage_decline($id: ID!, $reason: String) {\n    declineAccessRequest(id: $id, reason: $reason) {\n      accessRequest {\n        id\n        status\n        decidedAt\n        declineReason\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccessRequestsPage_decline($id: ID!, $reason: String) {\n    declineAccessRequest(id: $id, reason: $reason) {\n      accessRequest {\n        id\n        status\n        decidedAt\n        declineReason\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAccessPage_requestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      ok\n      message\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAccessPage_requestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      ok\n      message\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInPage_signIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      viewer {\n        id\n        displayName\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInPage_signIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      viewer {\n        id\n        displayName\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutButton_signOut {\n    signOut {\n      ok\n      error {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOutButton_signOut {\n    signOut {\n      ok\n      error {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage_viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      status\n      organization {\n        id\n        name\n        kind\n        accountNumber\n        region\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomePage_viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      status\n      organization {\n        id\n        name\n        kind\n        accountNumber\n        region\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPage_invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      firstName\n      lastName\n      organizationName\n      invitedByName\n      expiresAt\n      accountExists\n    }\n    viewer {\n      id\n      email\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query InvitationPage_invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      firstName\n      lastName\n      organizationName\n      invitedByName\n      expiresAt\n      accountExists\n    }\n    viewer {\n      id\n      email\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationPage_accept($token: String!, $password: String) {\n    acceptInvitation(token: $token, password: $password) {\n      viewer {\n        id\n        displayName\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationPage_accept($token: String!, $password: String) {\n    acceptInvitation(token: $token, password: $password) {\n      viewer {\n        id\n        displayName\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitationPage_signOut {\n    signOut {\n      ok\n      error {\n        code\n        message\n        hint\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitationPage_signOut {\n    signOut {\n      ok\n      error {\n        code\n        message\n        hint\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;