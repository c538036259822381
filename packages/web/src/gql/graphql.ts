/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccessRequestStatus =
  | 'APPROVED'
  | 'DECLINED'
  | 'PENDING';

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

/** Someone asking to join their organization on Foyer. No sign-in needed. */
export type RequestAccessInput = {
  /** The organization’s account number, if known. Without it, the e-mail’s domain names the organization. */
  accountNumber?: string | null | undefined;
  /** Your work e-mail address: the answer and any invitation go there. */
  email: string;
  firstName: string;
  lastName: string;
  /** Anything the administrators should know (up to 2000 characters). */
  message?: string | null | undefined;
};

export type Role =
  | 'ADMINISTRATOR'
  | 'BILLING_CONTACT'
  | 'CUSTOMER_CARE_CONTACT'
  | 'SHIPPING_CONTACT';

export type AppLayout_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AppLayout_ViewerQuery = { viewer: { __typename: 'Professional', id: string, displayName: string } | null };

export type AccessRequestsPage_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessRequestsPage_ViewerQuery = { viewer: { __typename: 'Professional', id: string, organization: { __typename: 'Organization', id: string, name: string, viewerCanManageProfessionals: boolean } } | null };

export type AccessRequestsPage_RequestsQueryVariables = Exact<{
  organizationId: string | number;
  after?: string | null | undefined;
}>;


export type AccessRequestsPage_RequestsQuery = { accessRequests: { __typename: 'AccessRequestConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AccessRequestEdge', cursor: string, node: { __typename: 'AccessRequest', id: string, displayName: string, email: string, message: string | null, createdAt: string, status: AccessRequestStatus } }> } };

export type AccessRequestsPage_ApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessRequestsPage_ApproveMutation = { approveAccessRequest: { __typename: 'ApproveAccessRequestPayload', accessRequest: { __typename: 'AccessRequest', id: string, status: AccessRequestStatus, decidedAt: string | null } | null, professional: { __typename: 'Professional', id: string, displayName: string, email: string } | null, error: { __typename: 'UserError', code: ErrorCode, message: string, hint: string | null, field: string | null } | null } };

export type AccessRequestsPage_DeclineMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type AccessRequestsPage_DeclineMutation = { declineAccessRequest: { __typename: 'DeclineAccessRequestPayload', accessRequest: { __typename: 'AccessRequest', id: string, status: AccessRequestStatus, decidedAt: string | null, declineReason: string | null } | null, error: { __typename: 'UserError', code: ErrorCode, message: string, hint: string | null, field: string | null } | null } };

export type RequestAccessPage_RequestAccessMutationVariables = Exact<{
  input: RequestAccessInput;
}>;


export type RequestAccessPage_RequestAccessMutation = { requestAccess: { __typename: 'RequestAccessPayload', ok: boolean, message: string | null, error: { __typename: 'UserError', code: ErrorCode, message: string, hint: string | null, field: string | null } | null } };

export type SignInPage_SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInPage_SignInMutation = { signIn: { __typename: 'SignInPayload', viewer: { __typename: 'Professional', id: string, displayName: string } | null, error: { __typename: 'UserError', code: ErrorCode, message: string, hint: string | null, field: string | null } | null } };

export type SignOutButton_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutButton_SignOutMutation = { signOut: { __typename: 'SignOutPayload', ok: boolean, error: { __typename: 'UserError', code: ErrorCode, message: string } | null } };

export type HomePage_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePage_ViewerQuery = { viewer: { __typename: 'Professional', id: string, displayName: string, email: string, roles: Array<Role>, status: ProfessionalStatus, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind, accountNumber: string, region: Region } } | null };

export type InvitationPage_InvitationQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPage_InvitationQuery = { invitation: { __typename: 'InvitationPreview', email: string, firstName: string, lastName: string, organizationName: string, invitedByName: string | null, expiresAt: string, accountExists: boolean }, viewer: { __typename: 'Professional', id: string, email: string, displayName: string } | null };

export type InvitationPage_AcceptMutationVariables = Exact<{
  token: string;
  password?: string | null | undefined;
}>;


export type InvitationPage_AcceptMutation = { acceptInvitation: { __typename: 'AcceptInvitationPayload', viewer: { __typename: 'Professional', id: string, displayName: string } | null, error: { __typename: 'UserError', code: ErrorCode, message: string, hint: string | null, field: string | null } | null } };

export type InvitationPage_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type InvitationPage_SignOutMutation = { signOut: { __typename: 'SignOutPayload', ok: boolean, error: { __typename: 'UserError', code: ErrorCode, message: string, hint: string | null } | null } };


export const AppLayout_ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppLayout_viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AppLayout_ViewerQuery, AppLayout_ViewerQueryVariables>;
export const AccessRequestsPage_ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRequestsPage_viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageProfessionals"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRequestsPage_ViewerQuery, AccessRequestsPage_ViewerQueryVariables>;
export const AccessRequestsPage_RequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRequestsPage_requests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessRequestsPage_RequestsQuery, AccessRequestsPage_RequestsQueryVariables>;
export const AccessRequestsPage_ApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRequestsPage_approve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"professional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRequestsPage_ApproveMutation, AccessRequestsPage_ApproveMutationVariables>;
export const AccessRequestsPage_DeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRequestsPage_decline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AccessRequestsPage_DeclineMutation, AccessRequestsPage_DeclineMutationVariables>;
export const RequestAccessPage_RequestAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAccessPage_requestAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RequestAccessPage_RequestAccessMutation, RequestAccessPage_RequestAccessMutationVariables>;
export const SignInPage_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInPage_signIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SignInPage_SignInMutation, SignInPage_SignInMutationVariables>;
export const SignOutButton_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutButton_signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SignOutButton_SignOutMutation, SignOutButton_SignOutMutationVariables>;
export const HomePage_ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePage_viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]} as unknown as DocumentNode<HomePage_ViewerQuery, HomePage_ViewerQueryVariables>;
export const InvitationPage_InvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPage_invitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"accountExists"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<InvitationPage_InvitationQuery, InvitationPage_InvitationQueryVariables>;
export const InvitationPage_AcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationPage_accept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationPage_AcceptMutation, InvitationPage_AcceptMutationVariables>;
export const InvitationPage_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationPage_signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationPage_SignOutMutation, InvitationPage_SignOutMutationVariables>;