import { useState } from 'react';
import { Link } from 'react-router';
import { Badge, Button, Divider, Flex, Popover, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { NotificationList } from './NotificationList';
import { useMarkAllRead, useNotifications, useUnreadCount } from './queries';

const RECENT = 10;

/**
 * The notification centre of every portal (R-CU-7): a bell with the unread count (polled every 30 s and on window
 * focus) that opens the recent notifications; opening one marks it read, "Mark all as read" clears the badge.
 */
export function NotificationBell({ allPath }: { allPath?: string }) {
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const recent = useNotifications({ first: RECENT }, open);
  const markAll = useMarkAllRead();
  const count = unread.data ?? 0;

  const content = (
    <div role="dialog" aria-label="Notifications" style={{ width: 360, maxWidth: '90vw' }}>
      <Flex justify="space-between" align="center" style={{ padding: '4px 4px 8px' }}>
        <Typography.Text strong>Notifications</Typography.Text>
        <Button size="small" type="link" disabled={count === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
          Mark all as read
        </Button>
      </Flex>
      {recent.isError ? <ErrorAlert error={recent.error} onRetry={() => void recent.refetch()} /> : null}
      <div style={{ maxHeight: 420, overflowY: 'auto' }}>
        <NotificationList items={recent.data?.edges.map((e) => e.node) ?? []} loading={recent.isPending} onOpened={() => setOpen(false)} />
      </div>
      {allPath ? (
        <>
          <Divider style={{ margin: '8px 0' }} />
          <Link to={allPath} onClick={() => setOpen(false)}>
            See all notifications
          </Link>
        </>
      ) : null}
    </div>
  );

  return (
    <Popover content={content} trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} arrow={false}>
      <Button type="text" className="pc-user-button" aria-label={`Notifications, ${count} unread`} aria-haspopup="dialog" aria-expanded={open}>
        <Badge count={count} size="small" overflowCount={99} aria-hidden>
          <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
