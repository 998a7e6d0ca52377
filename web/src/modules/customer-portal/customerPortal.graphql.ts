import { graphql } from '../../gql';

export const CustomerInvitationQuery = graphql(`
  query CustomerInvitation($code: String!) {
    customerInvitation(code: $code) {
      code
      partnerName
      partnerCountry
      model
      channel
      status
      validDays
      expiresAt
      emailHint
      createdAt
    }
  }
`);

export const RegisterCustomerFromInvitationMutation = graphql(`
  mutation RegisterCustomerFromInvitation($input: RegisterCustomerFromInvitationInput!) {
    registerCustomerFromInvitation(input: $input) {
      account {
        id
        kind
        email
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const AcceptCustomerInvitationMutation = graphql(`
  mutation AcceptCustomerInvitation($input: AcceptCustomerInvitationInput!) {
    acceptCustomerInvitation(input: $input) {
      association {
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

export const MyCustomerProfileQuery = graphql(`
  query MyCustomerProfile {
    myCustomerProfile {
      id
      companyName
      displayName
      email
      country
      accountBalance
      hasTopUpRewards
      outstandingInvoicesRmb
      associationBlockers {
        code
        field
        message
      }
    }
  }
`);

export const MyCustomerPartnerQuery = graphql(`
  query MyCustomerPartner {
    myCustomerPartner {
      associationId
      partner {
        id
        name
      }
      model
      since
      discountRate
      balanceDisposition
      canViewBills
      canRequestDisassociation
      pendingDisassociationRequest {
        id
        reason
        createdAt
        status
      }
    }
  }
`);

export const MyCustomerInvitationsQuery = graphql(`
  query MyCustomerInvitations($first: Int, $after: String, $status: CustomerInvitationStatus) {
    myCustomerInvitations(first: $first, after: $after, status: $status) {
      totalCount
      edges {
        cursor
        node {
          code
          partnerName
          partnerCountry
          model
          channel
          status
          validDays
          expiresAt
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RequestDisassociationMutation = graphql(`
  mutation RequestDisassociation($input: RequestDisassociationInput!) {
    requestDisassociation(input: $input) {
      request {
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

export const WithdrawDisassociationRequestMutation = graphql(`
  mutation WithdrawDisassociationRequest {
    withdrawDisassociationRequest {
      request {
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
