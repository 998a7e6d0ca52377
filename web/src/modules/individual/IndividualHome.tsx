import { Link } from 'react-router';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { MailOutlined, SafetyCertificateOutlined, ShopOutlined } from '@ant-design/icons';
import { useMe } from '../../app/auth';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { useMyAssociations, useMyCertificates, usePendingInvitations } from './queries';

/** The individual portal's overview: pending invitations, the current partner, valid certificates. */
export function IndividualHome() {
  const me = useMe();
  const pending = usePendingInvitations();
  const associations = useMyAssociations();
  const certificates = useMyCertificates();
  const failed = [pending, associations, certificates].find((q) => q.isError);
  const current = associations.data?.find((a) => !a.endedAt);

  return (
    <>
      <PageTitle title={`Welcome, ${me.data?.displayName ?? ''}`} subtitle="Your invitations, partners and certificates as dedicated personnel." />
      {failed ? <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} /> : null}
      <Row gutter={[24, 24]}>
        <Col xs={24} md={8}>
          <Card loading={pending.isPending}>
            <Statistic title="Pending invitations" value={pending.data?.totalCount ?? 0} prefix={<MailOutlined />} />
            <Link to="/individual/invitations">Answer invitations</Link>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card loading={associations.isPending}>
            <Statistic title="Current partner" value={current?.partner.name ?? 'None'} prefix={<ShopOutlined />} />
            <Link to="/individual/partners">My partners</Link>
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card loading={certificates.isPending}>
            <Statistic
              title="Valid certificates"
              value={certificates.data?.filter((c) => c.validToday).length ?? 0}
              suffix={<Typography.Text type="secondary">of {certificates.data?.length ?? 0}</Typography.Text>}
              prefix={<SafetyCertificateOutlined />}
            />
            <Link to="/individual/certificates">Certificates</Link>
          </Card>
        </Col>
      </Row>
    </>
  );
}
