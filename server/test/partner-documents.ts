import { graphql } from './gql/index.js';

export const MyPartnerDocument = graphql(`
  query MyPartner {
    myPartner {
      id name country status address contactName contactEmail contactPhone industry tenantType
      businessAuthStatus paymentAuthStatus canReceiveIncentives amountDue accountBalance consumptionQuota
      programs { id program tier phase developmentStatus joinedOn certificateNumber validFrom validUntil renewedAt }
      authentications { id kind status submittedBy reviewedBy rejectionReason payment { bankAccountNumber taxRate settlementCurrency } business { legalEntityName } }
      countryChanges { fromCountry toCountry reason changedBy }
    }
  }
`);

export const UpdatePartnerInformationDocument = graphql(`
  mutation UpdatePartnerInformation($input: UpdatePartnerInformationInput!) {
    updatePartnerInformation(input: $input) {
      partner { id name address contactEmail tenantType country }
      errors { code field message }
    }
  }
`);

export const SubmitBusinessAuthenticationDocument = graphql(`
  mutation SubmitBusinessAuthentication($input: SubmitBusinessAuthenticationInput!) {
    submitBusinessAuthentication(input: $input) {
      authentication { id kind status submittedBy }
      errors { code field message }
    }
  }
`);

export const SubmitPaymentAuthenticationDocument = graphql(`
  mutation SubmitPaymentAuthentication($input: SubmitPaymentAuthenticationInput!) {
    submitPaymentAuthentication(input: $input) {
      authentication { id kind status payment { taxRate settlementCurrency bankAccountNumber } }
      errors { code field message }
    }
  }
`);

export const DeregisterPartnerAccountDocument = graphql(`
  mutation DeregisterPartnerAccount {
    deregisterPartnerAccount { partner { id status } errors { code field message } }
  }
`);

export const RequestResourcePurchaseDocument = graphql(`
  mutation RequestResourcePurchase {
    requestResourcePurchase { allowed errors { code field message } }
  }
`);

export const PartnersDocument = graphql(`
  query Partners($first: Int, $after: String, $search: String, $country: String, $program: Program, $tier: CspTier, $businessAuthStatus: AuthenticationStatus, $paymentAuthStatus: AuthenticationStatus) {
    partners(first: $first, after: $after, search: $search, country: $country, program: $program, tier: $tier, businessAuthStatus: $businessAuthStatus, paymentAuthStatus: $paymentAuthStatus) {
      totalCount
      edges { cursor node { id name slug country businessAuthStatus paymentAuthStatus programs { program tier } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const PartnerDocument = graphql(`
  query Partner($id: ID!) {
    partner(id: $id) {
      id name country status canReceiveIncentives amountDue accountBalance consumptionQuota
      administrator { email displayName passwordSet }
      programs { id program tier phase developmentStatus validUntil }
      countryChanges { fromCountry toCountry reason changedBy }
      authentications { id kind status rejectionReason }
    }
  }
`);

export const RegisterPartnerDocument = graphql(`
  mutation RegisterPartner($input: RegisterPartnerInput!) {
    registerPartner(input: $input) {
      registration { partner { id name slug country } setPasswordLink }
      errors { code field message }
    }
  }
`);

export const ResendPartnerAdministratorLinkDocument = graphql(`
  mutation ResendPartnerAdministratorLink($partnerId: ID!) {
    resendPartnerAdministratorLink(partnerId: $partnerId) { setPasswordLink errors { code field message } }
  }
`);

export const ChangePartnerCountryDocument = graphql(`
  mutation ChangePartnerCountry($input: ChangePartnerCountryInput!) {
    changePartnerCountry(input: $input) { partner { id country } errors { code field message } }
  }
`);

export const SetPartnerAccountFiguresDocument = graphql(`
  mutation SetPartnerAccountFigures($input: SetPartnerAccountFiguresInput!) {
    setPartnerAccountFigures(input: $input) { partner { id amountDue accountBalance consumptionQuota } errors { code field message } }
  }
`);

export const EnrolPartnerInProgramDocument = graphql(`
  mutation EnrolPartnerInProgram($input: EnrolPartnerInput!) {
    enrolPartnerInProgram(input: $input) {
      partnerProgram { id program tier phase developmentStatus joinedOn certificateNumber validFrom validUntil }
      errors { code field message }
    }
  }
`);

export const UpdatePartnerProgramDocument = graphql(`
  mutation UpdatePartnerProgram($input: UpdatePartnerProgramInput!) {
    updatePartnerProgram(input: $input) { partnerProgram { id tier phase developmentStatus } errors { code field message } }
  }
`);

export const AuthenticationReviewsDocument = graphql(`
  query AuthenticationReviews($first: Int, $after: String, $status: AuthenticationStatus, $kind: AuthenticationKind) {
    authenticationReviews(first: $first, after: $after, status: $status, kind: $kind) {
      totalCount
      edges { node { id kind status submittedAt partner { id name } payment { taxRate } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const ReviewAuthenticationDocument = graphql(`
  mutation ReviewAuthentication($input: ReviewAuthenticationInput!) {
    reviewAuthentication(input: $input) {
      authentication { id status rejectionReason reviewedBy }
      errors { code field message }
    }
  }
`);
