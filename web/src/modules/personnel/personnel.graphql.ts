import { graphql } from '../../gql';

/** Whether the signed-in account is the partner's administrator (master) account: only it invites and ends associations (R-ORG-4). */
export const PersonnelViewerQuery = graphql(`
  query PersonnelViewer {
    me {
      id
      role {
        id
        isAdministrator
      }
    }
  }
`);

export const PersonnelQuery = graphql(`
  query Personnel(
    $first: Int
    $after: String
    $position: PersonnelPosition
    $minimumLevel: CertificateLevel
    $validOnly: Boolean
    $search: String
    $includeEnded: Boolean
  ) {
    personnel(
      first: $first
      after: $after
      position: $position
      minimumLevel: $minimumLevel
      validOnly: $validOnly
      search: $search
      includeEnded: $includeEnded
    ) {
      edges {
        cursor
        node {
          id
          individual {
            id
            loginId
            displayName
          }
          position
          employmentStart
          employmentEnd
          startedAt
          endedAt
          certificates {
            id
            level
            family
            track
            number
            issuedOn
            expiresOn
            source
            validToday
            proofUrl
            holder {
              id
              loginId
            }
          }
          eligibility {
            on
            fundingHead
            delivery
            labels
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

/** The current members, for the "transfer to" picker (a partner has far fewer than 100 dedicated personnel). */
export const PersonnelOptionsQuery = graphql(`
  query PersonnelOptions {
    personnel(first: 100) {
      edges {
        node {
          id
          individual {
            id
            loginId
            displayName
          }
        }
      }
    }
  }
`);

export const PersonnelInvitationsQuery = graphql(`
  query PersonnelInvitations($first: Int, $after: String, $status: InvitationStatus) {
    personnelInvitations(first: $first, after: $after, status: $status) {
      totalCount
      edges {
        cursor
        node {
          id
          status
          invitedBy
          expiresAt
          respondedAt
          createdAt
          individual {
            id
            loginId
            displayName
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

export const PartnerCertificatesQuery = graphql(`
  query PartnerCertificates($first: Int, $after: String, $minimumLevel: CertificateLevel, $validOnly: Boolean, $search: String) {
    partnerCertificates(first: $first, after: $after, minimumLevel: $minimumLevel, validOnly: $validOnly, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          level
          family
          track
          number
          issuedOn
          expiresOn
          source
          validToday
          proofUrl
          holder {
            id
            loginId
            displayName
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

export const CertificateHistoryQuery = graphql(`
  query CertificateHistory($id: ID!) {
    certificateHistory(id: $id) {
      id
      fromLoginId
      toLoginId
      transferredBy
      at
    }
  }
`);

export const InvitePersonnelMutation = graphql(`
  mutation InvitePersonnel($input: InvitePersonnelInput!) {
    invitePersonnel(input: $input) {
      invitation {
        id
        status
        expiresAt
        individual {
          id
          loginId
          displayName
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

export const CancelPersonnelInvitationMutation = graphql(`
  mutation CancelPersonnelInvitation($id: ID!) {
    cancelPersonnelInvitation(id: $id) {
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

export const UpdatePersonnelMutation = graphql(`
  mutation UpdatePersonnel($input: UpdatePersonnelInput!) {
    updatePersonnel(input: $input) {
      person {
        id
        position
        employmentStart
        employmentEnd
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const EndPersonnelAssociationMutation = graphql(`
  mutation EndPersonnelAssociation($id: ID!) {
    endPersonnelAssociation(id: $id) {
      person {
        id
        endedAt
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const TransferCertificateMutation = graphql(`
  mutation TransferCertificate($input: TransferCertificateInput!) {
    transferCertificate(input: $input) {
      certificate {
        id
        holder {
          id
          loginId
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
