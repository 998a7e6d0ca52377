import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { AuditOutlined, IdcardOutlined, SafetyCertificateOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { hasPermission, useMe, type Me } from '../../app/auth';
import { accountKindLabel } from '../../lib/labels';
import { PageTitle } from '../../ui/PageTitle';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PartnerOverview } from '../partner/PartnerOverview';

function WhoCard({ me }: { me: Me }) {
  return (
    <Card title="Signed in as">
      <Descriptions column={1} size="small">
        <Descriptions.Item label="Name">{me.displayName}</Descriptions.Item>
        <Descriptions.Item label="E-mail">{me.email}</Descriptions.Item>
        <Descriptions.Item label="Account type">{accountKindLabel(me.kind)}</Descriptions.Item>
        {me.partner ? <Descriptions.Item label="Company">{me.partner.name}</Descriptions.Item> : null}
        {me.partner ? <Descriptions.Item label="Country">{me.partner.country}</Descriptions.Item> : null}
        {me.role ? <Descriptions.Item label="Role">{me.role.name}</Descriptions.Item> : null}
      </Descriptions>
    </Card>
  );
}

interface Shortcut {
  to: string;
  title: string;
  text: string;
  icon: ReactNode;
}

function Shortcuts({ items }: { items: Shortcut[] }) {
  return (
    <Card title="Go to">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {items.map((s) => (
          <Link key={s.to} to={s.to} className="pc-shortcut">
            <Space align="start">
              <span className="pc-shortcut-icon" aria-hidden>
                {s.icon}
              </span>
              <span>
                <Typography.Text strong>{s.title}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{s.text}</Typography.Text>
              </span>
            </Space>
          </Link>
        ))}
      </Space>
    </Card>
  );
}

export function PartnerHome() {
  const me = useMe();
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return null;
  const shortcuts: Shortcut[] = [];
  const partnerView = hasPermission(me.data, 'PARTNER_VIEW');
  if (partnerView) {
    shortcuts.push(
      { to: '/partner/information', title: 'Partner Information', text: 'Company details and authentications.', icon: <IdcardOutlined /> },
      { to: '/partner/programs', title: 'Partner Programs', text: 'Programs joined and their certificates.', icon: <SafetyCertificateOutlined /> },
    );
  }
  if (hasPermission(me.data, 'ROLES_MANAGE')) {
    shortcuts.push({ to: '/partner/organization/roles', title: 'Roles', text: 'Who may do what in your organization.', icon: <TeamOutlined /> });
  }
  if (hasPermission(me.data, 'AUDIT_VIEW')) {
    shortcuts.push({ to: '/partner/audit', title: 'Audit log', text: 'Every change made in your organization.', icon: <AuditOutlined /> });
  }
  shortcuts.push({ to: '/partner/account', title: 'My account', text: 'Your profile and password.', icon: <UserOutlined /> });
  return (
    <>
      <PageTitle
        title={`Welcome, ${me.data.displayName}`}
        subtitle={
          me.data.partner
            ? `${me.data.partner.name} · ${me.data.partner.country}${me.data.role ? ` · ${me.data.role.name}` : ''}`
            : undefined
        }
      />
      {/* Members without PARTNER_VIEW get the welcome cards only. */}
      {partnerView ? (
        <div style={{ marginBottom: 24 }}>
          <PartnerOverview />
        </div>
      ) : null}
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={12}>
          <WhoCard me={me.data} />
        </Col>
        <Col xs={24} lg={12}>
          <Shortcuts items={shortcuts} />
        </Col>
      </Row>
    </>
  );
}

export function OperatorHome() {
  const me = useMe();
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return null;
  return (
    <>
      <PageTitle title={`Welcome, ${me.data.displayName}`} subtitle="Operations console of the partner network." />
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={12}>
          <WhoCard me={me.data} />
        </Col>
        <Col xs={24} lg={12}>
          <Shortcuts
            items={[
              { to: '/operator/partners', title: 'Partners', text: 'Register partners, programs and tiers.', icon: <TeamOutlined /> },
              { to: '/operator/reviews', title: 'Authentication reviews', text: 'Approve or reject submissions.', icon: <SafetyCertificateOutlined /> },
              { to: '/operator/audit', title: 'Audit log', text: 'Changes across all partners.', icon: <AuditOutlined /> },
              { to: '/operator/account', title: 'My account', text: 'Your profile and password.', icon: <UserOutlined /> },
            ]}
          />
        </Col>
      </Row>
    </>
  );
}
