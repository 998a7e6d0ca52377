import { graphql } from './gql/index.js';

// ---- Operators ----

export const RegisterCustomerDocument = graphql(`
  mutation RegisterCustomer($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) {
      registration { setPasswordLink customer { id email companyName country accountBalance } }
      errors { code field message }
    }
  }
`);

export const UpdateCustomerProfileDocument = graphql(`
  mutation UpdateCustomerProfile($input: UpdateCustomerProfileInput!) {
    updateCustomerProfile(input: $input) {
      customer {
        id inArrears specialContract internalAccount reservedInstancesUntil hasUnexpiredReservedInstances
        accountBalance hasTopUpRewards outstandingInvoicesRmb
        associationBlockers { code message }
      }
      errors { code field message }
    }
  }
`);

export const CustomerProfilesDocument = graphql(`
  query CustomerProfiles($first: Int, $after: String, $search: String, $blocked: Boolean, $associated: Boolean) {
    customerProfiles(first: $first, after: $after, search: $search, blocked: $blocked, associated: $associated) {
      totalCount
      edges {
        node {
          id email companyName country inArrears specialContract internalAccount accountBalance
          associationBlockers { code }
          currentAssociation { id model partner { name } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const CustomerProfileDocument = graphql(`
  query CustomerProfile($id: ID!) {
    customerProfile(id: $id) {
      id email accountBalance
      currentAssociation { id model status discountRate partner { id name } }
      associations { id model status endedAt endedBy endReason partner { name } events { kind actorEmail details } }
    }
  }
`);

export const ChangeAssociationModelDocument = graphql(`
  mutation ChangeAssociationModel($input: ChangeAssociationModelInput!) {
    changeAssociationModel(input: $input) {
      association { id model discountRate events { kind details actorEmail } }
      errors { code field message }
    }
  }
`);

export const EndReferralAssociationDocument = graphql(`
  mutation EndReferralAssociation($input: EndReferralAssociationInput!) {
    endReferralAssociation(input: $input) {
      association { id status endedAt endedBy endReason }
      errors { code field message }
    }
  }
`);

export const SetReferralDiscountRangeDocument = graphql(`
  mutation SetReferralDiscountRange($input: SetReferralDiscountRangeInput!) {
    setReferralDiscountRange(input: $input) {
      partner { id referralDiscountMin referralDiscountMax }
      errors { code field message }
    }
  }
`);

// ---- Anyone holding a link, and customers ----

export const CustomerInvitationDocument = graphql(`
  query CustomerInvitation($code: String!) {
    customerInvitation(code: $code) { code partnerName partnerCountry model channel status validDays expiresAt emailHint }
  }
`);

export const RegisterCustomerFromInvitationDocument = graphql(`
  mutation RegisterCustomerFromInvitation($input: RegisterCustomerFromInvitationInput!) {
    registerCustomerFromInvitation(input: $input) {
      account { id email kind displayName }
      errors { code field message }
    }
  }
`);

export const AcceptCustomerInvitationDocument = graphql(`
  mutation AcceptCustomerInvitation($input: AcceptCustomerInvitationInput!) {
    acceptCustomerInvitation(input: $input) {
      association { id model status startedAt balanceDisposition balanceAmount partner { id name } customer { id email } }
      errors { code field message }
    }
  }
`);

export const MyCustomerPartnerDocument = graphql(`
  query MyCustomerPartner {
    myCustomerPartner {
      associationId model since discountRate balanceDisposition canViewBills canRequestDisassociation
      partner { id name }
      pendingDisassociationRequest { id status reason }
    }
  }
`);

export const MyCustomerProfileDocument = graphql(`
  query MyCustomerProfile {
    myCustomerProfile { id email companyName country accountBalance associationBlockers { code } }
  }
`);

export const MyCustomerInvitationsDocument = graphql(`
  query MyCustomerInvitations($status: CustomerInvitationStatus) {
    myCustomerInvitations(first: 50, status: $status) {
      edges { node { code partnerName model channel status expiresAt validDays } }
    }
  }
`);

export const RequestDisassociationDocument = graphql(`
  mutation RequestDisassociation($input: RequestDisassociationInput!) {
    requestDisassociation(input: $input) { request { id status reason } errors { code field message } }
  }
`);

export const WithdrawDisassociationRequestDocument = graphql(`
  mutation WithdrawDisassociationRequest {
    withdrawDisassociationRequest { request { id status resolvedBy } errors { code field message } }
  }
`);

// ---- Notifications ----

export const MyNotificationsDocument = graphql(`
  query MyNotifications($unreadOnly: Boolean, $first: Int, $after: String) {
    unreadNotificationCount
    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges { node { id category title body link readAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const MarkNotificationReadDocument = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) { notification { id readAt } errors { code field message } }
  }
`);

export const MarkAllNotificationsReadDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead { count errors { code message } }
  }
`);

export const OutboxMailsDocument = graphql(`
  query OutboxMails($to: String) {
    outboxMails(first: 50, to: $to) { totalCount edges { node { id to subject text sentAt createdAt } } }
  }
`);

// ---- Partner: customer development ----

export const PreRegisterCustomerDocument = graphql(`
  mutation PreRegisterCustomer($input: PreRegisterCustomerInput!) {
    preRegisterCustomer(input: $input) {
      preRegistration { id email companyName country status daysLeft expiresAt createdBy }
      errors { code field message }
    }
  }
`);

export const ReleasePreRegistrationDocument = graphql(`
  mutation ReleasePreRegistration($id: ID!) {
    releasePreRegistration(id: $id) { preRegistration { id status daysLeft } errors { code field message } }
  }
`);

export const PreRegistrationsDocument = graphql(`
  query PreRegistrations($status: PreRegistrationStatus, $search: String) {
    preRegistrations(first: 100, status: $status, search: $search) {
      totalCount
      edges { node { id email companyName status daysLeft } }
    }
  }
`);

export const InviteCustomerByEmailDocument = graphql(`
  mutation InviteCustomerByEmail($input: InviteCustomerByEmailInput!) {
    inviteCustomerByEmail(input: $input) {
      invitation { id code url channel model email validDays expiresAt status acceptedCount }
      errors { code field message }
    }
  }
`);

export const CreateCustomerInvitationLinkDocument = graphql(`
  mutation CreateCustomerInvitationLink($input: CreateCustomerInvitationLinkInput!) {
    createCustomerInvitationLink(input: $input) {
      invitation { id code url qrPngPath qrSvgPath channel model label expiresAt status acceptedCount }
      errors { code field message }
    }
  }
`);

export const RevokeCustomerInvitationDocument = graphql(`
  mutation RevokeCustomerInvitation($id: ID!) {
    revokeCustomerInvitation(id: $id) { invitation { id status } errors { code field message } }
  }
`);

export const CustomerInvitationsDocument = graphql(`
  query CustomerInvitations($channel: InvitationChannel, $status: CustomerInvitationStatus) {
    customerInvitations(first: 100, channel: $channel, status: $status) {
      totalCount
      edges { node { id code channel model email status acceptedCount acceptedAt label } }
    }
  }
`);

export const PartnerCustomerInvitationDocument = graphql(`
  query PartnerCustomerInvitation($id: ID!) {
    partnerCustomerInvitation(id: $id) { id code status }
  }
`);

// ---- Partner: customers ----

export const CustomersDocument = graphql(`
  query Customers($first: Int, $after: String, $search: String, $model: AssociationModel, $accountManagerId: ID, $unassigned: Boolean, $status: AssociationStatus) {
    customers(first: $first, after: $after, search: $search, model: $model, accountManagerId: $accountManagerId, unassigned: $unassigned, status: $status) {
      totalCount
      edges {
        node {
          id model status startedAt endedAt discountRate invitationChannel canViewBills
          customer { id companyName country email }
          accountManager { id displayName email }
          pendingDisassociationRequest { id }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const CustomerAssociationDocument = graphql(`
  query CustomerAssociation($id: ID!) {
    customerAssociation(id: $id) {
      id model status startedAt endedAt endedBy endReason discountRate balanceDisposition balanceAmount
      customer { id companyName email }
      accountManager { id displayName }
      events { kind actorEmail details at }
      disassociationRequests { id status reason }
    }
  }
`);

export const CustomerTeamDocument = graphql(`
  query CustomerTeam {
    customerTeam { id email role customerCount ledBy { id email } leads { id email } }
  }
`);

export const SetCustomerDiscountDocument = graphql(`
  mutation SetCustomerDiscount($input: SetCustomerDiscountInput!) {
    setCustomerDiscount(input: $input) { association { id discountRate } errors { code field message } }
  }
`);

export const AssignAccountManagerDocument = graphql(`
  mutation AssignAccountManager($input: AssignAccountManagerInput!) {
    assignAccountManager(input: $input) { association { id accountManager { id email } } errors { code field message } }
  }
`);

export const SetAccountDirectorDocument = graphql(`
  mutation SetAccountDirector($input: SetAccountDirectorInput!) {
    setAccountDirector(input: $input) { member { id role ledBy { id email } customerCount } errors { code field message } }
  }
`);

export const DisassociationRequestsDocument = graphql(`
  query DisassociationRequests($status: DisassociationRequestStatus) {
    disassociationRequests(first: 50, status: $status) {
      edges { node { id status reason createdAt association { id customer { email companyName } } } }
    }
  }
`);

export const CompleteDisassociationDocument = graphql(`
  mutation CompleteDisassociation($requestId: ID!) {
    completeDisassociation(requestId: $requestId) {
      request { id status resolvedBy association { id status endedAt endReason } }
      errors { code field message }
    }
  }
`);

export const SetResellerBillVisibilityDocument = graphql(`
  mutation SetResellerBillVisibility($visible: Boolean!) {
    setResellerBillVisibility(visible: $visible) { partner { id resellerBillsVisible } errors { code message } }
  }
`);
