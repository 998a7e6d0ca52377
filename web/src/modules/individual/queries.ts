import { useQuery } from '@tanstack/react-query';
import { request } from '../../lib/graphql';
import { MyCertificatesQuery, MyIndividualProfileQuery, MyPersonnelAssociationsQuery, MyPersonnelInvitationsQuery } from './individual.graphql';

/** Every query of the portal starts with this key, so a change (accepting an invitation) refreshes them all. */
export const individualKey = 'individual';

/**
 * Invitations, associations and certificates also change on the other side (a partner invites or ends an association, an
 * operator synchronises a certificate): they are fetched again whenever a page shows them.
 */
const fresh = { staleTime: 0 };

export function useMyProfile() {
  return useQuery({
    queryKey: [individualKey, 'profile'],
    queryFn: async () => (await request(MyIndividualProfileQuery, {})).myIndividualProfile,
  });
}

/** Pending invitations: they are valid 7 days, so only a handful can be pending at once. */
export function usePendingInvitations() {
  return useQuery({
    queryKey: [individualKey, 'invitations', 'pending'],
    queryFn: async () => (await request(MyPersonnelInvitationsQuery, { first: 100, status: 'PENDING' })).myPersonnelInvitations,
    ...fresh,
  });
}

export function useMyAssociations() {
  return useQuery({
    queryKey: [individualKey, 'associations'],
    queryFn: async () => (await request(MyPersonnelAssociationsQuery, {})).myPersonnelAssociations,
    ...fresh,
  });
}

export function useMyCertificates() {
  return useQuery({
    queryKey: [individualKey, 'certificates'],
    queryFn: async () => (await request(MyCertificatesQuery, {})).myCertificates,
    ...fresh,
  });
}
