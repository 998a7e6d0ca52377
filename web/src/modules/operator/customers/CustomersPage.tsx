import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Input, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { OperatorCustomersQuery, OperatorCustomersQueryVariables } from '../../../gql/graphql';
import { request } from '../../../lib/graphql';
import { useCursorPager } from '../../../lib/useCursorPager';
import { CursorPagination } from '../../../ui/CursorPagination';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageTitle } from '../../../ui/PageTitle';
import { SetPasswordLinkDialog } from '../../../ui/SetPasswordLinkDialog';
import { countryLabel } from '../partnerUi';
import { AssociationModelTag, CustomerFlagTags } from './customerUi';
import { OperatorCustomersQuery as CustomersQuery } from './customers.graphql';
import { RegisterCustomerModal, type RegisteredCustomer } from './RegisterCustomerModal';

type CustomerRow = OperatorCustomersQuery['customerProfiles']['edges'][number]['node'];

interface Filters {
  search?: string;
  blocked?: boolean;
  associated?: boolean;
}

const yesNo = (yes: string, no: string) => [
  { value: 'true', label: yes },
  { value: 'false', label: no },
];
const toBool = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : v === 'true');
const fromBool = (v: boolean | undefined): string | undefined => (v === undefined ? undefined : String(v));

const dash = <Typography.Text type="secondary">—</Typography.Text>;

const columns: TableColumnsType<CustomerRow> = [
  {
    title: 'Company',
    dataIndex: 'companyName',
    key: 'companyName',
    width: 240,
    render: (name: string, c) => <Link to={`/operator/customers/${c.id}`}>{name}</Link>,
  },
  { title: 'E-mail', dataIndex: 'email', key: 'email', width: 260 },
  { title: 'Country', dataIndex: 'country', key: 'country', width: 170, render: (code?: string | null) => (code ? countryLabel(code) : dash) },
  { title: 'Flags', key: 'flags', render: (_: unknown, c) => <CustomerFlagTags customer={c} /> },
  {
    title: 'Partner',
    key: 'partner',
    width: 260,
    render: (_: unknown, c) =>
      c.currentAssociation ? (
        <Space size={4} wrap>
          <span>{c.currentAssociation.partner.name}</span>
          <AssociationModelTag model={c.currentAssociation.model} />
        </Space>
      ) : (
        <Typography.Text type="secondary">Not associated</Typography.Text>
      ),
  },
];

/** Operator › Customers: every cloud customer, with the attributes that block association (R-CU-2) and its partner. */
export function CustomersPage() {
  const navigate = useNavigate();
  const pager = useCursorPager(20);
  const [filters, setFilters] = useState<Filters>({});
  const [registering, setRegistering] = useState(false);
  const [registered, setRegistered] = useState<RegisteredCustomer>();

  const setFilter = (patch: Filters) => {
    setFilters((f) => ({ ...f, ...patch }));
    pager.reset();
  };

  const variables: OperatorCustomersQueryVariables = {
    first: pager.pageSize,
    after: pager.after,
    search: filters.search || null,
    blocked: filters.blocked ?? null,
    associated: filters.associated ?? null,
  };
  const customers = useQuery({
    queryKey: ['operatorCustomers', variables],
    queryFn: async () => (await request(CustomersQuery, variables)).customerProfiles,
    placeholderData: keepPreviousData,
  });

  const filtered = Object.values(filters).some((v) => v !== undefined && v !== '');
  const connection = customers.data;
  return (
    <>
      <PageTitle
        title="Customers"
        subtitle="Every cloud customer, newest first: the attributes that block an association and the partner it is associated with."
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            Register customer
          </Button>
        }
      />
      <Card>
        <Flex gap={12} wrap className="pc-toolbar">
          <Input.Search
            aria-label="Search customers"
            placeholder="Search by company or e-mail"
            allowClear
            enterButton="Search"
            style={{ width: 340 }}
            onSearch={(value) => setFilter({ search: value.trim() || undefined })}
          />
          <Select<string>
            aria-label="Association blockers"
            placeholder="Blocked or not"
            allowClear
            style={{ width: 220 }}
            options={yesNo('Cannot be associated', 'Nothing blocks it')}
            value={fromBool(filters.blocked)}
            onChange={(v) => setFilter({ blocked: toBool(v) })}
          />
          <Select<string>
            aria-label="Associated"
            placeholder="Associated or not"
            allowClear
            style={{ width: 220 }}
            options={yesNo('Associated with a partner', 'Not associated')}
            value={fromBool(filters.associated)}
            onChange={(v) => setFilter({ associated: toBool(v) })}
          />
        </Flex>
        {customers.isError ? <ErrorAlert error={customers.error} onRetry={() => void customers.refetch()} /> : null}
        <Table<CustomerRow>
          rowKey="id"
          columns={columns}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          loading={customers.isFetching}
          size="middle"
          pagination={false}
          scroll={{ x: 1150 }}
          locale={{
            emptyText: customers.isPending ? ' ' : <Empty description={filtered ? 'No customers match these filters.' : 'No customers yet.'} />,
          }}
        />
        <CursorPagination pager={pager} connection={connection} loading={customers.isFetching} itemNames={['customer', 'customers']} />
      </Card>
      <RegisterCustomerModal
        open={registering}
        onClose={() => setRegistering(false)}
        onRegistered={(result) => {
          setRegistering(false);
          setRegistered(result);
        }}
      />
      <SetPasswordLinkDialog
        link={registered?.setPasswordLink}
        title={`Customer “${registered?.companyName ?? ''}” registered`}
        recipient={registered?.recipient}
        onClose={() => setRegistered(undefined)}
        actions={
          <Button onClick={() => registered && void navigate(`/operator/customers/${registered.customerId}`)}>Open customer</Button>
        }
      />
    </>
  );
}
