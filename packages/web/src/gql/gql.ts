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
    "\n  mutation SignInPage_signIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      viewer {\n        id\n        displayName\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n": typeof types.SignInPage_SignInDocument,
    "\n  mutation SignOutButton_signOut {\n    signOut {\n      ok\n      error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SignOutButton_SignOutDocument,
    "\n  query HomePage_viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      status\n      organization {\n        id\n        name\n        kind\n        accountNumber\n        region\n      }\n    }\n  }\n": typeof types.HomePage_ViewerDocument,
};
const documents: Documents = {
    "\n  query AppLayout_viewer {\n    viewer {\n      id\n      displayName\n    }\n  }\n": types.AppLayout_ViewerDocument,
    "\n  mutation SignInPage_signIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      viewer {\n        id\n        displayName\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n": types.SignInPage_SignInDocument,
    "\n  mutation SignOutButton_signOut {\n    signOut {\n      ok\n      error {\n        code\n        message\n      }\n    }\n  }\n": types.SignOutButton_SignOutDocument,
    "\n  query HomePage_viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      status\n      organization {\n        id\n        name\n        kind\n        accountNumber\n        region\n      }\n    }\n  }\n": types.HomePage_ViewerDocument,
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
export function graphql(source: "\n  mutation SignInPage_signIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      viewer {\n        id\n        displayName\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInPage_signIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      viewer {\n        id\n        displayName\n      }\n      error {\n        code\n        message\n        hint\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutButton_signOut {\n    signOut {\n      ok\n      error {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOutButton_signOut {\n    signOut {\n      ok\n      error {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage_viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      status\n      organization {\n        id\n        name\n        kind\n        accountNumber\n        region\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomePage_viewer {\n    viewer {\n      id\n      displayName\n      email\n      roles\n      status\n      organization {\n        id\n        name\n        kind\n        accountNumber\n        region\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;