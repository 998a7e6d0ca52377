import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Space, Statistic, Typography } from 'antd';
import { countryName } from '@pc/shared';
import { request } from '../../lib/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Money } from '../../ui/Money';
import { PartnerOverviewQuery } from './partner.graphql';
import { AuthenticationStatusBadge, IncentivesBadge, myPartnerKey, PartnerStatusBadge, ProgramTag } from './partnerUi';

function Figure({ title, value, note }: { title: string; value: string; note: ReactNode }) {
  return (
    <Card>
      <Statistic title={title} value={value} formatter={() => <Money value={value} />} suffix="USD" />
      <Typography.Text type="secondary">{note}</Typography.Text>
    </Card>
  );
}

/** The partner's Overview (R-PA-3, R-PA-5, R-PA-8): company, programs, authentications and account figures. */
export function PartnerOverview() {
  const overview = useQuery({
    queryKey: [...myPartnerKey, 'overview'],
    queryFn: async () => (await request(PartnerOverviewQuery, {})).myPartner,
  });
  if (overview.isError) return <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />;
  if (overview.isPending) return <Card loading />;
  const p = overview.data;
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} lg={12}>
        <Card title="Company">
          <Descriptions column={1} size="small">
            <Descriptions.Item label="Company name">{p.name}</Descriptions.Item>
            <Descriptions.Item label="Registered country">{`${countryName(p.country)} (${p.country})`}</Descriptions.Item>
            <Descriptions.Item label="Status">
              <PartnerStatusBadge status={p.status} />
            </Descriptions.Item>
            <Descriptions.Item label="Programs">
              {p.programs.length > 0 ? (
                <Space size={[4, 4]} wrap>
                  {p.programs.map((program) => (
                    <ProgramTag key={program.id} program={program} />
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary">Your organisation has not joined a program yet.</Typography.Text>
              )}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title="Authentication">
          <Descriptions column={1} size="small">
            <Descriptions.Item label="Business information">
              <AuthenticationStatusBadge status={p.businessAuthStatus} />
            </Descriptions.Item>
            <Descriptions.Item label="Payment information">
              <AuthenticationStatusBadge status={p.paymentAuthStatus} />
            </Descriptions.Item>
            <Descriptions.Item label="Incentives">
              <IncentivesBadge canReceive={p.canReceiveIncentives} />
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            Incentives are paid only when both the business information and the payment information authentications are
            approved.
          </Typography.Paragraph>
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Figure title="Amount due" value={p.amountDue} note="What your organization owes." />
      </Col>
      <Col xs={24} md={8}>
        <Figure title="Account balance" value={p.accountBalance} note="Funds on your account." />
      </Col>
      <Col xs={24} md={8}>
        <Figure title="Consumption quota" value={p.consumptionQuota} note="Credit granted by your tier." />
      </Col>
    </Row>
  );
}
