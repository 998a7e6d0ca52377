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
          permissions
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
