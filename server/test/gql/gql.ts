/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query BillingOverview {\n    billingOverview {\n      amountDue unpaidLatestMonth unpaidPreviousMonths latestBilledMonth\n      estimate { month expenditures refunds adjustments coupons total amountDue billIssueDate }\n      estimates { month expenditures refunds adjustments coupons total amountDue billIssueDate }\n    }\n  }\n": typeof types.BillingOverviewDocument,
    "\n  query PartnerBills($first: Int, $after: String) {\n    partnerBills(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id partnerId month issuedAt expenditures refunds adjustments couponsDeducted total amountDue paid unpaid } }\n    }\n  }\n": typeof types.PartnerBillsDocument,
    "\n  query PartnerBill($id: ID!) {\n    partnerBill(id: $id) {\n      id partnerId month issuedAt expenditures refunds adjustments couponsDeducted total amountDue paid unpaid\n      payments { id amount paidAt reference recordedBy createdAt }\n      byProduct { key name expenditures refunds adjustments coupons total amountDue }\n      byCustomer { key name expenditures refunds adjustments coupons total amountDue }\n    }\n  }\n": typeof types.PartnerBillDocument,
    "\n  query OperatorPartnerBills($partnerId: ID!, $first: Int, $after: String) {\n    operatorPartnerBills(partnerId: $partnerId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id partnerId month issuedAt amountDue paid unpaid } }\n    }\n  }\n": typeof types.OperatorPartnerBillsDocument,
    "\n  mutation RecordBillPayment($input: RecordBillPaymentInput!) {\n    recordBillPayment(input: $input) {\n      bill { id month amountDue paid unpaid payments { id amount paidAt reference recordedBy } }\n      errors { code field message }\n    }\n  }\n": typeof types.RecordBillPaymentDocument,
    "\n  mutation SetCustomerBudget($input: SetCustomerBudgetInput!) {\n    setCustomerBudget(input: $input) {\n      budget { id customerId amount frozen frozenAt frozenBy freezeReason updatedAt }\n      errors { code field message }\n    }\n  }\n": typeof types.SetCustomerBudgetDocument,
    "\n  mutation FreezeCustomer($input: FreezeCustomerInput!) {\n    freezeCustomer(input: $input) {\n      budget { id customerId amount frozen frozenAt frozenBy freezeReason }\n      errors { code field message }\n    }\n  }\n": typeof types.FreezeCustomerDocument,
    "\n  mutation UnfreezeCustomer($input: UnfreezeCustomerInput!) {\n    unfreezeCustomer(input: $input) {\n      budget { id customerId amount frozen }\n      errors { code field message }\n    }\n  }\n": typeof types.UnfreezeCustomerDocument,
    "\n  query BudgetAdjustments($customerId: ID!) {\n    budgetAdjustments(customerId: $customerId) { id kind previousAmount newAmount actorEmail note createdAt }\n  }\n": typeof types.BudgetAdjustmentsDocument,
    "\n  query CustomerBudgets($first: Int, $after: String, $search: String) {\n    customerBudgets(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id\n          customer { id companyName email }\n          amount frozen freezeReason month monthSpendAtListPrice currentEstimate percentUsed alertedThresholds\n        }\n      }\n    }\n  }\n": typeof types.CustomerBudgetsDocument,
    "\n  mutation AuthorizePurchase($input: AuthorizePurchaseInput!) {\n    authorizePurchase(input: $input) {\n      decision { allowed reason message budget monthSpendAtListPrice frozen }\n      errors { code field message }\n    }\n  }\n": typeof types.AuthorizePurchaseDocument,
    "\n  mutation RegisterCustomer($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      registration { setPasswordLink customer { id email companyName country accountBalance } }\n      errors { code field message }\n    }\n  }\n": typeof types.RegisterCustomerDocument,
    "\n  mutation UpdateCustomerProfile($input: UpdateCustomerProfileInput!) {\n    updateCustomerProfile(input: $input) {\n      customer {\n        id inArrears specialContract internalAccount reservedInstancesUntil hasUnexpiredReservedInstances\n        accountBalance hasTopUpRewards outstandingInvoicesRmb\n        associationBlockers { code message }\n      }\n      errors { code field message }\n    }\n  }\n": typeof types.UpdateCustomerProfileDocument,
    "\n  query CustomerProfiles($first: Int, $after: String, $search: String, $blocked: Boolean, $associated: Boolean) {\n    customerProfiles(first: $first, after: $after, search: $search, blocked: $blocked, associated: $associated) {\n      totalCount\n      edges {\n        node {\n          id email companyName country inArrears specialContract internalAccount accountBalance\n          associationBlockers { code }\n          currentAssociation { id model partner { name } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CustomerProfilesDocument,
    "\n  query CustomerProfile($id: ID!) {\n    customerProfile(id: $id) {\n      id email accountBalance\n      currentAssociation { id model status discountRate partner { id name } }\n      associations { id model status endedAt endedBy endReason partner { name } events { kind actorEmail details } }\n    }\n  }\n": typeof types.CustomerProfileDocument,
    "\n  mutation ChangeAssociationModel($input: ChangeAssociationModelInput!) {\n    changeAssociationModel(input: $input) {\n      association { id model discountRate events { kind details actorEmail } }\n      errors { code field message }\n    }\n  }\n": typeof types.ChangeAssociationModelDocument,
    "\n  mutation EndReferralAssociation($input: EndReferralAssociationInput!) {\n    endReferralAssociation(input: $input) {\n      association { id status endedAt endedBy endReason }\n      errors { code field message }\n    }\n  }\n": typeof types.EndReferralAssociationDocument,
    "\n  mutation SetReferralDiscountRange($input: SetReferralDiscountRangeInput!) {\n    setReferralDiscountRange(input: $input) {\n      partner { id referralDiscountMin referralDiscountMax }\n      errors { code field message }\n    }\n  }\n": typeof types.SetReferralDiscountRangeDocument,
    "\n  query CustomerInvitation($code: String!) {\n    customerInvitation(code: $code) { code partnerName partnerCountry model channel status validDays expiresAt emailHint }\n  }\n": typeof types.CustomerInvitationDocument,
    "\n  mutation RegisterCustomerFromInvitation($input: RegisterCustomerFromInvitationInput!) {\n    registerCustomerFromInvitation(input: $input) {\n      account { id email kind displayName }\n      errors { code field message }\n    }\n  }\n": typeof types.RegisterCustomerFromInvitationDocument,
    "\n  mutation AcceptCustomerInvitation($input: AcceptCustomerInvitationInput!) {\n    acceptCustomerInvitation(input: $input) {\n      association { id model status startedAt balanceDisposition balanceAmount partner { id name } customer { id email } }\n      errors { code field message }\n    }\n  }\n": typeof types.AcceptCustomerInvitationDocument,
    "\n  query MyCustomerPartner {\n    myCustomerPartner {\n      associationId model since discountRate balanceDisposition canViewBills canRequestDisassociation\n      partner { id name }\n      pendingDisassociationRequest { id status reason }\n    }\n  }\n": typeof types.MyCustomerPartnerDocument,
    "\n  query MyCustomerProfile {\n    myCustomerProfile { id email companyName country accountBalance associationBlockers { code } }\n  }\n": typeof types.MyCustomerProfileDocument,
    "\n  query MyCustomerInvitations($status: CustomerInvitationStatus) {\n    myCustomerInvitations(first: 50, status: $status) {\n      edges { node { code partnerName model channel status expiresAt validDays } }\n    }\n  }\n": typeof types.MyCustomerInvitationsDocument,
    "\n  mutation RequestDisassociation($input: RequestDisassociationInput!) {\n    requestDisassociation(input: $input) { request { id status reason } errors { code field message } }\n  }\n": typeof types.RequestDisassociationDocument,
    "\n  mutation WithdrawDisassociationRequest {\n    withdrawDisassociationRequest { request { id status resolvedBy } errors { code field message } }\n  }\n": typeof types.WithdrawDisassociationRequestDocument,
    "\n  query MyNotifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    unreadNotificationCount\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges { node { id category title body link readAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) { notification { id readAt } errors { code field message } }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead { count errors { code message } }\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query OutboxMails($to: String) {\n    outboxMails(first: 50, to: $to) { totalCount edges { node { id to subject text sentAt createdAt } } }\n  }\n": typeof types.OutboxMailsDocument,
    "\n  mutation PreRegisterCustomer($input: PreRegisterCustomerInput!) {\n    preRegisterCustomer(input: $input) {\n      preRegistration { id email companyName country status daysLeft expiresAt createdBy }\n      errors { code field message }\n    }\n  }\n": typeof types.PreRegisterCustomerDocument,
    "\n  mutation ReleasePreRegistration($id: ID!) {\n    releasePreRegistration(id: $id) { preRegistration { id status daysLeft } errors { code field message } }\n  }\n": typeof types.ReleasePreRegistrationDocument,
    "\n  query PreRegistrations($status: PreRegistrationStatus, $search: String) {\n    preRegistrations(first: 100, status: $status, search: $search) {\n      totalCount\n      edges { node { id email companyName status daysLeft } }\n    }\n  }\n": typeof types.PreRegistrationsDocument,
    "\n  mutation InviteCustomerByEmail($input: InviteCustomerByEmailInput!) {\n    inviteCustomerByEmail(input: $input) {\n      invitation { id code url channel model email validDays expiresAt status acceptedCount }\n      errors { code field message }\n    }\n  }\n": typeof types.InviteCustomerByEmailDocument,
    "\n  mutation CreateCustomerInvitationLink($input: CreateCustomerInvitationLinkInput!) {\n    createCustomerInvitationLink(input: $input) {\n      invitation { id code url qrPngPath qrSvgPath channel model label expiresAt status acceptedCount }\n      errors { code field message }\n    }\n  }\n": typeof types.CreateCustomerInvitationLinkDocument,
    "\n  mutation RevokeCustomerInvitation($id: ID!) {\n    revokeCustomerInvitation(id: $id) { invitation { id status } errors { code field message } }\n  }\n": typeof types.RevokeCustomerInvitationDocument,
    "\n  query CustomerInvitations($channel: InvitationChannel, $status: CustomerInvitationStatus) {\n    customerInvitations(first: 100, channel: $channel, status: $status) {\n      totalCount\n      edges { node { id code channel model email status acceptedCount acceptedAt label } }\n    }\n  }\n": typeof types.CustomerInvitationsDocument,
    "\n  query PartnerCustomerInvitation($id: ID!) {\n    partnerCustomerInvitation(id: $id) { id code status }\n  }\n": typeof types.PartnerCustomerInvitationDocument,
    "\n  query Customers($first: Int, $after: String, $search: String, $model: AssociationModel, $accountManagerId: ID, $unassigned: Boolean, $status: AssociationStatus) {\n    customers(first: $first, after: $after, search: $search, model: $model, accountManagerId: $accountManagerId, unassigned: $unassigned, status: $status) {\n      totalCount\n      edges {\n        node {\n          id model status startedAt endedAt discountRate invitationChannel canViewBills\n          customer { id companyName country email }\n          accountManager { id displayName email }\n          pendingDisassociationRequest { id }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  query CustomerAssociation($id: ID!) {\n    customerAssociation(id: $id) {\n      id model status startedAt endedAt endedBy endReason discountRate balanceDisposition balanceAmount\n      customer { id companyName email }\n      accountManager { id displayName }\n      events { kind actorEmail details at }\n      disassociationRequests { id status reason }\n    }\n  }\n": typeof types.CustomerAssociationDocument,
    "\n  query CustomerTeam {\n    customerTeam { id email role customerCount ledBy { id email } leads { id email } }\n  }\n": typeof types.CustomerTeamDocument,
    "\n  mutation SetCustomerDiscount($input: SetCustomerDiscountInput!) {\n    setCustomerDiscount(input: $input) { association { id discountRate } errors { code field message } }\n  }\n": typeof types.SetCustomerDiscountDocument,
    "\n  mutation AssignAccountManager($input: AssignAccountManagerInput!) {\n    assignAccountManager(input: $input) { association { id accountManager { id email } } errors { code field message } }\n  }\n": typeof types.AssignAccountManagerDocument,
    "\n  mutation SetAccountDirector($input: SetAccountDirectorInput!) {\n    setAccountDirector(input: $input) { member { id role ledBy { id email } customerCount } errors { code field message } }\n  }\n": typeof types.SetAccountDirectorDocument,
    "\n  query DisassociationRequests($status: DisassociationRequestStatus) {\n    disassociationRequests(first: 50, status: $status) {\n      edges { node { id status reason createdAt association { id customer { email companyName } } } }\n    }\n  }\n": typeof types.DisassociationRequestsDocument,
    "\n  mutation CompleteDisassociation($requestId: ID!) {\n    completeDisassociation(requestId: $requestId) {\n      request { id status resolvedBy association { id status endedAt endReason } }\n      errors { code field message }\n    }\n  }\n": typeof types.CompleteDisassociationDocument,
    "\n  mutation SetResellerBillVisibility($visible: Boolean!) {\n    setResellerBillVisibility(visible: $visible) { partner { id resellerBillsVisible } errors { code message } }\n  }\n": typeof types.SetResellerBillVisibilityDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account { id email kind partner { id name } role { name } permissions }\n      errors { code field message }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout { ok }\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me { id email kind displayName partner { id name country } role { name } permissions }\n  }\n": typeof types.MeDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      account { id }\n      errors { code field message }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Roles($first: Int, $after: String, $search: String) {\n    roles(first: $first, after: $after, search: $search) {\n      edges { cursor node { id name builtIn permissions } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query RolesWithCount($first: Int) {\n    roles(first: $first) {\n      totalCount\n      edges { node { id } }\n    }\n  }\n": typeof types.RolesWithCountDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) { id name permissions }\n  }\n": typeof types.RoleDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id name description permissions builtIn }\n      errors { code field message }\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role { id name permissions }\n      errors { code field message }\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  query AuditLog($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { id at actorId actorEmail partnerId operation entityType entityId action before after diff requestId } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Members($first: Int, $after: String, $search: String, $roleId: ID, $status: AccountStatus) {\n    members(first: $first, after: $after, search: $search, roleId: $roleId, status: $status) {\n      totalCount\n      edges { node { id email displayName mobile status isAdministrator passwordSet role { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query Member($id: ID!) {\n    member(id: $id) { id email displayName mobile status isAdministrator passwordSet createdAt updatedAt role { id name } }\n  }\n": typeof types.MemberDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      member { id email displayName mobile status isAdministrator passwordSet role { id name } }\n      setPasswordLink\n      errors { code field message }\n    }\n  }\n": typeof types.CreateMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      member { id displayName mobile }\n      errors { code field message }\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  mutation AssignMemberRole($input: AssignMemberRoleInput!) {\n    assignMemberRole(input: $input) {\n      member { id role { id name } }\n      errors { code field message }\n    }\n  }\n": typeof types.AssignMemberRoleDocument,
    "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      member { id status }\n      errors { code field message }\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      member { id status }\n      errors { code field message }\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation ResendSetPasswordLink($id: ID!) {\n    resendSetPasswordLink(id: $id) {\n      member { id }\n      setPasswordLink\n      errors { code field message }\n    }\n  }\n": typeof types.ResendSetPasswordLinkDocument,
    "\n  query RolesWithMemberCount($first: Int) {\n    roles(first: $first) {\n      edges { node { id name builtIn memberCount } }\n    }\n  }\n": typeof types.RolesWithMemberCountDocument,
    "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id) {\n      deletedRoleId\n      errors { code field message }\n    }\n  }\n": typeof types.DeleteRoleDocument,
    "\n  query GrantablePermissions {\n    grantablePermissions\n  }\n": typeof types.GrantablePermissionsDocument,
    "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) { email displayName expiresAt }\n  }\n": typeof types.PasswordLinkDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      account { email }\n      errors { code field message }\n    }\n  }\n": typeof types.SetPasswordDocument,
    "\n  mutation IngestUsageRecords($input: IngestUsageRecordsInput!) {\n    ingestUsageRecords(input: $input) { accepted duplicates errors { code field message } }\n  }\n": typeof types.IngestUsageRecordsDocument,
    "\n  query ExpenditureDistribution($input: ExpenditureDistributionInput!) {\n    expenditureDistribution(input: $input) {\n      asOf dataThrough scope from to groupBy\n      rows { key label records listPrice discount amountDue cash coupon amount revenue }\n      totals { key label records listPrice discount amountDue cash coupon amount revenue }\n    }\n  }\n": typeof types.ExpenditureDistributionDocument,
    "\n  query ExpenditureOverview {\n    expenditureOverview {\n      asOf dataThrough scope amountDue\n      thisMonth { month expenditures { amount amountDue } refunds { amount } adjustments { amount } net { amount amountDue records } }\n      lastMonth { month net { amount } }\n      trend { key amount amountDue records }\n    }\n  }\n": typeof types.ExpenditureOverviewDocument,
    "\n  query CustomerExpenditureSummary($billingCycle: String!) {\n    customerExpenditureSummary(billingCycle: $billingCycle) {\n      billingCycle asOf scope discountTotal\n      expenditures { kind amount cash coupon discount rows { customerId companyName accountName records amount cash coupon discount } }\n      refunds { kind amount cash coupon rows { customerId amount cash coupon } }\n      adjustments { kind amount cash coupon rows { customerId amount cash coupon } }\n    }\n  }\n": typeof types.CustomerExpenditureSummaryDocument,
    "\n  query ExpenditureRecords($billingCycle: String!, $customerId: ID, $kind: UsageKind, $transactionId: String, $resourceId: String, $first: Int, $after: String) {\n    expenditureRecords(billingCycle: $billingCycle, customerId: $customerId, kind: $kind, transactionId: $transactionId, resourceId: $resourceId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id transactionId kind transactedAt billingCycle customerId customerName product resourceType resourceId specification region availabilityZone billingMode marketplace listPrice discount amountDue cash coupon monthlySettlement } }\n    }\n  }\n": typeof types.ExpenditureRecordsDocument,
    "\n  query PartnerRevenue($fromMonth: String!, $toMonth: String!) {\n    partnerRevenue(fromMonth: $fromMonth, toMonth: $toMonth) { fromMonth toMonth total scope months { month revenue } }\n  }\n": typeof types.PartnerRevenueDocument,
    "\n  mutation StartUsageImport($input: StartUsageImportInput!) {\n    startUsageImport(input: $input) { usageImport { id status fileName } errors { code field message } }\n  }\n": typeof types.StartUsageImportDocument,
    "\n  query UsageImport($id: ID!) {\n    usageImport(id: $id) { id status rowsRead bytesRead bytesTotal accepted duplicates errorRow errorMessage finishedAt }\n  }\n": typeof types.UsageImportDocument,
    "\n  query MyPartner {\n    myPartner {\n      id name country status address contactName contactEmail contactPhone industry tenantType\n      businessAuthStatus paymentAuthStatus canReceiveIncentives amountDue accountBalance consumptionQuota\n      programs { id program tier phase developmentStatus joinedOn certificateNumber validFrom validUntil renewedAt }\n      authentications { id kind status submittedBy reviewedBy rejectionReason payment { bankAccountNumber taxRate settlementCurrency } business { legalEntityName } }\n      countryChanges { fromCountry toCountry reason changedBy }\n    }\n  }\n": typeof types.MyPartnerDocument,
    "\n  mutation UpdatePartnerInformation($input: UpdatePartnerInformationInput!) {\n    updatePartnerInformation(input: $input) {\n      partner { id name address contactEmail tenantType country }\n      errors { code field message }\n    }\n  }\n": typeof types.UpdatePartnerInformationDocument,
    "\n  mutation SubmitBusinessAuthentication($input: SubmitBusinessAuthenticationInput!) {\n    submitBusinessAuthentication(input: $input) {\n      authentication { id kind status submittedBy }\n      errors { code field message }\n    }\n  }\n": typeof types.SubmitBusinessAuthenticationDocument,
    "\n  mutation SubmitPaymentAuthentication($input: SubmitPaymentAuthenticationInput!) {\n    submitPaymentAuthentication(input: $input) {\n      authentication { id kind status payment { taxRate settlementCurrency bankAccountNumber } }\n      errors { code field message }\n    }\n  }\n": typeof types.SubmitPaymentAuthenticationDocument,
    "\n  mutation DeregisterPartnerAccount {\n    deregisterPartnerAccount { partner { id status } errors { code field message } }\n  }\n": typeof types.DeregisterPartnerAccountDocument,
    "\n  mutation RequestResourcePurchase {\n    requestResourcePurchase { allowed errors { code field message } }\n  }\n": typeof types.RequestResourcePurchaseDocument,
    "\n  query Partners($first: Int, $after: String, $search: String, $country: String, $program: Program, $tier: CspTier, $businessAuthStatus: AuthenticationStatus, $paymentAuthStatus: AuthenticationStatus) {\n    partners(first: $first, after: $after, search: $search, country: $country, program: $program, tier: $tier, businessAuthStatus: $businessAuthStatus, paymentAuthStatus: $paymentAuthStatus) {\n      totalCount\n      edges { cursor node { id name slug country businessAuthStatus paymentAuthStatus programs { program tier } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PartnersDocument,
    "\n  query Partner($id: ID!) {\n    partner(id: $id) {\n      id name country status canReceiveIncentives amountDue accountBalance consumptionQuota\n      administrator { email displayName passwordSet }\n      programs { id program tier phase developmentStatus validUntil }\n      countryChanges { fromCountry toCountry reason changedBy }\n      authentications { id kind status rejectionReason }\n    }\n  }\n": typeof types.PartnerDocument,
    "\n  mutation RegisterPartner($input: RegisterPartnerInput!) {\n    registerPartner(input: $input) {\n      registration { partner { id name slug country } setPasswordLink }\n      errors { code field message }\n    }\n  }\n": typeof types.RegisterPartnerDocument,
    "\n  mutation ResendPartnerAdministratorLink($partnerId: ID!) {\n    resendPartnerAdministratorLink(partnerId: $partnerId) { setPasswordLink errors { code field message } }\n  }\n": typeof types.ResendPartnerAdministratorLinkDocument,
    "\n  mutation ChangePartnerCountry($input: ChangePartnerCountryInput!) {\n    changePartnerCountry(input: $input) { partner { id country } errors { code field message } }\n  }\n": typeof types.ChangePartnerCountryDocument,
    "\n  mutation SetPartnerAccountFigures($input: SetPartnerAccountFiguresInput!) {\n    setPartnerAccountFigures(input: $input) { partner { id amountDue accountBalance consumptionQuota } errors { code field message } }\n  }\n": typeof types.SetPartnerAccountFiguresDocument,
    "\n  mutation EnrolPartnerInProgram($input: EnrolPartnerInput!) {\n    enrolPartnerInProgram(input: $input) {\n      partnerProgram { id program tier phase developmentStatus joinedOn certificateNumber validFrom validUntil }\n      errors { code field message }\n    }\n  }\n": typeof types.EnrolPartnerInProgramDocument,
    "\n  mutation UpdatePartnerProgram($input: UpdatePartnerProgramInput!) {\n    updatePartnerProgram(input: $input) { partnerProgram { id tier phase developmentStatus } errors { code field message } }\n  }\n": typeof types.UpdatePartnerProgramDocument,
    "\n  query AuthenticationReviews($first: Int, $after: String, $status: AuthenticationStatus, $kind: AuthenticationKind) {\n    authenticationReviews(first: $first, after: $after, status: $status, kind: $kind) {\n      totalCount\n      edges { node { id kind status submittedAt partner { id name } payment { taxRate } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AuthenticationReviewsDocument,
    "\n  mutation ReviewAuthentication($input: ReviewAuthenticationInput!) {\n    reviewAuthentication(input: $input) {\n      authentication { id status rejectionReason reviewedBy }\n      errors { code field message }\n    }\n  }\n": typeof types.ReviewAuthenticationDocument,
    "\n  mutation InvitePersonnel($input: InvitePersonnelInput!) {\n    invitePersonnel(input: $input) {\n      invitation { id status expiresAt invitedBy individual { loginId displayName } }\n      errors { code field message }\n    }\n  }\n": typeof types.InvitePersonnelDocument,
    "\n  mutation CancelPersonnelInvitation($id: ID!) {\n    cancelPersonnelInvitation(id: $id) { invitation { id status } errors { code field message } }\n  }\n": typeof types.CancelPersonnelInvitationDocument,
    "\n  query PersonnelInvitations($status: InvitationStatus) {\n    personnelInvitations(first: 100, status: $status) {\n      totalCount\n      edges { node { id status individual { loginId } } }\n    }\n  }\n": typeof types.PersonnelInvitationsDocument,
    "\n  query MyPersonnelInvitations($status: InvitationStatus) {\n    myPersonnelInvitations(first: 100, status: $status) {\n      edges { node { id status expiresAt createdAt partner { id name } } }\n    }\n  }\n": typeof types.MyPersonnelInvitationsDocument,
    "\n  query MyPersonnelAssociations {\n    myPersonnelAssociations { id startedAt endedAt partner { name } }\n  }\n": typeof types.MyPersonnelAssociationsDocument,
    "\n  mutation AcceptPersonnelInvitation($id: ID!) {\n    acceptPersonnelInvitation(id: $id) { invitation { id status } errors { code field message } }\n  }\n": typeof types.AcceptPersonnelInvitationDocument,
    "\n  mutation DeclinePersonnelInvitation($id: ID!) {\n    declinePersonnelInvitation(id: $id) { invitation { id status } errors { code field message } }\n  }\n": typeof types.DeclinePersonnelInvitationDocument,
    "\n  query Personnel($first: Int, $after: String, $position: PersonnelPosition, $minimumLevel: CertificateLevel, $validOnly: Boolean, $search: String, $includeEnded: Boolean) {\n    personnel(first: $first, after: $after, position: $position, minimumLevel: $minimumLevel, validOnly: $validOnly, search: $search, includeEnded: $includeEnded) {\n      totalCount\n      edges {\n        node {\n          id position employmentStart employmentEnd startedAt endedAt\n          individual { id loginId displayName }\n          certificates { id level number expiresOn validToday }\n          eligibility { fundingHead delivery labels }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PersonnelDocument,
    "\n  query DedicatedPerson($id: ID!) {\n    dedicatedPerson(id: $id) { id position individual { loginId } certificates { id level } }\n  }\n": typeof types.DedicatedPersonDocument,
    "\n  mutation UpdatePersonnel($input: UpdatePersonnelInput!) {\n    updatePersonnel(input: $input) { person { id position employmentStart employmentEnd eligibility { fundingHead } } errors { code field message } }\n  }\n": typeof types.UpdatePersonnelDocument,
    "\n  mutation EndPersonnelAssociation($id: ID!) {\n    endPersonnelAssociation(id: $id) { person { id endedAt certificates { id } } errors { code field message } }\n  }\n": typeof types.EndPersonnelAssociationDocument,
    "\n  query MyCertificates {\n    myCertificates { id level family track number issuedOn expiresOn source validToday proofUrl }\n  }\n": typeof types.MyCertificatesDocument,
    "\n  mutation UploadCertificate($input: UploadCertificateInput!) {\n    uploadCertificate(input: $input) { certificate { id level number source proofUrl } errors { code field message } }\n  }\n": typeof types.UploadCertificateDocument,
    "\n  mutation SynchronizeCloudMigrationCertificate($input: SynchronizeCertificateInput!) {\n    synchronizeCloudMigrationCertificate(input: $input) { certificate { id level source } errors { code field message } }\n  }\n": typeof types.SynchronizeCloudMigrationCertificateDocument,
    "\n  query PartnerCertificates($minimumLevel: CertificateLevel, $validOnly: Boolean, $search: String) {\n    partnerCertificates(first: 100, minimumLevel: $minimumLevel, validOnly: $validOnly, search: $search) {\n      totalCount\n      edges { node { id level number holder { loginId } proofUrl } }\n    }\n  }\n": typeof types.PartnerCertificatesDocument,
    "\n  mutation TransferCertificate($input: TransferCertificateInput!) {\n    transferCertificate(input: $input) { certificate { id holder { loginId } } errors { code field message } }\n  }\n": typeof types.TransferCertificateDocument,
    "\n  query CertificateHistory($id: ID!) {\n    certificateHistory(id: $id) { fromLoginId toLoginId transferredBy at }\n  }\n": typeof types.CertificateHistoryDocument,
    "\n  mutation SetEnterpriseAuthentication($input: SetEnterpriseAuthenticationInput!) {\n    setEnterpriseAuthentication(input: $input) { individual { loginId enterpriseAuthenticated } errors { code field message } }\n  }\n": typeof types.SetEnterpriseAuthenticationDocument,
    "\n  query MyIndividualProfile {\n    myIndividualProfile { loginId displayName email enterpriseAuthenticated }\n  }\n": typeof types.MyIndividualProfileDocument,
};
const documents: Documents = {
    "\n  query BillingOverview {\n    billingOverview {\n      amountDue unpaidLatestMonth unpaidPreviousMonths latestBilledMonth\n      estimate { month expenditures refunds adjustments coupons total amountDue billIssueDate }\n      estimates { month expenditures refunds adjustments coupons total amountDue billIssueDate }\n    }\n  }\n": types.BillingOverviewDocument,
    "\n  query PartnerBills($first: Int, $after: String) {\n    partnerBills(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id partnerId month issuedAt expenditures refunds adjustments couponsDeducted total amountDue paid unpaid } }\n    }\n  }\n": types.PartnerBillsDocument,
    "\n  query PartnerBill($id: ID!) {\n    partnerBill(id: $id) {\n      id partnerId month issuedAt expenditures refunds adjustments couponsDeducted total amountDue paid unpaid\n      payments { id amount paidAt reference recordedBy createdAt }\n      byProduct { key name expenditures refunds adjustments coupons total amountDue }\n      byCustomer { key name expenditures refunds adjustments coupons total amountDue }\n    }\n  }\n": types.PartnerBillDocument,
    "\n  query OperatorPartnerBills($partnerId: ID!, $first: Int, $after: String) {\n    operatorPartnerBills(partnerId: $partnerId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id partnerId month issuedAt amountDue paid unpaid } }\n    }\n  }\n": types.OperatorPartnerBillsDocument,
    "\n  mutation RecordBillPayment($input: RecordBillPaymentInput!) {\n    recordBillPayment(input: $input) {\n      bill { id month amountDue paid unpaid payments { id amount paidAt reference recordedBy } }\n      errors { code field message }\n    }\n  }\n": types.RecordBillPaymentDocument,
    "\n  mutation SetCustomerBudget($input: SetCustomerBudgetInput!) {\n    setCustomerBudget(input: $input) {\n      budget { id customerId amount frozen frozenAt frozenBy freezeReason updatedAt }\n      errors { code field message }\n    }\n  }\n": types.SetCustomerBudgetDocument,
    "\n  mutation FreezeCustomer($input: FreezeCustomerInput!) {\n    freezeCustomer(input: $input) {\n      budget { id customerId amount frozen frozenAt frozenBy freezeReason }\n      errors { code field message }\n    }\n  }\n": types.FreezeCustomerDocument,
    "\n  mutation UnfreezeCustomer($input: UnfreezeCustomerInput!) {\n    unfreezeCustomer(input: $input) {\n      budget { id customerId amount frozen }\n      errors { code field message }\n    }\n  }\n": types.UnfreezeCustomerDocument,
    "\n  query BudgetAdjustments($customerId: ID!) {\n    budgetAdjustments(customerId: $customerId) { id kind previousAmount newAmount actorEmail note createdAt }\n  }\n": types.BudgetAdjustmentsDocument,
    "\n  query CustomerBudgets($first: Int, $after: String, $search: String) {\n    customerBudgets(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id\n          customer { id companyName email }\n          amount frozen freezeReason month monthSpendAtListPrice currentEstimate percentUsed alertedThresholds\n        }\n      }\n    }\n  }\n": types.CustomerBudgetsDocument,
    "\n  mutation AuthorizePurchase($input: AuthorizePurchaseInput!) {\n    authorizePurchase(input: $input) {\n      decision { allowed reason message budget monthSpendAtListPrice frozen }\n      errors { code field message }\n    }\n  }\n": types.AuthorizePurchaseDocument,
    "\n  mutation RegisterCustomer($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      registration { setPasswordLink customer { id email companyName country accountBalance } }\n      errors { code field message }\n    }\n  }\n": types.RegisterCustomerDocument,
    "\n  mutation UpdateCustomerProfile($input: UpdateCustomerProfileInput!) {\n    updateCustomerProfile(input: $input) {\n      customer {\n        id inArrears specialContract internalAccount reservedInstancesUntil hasUnexpiredReservedInstances\n        accountBalance hasTopUpRewards outstandingInvoicesRmb\n        associationBlockers { code message }\n      }\n      errors { code field message }\n    }\n  }\n": types.UpdateCustomerProfileDocument,
    "\n  query CustomerProfiles($first: Int, $after: String, $search: String, $blocked: Boolean, $associated: Boolean) {\n    customerProfiles(first: $first, after: $after, search: $search, blocked: $blocked, associated: $associated) {\n      totalCount\n      edges {\n        node {\n          id email companyName country inArrears specialContract internalAccount accountBalance\n          associationBlockers { code }\n          currentAssociation { id model partner { name } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CustomerProfilesDocument,
    "\n  query CustomerProfile($id: ID!) {\n    customerProfile(id: $id) {\n      id email accountBalance\n      currentAssociation { id model status discountRate partner { id name } }\n      associations { id model status endedAt endedBy endReason partner { name } events { kind actorEmail details } }\n    }\n  }\n": types.CustomerProfileDocument,
    "\n  mutation ChangeAssociationModel($input: ChangeAssociationModelInput!) {\n    changeAssociationModel(input: $input) {\n      association { id model discountRate events { kind details actorEmail } }\n      errors { code field message }\n    }\n  }\n": types.ChangeAssociationModelDocument,
    "\n  mutation EndReferralAssociation($input: EndReferralAssociationInput!) {\n    endReferralAssociation(input: $input) {\n      association { id status endedAt endedBy endReason }\n      errors { code field message }\n    }\n  }\n": types.EndReferralAssociationDocument,
    "\n  mutation SetReferralDiscountRange($input: SetReferralDiscountRangeInput!) {\n    setReferralDiscountRange(input: $input) {\n      partner { id referralDiscountMin referralDiscountMax }\n      errors { code field message }\n    }\n  }\n": types.SetReferralDiscountRangeDocument,
    "\n  query CustomerInvitation($code: String!) {\n    customerInvitation(code: $code) { code partnerName partnerCountry model channel status validDays expiresAt emailHint }\n  }\n": types.CustomerInvitationDocument,
    "\n  mutation RegisterCustomerFromInvitation($input: RegisterCustomerFromInvitationInput!) {\n    registerCustomerFromInvitation(input: $input) {\n      account { id email kind displayName }\n      errors { code field message }\n    }\n  }\n": types.RegisterCustomerFromInvitationDocument,
    "\n  mutation AcceptCustomerInvitation($input: AcceptCustomerInvitationInput!) {\n    acceptCustomerInvitation(input: $input) {\n      association { id model status startedAt balanceDisposition balanceAmount partner { id name } customer { id email } }\n      errors { code field message }\n    }\n  }\n": types.AcceptCustomerInvitationDocument,
    "\n  query MyCustomerPartner {\n    myCustomerPartner {\n      associationId model since discountRate balanceDisposition canViewBills canRequestDisassociation\n      partner { id name }\n      pendingDisassociationRequest { id status reason }\n    }\n  }\n": types.MyCustomerPartnerDocument,
    "\n  query MyCustomerProfile {\n    myCustomerProfile { id email companyName country accountBalance associationBlockers { code } }\n  }\n": types.MyCustomerProfileDocument,
    "\n  query MyCustomerInvitations($status: CustomerInvitationStatus) {\n    myCustomerInvitations(first: 50, status: $status) {\n      edges { node { code partnerName model channel status expiresAt validDays } }\n    }\n  }\n": types.MyCustomerInvitationsDocument,
    "\n  mutation RequestDisassociation($input: RequestDisassociationInput!) {\n    requestDisassociation(input: $input) { request { id status reason } errors { code field message } }\n  }\n": types.RequestDisassociationDocument,
    "\n  mutation WithdrawDisassociationRequest {\n    withdrawDisassociationRequest { request { id status resolvedBy } errors { code field message } }\n  }\n": types.WithdrawDisassociationRequestDocument,
    "\n  query MyNotifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    unreadNotificationCount\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges { node { id category title body link readAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) { notification { id readAt } errors { code field message } }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead { count errors { code message } }\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query OutboxMails($to: String) {\n    outboxMails(first: 50, to: $to) { totalCount edges { node { id to subject text sentAt createdAt } } }\n  }\n": types.OutboxMailsDocument,
    "\n  mutation PreRegisterCustomer($input: PreRegisterCustomerInput!) {\n    preRegisterCustomer(input: $input) {\n      preRegistration { id email companyName country status daysLeft expiresAt createdBy }\n      errors { code field message }\n    }\n  }\n": types.PreRegisterCustomerDocument,
    "\n  mutation ReleasePreRegistration($id: ID!) {\n    releasePreRegistration(id: $id) { preRegistration { id status daysLeft } errors { code field message } }\n  }\n": types.ReleasePreRegistrationDocument,
    "\n  query PreRegistrations($status: PreRegistrationStatus, $search: String) {\n    preRegistrations(first: 100, status: $status, search: $search) {\n      totalCount\n      edges { node { id email companyName status daysLeft } }\n    }\n  }\n": types.PreRegistrationsDocument,
    "\n  mutation InviteCustomerByEmail($input: InviteCustomerByEmailInput!) {\n    inviteCustomerByEmail(input: $input) {\n      invitation { id code url channel model email validDays expiresAt status acceptedCount }\n      errors { code field message }\n    }\n  }\n": types.InviteCustomerByEmailDocument,
    "\n  mutation CreateCustomerInvitationLink($input: CreateCustomerInvitationLinkInput!) {\n    createCustomerInvitationLink(input: $input) {\n      invitation { id code url qrPngPath qrSvgPath channel model label expiresAt status acceptedCount }\n      errors { code field message }\n    }\n  }\n": types.CreateCustomerInvitationLinkDocument,
    "\n  mutation RevokeCustomerInvitation($id: ID!) {\n    revokeCustomerInvitation(id: $id) { invitation { id status } errors { code field message } }\n  }\n": types.RevokeCustomerInvitationDocument,
    "\n  query CustomerInvitations($channel: InvitationChannel, $status: CustomerInvitationStatus) {\n    customerInvitations(first: 100, channel: $channel, status: $status) {\n      totalCount\n      edges { node { id code channel model email status acceptedCount acceptedAt label } }\n    }\n  }\n": types.CustomerInvitationsDocument,
    "\n  query PartnerCustomerInvitation($id: ID!) {\n    partnerCustomerInvitation(id: $id) { id code status }\n  }\n": types.PartnerCustomerInvitationDocument,
    "\n  query Customers($first: Int, $after: String, $search: String, $model: AssociationModel, $accountManagerId: ID, $unassigned: Boolean, $status: AssociationStatus) {\n    customers(first: $first, after: $after, search: $search, model: $model, accountManagerId: $accountManagerId, unassigned: $unassigned, status: $status) {\n      totalCount\n      edges {\n        node {\n          id model status startedAt endedAt discountRate invitationChannel canViewBills\n          customer { id companyName country email }\n          accountManager { id displayName email }\n          pendingDisassociationRequest { id }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.CustomersDocument,
    "\n  query CustomerAssociation($id: ID!) {\n    customerAssociation(id: $id) {\n      id model status startedAt endedAt endedBy endReason discountRate balanceDisposition balanceAmount\n      customer { id companyName email }\n      accountManager { id displayName }\n      events { kind actorEmail details at }\n      disassociationRequests { id status reason }\n    }\n  }\n": types.CustomerAssociationDocument,
    "\n  query CustomerTeam {\n    customerTeam { id email role customerCount ledBy { id email } leads { id email } }\n  }\n": types.CustomerTeamDocument,
    "\n  mutation SetCustomerDiscount($input: SetCustomerDiscountInput!) {\n    setCustomerDiscount(input: $input) { association { id discountRate } errors { code field message } }\n  }\n": types.SetCustomerDiscountDocument,
    "\n  mutation AssignAccountManager($input: AssignAccountManagerInput!) {\n    assignAccountManager(input: $input) { association { id accountManager { id email } } errors { code field message } }\n  }\n": types.AssignAccountManagerDocument,
    "\n  mutation SetAccountDirector($input: SetAccountDirectorInput!) {\n    setAccountDirector(input: $input) { member { id role ledBy { id email } customerCount } errors { code field message } }\n  }\n": types.SetAccountDirectorDocument,
    "\n  query DisassociationRequests($status: DisassociationRequestStatus) {\n    disassociationRequests(first: 50, status: $status) {\n      edges { node { id status reason createdAt association { id customer { email companyName } } } }\n    }\n  }\n": types.DisassociationRequestsDocument,
    "\n  mutation CompleteDisassociation($requestId: ID!) {\n    completeDisassociation(requestId: $requestId) {\n      request { id status resolvedBy association { id status endedAt endReason } }\n      errors { code field message }\n    }\n  }\n": types.CompleteDisassociationDocument,
    "\n  mutation SetResellerBillVisibility($visible: Boolean!) {\n    setResellerBillVisibility(visible: $visible) { partner { id resellerBillsVisible } errors { code message } }\n  }\n": types.SetResellerBillVisibilityDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account { id email kind partner { id name } role { name } permissions }\n      errors { code field message }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout { ok }\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me { id email kind displayName partner { id name country } role { name } permissions }\n  }\n": types.MeDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      account { id }\n      errors { code field message }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  query Roles($first: Int, $after: String, $search: String) {\n    roles(first: $first, after: $after, search: $search) {\n      edges { cursor node { id name builtIn permissions } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.RolesDocument,
    "\n  query RolesWithCount($first: Int) {\n    roles(first: $first) {\n      totalCount\n      edges { node { id } }\n    }\n  }\n": types.RolesWithCountDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) { id name permissions }\n  }\n": types.RoleDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id name description permissions builtIn }\n      errors { code field message }\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role { id name permissions }\n      errors { code field message }\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  query AuditLog($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { id at actorId actorEmail partnerId operation entityType entityId action before after diff requestId } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Members($first: Int, $after: String, $search: String, $roleId: ID, $status: AccountStatus) {\n    members(first: $first, after: $after, search: $search, roleId: $roleId, status: $status) {\n      totalCount\n      edges { node { id email displayName mobile status isAdministrator passwordSet role { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.MembersDocument,
    "\n  query Member($id: ID!) {\n    member(id: $id) { id email displayName mobile status isAdministrator passwordSet createdAt updatedAt role { id name } }\n  }\n": types.MemberDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      member { id email displayName mobile status isAdministrator passwordSet role { id name } }\n      setPasswordLink\n      errors { code field message }\n    }\n  }\n": types.CreateMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      member { id displayName mobile }\n      errors { code field message }\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  mutation AssignMemberRole($input: AssignMemberRoleInput!) {\n    assignMemberRole(input: $input) {\n      member { id role { id name } }\n      errors { code field message }\n    }\n  }\n": types.AssignMemberRoleDocument,
    "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      member { id status }\n      errors { code field message }\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      member { id status }\n      errors { code field message }\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation ResendSetPasswordLink($id: ID!) {\n    resendSetPasswordLink(id: $id) {\n      member { id }\n      setPasswordLink\n      errors { code field message }\n    }\n  }\n": types.ResendSetPasswordLinkDocument,
    "\n  query RolesWithMemberCount($first: Int) {\n    roles(first: $first) {\n      edges { node { id name builtIn memberCount } }\n    }\n  }\n": types.RolesWithMemberCountDocument,
    "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id) {\n      deletedRoleId\n      errors { code field message }\n    }\n  }\n": types.DeleteRoleDocument,
    "\n  query GrantablePermissions {\n    grantablePermissions\n  }\n": types.GrantablePermissionsDocument,
    "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) { email displayName expiresAt }\n  }\n": types.PasswordLinkDocument,
    "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      account { email }\n      errors { code field message }\n    }\n  }\n": types.SetPasswordDocument,
    "\n  mutation IngestUsageRecords($input: IngestUsageRecordsInput!) {\n    ingestUsageRecords(input: $input) { accepted duplicates errors { code field message } }\n  }\n": types.IngestUsageRecordsDocument,
    "\n  query ExpenditureDistribution($input: ExpenditureDistributionInput!) {\n    expenditureDistribution(input: $input) {\n      asOf dataThrough scope from to groupBy\n      rows { key label records listPrice discount amountDue cash coupon amount revenue }\n      totals { key label records listPrice discount amountDue cash coupon amount revenue }\n    }\n  }\n": types.ExpenditureDistributionDocument,
    "\n  query ExpenditureOverview {\n    expenditureOverview {\n      asOf dataThrough scope amountDue\n      thisMonth { month expenditures { amount amountDue } refunds { amount } adjustments { amount } net { amount amountDue records } }\n      lastMonth { month net { amount } }\n      trend { key amount amountDue records }\n    }\n  }\n": types.ExpenditureOverviewDocument,
    "\n  query CustomerExpenditureSummary($billingCycle: String!) {\n    customerExpenditureSummary(billingCycle: $billingCycle) {\n      billingCycle asOf scope discountTotal\n      expenditures { kind amount cash coupon discount rows { customerId companyName accountName records amount cash coupon discount } }\n      refunds { kind amount cash coupon rows { customerId amount cash coupon } }\n      adjustments { kind amount cash coupon rows { customerId amount cash coupon } }\n    }\n  }\n": types.CustomerExpenditureSummaryDocument,
    "\n  query ExpenditureRecords($billingCycle: String!, $customerId: ID, $kind: UsageKind, $transactionId: String, $resourceId: String, $first: Int, $after: String) {\n    expenditureRecords(billingCycle: $billingCycle, customerId: $customerId, kind: $kind, transactionId: $transactionId, resourceId: $resourceId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id transactionId kind transactedAt billingCycle customerId customerName product resourceType resourceId specification region availabilityZone billingMode marketplace listPrice discount amountDue cash coupon monthlySettlement } }\n    }\n  }\n": types.ExpenditureRecordsDocument,
    "\n  query PartnerRevenue($fromMonth: String!, $toMonth: String!) {\n    partnerRevenue(fromMonth: $fromMonth, toMonth: $toMonth) { fromMonth toMonth total scope months { month revenue } }\n  }\n": types.PartnerRevenueDocument,
    "\n  mutation StartUsageImport($input: StartUsageImportInput!) {\n    startUsageImport(input: $input) { usageImport { id status fileName } errors { code field message } }\n  }\n": types.StartUsageImportDocument,
    "\n  query UsageImport($id: ID!) {\n    usageImport(id: $id) { id status rowsRead bytesRead bytesTotal accepted duplicates errorRow errorMessage finishedAt }\n  }\n": types.UsageImportDocument,
    "\n  query MyPartner {\n    myPartner {\n      id name country status address contactName contactEmail contactPhone industry tenantType\n      businessAuthStatus paymentAuthStatus canReceiveIncentives amountDue accountBalance consumptionQuota\n      programs { id program tier phase developmentStatus joinedOn certificateNumber validFrom validUntil renewedAt }\n      authentications { id kind status submittedBy reviewedBy rejectionReason payment { bankAccountNumber taxRate settlementCurrency } business { legalEntityName } }\n      countryChanges { fromCountry toCountry reason changedBy }\n    }\n  }\n": types.MyPartnerDocument,
    "\n  mutation UpdatePartnerInformation($input: UpdatePartnerInformationInput!) {\n    updatePartnerInformation(input: $input) {\n      partner { id name address contactEmail tenantType country }\n      errors { code field message }\n    }\n  }\n": types.UpdatePartnerInformationDocument,
    "\n  mutation SubmitBusinessAuthentication($input: SubmitBusinessAuthenticationInput!) {\n    submitBusinessAuthentication(input: $input) {\n      authentication { id kind status submittedBy }\n      errors { code field message }\n    }\n  }\n": types.SubmitBusinessAuthenticationDocument,
    "\n  mutation SubmitPaymentAuthentication($input: SubmitPaymentAuthenticationInput!) {\n    submitPaymentAuthentication(input: $input) {\n      authentication { id kind status payment { taxRate settlementCurrency bankAccountNumber } }\n      errors { code field message }\n    }\n  }\n": types.SubmitPaymentAuthenticationDocument,
    "\n  mutation DeregisterPartnerAccount {\n    deregisterPartnerAccount { partner { id status } errors { code field message } }\n  }\n": types.DeregisterPartnerAccountDocument,
    "\n  mutation RequestResourcePurchase {\n    requestResourcePurchase { allowed errors { code field message } }\n  }\n": types.RequestResourcePurchaseDocument,
    "\n  query Partners($first: Int, $after: String, $search: String, $country: String, $program: Program, $tier: CspTier, $businessAuthStatus: AuthenticationStatus, $paymentAuthStatus: AuthenticationStatus) {\n    partners(first: $first, after: $after, search: $search, country: $country, program: $program, tier: $tier, businessAuthStatus: $businessAuthStatus, paymentAuthStatus: $paymentAuthStatus) {\n      totalCount\n      edges { cursor node { id name slug country businessAuthStatus paymentAuthStatus programs { program tier } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PartnersDocument,
    "\n  query Partner($id: ID!) {\n    partner(id: $id) {\n      id name country status canReceiveIncentives amountDue accountBalance consumptionQuota\n      administrator { email displayName passwordSet }\n      programs { id program tier phase developmentStatus validUntil }\n      countryChanges { fromCountry toCountry reason changedBy }\n      authentications { id kind status rejectionReason }\n    }\n  }\n": types.PartnerDocument,
    "\n  mutation RegisterPartner($input: RegisterPartnerInput!) {\n    registerPartner(input: $input) {\n      registration { partner { id name slug country } setPasswordLink }\n      errors { code field message }\n    }\n  }\n": types.RegisterPartnerDocument,
    "\n  mutation ResendPartnerAdministratorLink($partnerId: ID!) {\n    resendPartnerAdministratorLink(partnerId: $partnerId) { setPasswordLink errors { code field message } }\n  }\n": types.ResendPartnerAdministratorLinkDocument,
    "\n  mutation ChangePartnerCountry($input: ChangePartnerCountryInput!) {\n    changePartnerCountry(input: $input) { partner { id country } errors { code field message } }\n  }\n": types.ChangePartnerCountryDocument,
    "\n  mutation SetPartnerAccountFigures($input: SetPartnerAccountFiguresInput!) {\n    setPartnerAccountFigures(input: $input) { partner { id amountDue accountBalance consumptionQuota } errors { code field message } }\n  }\n": types.SetPartnerAccountFiguresDocument,
    "\n  mutation EnrolPartnerInProgram($input: EnrolPartnerInput!) {\n    enrolPartnerInProgram(input: $input) {\n      partnerProgram { id program tier phase developmentStatus joinedOn certificateNumber validFrom validUntil }\n      errors { code field message }\n    }\n  }\n": types.EnrolPartnerInProgramDocument,
    "\n  mutation UpdatePartnerProgram($input: UpdatePartnerProgramInput!) {\n    updatePartnerProgram(input: $input) { partnerProgram { id tier phase developmentStatus } errors { code field message } }\n  }\n": types.UpdatePartnerProgramDocument,
    "\n  query AuthenticationReviews($first: Int, $after: String, $status: AuthenticationStatus, $kind: AuthenticationKind) {\n    authenticationReviews(first: $first, after: $after, status: $status, kind: $kind) {\n      totalCount\n      edges { node { id kind status submittedAt partner { id name } payment { taxRate } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AuthenticationReviewsDocument,
    "\n  mutation ReviewAuthentication($input: ReviewAuthenticationInput!) {\n    reviewAuthentication(input: $input) {\n      authentication { id status rejectionReason reviewedBy }\n      errors { code field message }\n    }\n  }\n": types.ReviewAuthenticationDocument,
    "\n  mutation InvitePersonnel($input: InvitePersonnelInput!) {\n    invitePersonnel(input: $input) {\n      invitation { id status expiresAt invitedBy individual { loginId displayName } }\n      errors { code field message }\n    }\n  }\n": types.InvitePersonnelDocument,
    "\n  mutation CancelPersonnelInvitation($id: ID!) {\n    cancelPersonnelInvitation(id: $id) { invitation { id status } errors { code field message } }\n  }\n": types.CancelPersonnelInvitationDocument,
    "\n  query PersonnelInvitations($status: InvitationStatus) {\n    personnelInvitations(first: 100, status: $status) {\n      totalCount\n      edges { node { id status individual { loginId } } }\n    }\n  }\n": types.PersonnelInvitationsDocument,
    "\n  query MyPersonnelInvitations($status: InvitationStatus) {\n    myPersonnelInvitations(first: 100, status: $status) {\n      edges { node { id status expiresAt createdAt partner { id name } } }\n    }\n  }\n": types.MyPersonnelInvitationsDocument,
    "\n  query MyPersonnelAssociations {\n    myPersonnelAssociations { id startedAt endedAt partner { name } }\n  }\n": types.MyPersonnelAssociationsDocument,
    "\n  mutation AcceptPersonnelInvitation($id: ID!) {\n    acceptPersonnelInvitation(id: $id) { invitation { id status } errors { code field message } }\n  }\n": types.AcceptPersonnelInvitationDocument,
    "\n  mutation DeclinePersonnelInvitation($id: ID!) {\n    declinePersonnelInvitation(id: $id) { invitation { id status } errors { code field message } }\n  }\n": types.DeclinePersonnelInvitationDocument,
    "\n  query Personnel($first: Int, $after: String, $position: PersonnelPosition, $minimumLevel: CertificateLevel, $validOnly: Boolean, $search: String, $includeEnded: Boolean) {\n    personnel(first: $first, after: $after, position: $position, minimumLevel: $minimumLevel, validOnly: $validOnly, search: $search, includeEnded: $includeEnded) {\n      totalCount\n      edges {\n        node {\n          id position employmentStart employmentEnd startedAt endedAt\n          individual { id loginId displayName }\n          certificates { id level number expiresOn validToday }\n          eligibility { fundingHead delivery labels }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PersonnelDocument,
    "\n  query DedicatedPerson($id: ID!) {\n    dedicatedPerson(id: $id) { id position individual { loginId } certificates { id level } }\n  }\n": types.DedicatedPersonDocument,
    "\n  mutation UpdatePersonnel($input: UpdatePersonnelInput!) {\n    updatePersonnel(input: $input) { person { id position employmentStart employmentEnd eligibility { fundingHead } } errors { code field message } }\n  }\n": types.UpdatePersonnelDocument,
    "\n  mutation EndPersonnelAssociation($id: ID!) {\n    endPersonnelAssociation(id: $id) { person { id endedAt certificates { id } } errors { code field message } }\n  }\n": types.EndPersonnelAssociationDocument,
    "\n  query MyCertificates {\n    myCertificates { id level family track number issuedOn expiresOn source validToday proofUrl }\n  }\n": types.MyCertificatesDocument,
    "\n  mutation UploadCertificate($input: UploadCertificateInput!) {\n    uploadCertificate(input: $input) { certificate { id level number source proofUrl } errors { code field message } }\n  }\n": types.UploadCertificateDocument,
    "\n  mutation SynchronizeCloudMigrationCertificate($input: SynchronizeCertificateInput!) {\n    synchronizeCloudMigrationCertificate(input: $input) { certificate { id level source } errors { code field message } }\n  }\n": types.SynchronizeCloudMigrationCertificateDocument,
    "\n  query PartnerCertificates($minimumLevel: CertificateLevel, $validOnly: Boolean, $search: String) {\n    partnerCertificates(first: 100, minimumLevel: $minimumLevel, validOnly: $validOnly, search: $search) {\n      totalCount\n      edges { node { id level number holder { loginId } proofUrl } }\n    }\n  }\n": types.PartnerCertificatesDocument,
    "\n  mutation TransferCertificate($input: TransferCertificateInput!) {\n    transferCertificate(input: $input) { certificate { id holder { loginId } } errors { code field message } }\n  }\n": types.TransferCertificateDocument,
    "\n  query CertificateHistory($id: ID!) {\n    certificateHistory(id: $id) { fromLoginId toLoginId transferredBy at }\n  }\n": types.CertificateHistoryDocument,
    "\n  mutation SetEnterpriseAuthentication($input: SetEnterpriseAuthenticationInput!) {\n    setEnterpriseAuthentication(input: $input) { individual { loginId enterpriseAuthenticated } errors { code field message } }\n  }\n": types.SetEnterpriseAuthenticationDocument,
    "\n  query MyIndividualProfile {\n    myIndividualProfile { loginId displayName email enterpriseAuthenticated }\n  }\n": types.MyIndividualProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingOverview {\n    billingOverview {\n      amountDue unpaidLatestMonth unpaidPreviousMonths latestBilledMonth\n      estimate { month expenditures refunds adjustments coupons total amountDue billIssueDate }\n      estimates { month expenditures refunds adjustments coupons total amountDue billIssueDate }\n    }\n  }\n"): (typeof documents)["\n  query BillingOverview {\n    billingOverview {\n      amountDue unpaidLatestMonth unpaidPreviousMonths latestBilledMonth\n      estimate { month expenditures refunds adjustments coupons total amountDue billIssueDate }\n      estimates { month expenditures refunds adjustments coupons total amountDue billIssueDate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerBills($first: Int, $after: String) {\n    partnerBills(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id partnerId month issuedAt expenditures refunds adjustments couponsDeducted total amountDue paid unpaid } }\n    }\n  }\n"): (typeof documents)["\n  query PartnerBills($first: Int, $after: String) {\n    partnerBills(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id partnerId month issuedAt expenditures refunds adjustments couponsDeducted total amountDue paid unpaid } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerBill($id: ID!) {\n    partnerBill(id: $id) {\n      id partnerId month issuedAt expenditures refunds adjustments couponsDeducted total amountDue paid unpaid\n      payments { id amount paidAt reference recordedBy createdAt }\n      byProduct { key name expenditures refunds adjustments coupons total amountDue }\n      byCustomer { key name expenditures refunds adjustments coupons total amountDue }\n    }\n  }\n"): (typeof documents)["\n  query PartnerBill($id: ID!) {\n    partnerBill(id: $id) {\n      id partnerId month issuedAt expenditures refunds adjustments couponsDeducted total amountDue paid unpaid\n      payments { id amount paidAt reference recordedBy createdAt }\n      byProduct { key name expenditures refunds adjustments coupons total amountDue }\n      byCustomer { key name expenditures refunds adjustments coupons total amountDue }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorPartnerBills($partnerId: ID!, $first: Int, $after: String) {\n    operatorPartnerBills(partnerId: $partnerId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id partnerId month issuedAt amountDue paid unpaid } }\n    }\n  }\n"): (typeof documents)["\n  query OperatorPartnerBills($partnerId: ID!, $first: Int, $after: String) {\n    operatorPartnerBills(partnerId: $partnerId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id partnerId month issuedAt amountDue paid unpaid } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordBillPayment($input: RecordBillPaymentInput!) {\n    recordBillPayment(input: $input) {\n      bill { id month amountDue paid unpaid payments { id amount paidAt reference recordedBy } }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordBillPayment($input: RecordBillPaymentInput!) {\n    recordBillPayment(input: $input) {\n      bill { id month amountDue paid unpaid payments { id amount paidAt reference recordedBy } }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCustomerBudget($input: SetCustomerBudgetInput!) {\n    setCustomerBudget(input: $input) {\n      budget { id customerId amount frozen frozenAt frozenBy freezeReason updatedAt }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCustomerBudget($input: SetCustomerBudgetInput!) {\n    setCustomerBudget(input: $input) {\n      budget { id customerId amount frozen frozenAt frozenBy freezeReason updatedAt }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FreezeCustomer($input: FreezeCustomerInput!) {\n    freezeCustomer(input: $input) {\n      budget { id customerId amount frozen frozenAt frozenBy freezeReason }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation FreezeCustomer($input: FreezeCustomerInput!) {\n    freezeCustomer(input: $input) {\n      budget { id customerId amount frozen frozenAt frozenBy freezeReason }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfreezeCustomer($input: UnfreezeCustomerInput!) {\n    unfreezeCustomer(input: $input) {\n      budget { id customerId amount frozen }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation UnfreezeCustomer($input: UnfreezeCustomerInput!) {\n    unfreezeCustomer(input: $input) {\n      budget { id customerId amount frozen }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetAdjustments($customerId: ID!) {\n    budgetAdjustments(customerId: $customerId) { id kind previousAmount newAmount actorEmail note createdAt }\n  }\n"): (typeof documents)["\n  query BudgetAdjustments($customerId: ID!) {\n    budgetAdjustments(customerId: $customerId) { id kind previousAmount newAmount actorEmail note createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerBudgets($first: Int, $after: String, $search: String) {\n    customerBudgets(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id\n          customer { id companyName email }\n          amount frozen freezeReason month monthSpendAtListPrice currentEstimate percentUsed alertedThresholds\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerBudgets($first: Int, $after: String, $search: String) {\n    customerBudgets(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          id\n          customer { id companyName email }\n          amount frozen freezeReason month monthSpendAtListPrice currentEstimate percentUsed alertedThresholds\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizePurchase($input: AuthorizePurchaseInput!) {\n    authorizePurchase(input: $input) {\n      decision { allowed reason message budget monthSpendAtListPrice frozen }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthorizePurchase($input: AuthorizePurchaseInput!) {\n    authorizePurchase(input: $input) {\n      decision { allowed reason message budget monthSpendAtListPrice frozen }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCustomer($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      registration { setPasswordLink customer { id email companyName country accountBalance } }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterCustomer($input: RegisterCustomerInput!) {\n    registerCustomer(input: $input) {\n      registration { setPasswordLink customer { id email companyName country accountBalance } }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomerProfile($input: UpdateCustomerProfileInput!) {\n    updateCustomerProfile(input: $input) {\n      customer {\n        id inArrears specialContract internalAccount reservedInstancesUntil hasUnexpiredReservedInstances\n        accountBalance hasTopUpRewards outstandingInvoicesRmb\n        associationBlockers { code message }\n      }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomerProfile($input: UpdateCustomerProfileInput!) {\n    updateCustomerProfile(input: $input) {\n      customer {\n        id inArrears specialContract internalAccount reservedInstancesUntil hasUnexpiredReservedInstances\n        accountBalance hasTopUpRewards outstandingInvoicesRmb\n        associationBlockers { code message }\n      }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerProfiles($first: Int, $after: String, $search: String, $blocked: Boolean, $associated: Boolean) {\n    customerProfiles(first: $first, after: $after, search: $search, blocked: $blocked, associated: $associated) {\n      totalCount\n      edges {\n        node {\n          id email companyName country inArrears specialContract internalAccount accountBalance\n          associationBlockers { code }\n          currentAssociation { id model partner { name } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query CustomerProfiles($first: Int, $after: String, $search: String, $blocked: Boolean, $associated: Boolean) {\n    customerProfiles(first: $first, after: $after, search: $search, blocked: $blocked, associated: $associated) {\n      totalCount\n      edges {\n        node {\n          id email companyName country inArrears specialContract internalAccount accountBalance\n          associationBlockers { code }\n          currentAssociation { id model partner { name } }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerProfile($id: ID!) {\n    customerProfile(id: $id) {\n      id email accountBalance\n      currentAssociation { id model status discountRate partner { id name } }\n      associations { id model status endedAt endedBy endReason partner { name } events { kind actorEmail details } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerProfile($id: ID!) {\n    customerProfile(id: $id) {\n      id email accountBalance\n      currentAssociation { id model status discountRate partner { id name } }\n      associations { id model status endedAt endedBy endReason partner { name } events { kind actorEmail details } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeAssociationModel($input: ChangeAssociationModelInput!) {\n    changeAssociationModel(input: $input) {\n      association { id model discountRate events { kind details actorEmail } }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeAssociationModel($input: ChangeAssociationModelInput!) {\n    changeAssociationModel(input: $input) {\n      association { id model discountRate events { kind details actorEmail } }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndReferralAssociation($input: EndReferralAssociationInput!) {\n    endReferralAssociation(input: $input) {\n      association { id status endedAt endedBy endReason }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation EndReferralAssociation($input: EndReferralAssociationInput!) {\n    endReferralAssociation(input: $input) {\n      association { id status endedAt endedBy endReason }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReferralDiscountRange($input: SetReferralDiscountRangeInput!) {\n    setReferralDiscountRange(input: $input) {\n      partner { id referralDiscountMin referralDiscountMax }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation SetReferralDiscountRange($input: SetReferralDiscountRangeInput!) {\n    setReferralDiscountRange(input: $input) {\n      partner { id referralDiscountMin referralDiscountMax }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerInvitation($code: String!) {\n    customerInvitation(code: $code) { code partnerName partnerCountry model channel status validDays expiresAt emailHint }\n  }\n"): (typeof documents)["\n  query CustomerInvitation($code: String!) {\n    customerInvitation(code: $code) { code partnerName partnerCountry model channel status validDays expiresAt emailHint }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCustomerFromInvitation($input: RegisterCustomerFromInvitationInput!) {\n    registerCustomerFromInvitation(input: $input) {\n      account { id email kind displayName }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterCustomerFromInvitation($input: RegisterCustomerFromInvitationInput!) {\n    registerCustomerFromInvitation(input: $input) {\n      account { id email kind displayName }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCustomerInvitation($input: AcceptCustomerInvitationInput!) {\n    acceptCustomerInvitation(input: $input) {\n      association { id model status startedAt balanceDisposition balanceAmount partner { id name } customer { id email } }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCustomerInvitation($input: AcceptCustomerInvitationInput!) {\n    acceptCustomerInvitation(input: $input) {\n      association { id model status startedAt balanceDisposition balanceAmount partner { id name } customer { id email } }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCustomerPartner {\n    myCustomerPartner {\n      associationId model since discountRate balanceDisposition canViewBills canRequestDisassociation\n      partner { id name }\n      pendingDisassociationRequest { id status reason }\n    }\n  }\n"): (typeof documents)["\n  query MyCustomerPartner {\n    myCustomerPartner {\n      associationId model since discountRate balanceDisposition canViewBills canRequestDisassociation\n      partner { id name }\n      pendingDisassociationRequest { id status reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCustomerProfile {\n    myCustomerProfile { id email companyName country accountBalance associationBlockers { code } }\n  }\n"): (typeof documents)["\n  query MyCustomerProfile {\n    myCustomerProfile { id email companyName country accountBalance associationBlockers { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCustomerInvitations($status: CustomerInvitationStatus) {\n    myCustomerInvitations(first: 50, status: $status) {\n      edges { node { code partnerName model channel status expiresAt validDays } }\n    }\n  }\n"): (typeof documents)["\n  query MyCustomerInvitations($status: CustomerInvitationStatus) {\n    myCustomerInvitations(first: 50, status: $status) {\n      edges { node { code partnerName model channel status expiresAt validDays } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDisassociation($input: RequestDisassociationInput!) {\n    requestDisassociation(input: $input) { request { id status reason } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation RequestDisassociation($input: RequestDisassociationInput!) {\n    requestDisassociation(input: $input) { request { id status reason } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawDisassociationRequest {\n    withdrawDisassociationRequest { request { id status resolvedBy } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation WithdrawDisassociationRequest {\n    withdrawDisassociationRequest { request { id status resolvedBy } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    unreadNotificationCount\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges { node { id category title body link readAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($unreadOnly: Boolean, $first: Int, $after: String) {\n    unreadNotificationCount\n    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges { node { id category title body link readAt } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) { notification { id readAt } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) { notification { id readAt } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead { count errors { code message } }\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead { count errors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxMails($to: String) {\n    outboxMails(first: 50, to: $to) { totalCount edges { node { id to subject text sentAt createdAt } } }\n  }\n"): (typeof documents)["\n  query OutboxMails($to: String) {\n    outboxMails(first: 50, to: $to) { totalCount edges { node { id to subject text sentAt createdAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreRegisterCustomer($input: PreRegisterCustomerInput!) {\n    preRegisterCustomer(input: $input) {\n      preRegistration { id email companyName country status daysLeft expiresAt createdBy }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation PreRegisterCustomer($input: PreRegisterCustomerInput!) {\n    preRegisterCustomer(input: $input) {\n      preRegistration { id email companyName country status daysLeft expiresAt createdBy }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleasePreRegistration($id: ID!) {\n    releasePreRegistration(id: $id) { preRegistration { id status daysLeft } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ReleasePreRegistration($id: ID!) {\n    releasePreRegistration(id: $id) { preRegistration { id status daysLeft } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreRegistrations($status: PreRegistrationStatus, $search: String) {\n    preRegistrations(first: 100, status: $status, search: $search) {\n      totalCount\n      edges { node { id email companyName status daysLeft } }\n    }\n  }\n"): (typeof documents)["\n  query PreRegistrations($status: PreRegistrationStatus, $search: String) {\n    preRegistrations(first: 100, status: $status, search: $search) {\n      totalCount\n      edges { node { id email companyName status daysLeft } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCustomerByEmail($input: InviteCustomerByEmailInput!) {\n    inviteCustomerByEmail(input: $input) {\n      invitation { id code url channel model email validDays expiresAt status acceptedCount }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteCustomerByEmail($input: InviteCustomerByEmailInput!) {\n    inviteCustomerByEmail(input: $input) {\n      invitation { id code url channel model email validDays expiresAt status acceptedCount }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomerInvitationLink($input: CreateCustomerInvitationLinkInput!) {\n    createCustomerInvitationLink(input: $input) {\n      invitation { id code url qrPngPath qrSvgPath channel model label expiresAt status acceptedCount }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomerInvitationLink($input: CreateCustomerInvitationLinkInput!) {\n    createCustomerInvitationLink(input: $input) {\n      invitation { id code url qrPngPath qrSvgPath channel model label expiresAt status acceptedCount }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCustomerInvitation($id: ID!) {\n    revokeCustomerInvitation(id: $id) { invitation { id status } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation RevokeCustomerInvitation($id: ID!) {\n    revokeCustomerInvitation(id: $id) { invitation { id status } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerInvitations($channel: InvitationChannel, $status: CustomerInvitationStatus) {\n    customerInvitations(first: 100, channel: $channel, status: $status) {\n      totalCount\n      edges { node { id code channel model email status acceptedCount acceptedAt label } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerInvitations($channel: InvitationChannel, $status: CustomerInvitationStatus) {\n    customerInvitations(first: 100, channel: $channel, status: $status) {\n      totalCount\n      edges { node { id code channel model email status acceptedCount acceptedAt label } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerCustomerInvitation($id: ID!) {\n    partnerCustomerInvitation(id: $id) { id code status }\n  }\n"): (typeof documents)["\n  query PartnerCustomerInvitation($id: ID!) {\n    partnerCustomerInvitation(id: $id) { id code status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers($first: Int, $after: String, $search: String, $model: AssociationModel, $accountManagerId: ID, $unassigned: Boolean, $status: AssociationStatus) {\n    customers(first: $first, after: $after, search: $search, model: $model, accountManagerId: $accountManagerId, unassigned: $unassigned, status: $status) {\n      totalCount\n      edges {\n        node {\n          id model status startedAt endedAt discountRate invitationChannel canViewBills\n          customer { id companyName country email }\n          accountManager { id displayName email }\n          pendingDisassociationRequest { id }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Customers($first: Int, $after: String, $search: String, $model: AssociationModel, $accountManagerId: ID, $unassigned: Boolean, $status: AssociationStatus) {\n    customers(first: $first, after: $after, search: $search, model: $model, accountManagerId: $accountManagerId, unassigned: $unassigned, status: $status) {\n      totalCount\n      edges {\n        node {\n          id model status startedAt endedAt discountRate invitationChannel canViewBills\n          customer { id companyName country email }\n          accountManager { id displayName email }\n          pendingDisassociationRequest { id }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerAssociation($id: ID!) {\n    customerAssociation(id: $id) {\n      id model status startedAt endedAt endedBy endReason discountRate balanceDisposition balanceAmount\n      customer { id companyName email }\n      accountManager { id displayName }\n      events { kind actorEmail details at }\n      disassociationRequests { id status reason }\n    }\n  }\n"): (typeof documents)["\n  query CustomerAssociation($id: ID!) {\n    customerAssociation(id: $id) {\n      id model status startedAt endedAt endedBy endReason discountRate balanceDisposition balanceAmount\n      customer { id companyName email }\n      accountManager { id displayName }\n      events { kind actorEmail details at }\n      disassociationRequests { id status reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTeam {\n    customerTeam { id email role customerCount ledBy { id email } leads { id email } }\n  }\n"): (typeof documents)["\n  query CustomerTeam {\n    customerTeam { id email role customerCount ledBy { id email } leads { id email } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCustomerDiscount($input: SetCustomerDiscountInput!) {\n    setCustomerDiscount(input: $input) { association { id discountRate } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SetCustomerDiscount($input: SetCustomerDiscountInput!) {\n    setCustomerDiscount(input: $input) { association { id discountRate } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignAccountManager($input: AssignAccountManagerInput!) {\n    assignAccountManager(input: $input) { association { id accountManager { id email } } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AssignAccountManager($input: AssignAccountManagerInput!) {\n    assignAccountManager(input: $input) { association { id accountManager { id email } } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountDirector($input: SetAccountDirectorInput!) {\n    setAccountDirector(input: $input) { member { id role ledBy { id email } customerCount } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SetAccountDirector($input: SetAccountDirectorInput!) {\n    setAccountDirector(input: $input) { member { id role ledBy { id email } customerCount } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisassociationRequests($status: DisassociationRequestStatus) {\n    disassociationRequests(first: 50, status: $status) {\n      edges { node { id status reason createdAt association { id customer { email companyName } } } }\n    }\n  }\n"): (typeof documents)["\n  query DisassociationRequests($status: DisassociationRequestStatus) {\n    disassociationRequests(first: 50, status: $status) {\n      edges { node { id status reason createdAt association { id customer { email companyName } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteDisassociation($requestId: ID!) {\n    completeDisassociation(requestId: $requestId) {\n      request { id status resolvedBy association { id status endedAt endReason } }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteDisassociation($requestId: ID!) {\n    completeDisassociation(requestId: $requestId) {\n      request { id status resolvedBy association { id status endedAt endReason } }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetResellerBillVisibility($visible: Boolean!) {\n    setResellerBillVisibility(visible: $visible) { partner { id resellerBillsVisible } errors { code message } }\n  }\n"): (typeof documents)["\n  mutation SetResellerBillVisibility($visible: Boolean!) {\n    setResellerBillVisibility(visible: $visible) { partner { id resellerBillsVisible } errors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account { id email kind partner { id name } role { name } permissions }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account { id email kind partner { id name } role { name } permissions }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout { ok }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout { ok }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id email kind displayName partner { id name country } role { name } permissions }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id email kind displayName partner { id name country } role { name } permissions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      account { id }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      account { id }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles($first: Int, $after: String, $search: String) {\n    roles(first: $first, after: $after, search: $search) {\n      edges { cursor node { id name builtIn permissions } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Roles($first: Int, $after: String, $search: String) {\n    roles(first: $first, after: $after, search: $search) {\n      edges { cursor node { id name builtIn permissions } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolesWithCount($first: Int) {\n    roles(first: $first) {\n      totalCount\n      edges { node { id } }\n    }\n  }\n"): (typeof documents)["\n  query RolesWithCount($first: Int) {\n    roles(first: $first) {\n      totalCount\n      edges { node { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Role($id: ID!) {\n    role(id: $id) { id name permissions }\n  }\n"): (typeof documents)["\n  query Role($id: ID!) {\n    role(id: $id) { id name permissions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id name description permissions builtIn }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id name description permissions builtIn }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role { id name permissions }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role { id name permissions }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { id at actorId actorEmail partnerId operation entityType entityId action before after diff requestId } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      edges { node { id at actorId actorEmail partnerId operation entityType entityId action before after diff requestId } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($first: Int, $after: String, $search: String, $roleId: ID, $status: AccountStatus) {\n    members(first: $first, after: $after, search: $search, roleId: $roleId, status: $status) {\n      totalCount\n      edges { node { id email displayName mobile status isAdministrator passwordSet role { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Members($first: Int, $after: String, $search: String, $roleId: ID, $status: AccountStatus) {\n    members(first: $first, after: $after, search: $search, roleId: $roleId, status: $status) {\n      totalCount\n      edges { node { id email displayName mobile status isAdministrator passwordSet role { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Member($id: ID!) {\n    member(id: $id) { id email displayName mobile status isAdministrator passwordSet createdAt updatedAt role { id name } }\n  }\n"): (typeof documents)["\n  query Member($id: ID!) {\n    member(id: $id) { id email displayName mobile status isAdministrator passwordSet createdAt updatedAt role { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      member { id email displayName mobile status isAdministrator passwordSet role { id name } }\n      setPasswordLink\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      member { id email displayName mobile status isAdministrator passwordSet role { id name } }\n      setPasswordLink\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      member { id displayName mobile }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      member { id displayName mobile }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignMemberRole($input: AssignMemberRoleInput!) {\n    assignMemberRole(input: $input) {\n      member { id role { id name } }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignMemberRole($input: AssignMemberRoleInput!) {\n    assignMemberRole(input: $input) {\n      member { id role { id name } }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      member { id status }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMember($id: ID!) {\n    deactivateMember(id: $id) {\n      member { id status }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      member { id status }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMember($id: ID!) {\n    reactivateMember(id: $id) {\n      member { id status }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendSetPasswordLink($id: ID!) {\n    resendSetPasswordLink(id: $id) {\n      member { id }\n      setPasswordLink\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendSetPasswordLink($id: ID!) {\n    resendSetPasswordLink(id: $id) {\n      member { id }\n      setPasswordLink\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolesWithMemberCount($first: Int) {\n    roles(first: $first) {\n      edges { node { id name builtIn memberCount } }\n    }\n  }\n"): (typeof documents)["\n  query RolesWithMemberCount($first: Int) {\n    roles(first: $first) {\n      edges { node { id name builtIn memberCount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id) {\n      deletedRoleId\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id) {\n      deletedRoleId\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantablePermissions {\n    grantablePermissions\n  }\n"): (typeof documents)["\n  query GrantablePermissions {\n    grantablePermissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) { email displayName expiresAt }\n  }\n"): (typeof documents)["\n  query PasswordLink($token: String!) {\n    passwordLink(token: $token) { email displayName expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      account { email }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPassword($input: SetPasswordInput!) {\n    setPassword(input: $input) {\n      account { email }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestUsageRecords($input: IngestUsageRecordsInput!) {\n    ingestUsageRecords(input: $input) { accepted duplicates errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation IngestUsageRecords($input: IngestUsageRecordsInput!) {\n    ingestUsageRecords(input: $input) { accepted duplicates errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpenditureDistribution($input: ExpenditureDistributionInput!) {\n    expenditureDistribution(input: $input) {\n      asOf dataThrough scope from to groupBy\n      rows { key label records listPrice discount amountDue cash coupon amount revenue }\n      totals { key label records listPrice discount amountDue cash coupon amount revenue }\n    }\n  }\n"): (typeof documents)["\n  query ExpenditureDistribution($input: ExpenditureDistributionInput!) {\n    expenditureDistribution(input: $input) {\n      asOf dataThrough scope from to groupBy\n      rows { key label records listPrice discount amountDue cash coupon amount revenue }\n      totals { key label records listPrice discount amountDue cash coupon amount revenue }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpenditureOverview {\n    expenditureOverview {\n      asOf dataThrough scope amountDue\n      thisMonth { month expenditures { amount amountDue } refunds { amount } adjustments { amount } net { amount amountDue records } }\n      lastMonth { month net { amount } }\n      trend { key amount amountDue records }\n    }\n  }\n"): (typeof documents)["\n  query ExpenditureOverview {\n    expenditureOverview {\n      asOf dataThrough scope amountDue\n      thisMonth { month expenditures { amount amountDue } refunds { amount } adjustments { amount } net { amount amountDue records } }\n      lastMonth { month net { amount } }\n      trend { key amount amountDue records }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerExpenditureSummary($billingCycle: String!) {\n    customerExpenditureSummary(billingCycle: $billingCycle) {\n      billingCycle asOf scope discountTotal\n      expenditures { kind amount cash coupon discount rows { customerId companyName accountName records amount cash coupon discount } }\n      refunds { kind amount cash coupon rows { customerId amount cash coupon } }\n      adjustments { kind amount cash coupon rows { customerId amount cash coupon } }\n    }\n  }\n"): (typeof documents)["\n  query CustomerExpenditureSummary($billingCycle: String!) {\n    customerExpenditureSummary(billingCycle: $billingCycle) {\n      billingCycle asOf scope discountTotal\n      expenditures { kind amount cash coupon discount rows { customerId companyName accountName records amount cash coupon discount } }\n      refunds { kind amount cash coupon rows { customerId amount cash coupon } }\n      adjustments { kind amount cash coupon rows { customerId amount cash coupon } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpenditureRecords($billingCycle: String!, $customerId: ID, $kind: UsageKind, $transactionId: String, $resourceId: String, $first: Int, $after: String) {\n    expenditureRecords(billingCycle: $billingCycle, customerId: $customerId, kind: $kind, transactionId: $transactionId, resourceId: $resourceId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id transactionId kind transactedAt billingCycle customerId customerName product resourceType resourceId specification region availabilityZone billingMode marketplace listPrice discount amountDue cash coupon monthlySettlement } }\n    }\n  }\n"): (typeof documents)["\n  query ExpenditureRecords($billingCycle: String!, $customerId: ID, $kind: UsageKind, $transactionId: String, $resourceId: String, $first: Int, $after: String) {\n    expenditureRecords(billingCycle: $billingCycle, customerId: $customerId, kind: $kind, transactionId: $transactionId, resourceId: $resourceId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id transactionId kind transactedAt billingCycle customerId customerName product resourceType resourceId specification region availabilityZone billingMode marketplace listPrice discount amountDue cash coupon monthlySettlement } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerRevenue($fromMonth: String!, $toMonth: String!) {\n    partnerRevenue(fromMonth: $fromMonth, toMonth: $toMonth) { fromMonth toMonth total scope months { month revenue } }\n  }\n"): (typeof documents)["\n  query PartnerRevenue($fromMonth: String!, $toMonth: String!) {\n    partnerRevenue(fromMonth: $fromMonth, toMonth: $toMonth) { fromMonth toMonth total scope months { month revenue } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartUsageImport($input: StartUsageImportInput!) {\n    startUsageImport(input: $input) { usageImport { id status fileName } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation StartUsageImport($input: StartUsageImportInput!) {\n    startUsageImport(input: $input) { usageImport { id status fileName } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageImport($id: ID!) {\n    usageImport(id: $id) { id status rowsRead bytesRead bytesTotal accepted duplicates errorRow errorMessage finishedAt }\n  }\n"): (typeof documents)["\n  query UsageImport($id: ID!) {\n    usageImport(id: $id) { id status rowsRead bytesRead bytesTotal accepted duplicates errorRow errorMessage finishedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPartner {\n    myPartner {\n      id name country status address contactName contactEmail contactPhone industry tenantType\n      businessAuthStatus paymentAuthStatus canReceiveIncentives amountDue accountBalance consumptionQuota\n      programs { id program tier phase developmentStatus joinedOn certificateNumber validFrom validUntil renewedAt }\n      authentications { id kind status submittedBy reviewedBy rejectionReason payment { bankAccountNumber taxRate settlementCurrency } business { legalEntityName } }\n      countryChanges { fromCountry toCountry reason changedBy }\n    }\n  }\n"): (typeof documents)["\n  query MyPartner {\n    myPartner {\n      id name country status address contactName contactEmail contactPhone industry tenantType\n      businessAuthStatus paymentAuthStatus canReceiveIncentives amountDue accountBalance consumptionQuota\n      programs { id program tier phase developmentStatus joinedOn certificateNumber validFrom validUntil renewedAt }\n      authentications { id kind status submittedBy reviewedBy rejectionReason payment { bankAccountNumber taxRate settlementCurrency } business { legalEntityName } }\n      countryChanges { fromCountry toCountry reason changedBy }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnerInformation($input: UpdatePartnerInformationInput!) {\n    updatePartnerInformation(input: $input) {\n      partner { id name address contactEmail tenantType country }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartnerInformation($input: UpdatePartnerInformationInput!) {\n    updatePartnerInformation(input: $input) {\n      partner { id name address contactEmail tenantType country }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitBusinessAuthentication($input: SubmitBusinessAuthenticationInput!) {\n    submitBusinessAuthentication(input: $input) {\n      authentication { id kind status submittedBy }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitBusinessAuthentication($input: SubmitBusinessAuthenticationInput!) {\n    submitBusinessAuthentication(input: $input) {\n      authentication { id kind status submittedBy }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPaymentAuthentication($input: SubmitPaymentAuthenticationInput!) {\n    submitPaymentAuthentication(input: $input) {\n      authentication { id kind status payment { taxRate settlementCurrency bankAccountNumber } }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPaymentAuthentication($input: SubmitPaymentAuthenticationInput!) {\n    submitPaymentAuthentication(input: $input) {\n      authentication { id kind status payment { taxRate settlementCurrency bankAccountNumber } }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeregisterPartnerAccount {\n    deregisterPartnerAccount { partner { id status } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DeregisterPartnerAccount {\n    deregisterPartnerAccount { partner { id status } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestResourcePurchase {\n    requestResourcePurchase { allowed errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation RequestResourcePurchase {\n    requestResourcePurchase { allowed errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partners($first: Int, $after: String, $search: String, $country: String, $program: Program, $tier: CspTier, $businessAuthStatus: AuthenticationStatus, $paymentAuthStatus: AuthenticationStatus) {\n    partners(first: $first, after: $after, search: $search, country: $country, program: $program, tier: $tier, businessAuthStatus: $businessAuthStatus, paymentAuthStatus: $paymentAuthStatus) {\n      totalCount\n      edges { cursor node { id name slug country businessAuthStatus paymentAuthStatus programs { program tier } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Partners($first: Int, $after: String, $search: String, $country: String, $program: Program, $tier: CspTier, $businessAuthStatus: AuthenticationStatus, $paymentAuthStatus: AuthenticationStatus) {\n    partners(first: $first, after: $after, search: $search, country: $country, program: $program, tier: $tier, businessAuthStatus: $businessAuthStatus, paymentAuthStatus: $paymentAuthStatus) {\n      totalCount\n      edges { cursor node { id name slug country businessAuthStatus paymentAuthStatus programs { program tier } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partner($id: ID!) {\n    partner(id: $id) {\n      id name country status canReceiveIncentives amountDue accountBalance consumptionQuota\n      administrator { email displayName passwordSet }\n      programs { id program tier phase developmentStatus validUntil }\n      countryChanges { fromCountry toCountry reason changedBy }\n      authentications { id kind status rejectionReason }\n    }\n  }\n"): (typeof documents)["\n  query Partner($id: ID!) {\n    partner(id: $id) {\n      id name country status canReceiveIncentives amountDue accountBalance consumptionQuota\n      administrator { email displayName passwordSet }\n      programs { id program tier phase developmentStatus validUntil }\n      countryChanges { fromCountry toCountry reason changedBy }\n      authentications { id kind status rejectionReason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPartner($input: RegisterPartnerInput!) {\n    registerPartner(input: $input) {\n      registration { partner { id name slug country } setPasswordLink }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPartner($input: RegisterPartnerInput!) {\n    registerPartner(input: $input) {\n      registration { partner { id name slug country } setPasswordLink }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendPartnerAdministratorLink($partnerId: ID!) {\n    resendPartnerAdministratorLink(partnerId: $partnerId) { setPasswordLink errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ResendPartnerAdministratorLink($partnerId: ID!) {\n    resendPartnerAdministratorLink(partnerId: $partnerId) { setPasswordLink errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePartnerCountry($input: ChangePartnerCountryInput!) {\n    changePartnerCountry(input: $input) { partner { id country } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ChangePartnerCountry($input: ChangePartnerCountryInput!) {\n    changePartnerCountry(input: $input) { partner { id country } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartnerAccountFigures($input: SetPartnerAccountFiguresInput!) {\n    setPartnerAccountFigures(input: $input) { partner { id amountDue accountBalance consumptionQuota } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SetPartnerAccountFigures($input: SetPartnerAccountFiguresInput!) {\n    setPartnerAccountFigures(input: $input) { partner { id amountDue accountBalance consumptionQuota } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolPartnerInProgram($input: EnrolPartnerInput!) {\n    enrolPartnerInProgram(input: $input) {\n      partnerProgram { id program tier phase developmentStatus joinedOn certificateNumber validFrom validUntil }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolPartnerInProgram($input: EnrolPartnerInput!) {\n    enrolPartnerInProgram(input: $input) {\n      partnerProgram { id program tier phase developmentStatus joinedOn certificateNumber validFrom validUntil }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnerProgram($input: UpdatePartnerProgramInput!) {\n    updatePartnerProgram(input: $input) { partnerProgram { id tier phase developmentStatus } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation UpdatePartnerProgram($input: UpdatePartnerProgramInput!) {\n    updatePartnerProgram(input: $input) { partnerProgram { id tier phase developmentStatus } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthenticationReviews($first: Int, $after: String, $status: AuthenticationStatus, $kind: AuthenticationKind) {\n    authenticationReviews(first: $first, after: $after, status: $status, kind: $kind) {\n      totalCount\n      edges { node { id kind status submittedAt partner { id name } payment { taxRate } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AuthenticationReviews($first: Int, $after: String, $status: AuthenticationStatus, $kind: AuthenticationKind) {\n    authenticationReviews(first: $first, after: $after, status: $status, kind: $kind) {\n      totalCount\n      edges { node { id kind status submittedAt partner { id name } payment { taxRate } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewAuthentication($input: ReviewAuthenticationInput!) {\n    reviewAuthentication(input: $input) {\n      authentication { id status rejectionReason reviewedBy }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewAuthentication($input: ReviewAuthenticationInput!) {\n    reviewAuthentication(input: $input) {\n      authentication { id status rejectionReason reviewedBy }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePersonnel($input: InvitePersonnelInput!) {\n    invitePersonnel(input: $input) {\n      invitation { id status expiresAt invitedBy individual { loginId displayName } }\n      errors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePersonnel($input: InvitePersonnelInput!) {\n    invitePersonnel(input: $input) {\n      invitation { id status expiresAt invitedBy individual { loginId displayName } }\n      errors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPersonnelInvitation($id: ID!) {\n    cancelPersonnelInvitation(id: $id) { invitation { id status } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CancelPersonnelInvitation($id: ID!) {\n    cancelPersonnelInvitation(id: $id) { invitation { id status } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonnelInvitations($status: InvitationStatus) {\n    personnelInvitations(first: 100, status: $status) {\n      totalCount\n      edges { node { id status individual { loginId } } }\n    }\n  }\n"): (typeof documents)["\n  query PersonnelInvitations($status: InvitationStatus) {\n    personnelInvitations(first: 100, status: $status) {\n      totalCount\n      edges { node { id status individual { loginId } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPersonnelInvitations($status: InvitationStatus) {\n    myPersonnelInvitations(first: 100, status: $status) {\n      edges { node { id status expiresAt createdAt partner { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query MyPersonnelInvitations($status: InvitationStatus) {\n    myPersonnelInvitations(first: 100, status: $status) {\n      edges { node { id status expiresAt createdAt partner { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPersonnelAssociations {\n    myPersonnelAssociations { id startedAt endedAt partner { name } }\n  }\n"): (typeof documents)["\n  query MyPersonnelAssociations {\n    myPersonnelAssociations { id startedAt endedAt partner { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptPersonnelInvitation($id: ID!) {\n    acceptPersonnelInvitation(id: $id) { invitation { id status } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AcceptPersonnelInvitation($id: ID!) {\n    acceptPersonnelInvitation(id: $id) { invitation { id status } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclinePersonnelInvitation($id: ID!) {\n    declinePersonnelInvitation(id: $id) { invitation { id status } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DeclinePersonnelInvitation($id: ID!) {\n    declinePersonnelInvitation(id: $id) { invitation { id status } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Personnel($first: Int, $after: String, $position: PersonnelPosition, $minimumLevel: CertificateLevel, $validOnly: Boolean, $search: String, $includeEnded: Boolean) {\n    personnel(first: $first, after: $after, position: $position, minimumLevel: $minimumLevel, validOnly: $validOnly, search: $search, includeEnded: $includeEnded) {\n      totalCount\n      edges {\n        node {\n          id position employmentStart employmentEnd startedAt endedAt\n          individual { id loginId displayName }\n          certificates { id level number expiresOn validToday }\n          eligibility { fundingHead delivery labels }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Personnel($first: Int, $after: String, $position: PersonnelPosition, $minimumLevel: CertificateLevel, $validOnly: Boolean, $search: String, $includeEnded: Boolean) {\n    personnel(first: $first, after: $after, position: $position, minimumLevel: $minimumLevel, validOnly: $validOnly, search: $search, includeEnded: $includeEnded) {\n      totalCount\n      edges {\n        node {\n          id position employmentStart employmentEnd startedAt endedAt\n          individual { id loginId displayName }\n          certificates { id level number expiresOn validToday }\n          eligibility { fundingHead delivery labels }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DedicatedPerson($id: ID!) {\n    dedicatedPerson(id: $id) { id position individual { loginId } certificates { id level } }\n  }\n"): (typeof documents)["\n  query DedicatedPerson($id: ID!) {\n    dedicatedPerson(id: $id) { id position individual { loginId } certificates { id level } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersonnel($input: UpdatePersonnelInput!) {\n    updatePersonnel(input: $input) { person { id position employmentStart employmentEnd eligibility { fundingHead } } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation UpdatePersonnel($input: UpdatePersonnelInput!) {\n    updatePersonnel(input: $input) { person { id position employmentStart employmentEnd eligibility { fundingHead } } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPersonnelAssociation($id: ID!) {\n    endPersonnelAssociation(id: $id) { person { id endedAt certificates { id } } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation EndPersonnelAssociation($id: ID!) {\n    endPersonnelAssociation(id: $id) { person { id endedAt certificates { id } } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCertificates {\n    myCertificates { id level family track number issuedOn expiresOn source validToday proofUrl }\n  }\n"): (typeof documents)["\n  query MyCertificates {\n    myCertificates { id level family track number issuedOn expiresOn source validToday proofUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadCertificate($input: UploadCertificateInput!) {\n    uploadCertificate(input: $input) { certificate { id level number source proofUrl } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation UploadCertificate($input: UploadCertificateInput!) {\n    uploadCertificate(input: $input) { certificate { id level number source proofUrl } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SynchronizeCloudMigrationCertificate($input: SynchronizeCertificateInput!) {\n    synchronizeCloudMigrationCertificate(input: $input) { certificate { id level source } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SynchronizeCloudMigrationCertificate($input: SynchronizeCertificateInput!) {\n    synchronizeCloudMigrationCertificate(input: $input) { certificate { id level source } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerCertificates($minimumLevel: CertificateLevel, $validOnly: Boolean, $search: String) {\n    partnerCertificates(first: 100, minimumLevel: $minimumLevel, validOnly: $validOnly, search: $search) {\n      totalCount\n      edges { node { id level number holder { loginId } proofUrl } }\n    }\n  }\n"): (typeof documents)["\n  query PartnerCertificates($minimumLevel: CertificateLevel, $validOnly: Boolean, $search: String) {\n    partnerCertificates(first: 100, minimumLevel: $minimumLevel, validOnly: $validOnly, search: $search) {\n      totalCount\n      edges { node { id level number holder { loginId } proofUrl } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferCertificate($input: TransferCertificateInput!) {\n    transferCertificate(input: $input) { certificate { id holder { loginId } } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation TransferCertificate($input: TransferCertificateInput!) {\n    transferCertificate(input: $input) { certificate { id holder { loginId } } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificateHistory($id: ID!) {\n    certificateHistory(id: $id) { fromLoginId toLoginId transferredBy at }\n  }\n"): (typeof documents)["\n  query CertificateHistory($id: ID!) {\n    certificateHistory(id: $id) { fromLoginId toLoginId transferredBy at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEnterpriseAuthentication($input: SetEnterpriseAuthenticationInput!) {\n    setEnterpriseAuthentication(input: $input) { individual { loginId enterpriseAuthenticated } errors { code field message } }\n  }\n"): (typeof documents)["\n  mutation SetEnterpriseAuthentication($input: SetEnterpriseAuthenticationInput!) {\n    setEnterpriseAuthentication(input: $input) { individual { loginId enterpriseAuthenticated } errors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyIndividualProfile {\n    myIndividualProfile { loginId displayName email enterpriseAuthenticated }\n  }\n"): (typeof documents)["\n  query MyIndividualProfile {\n    myIndividualProfile { loginId displayName email enterpriseAuthenticated }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;