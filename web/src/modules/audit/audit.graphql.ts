import { graphql } from '../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int, $after: String, $filter: AuditLogFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          at
          actorId
          actorEmail
          actorKind
          partnerId
          operation
          action
          entityType
          entityId
          before
          after
          diff
          requestId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
