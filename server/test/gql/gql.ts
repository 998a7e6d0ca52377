/* eslint-disable */
import * as types from './graphql.js';
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
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account { id email kind partner { id name } role { name } permissions }\n      errors { code field message }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout { ok }\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me { id email kind displayName partner { id name country } role { name } permissions }\n  }\n": typeof types.MeDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      account { id }\n      errors { code field message }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Roles($first: Int, $after: String, $search: String) {\n    roles(first: $first, after: $after, search: $search) {\n      edges { cursor node { id name builtIn permissions } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query RolesWithCount($first: Int) {\n    roles(first: $first) {\n      totalCount\n      edges { node { id } }\n    }\n  }\n": typeof types.RolesWithCountDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) { id name permissions }\n  }\n": typeof types.RoleDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id name description permissions builtIn }\n      errors { code field message }\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role { id name permissions }\n      errors { code field message }\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  query AuditLog($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { id at actorId actorEmail partnerId operation entityType entityId action before after diff requestId } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AuditLogDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account { id email kind partner { id name } role { name } permissions }\n      errors { code field message }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout { ok }\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me { id email kind displayName partner { id name country } role { name } permissions }\n  }\n": types.MeDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      account { id }\n      errors { code field message }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query Roles($first: Int, $after: String, $search: String) {\n    roles(first: $first, after: $after, search: $search) {\n      edges { cursor node { id name builtIn permissions } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.RolesDocument,
    "\n  query RolesWithCount($first: Int) {\n    roles(first: $first) {\n      totalCount\n      edges { node { id } }\n    }\n  }\n": types.RolesWithCountDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) { id name permissions }\n  }\n": types.RoleDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id name description permissions builtIn }\n      errors { code field message }\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role { id name permissions }\n      errors { code field message }\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  query AuditLog($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { id at actorId actorEmail partnerId operation entityType entityId action before after diff requestId } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AuditLogDocument,
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
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account { id email kind partner { id name } role { name } permissions }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account { id email kind partner { id name } role { name } permissions }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout { ok }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout { ok }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id email kind displayName partner { id name country } role { name } permissions }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id email kind displayName partner { id name country } role { name } permissions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      account { id }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      account { id }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles($first: Int, $after: String, $search: String) {\n    roles(first: $first, after: $after, search: $search) {\n      edges { cursor node { id name builtIn permissions } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Roles($first: Int, $after: String, $search: String) {\n    roles(first: $first, after: $after, search: $search) {\n      edges { cursor node { id name builtIn permissions } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolesWithCount($first: Int) {\n    roles(first: $first) {\n      totalCount\n      edges { node { id } }\n    }\n  }\n"): (typeof documents)["\n  query RolesWithCount($first: Int) {\n    roles(first: $first) {\n      totalCount\n      edges { node { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Role($id: ID!) {\n    role(id: $id) { id name permissions }\n  }\n"): (typeof documents)["\n  query Role($id: ID!) {\n    role(id: $id) { id name permissions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id name description permissions builtIn }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id name description permissions builtIn }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role { id name permissions }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role { id name permissions }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { id at actorId actorEmail partnerId operation entityType entityId action before after diff requestId } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { id at actorId actorEmail partnerId operation entityType entityId action before after diff requestId } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;