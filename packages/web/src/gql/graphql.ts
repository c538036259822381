/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Every error code a client may switch on. */
export type ErrorCode =
  | 'ACCESS_REQUEST_CLOSED'
  | 'ACCOUNT_DISABLED'
  | 'ACCOUNT_NUMBER_TAKEN'
  | 'ADMINISTRATOR_CANNOT_BE_DELETED'
  | 'EMAIL_TAKEN'
  | 'FORBIDDEN'
  | 'INTERNAL_ERROR'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_PARTNER_LINK'
  | 'INVITATION_EMAIL_MISMATCH'
  | 'INVITATION_INVALID'
  | 'LAST_ADMINISTRATOR'
  | 'MANDATORY_ROLE_HELD'
  | 'MANDATORY_ROLE_UNASSIGNED'
  | 'NOT_ADMINISTRATOR'
  | 'NOT_FOUND'
  | 'NOT_INVITED'
  | 'PASSWORD_TOO_WEAK'
  | 'RATE_LIMITED'
  | 'ROLE_ALREADY_HELD'
  | 'TARGET_DISABLED'
  | 'UNAUTHENTICATED'
  | 'VALIDATION_FAILED';

export type OrganizationKind =
  | 'CUSTOMER'
  | 'PARTNER'
  | 'VENDOR';

export type ProfessionalStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'INVITED';

export type Region =
  | 'APAC'
  | 'EMEA'
  | 'LATAM'
  | 'NORTH_AMERICA';

export type Role =
  | 'ADMINISTRATOR'
  | 'BILLING_CONTACT'
  | 'CUSTOMER_CARE_CONTACT'
  | 'SHIPPING_CONTACT';

export type AppLayout_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AppLayout_ViewerQuery = { viewer: { __typename: 'Professional', id: string, displayName: string } | null };

export type SignInPage_SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInPage_SignInMutation = { signIn: { __typename: 'SignInPayload', viewer: { __typename: 'Professional', id: string, displayName: string } | null, error: { __typename: 'UserError', code: ErrorCode, message: string, hint: string | null, field: string | null } | null } };

export type SignOutButton_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutButton_SignOutMutation = { signOut: { __typename: 'SignOutPayload', ok: boolean, error: { __typename: 'UserError', code: ErrorCode, message: string } | null } };

export type HomePage_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePage_ViewerQuery = { viewer: { __typename: 'Professional', id: string, displayName: string, email: string, roles: Array<Role>, status: ProfessionalStatus, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind, accountNumber: string, region: Region } } | null };


export const AppLayout_ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppLayout_viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AppLayout_ViewerQuery, AppLayout_ViewerQueryVariables>;
export const SignInPage_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInPage_signIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SignInPage_SignInMutation, SignInPage_SignInMutationVariables>;
export const SignOutButton_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutButton_signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignOutButton_SignOutMutation, SignOutButton_SignOutMutationVariables>;
export const HomePage_ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePage_viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]} as unknown as DocumentNode<HomePage_ViewerQuery, HomePage_ViewerQueryVariables>;