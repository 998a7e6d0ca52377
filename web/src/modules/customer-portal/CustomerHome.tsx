import { Link } from 'react-router';
import { Card, Col, Row, Statistic } from 'antd';
import { BellOutlined, MailOutlined, ShopOutlined } from '@ant-design/icons';
import { useMe } from '../../app/auth';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { useUnreadCount } from '../notification/queries';
import { modelLabel } from './portalUi';
import { useMyCustomerInvitations, useMyCustomerPartner } from './queries';

/** The customer portal's overview: the partner, pending invitations, unread notifications. */
export function CustomerHome() {
  const me = useMe();
  const partner = useMyCustomerPartner();
  const pending = useMyCustomerInvitations({ first: 1, status: 'ACTIVE' });
  const unread = useUnreadCount();
  const failed = [partner, pending].find((q) => q.isError);

  return (
    <>
      <PageTitle title={`Welcome, ${me.data?.displayName ?? ''}`} subtitle="Your cloud account's partner, invitations and notifications." />
      {failed ? <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} /> : null}
      <Row gutter={[24, 24]}>
        <Col xs={24} md={8}>
          <Card loading={partner.isPending}>
            <Statistic
              title="My partner"
              value={partner.data?.partner.name ?? 'None'}
              suffix={partner.data ? `(${modelLabel(partner.data.model)})` : undefined}
              prefix={<ShopOutlined />}
            />
            <Link to="/customer/partner">My partner</Link>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card loading={pending.isPending}>
            <Statistic title="Pending invitations" value={pending.data?.totalCount ?? 0} prefix={<MailOutlined />} />
            <Link to="/customer/invitations">Invitations received</Link>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card loading={unread.isPending}>
            <Statistic title="Unread notifications" value={unread.data ?? 0} prefix={<BellOutlined />} />
            <Link to="/customer/notifications">Notifications</Link>
          </Card>
        </Col>
      </Row>
    </>
  );
}
