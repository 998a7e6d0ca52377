import { graphql } from '../../gql';

export const RolesQuery = graphql(`
  query Roles($first: Int, $after: String, $search: String) {
    roles(first: $first, after: $after, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          description
          builtIn
          isAdministrator
          permissions
          memberCount
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateRoleMutation = graphql(`
  mutation CreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      role {
        id
        name
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const UpdateRoleMutation = graphql(`
  mutation UpdateRole($input: UpdateRoleInput!) {
    updateRole(input: $input) {
      role {
        id
        name
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const DeleteRoleMutation = graphql(`
  mutation DeleteRole($id: ID!) {
    deleteRole(id: $id) {
      deletedRoleId
      errors {
        code
        field
        message
      }
    }
  }
`);

/** What may go into a custom role: held permissions minus the administrator-only ones (server rule R-ORG-1). */
export const GrantablePermissionsQuery = graphql(`
  query GrantablePermissions {
    grantablePermissions
  }
`);

/** Every role, for pickers and filters (a partner has far fewer than 100). */
export const RoleOptionsQuery = graphql(`
  query RoleOptions {
    roles(first: 100) {
      edges {
        node {
          id
          name
          builtIn
          isAdministrator
        }
      }
    }
  }
`);

export const MembersQuery = graphql(`
  query Members($first: Int, $after: String, $search: String, $roleId: ID, $status: AccountStatus) {
    members(first: $first, after: $after, search: $search, roleId: $roleId, status: $status) {
      totalCount
      edges {
        cursor
        node {
          id
          email
          displayName
          mobile
          status
          isAdministrator
          passwordSet
          createdAt
          role {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateMemberMutation = graphql(`
  mutation CreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      member {
        id
        email
        displayName
      }
      setPasswordLink
      errors {
        code
        field
        message
      }
    }
  }
`);

export const UpdateMemberMutation = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      member {
        id
        displayName
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const AssignMemberRoleMutation = graphql(`
  mutation AssignMemberRole($input: AssignMemberRoleInput!) {
    assignMemberRole(input: $input) {
      member {
        id
        displayName
        role {
          id
          name
        }
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const DeactivateMemberMutation = graphql(`
  mutation DeactivateMember($id: ID!) {
    deactivateMember(id: $id) {
      member {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($id: ID!) {
    reactivateMember(id: $id) {
      member {
        id
        status
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const ResendSetPasswordLinkMutation = graphql(`
  mutation ResendSetPasswordLink($id: ID!) {
    resendSetPasswordLink(id: $id) {
      member {
        id
        email
        displayName
      }
      setPasswordLink
      errors {
        code
        field
        message
      }
    }
  }
`);
