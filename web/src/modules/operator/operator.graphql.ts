import { graphql } from '../../gql';

export const PartnersQuery = graphql(`
  query OperatorPartners(
    $first: Int
    $after: String
    $search: String
    $country: String
    $program: Program
    $tier: CspTier
    $businessAuthStatus: AuthenticationStatus
    $paymentAuthStatus: AuthenticationStatus
  ) {
    partners(
      first: $first
      after: $after
      search: $search
      country: $country
      program: $program
      tier: $tier
      businessAuthStatus: $businessAuthStatus
      paymentAuthStatus: $paymentAuthStatus
    ) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          country
          status
          businessAuthStatus
          paymentAuthStatus
          createdAt
          programs {
            id
            program
            tier
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

export const PartnerDetailQuery = graphql(`
  query OperatorPartner($id: ID!) {
    partner(id: $id) {
      id
      name
      slug
      country
      status
      address
      contactName
      contactEmail
      contactPhone
      industry
      tenantType
      businessAuthStatus
      paymentAuthStatus
      canReceiveIncentives
      amountDue
      accountBalance
      consumptionQuota
      createdAt
      programs {
        id
        program
        tier
        phase
        developmentStatus
        joinedOn
        certificateNumber
        validFrom
        validUntil
        renewedAt
      }
      authentications {
        id
        kind
        status
        submittedAt
        submittedBy
        reviewedAt
        reviewedBy
        rejectionReason
      }
      countryChanges {
        id
        fromCountry
        toCountry
        reason
        changedBy
        createdAt
      }
      administrator {
        email
        displayName
        passwordSet
      }
    }
  }
`);

export const AuthenticationReviewsQuery = graphql(`
  query AuthenticationReviews($first: Int, $after: String, $status: AuthenticationStatus, $kind: AuthenticationKind) {
    authenticationReviews(first: $first, after: $after, status: $status, kind: $kind) {
      totalCount
      edges {
        cursor
        node {
          id
          kind
          status
          submittedAt
          submittedBy
          reviewedAt
          reviewedBy
          rejectionReason
          business {
            legalEntityName
            registrationNumber
            legalRepresentative
            registeredAddress
          }
          payment {
            bankName
            bankAccountName
            bankAccountNumber
            bankCode
            taxRate
            settlementCurrency
          }
          partner {
            id
            name
            country
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

export const RegisterPartnerMutation = graphql(`
  mutation RegisterPartner($input: RegisterPartnerInput!) {
    registerPartner(input: $input) {
      registration {
        partner {
          id
          name
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

export const ResendPartnerAdministratorLinkMutation = graphql(`
  mutation ResendPartnerAdministratorLink($partnerId: ID!) {
    resendPartnerAdministratorLink(partnerId: $partnerId) {
      setPasswordLink
      errors {
        code
        field
        message
      }
    }
  }
`);

export const EnrolPartnerMutation = graphql(`
  mutation EnrolPartnerInProgram($input: EnrolPartnerInput!) {
    enrolPartnerInProgram(input: $input) {
      partnerProgram {
        id
        program
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const UpdatePartnerProgramMutation = graphql(`
  mutation UpdatePartnerProgram($input: UpdatePartnerProgramInput!) {
    updatePartnerProgram(input: $input) {
      partnerProgram {
        id
        program
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const ChangePartnerCountryMutation = graphql(`
  mutation ChangePartnerCountry($input: ChangePartnerCountryInput!) {
    changePartnerCountry(input: $input) {
      partner {
        id
        country
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const SetPartnerAccountFiguresMutation = graphql(`
  mutation SetPartnerAccountFigures($input: SetPartnerAccountFiguresInput!) {
    setPartnerAccountFigures(input: $input) {
      partner {
        id
        amountDue
        accountBalance
        consumptionQuota
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const ReviewAuthenticationMutation = graphql(`
  mutation ReviewAuthentication($input: ReviewAuthenticationInput!) {
    reviewAuthentication(input: $input) {
      authentication {
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
