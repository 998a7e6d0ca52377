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

// Organisation › Members, role deletion and the set-password link (issue 3).

export const MembersDocument = graphql(`
  query Members($first: Int, $after: String, $search: String, $roleId: ID, $status: AccountStatus) {
    members(first: $first, after: $after, search: $search, roleId: $roleId, status: $status) {
      totalCount
      edges { node { id email displayName mobile status isAdministrator passwordSet role { id name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const MemberDocument = graphql(`
  query Member($id: ID!) {
    member(id: $id) { id email displayName mobile status isAdministrator passwordSet createdAt updatedAt role { id name } }
  }
`);

export const CreateMemberDocument = graphql(`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      member { id email displayName mobile status isAdministrator passwordSet role { id name } }
      setPasswordLink
      errors { code field message }
    }
  }
`);

export const UpdateMemberDocument = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      member { id displayName mobile }
      errors { code field message }
    }
  }
`);

export const AssignMemberRoleDocument = graphql(`
  mutation AssignMemberRole($input: AssignMemberRoleInput!) {
    assignMemberRole(input: $input) {
      member { id role { id name } }
      errors { code field message }
    }
  }
`);

export const DeactivateMemberDocument = graphql(`
  mutation DeactivateMember($id: ID!) {
    deactivateMember(id: $id) {
      member { id status }
      errors { code field message }
    }
  }
`);

export const ReactivateMemberDocument = graphql(`
  mutation ReactivateMember($id: ID!) {
    reactivateMember(id: $id) {
      member { id status }
      errors { code field message }
    }
  }
`);

export const ResendSetPasswordLinkDocument = graphql(`
  mutation ResendSetPasswordLink($id: ID!) {
    resendSetPasswordLink(id: $id) {
      member { id }
      setPasswordLink
      errors { code field message }
    }
  }
`);

export const RolesWithMemberCountDocument = graphql(`
  query RolesWithMemberCount($first: Int) {
    roles(first: $first) {
      edges { node { id name builtIn memberCount } }
    }
  }
`);

export const DeleteRoleDocument = graphql(`
  mutation DeleteRole($id: ID!) {
    deleteRole(id: $id) {
      deletedRoleId
      errors { code field message }
    }
  }
`);

export const GrantablePermissionsDocument = graphql(`
  query GrantablePermissions {
    grantablePermissions
  }
`);

export const PasswordLinkDocument = graphql(`
  query PasswordLink($token: String!) {
    passwordLink(token: $token) { email displayName expiresAt }
  }
`);

export const SetPasswordDocument = graphql(`
  mutation SetPassword($input: SetPasswordInput!) {
    setPassword(input: $input) {
      account { email }
      errors { code field message }
    }
  }
`);
