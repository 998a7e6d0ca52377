import { useState } from 'react';
import { Button, Card, Flex, Segmented } from 'antd';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { NotificationList } from './NotificationList';
import { useMarkAllRead, useNotifications, useUnreadCount } from './queries';

/** Every notification of the signed-in account, paged, with an "unread only" filter. */
export function NotificationsPage() {
  const pager = useCursorPager(20);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications({ first: pager.pageSize, after: pager.after, unreadOnly });
  const unread = useUnreadCount();
  const markAll = useMarkAllRead();

  return (
    <>
      <PageTitle
        title="Notifications"
        subtitle="What others did that concerns you: associations, requests and changes. The bell in the header shows the unread ones."
        extra={
          <Button disabled={(unread.data ?? 0) === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
            Mark all as read
          </Button>
        }
      />
      <Card>
        <Flex className="pc-toolbar" style={{ marginBottom: 12 }}>
          <Segmented<string>
            aria-label="Show"
            options={['All', 'Unread']}
            value={unreadOnly ? 'Unread' : 'All'}
            onChange={(value) => {
              setUnreadOnly(value === 'Unread');
              pager.reset();
            }}
          />
        </Flex>
        {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <NotificationList items={list.data?.edges.map((e) => e.node) ?? []} loading={list.isFetching} />
        <CursorPagination pager={pager} connection={list.data} loading={list.isFetching} itemNames={['notification', 'notifications']} />
      </Card>
    </>
  );
}
