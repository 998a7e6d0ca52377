import { graphql } from './gql/index.js';

export const InvitePersonnelDocument = graphql(`
  mutation InvitePersonnel($input: InvitePersonnelInput!) {
    invitePersonnel(input: $input) {
      invitation { id status expiresAt invitedBy individual { loginId displayName } }
      errors { code field message }
    }
  }
`);

export const CancelPersonnelInvitationDocument = graphql(`
  mutation CancelPersonnelInvitation($id: ID!) {
    cancelPersonnelInvitation(id: $id) { invitation { id status } errors { code field message } }
  }
`);

export const PersonnelInvitationsDocument = graphql(`
  query PersonnelInvitations($status: InvitationStatus) {
    personnelInvitations(first: 100, status: $status) {
      totalCount
      edges { node { id status individual { loginId } } }
    }
  }
`);

export const MyPersonnelInvitationsDocument = graphql(`
  query MyPersonnelInvitations($status: InvitationStatus) {
    myPersonnelInvitations(first: 100, status: $status) {
      edges { node { id status expiresAt createdAt partner { id name } } }
    }
  }
`);

export const MyPersonnelAssociationsDocument = graphql(`
  query MyPersonnelAssociations {
    myPersonnelAssociations { id startedAt endedAt partner { name } }
  }
`);

export const AcceptPersonnelInvitationDocument = graphql(`
  mutation AcceptPersonnelInvitation($id: ID!) {
    acceptPersonnelInvitation(id: $id) { invitation { id status } errors { code field message } }
  }
`);

export const DeclinePersonnelInvitationDocument = graphql(`
  mutation DeclinePersonnelInvitation($id: ID!) {
    declinePersonnelInvitation(id: $id) { invitation { id status } errors { code field message } }
  }
`);

export const PersonnelDocument = graphql(`
  query Personnel($first: Int, $after: String, $position: PersonnelPosition, $minimumLevel: CertificateLevel, $validOnly: Boolean, $search: String, $includeEnded: Boolean) {
    personnel(first: $first, after: $after, position: $position, minimumLevel: $minimumLevel, validOnly: $validOnly, search: $search, includeEnded: $includeEnded) {
      totalCount
      edges {
        node {
          id position employmentStart employmentEnd startedAt endedAt
          individual { id loginId displayName }
          certificates { id level number expiresOn validToday }
          eligibility { fundingHead delivery labels }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const DedicatedPersonDocument = graphql(`
  query DedicatedPerson($id: ID!) {
    dedicatedPerson(id: $id) { id position individual { loginId } certificates { id level } }
  }
`);

export const UpdatePersonnelDocument = graphql(`
  mutation UpdatePersonnel($input: UpdatePersonnelInput!) {
    updatePersonnel(input: $input) { person { id position employmentStart employmentEnd eligibility { fundingHead } } errors { code field message } }
  }
`);

export const EndPersonnelAssociationDocument = graphql(`
  mutation EndPersonnelAssociation($id: ID!) {
    endPersonnelAssociation(id: $id) { person { id endedAt certificates { id } } errors { code field message } }
  }
`);

export const MyCertificatesDocument = graphql(`
  query MyCertificates {
    myCertificates { id level family track number issuedOn expiresOn source validToday proofUrl }
  }
`);

export const UploadCertificateDocument = graphql(`
  mutation UploadCertificate($input: UploadCertificateInput!) {
    uploadCertificate(input: $input) { certificate { id level number source proofUrl } errors { code field message } }
  }
`);

export const SynchronizeCloudMigrationCertificateDocument = graphql(`
  mutation SynchronizeCloudMigrationCertificate($input: SynchronizeCertificateInput!) {
    synchronizeCloudMigrationCertificate(input: $input) { certificate { id level source } errors { code field message } }
  }
`);

export const PartnerCertificatesDocument = graphql(`
  query PartnerCertificates($minimumLevel: CertificateLevel, $validOnly: Boolean, $search: String) {
    partnerCertificates(first: 100, minimumLevel: $minimumLevel, validOnly: $validOnly, search: $search) {
      totalCount
      edges { node { id level number holder { loginId } proofUrl } }
    }
  }
`);

export const TransferCertificateDocument = graphql(`
  mutation TransferCertificate($input: TransferCertificateInput!) {
    transferCertificate(input: $input) { certificate { id holder { loginId } } errors { code field message } }
  }
`);

export const CertificateHistoryDocument = graphql(`
  query CertificateHistory($id: ID!) {
    certificateHistory(id: $id) { fromLoginId toLoginId transferredBy at }
  }
`);

export const SetEnterpriseAuthenticationDocument = graphql(`
  mutation SetEnterpriseAuthentication($input: SetEnterpriseAuthenticationInput!) {
    setEnterpriseAuthentication(input: $input) { individual { loginId enterpriseAuthenticated } errors { code field message } }
  }
`);

export const MyIndividualProfileDocument = graphql(`
  query MyIndividualProfile {
    myIndividualProfile { loginId displayName email enterpriseAuthenticated }
  }
`);
