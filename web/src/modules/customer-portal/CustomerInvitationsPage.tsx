import { useState } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Select, Table, type TableColumnsType } from 'antd';
import type { CustomerInvitationStatus, MyCustomerInvitationsQuery as InvitationsResult } from '../../gql/graphql';
import { formatDateTime } from '../../lib/dates';
import { request } from '../../lib/graphql';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { MyCustomerInvitationsQuery } from './customerPortal.graphql';
import { CustomerInvitationStatusTag, INVITATION_STATUS_LABELS, invitePath, modelLabel } from './portalUi';
import { customerKey } from './queries';

type Invitation = InvitationsResult['myCustomerInvitations']['edges'][number]['node'];

const statusOptions = (['ACTIVE', 'ACCEPTED', 'EXPIRED', 'REVOKED'] as const).map((value) => ({ value, label: INVITATION_STATUS_LABELS[value] }));

const columns: TableColumnsType<Invitation> = [
  { title: 'Partner', dataIndex: 'partnerName', key: 'partner' },
  { title: 'Model', dataIndex: 'model', key: 'model', width: 110, render: (m: Invitation['model']) => modelLabel(m) },
  { title: 'Status', dataIndex: 'status', key: 'status', width: 120, render: (s: CustomerInvitationStatus) => <CustomerInvitationStatusTag status={s} /> },
  { title: 'Received', dataIndex: 'createdAt', key: 'createdAt', width: 180, render: (at: string) => formatDateTime(at) },
  { title: 'Valid until', dataIndex: 'expiresAt', key: 'expiresAt', width: 180, render: (at?: string | null) => (at ? formatDateTime(at) : 'No expiry') },
  {
    title: 'Invitation',
    key: 'open',
    width: 140,
    render: (_: unknown, i) => (
      <Link to={invitePath(i.code)} aria-label={`Open the invitation from ${i.partnerName}`}>
        {i.status === 'ACTIVE' ? 'Open and accept' : 'Open'}
      </Link>
    ),
  },
];

/** Invitations e-mailed to the customer's address by any partner (R-CU-7). */
export function CustomerInvitationsPage() {
  const pager = useCursorPager(10);
  const [status, setStatus] = useState<CustomerInvitationStatus>();
  const variables = { first: pager.pageSize, after: pager.after, status: status ?? null };
  const list = useQuery({
    queryKey: [customerKey, 'invitations', variables],
    queryFn: async () => (await request(MyCustomerInvitationsQuery, variables)).myCustomerInvitations,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

  return (
    <>
      <PageTitle
        title="Invitations received"
        subtitle="Partners' invitations sent to your e-mail address. An e-mail invitation is valid for the days it states; a registration link never expires."
      />
      <Card>
        <Flex className="pc-toolbar" gap={16} style={{ marginBottom: 12 }}>
          <Select<CustomerInvitationStatus>
            aria-label="Filter by status"
            placeholder="Any status"
            allowClear
            style={{ width: 180 }}
            value={status}
            options={statusOptions}
            onChange={(value) => {
              setStatus(value);
              pager.reset();
            }}
          />
        </Flex>
        {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<Invitation>
          rowKey="code"
          columns={columns}
          dataSource={list.data?.edges.map((e) => e.node) ?? []}
          loading={list.isFetching}
          size="middle"
          pagination={false}
          scroll={{ x: 800 }}
          locale={{ emptyText: list.isPending ? ' ' : <Empty description="No invitations." /> }}
        />
        <CursorPagination pager={pager} connection={list.data} loading={list.isFetching} itemNames={['invitation', 'invitations']} />
      </Card>
    </>
  );
}
