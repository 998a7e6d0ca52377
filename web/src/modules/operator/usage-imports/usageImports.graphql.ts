import { graphql } from '../../../gql';

export const UsageImportFieldsFragment = graphql(`
  fragment UsageImportFields on UsageImport {
    id
    fileName
    status
    rowsRead
    bytesRead
    bytesTotal
    accepted
    duplicates
    errorRow
    errorMessage
    createdAt
    createdBy
    finishedAt
  }
`);

export const UsageImportsQuery = graphql(`
  query UsageImports($first: Int, $after: String) {
    usageImports(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...UsageImportFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UsageImportQuery = graphql(`
  query UsageImport($id: ID!) {
    usageImport(id: $id) {
      ...UsageImportFields
    }
  }
`);

export const StartUsageImportMutation = graphql(`
  mutation StartUsageImport($input: StartUsageImportInput!) {
    startUsageImport(input: $input) {
      usageImport {
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
