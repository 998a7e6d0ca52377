import { graphql } from '../../../gql';

export const OperatorCustomersQuery = graphql(`
  query OperatorCustomers($first: Int, $after: String, $search: String, $blocked: Boolean, $associated: Boolean) {
    customerProfiles(first: $first, after: $after, search: $search, blocked: $blocked, associated: $associated) {
      totalCount
      edges {
        cursor
        node {
          id
          companyName
          email
          country
          inArrears
          specialContract
          internalAccount
          reservedInstancesUntil
          hasUnexpiredReservedInstances
          currentAssociation {
            id
            model
            partner {
              id
              name
            }
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

export const OperatorCustomerQuery = graphql(`
  query OperatorCustomer($id: ID!) {
    customerProfile(id: $id) {
      id
      companyName
      displayName
      email
      country
      createdAt
      updatedAt
      inArrears
      specialContract
      internalAccount
      reservedInstancesUntil
      hasUnexpiredReservedInstances
      accountBalance
      hasTopUpRewards
      outstandingInvoicesRmb
      associationBlockers {
        code
        field
        message
      }
      currentAssociation {
        id
        model
        status
        startedAt
        discountRate
        invitationChannel
        partner {
          id
          name
        }
      }
      associations {
        id
        model
        status
        startedAt
        endedAt
        endedBy
        endReason
        discountRate
        partner {
          id
          name
        }
        events {
          id
          kind
          at
          actorEmail
          details
        }
      }
    }
  }
`);

export const RegisterCustomerMutation = graphql(`
  mutation OperatorRegisterCustomer($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) {
      registration {
        customer {
          id
          companyName
          email
        }
        setPasswordLink
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const UpdateCustomerProfileMutation = graphql(`
  mutation OperatorUpdateCustomerProfile($input: UpdateCustomerProfileInput!) {
    updateCustomerProfile(input: $input) {
      customer {
        id
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const ChangeAssociationModelMutation = graphql(`
  mutation OperatorChangeAssociationModel($input: ChangeAssociationModelInput!) {
    changeAssociationModel(input: $input) {
      association {
        id
        model
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const EndReferralAssociationMutation = graphql(`
  mutation OperatorEndReferralAssociation($input: EndReferralAssociationInput!) {
    endReferralAssociation(input: $input) {
      association {
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

export const PartnerDiscountRangeQuery = graphql(`
  query OperatorPartnerDiscountRange($id: ID!) {
    partner(id: $id) {
      id
      name
      referralDiscountMin
      referralDiscountMax
    }
  }
`);

export const SetReferralDiscountRangeMutation = graphql(`
  mutation OperatorSetReferralDiscountRange($input: SetReferralDiscountRangeInput!) {
    setReferralDiscountRange(input: $input) {
      partner {
        id
        referralDiscountMin
        referralDiscountMax
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
