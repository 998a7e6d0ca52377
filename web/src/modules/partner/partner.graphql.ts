import { graphql } from '../../gql';

/** The partner Overview: company, programs, authentication statuses and account figures. */
export const PartnerOverviewQuery = graphql(`
  query PartnerOverview {
    myPartner {
      id
      name
      country
      status
      businessAuthStatus
      paymentAuthStatus
      canReceiveIncentives
      amountDue
      accountBalance
      consumptionQuota
      programs {
        id
        program
        tier
        phase
        developmentStatus
      }
    }
  }
`);

/** Partner Information: basic information, both authentications with their history, country changes. */
export const PartnerInformationQuery = graphql(`
  query PartnerInformation {
    myPartner {
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
      createdAt
      updatedAt
      programs {
        id
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
      }
      countryChanges {
        id
        fromCountry
        toCountry
        reason
        changedBy
        createdAt
      }
    }
  }
`);

export const PartnerProgramsQuery = graphql(`
  query PartnerPrograms {
    myPartner {
      id
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
    }
  }
`);

export const UpdatePartnerInformationMutation = graphql(`
  mutation UpdatePartnerInformation($input: UpdatePartnerInformationInput!) {
    updatePartnerInformation(input: $input) {
      partner {
        id
        name
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const SubmitBusinessAuthenticationMutation = graphql(`
  mutation SubmitBusinessAuthentication($input: SubmitBusinessAuthenticationInput!) {
    submitBusinessAuthentication(input: $input) {
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

export const SubmitPaymentAuthenticationMutation = graphql(`
  mutation SubmitPaymentAuthentication($input: SubmitPaymentAuthenticationInput!) {
    submitPaymentAuthentication(input: $input) {
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

export const DeregisterPartnerAccountMutation = graphql(`
  mutation DeregisterPartnerAccount {
    deregisterPartnerAccount {
      partner {
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
