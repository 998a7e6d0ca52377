import { useQuery } from '@tanstack/react-query';
import type { CustomerInvitationStatus } from '../../gql/graphql';
import { client, request } from '../../lib/graphql';
import { MeQuery } from '../account/account.graphql';
import { CustomerInvitationQuery, MyCustomerInvitationsQuery, MyCustomerPartnerQuery, MyCustomerProfileQuery } from './customerPortal.graphql';

/** Every query of the customer portal starts with this key, so accepting or a disassociation request refreshes them all. */
export const customerKey = 'customer-portal';

/** Associations change on the partner's and the operator's side too: fetched again whenever a page shows them. */
const fresh = { staleTime: 0 };

/**
 * The signed-in account or null, for public pages: unlike `useMe` an anonymous visitor is no error here and is not
 * sent to /login (the raw client does not trigger the session-ended handler).
 */
export function useOptionalMe() {
  return useQuery({
    queryKey: [customerKey, 'optional-me'],
    queryFn: async () => {
      const result = await client.query(MeQuery, {}).toPromise();
      if (result.error) {
        const status = (result.error.response as Response | undefined)?.status;
        const unauthenticated = status === 401 || result.error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
        if (unauthenticated) return null;
        throw new Error(result.error.message);
      }
      return result.data?.me ?? null;
    },
    ...fresh,
  });
}

export function usePublicInvitation(code: string) {
  return useQuery({
    queryKey: [customerKey, 'invitation', code],
    queryFn: async () => {
      const result = await client.query(CustomerInvitationQuery, { code }).toPromise();
      if (result.error) throw new Error(result.error.graphQLErrors[0]?.message ?? result.error.message);
      return result.data?.customerInvitation ?? null;
    },
    ...fresh,
  });
}

export function useMyCustomerProfile(enabled = true) {
  return useQuery({
    queryKey: [customerKey, 'profile'],
    queryFn: async () => (await request(MyCustomerProfileQuery, {})).myCustomerProfile,
    enabled,
    ...fresh,
  });
}

export function useMyCustomerPartner(enabled = true) {
  return useQuery({
    queryKey: [customerKey, 'partner'],
    queryFn: async () => (await request(MyCustomerPartnerQuery, {})).myCustomerPartner,
    enabled,
    ...fresh,
  });
}

export function useMyCustomerInvitations(variables: { first: number; after?: string | null; status?: CustomerInvitationStatus | null }) {
  return useQuery({
    queryKey: [customerKey, 'invitations', variables],
    queryFn: async () => (await request(MyCustomerInvitationsQuery, variables)).myCustomerInvitations,
    ...fresh,
  });
}
