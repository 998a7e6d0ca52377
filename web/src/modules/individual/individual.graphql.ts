import { graphql } from '../../gql';

export const MyIndividualProfileQuery = graphql(`
  query MyIndividualProfile {
    myIndividualProfile {
      id
      loginId
      displayName
      email
      enterpriseAuthenticated
    }
  }
`);

export const MyPersonnelInvitationsQuery = graphql(`
  query MyPersonnelInvitations($first: Int, $after: String, $status: InvitationStatus) {
    myPersonnelInvitations(first: $first, after: $after, status: $status) {
      totalCount
      edges {
        cursor
        node {
          id
          status
          createdAt
          expiresAt
          respondedAt
          invitedBy
          partner {
            id
            name
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

export const MyPersonnelAssociationsQuery = graphql(`
  query MyPersonnelAssociations {
    myPersonnelAssociations {
      id
      position
      startedAt
      endedAt
      endedBy
      employmentStart
      employmentEnd
      partner {
        id
        name
      }
    }
  }
`);

export const AcceptPersonnelInvitationMutation = graphql(`
  mutation AcceptPersonnelInvitation($id: ID!) {
    acceptPersonnelInvitation(id: $id) {
      invitation {
        id
        status
        partner {
          id
          name
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

export const DeclinePersonnelInvitationMutation = graphql(`
  mutation DeclinePersonnelInvitation($id: ID!) {
    declinePersonnelInvitation(id: $id) {
      invitation {
        id
        status
        partner {
          id
          name
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

export const MyCertificatesQuery = graphql(`
  query MyCertificates {
    myCertificates {
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
    }
  }
`);

export const UploadCertificateMutation = graphql(`
  mutation UploadCertificate($input: UploadCertificateInput!) {
    uploadCertificate(input: $input) {
      certificate {
        id
        level
        number
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
