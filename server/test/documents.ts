import { graphql } from './gql/index.js';

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      account { id email kind partner { id name } role { name } permissions }
      errors { code field message }
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout { ok }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me { id email kind displayName partner { id name country } role { name } permissions }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      account { id }
      errors { code field message }
    }
  }
`);

export const RolesDocument = graphql(`
  query Roles($first: Int, $after: String, $search: String) {
    roles(first: $first, after: $after, search: $search) {
      edges { cursor node { id name builtIn permissions } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const RolesWithCountDocument = graphql(`
  query RolesWithCount($first: Int) {
    roles(first: $first) {
      totalCount
      edges { node { id } }
    }
  }
`);

export const RoleDocument = graphql(`
  query Role($id: ID!) {
    role(id: $id) { id name permissions }
  }
`);

export const CreateRoleDocument = graphql(`
  mutation CreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      role { id name description permissions builtIn }
      errors { code field message }
    }
  }
`);

export const UpdateRoleDocument = graphql(`
  mutation UpdateRole($input: UpdateRoleInput!) {
    updateRole(input: $input) {
      role { id name permissions }
      errors { code field message }
    }
  }
`);

export const AuditLogDocument = graphql(`
  query AuditLog($first: Int, $after: String, $filter: AuditLogFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      edges { node { id at actorId actorEmail partnerId operation entityType entityId action before after diff requestId } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
