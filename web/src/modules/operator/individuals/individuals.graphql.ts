import { graphql } from '../../../gql';

export const IndividualsQuery = graphql(`
  query Individuals($first: Int, $after: String, $search: String) {
    individuals(first: $first, after: $after, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          loginId
          displayName
          email
          enterpriseAuthenticated
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SetEnterpriseAuthenticationMutation = graphql(`
  mutation SetEnterpriseAuthentication($input: SetEnterpriseAuthenticationInput!) {
    setEnterpriseAuthentication(input: $input) {
      individual {
        id
        loginId
        enterpriseAuthenticated
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const SynchronizeCloudMigrationCertificateMutation = graphql(`
  mutation SynchronizeCloudMigrationCertificate($input: SynchronizeCertificateInput!) {
    synchronizeCloudMigrationCertificate(input: $input) {
      certificate {
        id
        level
        number
        holder {
          loginId
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
