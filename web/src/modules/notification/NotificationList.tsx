import { useNavigate } from 'react-router';
import { Badge, Empty, List, Typography } from 'antd';
import type { MyNotificationsQuery } from '../../gql/graphql';
import { formatDateTime, fromNow } from '../../lib/dates';
import { useMarkRead } from './queries';

/** Read by screen readers only. */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

export type NotificationItem = MyNotificationsQuery['myNotifications']['edges'][number]['node'];

/**
 * Notifications, newest first. Activating one marks it read and opens its link (a console path) when it has one.
 * Each entry is a button, so the list works from the keyboard.
 */
export function NotificationList({ items, loading, onOpened }: { items: readonly NotificationItem[]; loading?: boolean; onOpened?: () => void }) {
  const navigate = useNavigate();
  const markRead = useMarkRead();

  const open = (item: NotificationItem) => {
    if (!item.readAt) markRead.mutate(item.id);
    if (item.link) {
      onOpened?.();
      void navigate(item.link);
    }
  };

  return (
    <List<NotificationItem>
      className="pc-notification-list"
      loading={loading}
      dataSource={[...items]}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="No notifications." /> }}
      renderItem={(item) => (
        <List.Item key={item.id} style={{ padding: 0 }}>
          <button
            type="button"
            className="pc-notification-item"
            onClick={() => open(item)}
            style={{
              all: 'unset',
              boxSizing: 'border-box',
              display: 'block',
              width: '100%',
              padding: '10px 12px',
              cursor: 'pointer',
              background: item.readAt ? undefined : '#f0f5ff',
            }}
          >
            <Typography.Text strong={!item.readAt}>
              {item.readAt ? null : (
                <>
                  <Badge status="processing" style={{ marginInlineEnd: 6 }} />
                  <span style={visuallyHidden}>Unread: </span>
                </>
              )}
              {item.title}
            </Typography.Text>
            <br />
            <Typography.Text>{item.body}</Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <time dateTime={item.createdAt} title={formatDateTime(item.createdAt)}>
                {fromNow(item.createdAt)}
              </time>
              {item.link ? ' · Open' : null}
            </Typography.Text>
          </button>
        </List.Item>
      )}
    />
  );
}
