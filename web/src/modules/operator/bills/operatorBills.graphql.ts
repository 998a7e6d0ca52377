import { graphql } from '../../../gql';

/** Operator › partner detail: the partner's bills (R-EX-6). */
export const OperatorPartnerBillsQuery = graphql(`
  query OperatorPartnerBills($partnerId: ID!, $first: Int, $after: String) {
    operatorPartnerBills(partnerId: $partnerId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          month
          issuedAt
          lateUsage
          total
          couponsDeducted
          amountDue
          paid
          unpaid
          payments {
            id
            amount
            paidAt
            reference
            recordedBy
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

export const RecordBillPaymentMutation = graphql(`
  mutation OperatorRecordBillPayment($input: RecordBillPaymentInput!) {
    recordBillPayment(input: $input) {
      bill {
        id
        paid
        unpaid
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Operator › Purchase gate: the order system's check (R-BU-2..4). */
export const AuthorizePurchaseMutation = graphql(`
  mutation OperatorAuthorizePurchase($input: AuthorizePurchaseInput!) {
    authorizePurchase(input: $input) {
      decision {
        allowed
        reason
        message
        budget
        monthSpendAtListPrice
        frozen
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const PurchaseGateCustomersQuery = graphql(`
  query OperatorPurchaseGateCustomers($search: String) {
    customerProfiles(first: 20, search: $search) {
      edges {
        node {
          id
          companyName
          email
        }
      }
    }
  }
`);
