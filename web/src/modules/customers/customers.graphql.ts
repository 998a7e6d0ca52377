import { graphql } from '../../gql';

/** The partner's referral discount range and the reseller bill permission (R-CU-4, R-CU-10). */
export const CustomerSettingsQuery = graphql(`
  query PartnerCustomerSettings {
    myPartner {
      id
      resellerBillsVisible
      referralDiscountMin
      referralDiscountMax
    }
  }
`);

export const CustomersQuery = graphql(`
  query PartnerCustomers(
    $first: Int
    $after: String
    $search: String
    $model: AssociationModel
    $accountManagerId: ID
    $unassigned: Boolean
    $status: AssociationStatus
  ) {
    customers(
      first: $first
      after: $after
      search: $search
      model: $model
      accountManagerId: $accountManagerId
      unassigned: $unassigned
      status: $status
    ) {
      totalCount
      edges {
        cursor
        node {
          id
          model
          status
          startedAt
          endedAt
          discountRate
          canViewBills
          customer {
            id
            companyName
            country
            email
          }
          accountManager {
            id
            displayName
            email
          }
          pendingDisassociationRequest {
            id
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

export const CustomerAssociationQuery = graphql(`
  query PartnerCustomerAssociation($id: ID!) {
    customerAssociation(id: $id) {
      id
      model
      status
      startedAt
      endedAt
      endedBy
      endReason
      discountRate
      balanceDisposition
      balanceAmount
      invitationChannel
      canViewBills
      customer {
        id
        companyName
        country
        email
      }
      accountManager {
        id
        displayName
        email
      }
      events {
        id
        kind
        details
        actorEmail
        at
      }
      pendingDisassociationRequest {
        id
        reason
        createdAt
        status
      }
    }
  }
`);

export const CustomerTeamQuery = graphql(`
  query PartnerCustomerTeam {
    customerTeam {
      id
      displayName
      email
      role
      customerCount
      ledBy {
        id
        displayName
        email
      }
      leads {
        id
        displayName
        email
      }
    }
  }
`);

export const PreRegistrationsQuery = graphql(`
  query PartnerPreRegistrations($first: Int, $after: String, $status: PreRegistrationStatus, $search: String) {
    preRegistrations(first: $first, after: $after, status: $status, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          email
          companyName
          country
          status
          daysLeft
          createdAt
          createdBy
          expiresAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CustomerInvitationsQuery = graphql(`
  query PartnerCustomerInvitations($first: Int, $after: String, $channel: InvitationChannel, $status: CustomerInvitationStatus) {
    customerInvitations(first: $first, after: $after, channel: $channel, status: $status) {
      totalCount
      edges {
        cursor
        node {
          ...PartnerCustomerInvitationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PartnerCustomerInvitationFields = graphql(`
  fragment PartnerCustomerInvitationFields on CustomerInvitation {
    id
    code
    channel
    model
    email
    status
    validDays
    expiresAt
    acceptedCount
    label
    url
    qrPngPath
    qrSvgPath
    createdAt
    createdBy
  }
`);

export const OutboxMailsQuery = graphql(`
  query PartnerOutboxMails($first: Int, $after: String, $to: String) {
    outboxMails(first: $first, after: $after, to: $to) {
      totalCount
      edges {
        cursor
        node {
          id
          to
          subject
          text
          createdAt
          sentAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PreRegisterCustomerMutation = graphql(`
  mutation PreRegisterCustomer($input: PreRegisterCustomerInput!) {
    preRegisterCustomer(input: $input) {
      preRegistration {
        id
        email
        daysLeft
        expiresAt
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const ReleasePreRegistrationMutation = graphql(`
  mutation ReleasePreRegistration($id: ID!) {
    releasePreRegistration(id: $id) {
      preRegistration {
        id
        status
        daysLeft
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const InviteCustomerByEmailMutation = graphql(`
  mutation InviteCustomerByEmail($input: InviteCustomerByEmailInput!) {
    inviteCustomerByEmail(input: $input) {
      invitation {
        ...PartnerCustomerInvitationFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const CreateCustomerInvitationLinkMutation = graphql(`
  mutation CreateCustomerInvitationLink($input: CreateCustomerInvitationLinkInput!) {
    createCustomerInvitationLink(input: $input) {
      invitation {
        ...PartnerCustomerInvitationFields
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const RevokeCustomerInvitationMutation = graphql(`
  mutation RevokeCustomerInvitation($id: ID!) {
    revokeCustomerInvitation(id: $id) {
      invitation {
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

export const SetCustomerDiscountMutation = graphql(`
  mutation SetCustomerDiscount($input: SetCustomerDiscountInput!) {
    setCustomerDiscount(input: $input) {
      association {
        id
        discountRate
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const AssignAccountManagerMutation = graphql(`
  mutation AssignAccountManager($input: AssignAccountManagerInput!) {
    assignAccountManager(input: $input) {
      association {
        id
        accountManager {
          id
          displayName
          email
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

export const SetAccountDirectorMutation = graphql(`
  mutation SetAccountDirector($input: SetAccountDirectorInput!) {
    setAccountDirector(input: $input) {
      member {
        id
        ledBy {
          id
          displayName
          email
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

export const CompleteDisassociationMutation = graphql(`
  mutation CompleteDisassociation($requestId: ID!) {
    completeDisassociation(requestId: $requestId) {
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

export const SetResellerBillVisibilityMutation = graphql(`
  mutation SetResellerBillVisibility($visible: Boolean!) {
    setResellerBillVisibility(visible: $visible) {
      partner {
        id
        resellerBillsVisible
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

/** Pending disassociation requests of reseller customers (R-CU-8), for the notice on the Customers page. */
export const PendingDisassociationRequestsQuery = graphql(`
  query PartnerPendingDisassociationRequests($first: Int) {
    disassociationRequests(first: $first, status: PENDING) {
      totalCount
      edges {
        node {
          id
          createdAt
          association {
            id
            customer {
              id
              companyName
            }
          }
        }
      }
    }
  }
`);
