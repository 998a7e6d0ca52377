import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { mutate, request } from '../../lib/graphql';
import { MarkAllNotificationsReadMutation, MarkNotificationReadMutation, MyNotificationsQuery, UnreadNotificationCountQuery } from './notification.graphql';

/** Every notification query starts with this key, so marking one read refreshes the badge and the lists. */
export const notificationsKey = 'notifications';

/** How often the bell asks for the unread count (R-CU-7: other people's actions post notifications). */
export const UNREAD_POLL_MS = 30_000;

export function useUnreadCount() {
  return useQuery({
    queryKey: [notificationsKey, 'unread'],
    queryFn: async () => (await request(UnreadNotificationCountQuery, {})).unreadNotificationCount,
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}

export function useNotifications(variables: { first: number; after?: string | null; unreadOnly?: boolean | null }, enabled = true) {
  return useQuery({
    queryKey: [notificationsKey, 'list', variables],
    queryFn: async () => (await request(MyNotificationsQuery, variables)).myNotifications,
    enabled,
    staleTime: 0,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => (await mutate(MarkNotificationReadMutation, { id })).markNotificationRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: [notificationsKey] }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await mutate(MarkAllNotificationsReadMutation, {})).markAllNotificationsRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: [notificationsKey] }),
  });
}
