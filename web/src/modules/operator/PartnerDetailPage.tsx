import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Badge, Button, Card, Col, Descriptions, Empty, Row, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined, EditOutlined, GlobalOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import type { OperatorPartnerQuery } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/dates';
import { errorMessage, mutate, request } from '../../lib/graphql';
import {
  authenticationKindLabel,
  developmentStatusLabel,
  phaseLabel,
  programLabel,
  tenantTypeLabel,
  tierLabel,
} from '../../lib/labels';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Money } from '../../ui/Money';
import { PageTitle } from '../../ui/PageTitle';
import { RevenueCard } from '../expenditure/RevenueCard';
import { AccountFiguresModal } from './AccountFiguresModal';
import { ChangeCountryModal } from './ChangeCountryModal';
import { DiscountRangeCard } from './customers/DiscountRangeCard';
import { PartnerBillsCard } from './bills/PartnerBillsCard';
import { PartnerDetailQuery, ResendPartnerAdministratorLinkMutation } from './operator.graphql';
import { AuthenticationStatusBadge, IncentivesBadge, PartnerStatusBadge } from '../partner/partnerUi';
import { certificateUrl, countryLabel, isDevelopmentPath } from './partnerUi';
import { ProgramModal, type EditableProgram } from './ProgramModal';
import { SetPasswordLinkDialog } from '../../ui/SetPasswordLinkDialog';

type PartnerDetail = OperatorPartnerQuery['partner'];
type ProgramRow = PartnerDetail['programs'][number];
type AuthenticationRow = PartnerDetail['authentications'][number];
type CountryChangeRow = PartnerDetail['countryChanges'][number];

const dash = <Typography.Text type="secondary">—</Typography.Text>;

function ProgramsCard({ partner }: { partner: PartnerDetail }) {
  const [editor, setEditor] = useState<{ open: boolean; enrolment?: EditableProgram }>({ open: false });
  const columns: TableColumnsType<ProgramRow> = [
    { title: 'Program', dataIndex: 'program', key: 'program', render: (_: unknown, p) => <Typography.Text strong>{programLabel(p.program)}</Typography.Text> },
    {
      title: 'Tier / phase',
      key: 'shape',
      render: (_: unknown, p) => {
        if (p.tier) return <Tag color="blue">{tierLabel(p.tier)}</Tag>;
        if (p.phase) {
          return (
            <Space size={4} wrap>
              <Tag>{phaseLabel(p.phase)}</Tag>
              {p.developmentStatus ? <Tag color="processing">{developmentStatusLabel(p.developmentStatus)}</Tag> : null}
            </Space>
          );
        }
        return dash;
      },
    },
    { title: 'Joined', dataIndex: 'joinedOn', key: 'joinedOn', width: 110 },
    {
      title: 'Certificate',
      key: 'certificate',
      render: (_: unknown, p) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text className="pc-mono">{p.certificateNumber}</Typography.Text>
          <Typography.Text type="secondary">
            Valid {p.validFrom} to {p.validUntil}
            {p.renewedAt ? ` · renewed ${formatDate(p.renewedAt)}` : ''}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: 'Actions',
      key: 'actions',
      width: 220,
      render: (_: unknown, p) => (
        <Space size={4} wrap>
          {p.program === 'CLOUD_SOLUTION_PROVIDER' || isDevelopmentPath(p.program) ? (
            <Button
              size="small"
              icon={<EditOutlined />}
              aria-label={`Edit ${programLabel(p.program)}`}
              onClick={() => setEditor({ open: true, enrolment: p })}
            >
              Edit
            </Button>
          ) : null}
          <Button
            size="small"
            icon={<DownloadOutlined />}
            href={certificateUrl(p.id)}
            download
            aria-label={`Download the ${programLabel(p.program)} certificate`}
          >
            Certificate
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Card
      title="Programs"
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setEditor({ open: true })} disabled={partner.status !== 'ACTIVE'}>
          Enrol in program
        </Button>
      }
    >
      <Table<ProgramRow>
        rowKey="id"
        columns={columns}
        dataSource={partner.programs}
        size="small"
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: <Empty description="Not enrolled in any program." /> }}
      />
      <ProgramModal
        open={editor.open}
        partnerId={partner.id}
        enrolment={editor.enrolment}
        joined={partner.programs.map((p) => p.program)}
        onClose={() => setEditor({ open: false })}
      />
    </Card>
  );
}

const authenticationColumns: TableColumnsType<AuthenticationRow> = [
  { title: 'Kind', dataIndex: 'kind', key: 'kind', render: (_: unknown, a) => authenticationKindLabel(a.kind) },
  { title: 'Status', dataIndex: 'status', key: 'status', render: (_: unknown, a) => <AuthenticationStatusBadge status={a.status} /> },
  {
    title: 'Submitted',
    key: 'submitted',
    render: (_: unknown, a) => (
      <Space orientation="vertical" size={0}>
        <span>{formatDateTime(a.submittedAt)}</span>
        <Typography.Text type="secondary">{a.submittedBy}</Typography.Text>
      </Space>
    ),
  },
  {
    title: 'Reviewed',
    key: 'reviewed',
    render: (_: unknown, a) =>
      a.reviewedAt ? (
        <Space orientation="vertical" size={0}>
          <span>{formatDateTime(a.reviewedAt)}</span>
          <Typography.Text type="secondary">{a.reviewedBy}</Typography.Text>
        </Space>
      ) : (
        dash
      ),
  },
  { title: 'Rejection reason', dataIndex: 'rejectionReason', key: 'rejectionReason', render: (reason?: string | null) => reason || dash },
];

function AuthenticationsCard({ partner }: { partner: PartnerDetail }) {
  return (
    <Card title="Authentications" extra={<Link to="/operator/reviews">Review queue</Link>}>
      <Descriptions column={{ xs: 1, md: 3 }} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label="Business information">
          <AuthenticationStatusBadge status={partner.businessAuthStatus} />
        </Descriptions.Item>
        <Descriptions.Item label="Payment information">
          <AuthenticationStatusBadge status={partner.paymentAuthStatus} />
        </Descriptions.Item>
        <Descriptions.Item label="Incentives">
          <IncentivesBadge canReceive={partner.canReceiveIncentives} />
        </Descriptions.Item>
      </Descriptions>
      <Table<AuthenticationRow>
        rowKey="id"
        columns={authenticationColumns}
        dataSource={partner.authentications}
        size="small"
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: <Empty description="Nothing submitted yet." /> }}
      />
    </Card>
  );
}

function AccountFiguresCard({ partner }: { partner: PartnerDetail }) {
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title="Account figures"
      extra={
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)} aria-label="Edit account figures">
          Edit
        </Button>
      }
    >
      <Descriptions column={1} size="small">
        <Descriptions.Item label="Amount due">
          <Money value={partner.amountDue} currency="USD" />
        </Descriptions.Item>
        <Descriptions.Item label="Account balance">
          <Money value={partner.accountBalance} currency="USD" />
        </Descriptions.Item>
        <Descriptions.Item label="Consumption quota">
          <Money value={partner.consumptionQuota} currency="USD" />
        </Descriptions.Item>
      </Descriptions>
      <AccountFiguresModal open={editing} partner={partner} onClose={() => setEditing(false)} />
    </Card>
  );
}

function AdministratorCard({ partner }: { partner: PartnerDetail }) {
  const { message } = App.useApp();
  const [link, setLink] = useState<string>();
  const admin = partner.administrator;
  const resend = useMutation({
    mutationFn: async () => (await mutate(ResendPartnerAdministratorLinkMutation, { partnerId: partner.id })).resendPartnerAdministratorLink,
    onSuccess: ({ setPasswordLink, errors }) => {
      if (errors.length > 0 || !setPasswordLink) void message.error(errors.map((e) => e.message).join(' ') || 'No link was created.');
      else setLink(setPasswordLink);
    },
    onError: (error) => void message.error(errorMessage(error)),
  });
  return (
    <Card title="Administrator">
      {admin ? (
        <>
          <Descriptions column={1} size="small">
            <Descriptions.Item label="Name">{admin.displayName}</Descriptions.Item>
            <Descriptions.Item label="E-mail">{admin.email}</Descriptions.Item>
            <Descriptions.Item label="Password">
              {admin.passwordSet ? <Badge status="success" text="Set" /> : <Badge status="warning" text="Not set yet" />}
            </Descriptions.Item>
          </Descriptions>
          <Button icon={<LinkOutlined />} onClick={() => resend.mutate()} loading={resend.isPending}>
            New set-password link
          </Button>
        </>
      ) : (
        <Empty description="This partner has no administrator account." />
      )}
      <SetPasswordLinkDialog
        link={link}
        title="New set-password link"
        recipient={admin ? `${admin.displayName} (${admin.email})` : undefined}
        onClose={() => setLink(undefined)}
      />
    </Card>
  );
}

const countryChangeColumns: TableColumnsType<CountryChangeRow> = [
  { title: 'Changed', dataIndex: 'createdAt', key: 'createdAt', width: 170, render: (at: string) => formatDateTime(at) },
  { title: 'From', dataIndex: 'fromCountry', key: 'fromCountry', render: (code: string) => countryLabel(code) },
  { title: 'To', dataIndex: 'toCountry', key: 'toCountry', render: (code: string) => countryLabel(code) },
  { title: 'Reason', dataIndex: 'reason', key: 'reason' },
  { title: 'By', dataIndex: 'changedBy', key: 'changedBy' },
];

function CountryCard({ partner }: { partner: PartnerDetail }) {
  const [changing, setChanging] = useState(false);
  return (
    <Card
      title="Registered country"
      extra={
        <Button icon={<GlobalOutlined />} onClick={() => setChanging(true)}>
          Change country
        </Button>
      }
    >
      <Typography.Paragraph>
        Registered in <Typography.Text strong>{countryLabel(partner.country)}</Typography.Text>. Only operators change it, with a
        reason.
      </Typography.Paragraph>
      <Table<CountryChangeRow>
        rowKey="id"
        columns={countryChangeColumns}
        dataSource={partner.countryChanges}
        size="small"
        pagination={false}
        scroll={{ x: 700 }}
        locale={{ emptyText: <Empty description="The country has never been changed." /> }}
      />
      <ChangeCountryModal open={changing} partner={partner} onClose={() => setChanging(false)} />
    </Card>
  );
}

function ProfileCard({ partner }: { partner: PartnerDetail }) {
  return (
    <Card title="Company">
      <Descriptions column={1} size="small">
        <Descriptions.Item label="Short name">{partner.slug}</Descriptions.Item>
        <Descriptions.Item label="Type">{tenantTypeLabel(partner.tenantType)}</Descriptions.Item>
        <Descriptions.Item label="Industry">{partner.industry || dash}</Descriptions.Item>
        <Descriptions.Item label="Address">{partner.address || dash}</Descriptions.Item>
        <Descriptions.Item label="Contact">
          {partner.contactName || partner.contactEmail || partner.contactPhone
            ? [partner.contactName, partner.contactEmail, partner.contactPhone].filter(Boolean).join(' · ')
            : dash}
        </Descriptions.Item>
        <Descriptions.Item label="Registered">{formatDateTime(partner.createdAt)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** Operator › Partners › one partner: programs, authentications, account figures, discount range, revenue, bills, country and administrator. */
export function PartnerDetailPage() {
  const { id = '' } = useParams();
  const partner = useQuery({
    queryKey: ['operatorPartner', id],
    queryFn: async () => (await request(PartnerDetailQuery, { id })).partner,
  });

  if (partner.isPending) return <Card loading aria-busy />;
  if (partner.isError) {
    return (
      <>
        <PageTitle title="Partner" />
        <ErrorAlert title="Could not load the partner" error={partner.error} onRetry={() => void partner.refetch()} />
      </>
    );
  }
  const p = partner.data;
  return (
    <>
      <Typography.Paragraph>
        <Link to="/operator/partners">← All partners</Link>
      </Typography.Paragraph>
      <PageTitle
        title={p.name}
        subtitle={
          <Space size={8} wrap>
            <span>{countryLabel(p.country)}</span>
            <PartnerStatusBadge status={p.status} />
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <ProgramsCard partner={p} />
        </Col>
        <Col xs={24}>
          <AuthenticationsCard partner={p} />
        </Col>
        <Col xs={24} lg={8}>
          <AccountFiguresCard partner={p} />
        </Col>
        <Col xs={24} lg={8}>
          <AdministratorCard partner={p} />
        </Col>
        <Col xs={24} lg={8}>
          <ProfileCard partner={p} />
        </Col>
        <Col xs={24}>
          <DiscountRangeCard partnerId={p.id} />
        </Col>
        <Col xs={24}>
          <RevenueCard partnerId={p.id} />
        </Col>
        <Col xs={24}>
          <PartnerBillsCard partnerId={p.id} partnerName={p.name} />
        </Col>
        <Col xs={24}>
          <CountryCard partner={p} />
        </Col>
      </Row>
    </>
  );
}
