import { useState } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Checkbox, Empty, Flex, Input, Popconfirm, Select, Space, Switch, Table, Typography, type TableColumnsType } from 'antd';
import type { AssociationModel, AssociationStatus, PartnerCustomersQuery as CustomersQueryResult } from '../../gql/graphql';
import { hasPermission, useMe } from '../../app/auth';
import { errorMessage, mutate, request } from '../../lib/graphql';
import { formatDate } from '../../lib/dates';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { countryLabel } from '../operator/partnerUi';
import { CustomersQuery, PendingDisassociationRequestsQuery, SetResellerBillVisibilityMutation } from './customers.graphql';
import {
  AssociationStatusBadge,
  associationStatusOptions,
  customerKeys,
  formatPercent,
  ModelTag,
  modelOptions,
  useCustomerSettings,
  useCustomerTeam,
} from './customersUi';

type CustomerRow = CustomersQueryResult['customers']['edges'][number]['node'];

/** R-CU-10: revoke or restore every reseller customer's permission to view bills and cost centre, with confirmation. */
function ResellerBillsSwitch() {
  const me = useMe();
  const canManage = hasPermission(me.data, 'CUSTOMERS_MANAGE');
  const canRead = hasPermission(me.data, 'PARTNER_VIEW');
  const settings = useCustomerSettings(canRead);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const set = useMutation({
    mutationFn: async (visible: boolean) => (await mutate(SetResellerBillVisibilityMutation, { visible })).setResellerBillVisibility,
    onSuccess: async ({ errors }, visible) => {
      if (errors.length > 0) {
        void message.error(errors.map((e) => e.message).join(' '));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: customerKeys.settings });
      await queryClient.invalidateQueries({ queryKey: customerKeys.customers });
      void message.success(
        visible ? 'Reseller customers may view bills and cost centre again.' : 'Reseller customers can no longer view bills and cost centre.',
      );
    },
    onError: (error) => void message.error(errorMessage(error)),
  });
  if (!canRead || !settings.data) return null;
  const visible = settings.data.resellerBillsVisible;
  return (
    <Space orientation="vertical" size={0} align="end">
      <Popconfirm
        title={visible ? 'Revoke the bill permission of all reseller customers?' : 'Restore the bill permission of all reseller customers?'}
        description={
          visible
            ? 'Your reseller customers will no longer see Bills and Cost Center; they still see their orders at list price.'
            : 'Your reseller customers will see Bills and Cost Center again.'
        }
        okText={visible ? 'Revoke' : 'Restore'}
        okButtonProps={{ danger: visible }}
        disabled={!canManage}
        onConfirm={() => set.mutate(!visible)}
      >
        <Space>
          <Switch
            id="reseller-bills-visible"
            checked={visible}
            loading={set.isPending}
            disabled={!canManage}
            aria-label="Reseller customers may view bills and cost centre"
          />
          <label htmlFor="reseller-bills-visible">Reseller customers may view bills and cost centre</label>
        </Space>
      </Popconfirm>
      <Typography.Text type="secondary">They always see their orders at list price.</Typography.Text>
    </Space>
  );
}

/** R-CU-8: reseller customers waiting for the partner to complete their disassociation. */
function PendingDisassociations() {
  const pending = useQuery({
    queryKey: [...customerKeys.customers, 'pendingDisassociations'],
    queryFn: async () => (await request(PendingDisassociationRequestsQuery, { first: 10 })).disassociationRequests,
  });
  const requests = pending.data?.edges.map((e) => e.node) ?? [];
  if (requests.length === 0) return null;
  const total = pending.data?.totalCount ?? requests.length;
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      style={{ marginBottom: 16 }}
      title={total === 1 ? 'A reseller customer asked to disassociate' : `${total} reseller customers asked to disassociate`}
      description={
        <Space size={[12, 4]} wrap>
          {requests.map((r) => (
            <Link key={r.id} to={`/partner/customers/${r.association.id}`}>
              {r.association.customer.companyName} (since {formatDate(r.createdAt)})
            </Link>
          ))}
        </Space>
      }
    />
  );
}

/** Customer Business › Customers: the associated customers (R-CU-1, 3, 4, 11). */
export function CustomersPage() {
  const pager = useCursorPager(20);
  const team = useCustomerTeam();
  const [search, setSearch] = useState('');
  const [model, setModel] = useState<AssociationModel>();
  const [status, setStatus] = useState<AssociationStatus>();
  const [accountManagerId, setAccountManagerId] = useState<string>();
  const [unassigned, setUnassigned] = useState(false);
  const filtered = !!search || !!model || !!status || !!accountManagerId || unassigned;

  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      pager.reset();
    };

  const variables = {
    first: pager.pageSize,
    after: pager.after,
    search: search || null,
    model: model ?? null,
    status: status ?? null,
    accountManagerId: unassigned ? null : (accountManagerId ?? null),
    unassigned: unassigned || null,
  };
  const customers = useQuery({
    queryKey: [...customerKeys.customers, variables],
    queryFn: async () => (await request(CustomersQuery, variables)).customers,
    placeholderData: keepPreviousData,
  });

  const managerOptions = (team.data ?? [])
    .filter((m) => m.role === 'ACCOUNT_MANAGER')
    .map((m) => ({ value: m.id, label: `${m.displayName} (${m.email})` }));

  const columns: TableColumnsType<CustomerRow> = [
    {
      title: 'Customer',
      key: 'customer',
      width: 260,
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/partner/customers/${c.id}`}>{c.customer.companyName}</Link>
          <Typography.Text type="secondary">{c.customer.email}</Typography.Text>
        </Space>
      ),
    },
    { title: 'Country', key: 'country', width: 160, render: (_, c) => (c.customer.country ? countryLabel(c.customer.country) : '—') },
    { title: 'Model', dataIndex: 'model', key: 'model', width: 110, render: (m: AssociationModel) => <ModelTag model={m} /> },
    {
      title: 'Discount',
      key: 'discount',
      width: 100,
      render: (_, c) => (c.model === 'REFERRAL' ? formatPercent(c.discountRate) : <Typography.Text type="secondary">n/a</Typography.Text>),
    },
    {
      title: 'Account manager',
      key: 'accountManager',
      width: 220,
      render: (_, c) => (c.accountManager ? c.accountManager.displayName : <Typography.Text type="secondary">Unassigned</Typography.Text>),
    },
    { title: 'Associated since', dataIndex: 'startedAt', key: 'startedAt', width: 140, render: (at: string) => formatDate(at) },
    {
      title: 'Status',
      key: 'status',
      width: 200,
      render: (_, c) => (
        <Space orientation="vertical" size={0}>
          <AssociationStatusBadge status={c.status} />
          {c.endedAt ? <Typography.Text type="secondary">since {formatDate(c.endedAt)}</Typography.Text> : null}
          {c.pendingDisassociationRequest ? <Badge status="warning" text="Disassociation requested" /> : null}
        </Space>
      ),
    },
  ];

  const connection = customers.data;
  return (
    <>
      <PageTitle
        title="Customers"
        subtitle="Customers associated with your organization, their model, discount and account manager."
        extra={<ResellerBillsSwitch />}
      />
      <PendingDisassociations />
      <Flex gap={12} wrap className="pc-toolbar" align="center">
        <Input.Search
          aria-label="Search customers"
          placeholder="Search by company or e-mail"
          allowClear
          enterButton="Search"
          style={{ maxWidth: 320 }}
          onSearch={(value) => filter(setSearch)(value.trim())}
        />
        <Select aria-label="Filter by model" placeholder="Any model" allowClear style={{ width: 160 }} value={model} options={modelOptions} onChange={filter(setModel)} />
        <Select
          aria-label="Filter by status"
          placeholder="Any status"
          allowClear
          style={{ width: 160 }}
          value={status}
          options={associationStatusOptions}
          onChange={filter(setStatus)}
        />
        <Select
          aria-label="Filter by account manager"
          placeholder="Any account manager"
          allowClear
          disabled={unassigned}
          style={{ width: 280 }}
          value={unassigned ? undefined : accountManagerId}
          options={managerOptions}
          onChange={filter(setAccountManagerId)}
        />
        <Checkbox checked={unassigned} onChange={(e) => filter(setUnassigned)(e.target.checked)}>
          Without account manager
        </Checkbox>
      </Flex>
      {customers.isError ? <ErrorAlert error={customers.error} onRetry={() => void customers.refetch()} /> : null}
      <Table<CustomerRow>
        rowKey="id"
        aria-label="Customers"
        columns={columns}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        loading={customers.isFetching}
        size="middle"
        pagination={false}
        scroll={{ x: 1190 }}
        locale={{
          emptyText: customers.isPending ? ' ' : (
            <Empty description={filtered ? 'No customers match these filters.' : 'No customers yet: invite some on Customer Development.'} />
          ),
        }}
      />
      <CursorPagination pager={pager} connection={connection} loading={customers.isFetching} itemNames={['customer', 'customers']} />
    </>
  );
}
