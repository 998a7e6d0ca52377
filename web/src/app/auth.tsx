import type { ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import { isUnauthenticated, mutate, request } from '../lib/graphql';
import { LogoutMutation, MeQuery } from '../modules/account/account.graphql';
import type { AccountKind, MeQuery as MeQueryResult, Permission } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { homePathFor, loginPathWithNext } from '../lib/redirects';

import { FullPageSpin } from '../ui/FullPageSpin';

export type Me = MeQueryResult['me'];

export const meQueryKey = ['me'] as const;

/** The signed-in account (the `me` query). A 401 makes the query fail with an unauthenticated error. */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async () => (await request(MeQuery, {})).me,
    staleTime: 5 * 60_000,
  });
}

export function hasPermission(me: Me | undefined, permission: Permission): boolean {
  return !!me && me.permissions.includes(permission);
}

/** True when the account holds at least one of `permissions` (a page open to viewers and managers alike). */
export function hasAnyPermission(me: Me | undefined, permissions: readonly Permission[]): boolean {
  return permissions.some((permission) => hasPermission(me, permission));
}

/** Renders children only for a signed-in account of `kind`; others go to /login or to their own home. */
export function RequireAccount({ kind, children }: { kind: AccountKind; children: ReactNode }) {
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    if (isUnauthenticated(me.error)) return <Navigate to={loginPathWithNext(location)} replace />;
    return (
      <div className="pc-full-page pc-padded">
        <ErrorAlert title="Could not load your account" error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  if (me.data.kind !== kind) return <Navigate to={homePathFor(me.data.kind)} replace />;
  return <>{children}</>;
}

/** Renders children only when the account holds `permission` (or any one of a list); otherwise a 403 result. */
export function RequirePermission({ permission, children }: { permission: Permission | readonly Permission[]; children: ReactNode }) {
  const me = useMe();
  const navigate = useNavigate();
  if (!me.data) return null;
  if (!hasAnyPermission(me.data, typeof permission === 'string' ? [permission] : permission)) {
    return (
      <Result
        status="403"
        title="No access"
        subTitle="Your role does not include access to this page."
        extra={
          <Button type="primary" onClick={() => navigate(homePathFor(me.data.kind))}>
            Back to home
          </Button>
        }
      />
    );
  }
  return <>{children}</>;
}

/** `/`: send the visitor to their home, or to /login. */
export function RootRedirect() {
  const me = useMe();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    if (isUnauthenticated(me.error)) return <Navigate to="/login" replace />;
    return (
      <div className="pc-full-page pc-padded">
        <ErrorAlert title="Could not load your account" error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  return <Navigate to={homePathFor(me.data.kind)} replace />;
}

/** Log out: end the session on the server, drop every cached query, go to /login. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => mutate(LogoutMutation, {}),
    onSettled: async () => {
      await navigate('/login', { replace: true });
      await queryClient.cancelQueries();
      queryClient.clear();
    },
  });
}
