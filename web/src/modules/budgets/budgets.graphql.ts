import { graphql } from '../../gql';

/** Customer Business › Budgets: reseller customers with budget and this Beijing month's spend (R-BU-1..4). */
export const CustomerBudgetsQuery = graphql(`
  query PartnerCustomerBudgets($first: Int, $after: String, $search: String) {
    customerBudgets(first: $first, after: $after, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          customer {
            id
            companyName
            email
            country
          }
          amount
          frozen
          freezeReason
          month
          monthSpendAtListPrice
          currentEstimate
          percentUsed
          alertedThresholds
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const BudgetAdjustmentsQuery = graphql(`
  query PartnerBudgetAdjustments($customerId: ID!) {
    budgetAdjustments(customerId: $customerId) {
      id
      kind
      previousAmount
      newAmount
      note
      actorEmail
      createdAt
    }
  }
`);

export const SetCustomerBudgetMutation = graphql(`
  mutation PartnerSetCustomerBudget($input: SetCustomerBudgetInput!) {
    setCustomerBudget(input: $input) {
      budget {
        id
        customerId
        amount
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

export const FreezeCustomerMutation = graphql(`
  mutation PartnerFreezeCustomer($input: FreezeCustomerInput!) {
    freezeCustomer(input: $input) {
      budget {
        id
        customerId
        frozen
        freezeReason
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const UnfreezeCustomerMutation = graphql(`
  mutation PartnerUnfreezeCustomer($input: UnfreezeCustomerInput!) {
    unfreezeCustomer(input: $input) {
      budget {
        id
        customerId
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
