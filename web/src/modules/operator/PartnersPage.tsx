import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type {
  AuthenticationStatus,
  CspTier,
  OperatorPartnersQuery,
  OperatorPartnersQueryVariables,
  Program,
} from '../../gql/graphql';
import { formatDate } from '../../lib/dates';
import { request } from '../../lib/graphql';
import { authenticationStatusOptions, partnerStatusLabel, programOptions, tierOptions } from '../../lib/labels';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { PartnersQuery } from './operator.graphql';
import { AuthenticationStatusBadge, ProgramTag } from '../partner/partnerUi';
import { countryLabel, CountrySelect } from './partnerUi';
import { RegisterPartnerModal, type Registered } from './RegisterPartnerModal';
import { SetPasswordLinkDialog } from '../../ui/SetPasswordLinkDialog';

type PartnerRow = OperatorPartnersQuery['partners']['edges'][number]['node'];

interface Filters {
  search?: string;
  country?: string;
  program?: Program;
  tier?: CspTier;
  businessAuthStatus?: AuthenticationStatus;
  paymentAuthStatus?: AuthenticationStatus;
}

const columns: TableColumnsType<PartnerRow> = [
  {
    title: 'Name',
    dataIndex: 'name',
    key: 'name',
    width: 240,
    render: (name: string, partner) => (
      <Space size={4} wrap>
        <Link to={`/operator/partners/${partner.id}`}>{name}</Link>
        {partner.status !== 'ACTIVE' ? <Tag>{partnerStatusLabel(partner.status)}</Tag> : null}
      </Space>
    ),
  },
  { title: 'Country', dataIndex: 'country', key: 'country', width: 180, render: (code: string) => countryLabel(code) },
  {
    title: 'Programs',
    dataIndex: 'programs',
    key: 'programs',
    render: (programs: PartnerRow['programs']) =>
      programs.length > 0 ? (
        <Space size={[4, 4]} wrap>
          {programs.map((p) => (
            <ProgramTag key={p.id} program={p} />
          ))}
        </Space>
      ) : (
        <Typography.Text type="secondary">None</Typography.Text>
      ),
  },
  {
    title: 'Authentication',
    key: 'authentication',
    children: [
      {
        title: 'Business',
        dataIndex: 'businessAuthStatus',
        key: 'businessAuthStatus',
        width: 140,
        render: (status: AuthenticationStatus) => <AuthenticationStatusBadge status={status} />,
      },
      {
        title: 'Payment',
        dataIndex: 'paymentAuthStatus',
        key: 'paymentAuthStatus',
        width: 140,
        render: (status: AuthenticationStatus) => <AuthenticationStatusBadge status={status} />,
      },
    ],
  },
  { title: 'Registered', dataIndex: 'createdAt', key: 'createdAt', width: 120, render: (at: string) => formatDate(at) },
];

/** Operator › Partners: every partner, newest first, with search and filters; registers new partners. */
export function PartnersPage() {
  const navigate = useNavigate();
  const pager = useCursorPager(20);
  const [filters, setFilters] = useState<Filters>({});
  const [registering, setRegistering] = useState(false);
  const [registered, setRegistered] = useState<Registered>();

  const setFilter = (patch: Filters) => {
    setFilters((f) => ({ ...f, ...patch }));
    pager.reset();
  };

  const variables: OperatorPartnersQueryVariables = {
    first: pager.pageSize,
    after: pager.after,
    search: filters.search || null,
    country: filters.country ?? null,
    program: filters.program ?? null,
    tier: filters.tier ?? null,
    businessAuthStatus: filters.businessAuthStatus ?? null,
    paymentAuthStatus: filters.paymentAuthStatus ?? null,
  };
  const partners = useQuery({
    queryKey: ['operatorPartners', variables],
    queryFn: async () => (await request(PartnersQuery, variables)).partners,
    placeholderData: keepPreviousData,
  });

  const filtered = Object.values(filters).some((v) => v !== undefined && v !== '');
  const connection = partners.data;
  return (
    <>
      <PageTitle
        title="Partners"
        subtitle="Every partner in the network, newest first."
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            Register partner
          </Button>
        }
      />
      <Card>
        <Flex gap={12} wrap className="pc-toolbar">
          <Input.Search
            aria-label="Search partners"
            placeholder="Search by name"
            allowClear
            enterButton="Search"
            style={{ width: 320 }}
            onSearch={(value) => setFilter({ search: value.trim() || undefined })}
          />
          <CountrySelect
            aria-label="Country"
            placeholder="Any country"
            allowClear
            style={{ width: 220 }}
            value={filters.country}
            onChange={(country) => setFilter({ country })}
          />
          <Select<Program>
            aria-label="Program"
            placeholder="Any program"
            allowClear
            style={{ width: 220 }}
            options={programOptions}
            value={filters.program}
            onChange={(program) => setFilter({ program })}
          />
          <Select<CspTier>
            aria-label="Tier"
            placeholder="Any tier"
            allowClear
            style={{ width: 150 }}
            options={tierOptions}
            value={filters.tier}
            onChange={(tier) => setFilter({ tier })}
          />
          <Select<AuthenticationStatus>
            aria-label="Business authentication"
            placeholder="Business authentication"
            allowClear
            style={{ width: 210 }}
            options={authenticationStatusOptions}
            value={filters.businessAuthStatus}
            onChange={(businessAuthStatus) => setFilter({ businessAuthStatus })}
          />
          <Select<AuthenticationStatus>
            aria-label="Payment authentication"
            placeholder="Payment authentication"
            allowClear
            style={{ width: 210 }}
            options={authenticationStatusOptions}
            value={filters.paymentAuthStatus}
            onChange={(paymentAuthStatus) => setFilter({ paymentAuthStatus })}
          />
        </Flex>
        {partners.isError ? <ErrorAlert error={partners.error} onRetry={() => void partners.refetch()} /> : null}
        <Table<PartnerRow>
          rowKey="id"
          columns={columns}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          loading={partners.isFetching}
          size="middle"
          pagination={false}
          scroll={{ x: 1050 }}
          locale={{
            emptyText: partners.isPending ? ' ' : <Empty description={filtered ? 'No partners match these filters.' : 'No partners yet.'} />,
          }}
        />
        <CursorPagination pager={pager} connection={connection} loading={partners.isFetching} itemNames={['partner', 'partners']} />
      </Card>
      <RegisterPartnerModal
        open={registering}
        onClose={() => setRegistering(false)}
        onRegistered={(result) => {
          setRegistering(false);
          setRegistered(result);
        }}
      />
      <SetPasswordLinkDialog
        link={registered?.setPasswordLink}
        title={`Partner “${registered?.partnerName ?? ''}” registered`}
        recipient={registered?.administrator}
        onClose={() => setRegistered(undefined)}
        actions={
          <Button onClick={() => registered && void navigate(`/operator/partners/${registered.partnerId}`)}>Open partner</Button>
        }
      />
    </>
  );
}
