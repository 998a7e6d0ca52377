import { graphql } from './gql/index.js';

// Typed documents of Customer Business › Budgets (R-BU-1..4); codegen emits their types into ./gql.

export const SetCustomerBudgetDocument = graphql(`
  mutation SetCustomerBudget($input: SetCustomerBudgetInput!) {
    setCustomerBudget(input: $input) {
      budget { id customerId amount frozen frozenAt frozenBy freezeReason updatedAt }
      errors { code field message }
    }
  }
`);

export const FreezeCustomerDocument = graphql(`
  mutation FreezeCustomer($input: FreezeCustomerInput!) {
    freezeCustomer(input: $input) {
      budget { id customerId amount frozen frozenAt frozenBy freezeReason }
      errors { code field message }
    }
  }
`);

export const UnfreezeCustomerDocument = graphql(`
  mutation UnfreezeCustomer($input: UnfreezeCustomerInput!) {
    unfreezeCustomer(input: $input) {
      budget { id customerId amount frozen }
      errors { code field message }
    }
  }
`);

export const BudgetAdjustmentsDocument = graphql(`
  query BudgetAdjustments($customerId: ID!) {
    budgetAdjustments(customerId: $customerId) { id kind previousAmount newAmount actorEmail note createdAt }
  }
`);

export const CustomerBudgetsDocument = graphql(`
  query CustomerBudgets($first: Int, $after: String, $search: String) {
    customerBudgets(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id
          customer { id companyName email }
          amount frozen freezeReason month monthSpendAtListPrice currentEstimate percentUsed alertedThresholds
        }
      }
    }
  }
`);

export const AuthorizePurchaseDocument = graphql(`
  mutation AuthorizePurchase($input: AuthorizePurchaseInput!) {
    authorizePurchase(input: $input) {
      decision { allowed reason message budget monthSpendAtListPrice frozen }
      errors { code field message }
    }
  }
`);
