import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Popconfirm, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import type { InvitationStatus, PersonnelInvitationsQuery as InvitationsQueryResult } from '../../gql/graphql';
import { hasPermission, useMe } from '../../app/auth';
import { errorMessage, mutate, request } from '../../lib/graphql';
import { formatDateTime, fromNow } from '../../lib/dates';
import { invitationStatusOptions } from '../../lib/labels';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { CancelPersonnelInvitationMutation, PersonnelInvitationsQuery } from './personnel.graphql';
import { InvitationStatusBadge, personnelKeys, useIsAdministrator } from './personnelUi';
import { InviteModal } from './InviteModal';

type InvitationRow = InvitationsQueryResult['personnelInvitations']['edges'][number]['node'];

/** Organization › Dedicated Personnel › Invitations: sent invitations (valid 7 days, R-DP-2); the administrator invites and cancels (R-ORG-4). */
export function InvitationsTab() {
  const me = useMe();
  const isAdministrator = useIsAdministrator();
  const canInvite = hasPermission(me.data, 'PERSONNEL_MANAGE') && isAdministrator;
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const pager = useCursorPager(20);
  const [status, setStatus] = useState<InvitationStatus>();
  const [inviting, setInviting] = useState(false);

  const variables = { first: pager.pageSize, after: pager.after, status: status ?? null };
  const invitations = useQuery({
    queryKey: [...personnelKeys.invitations, variables],
    queryFn: async () => (await request(PersonnelInvitationsQuery, variables)).personnelInvitations,
    placeholderData: keepPreviousData,
  });

  const cancel = useMutation({
    mutationFn: async (invitation: InvitationRow) => (await mutate(CancelPersonnelInvitationMutation, { id: invitation.id })).cancelPersonnelInvitation,
    onSuccess: async ({ errors }, invitation) => {
      if (errors.length > 0) {
        void message.error(errors.map((e) => e.message).join(' '));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: personnelKeys.invitations });
      void message.success(`The invitation to ${invitation.individual.loginId} has been cancelled.`);
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const columns: TableColumnsType<InvitationRow> = [
    {
      title: 'Person',
      key: 'person',
      width: 200,
      render: (_, i) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{i.individual.loginId}</Typography.Text>
          <Typography.Text type="secondary">{i.individual.displayName}</Typography.Text>
        </Space>
      ),
    },
    { title: 'Status', dataIndex: 'status', key: 'status', width: 130, render: (s: InvitationStatus) => <InvitationStatusBadge status={s} /> },
    { title: 'Sent', dataIndex: 'createdAt', key: 'createdAt', width: 180, render: (at: string) => formatDateTime(at) },
    { title: 'Invited by', dataIndex: 'invitedBy', key: 'invitedBy', width: 230 },
    {
      title: 'Expires',
      key: 'expiresAt',
      width: 220,
      render: (_, i) => (
        <Space orientation="vertical" size={0}>
          <span>{formatDateTime(i.expiresAt)}</span>
          {i.status === 'PENDING' ? <Typography.Text type="secondary">expires {fromNow(i.expiresAt)}</Typography.Text> : null}
        </Space>
      ),
    },
    { title: 'Answered', dataIndex: 'respondedAt', key: 'respondedAt', width: 180, render: (at: string | null) => formatDateTime(at) },
    {
      title: 'Actions',
      key: 'actions',
      width: 110,
      render: (_, i) =>
        canInvite && i.status === 'PENDING' ? (
          <Popconfirm
            title={`Cancel the invitation to ${i.individual.loginId}?`}
            description="The link stops working; you can invite the person again later."
            okText="Cancel invitation"
            cancelText="Keep it"
            okButtonProps={{ danger: true }}
            onConfirm={() => cancel.mutate(i)}
          >
            <Button type="link" size="small" danger aria-label={`Cancel the invitation to ${i.individual.loginId}`}>
              Cancel
            </Button>
          </Popconfirm>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  const connection = invitations.data;
  return (
    <>
      <Flex gap={12} wrap justify="space-between" className="pc-toolbar">
        <Select
          aria-label="Filter by status"
          placeholder="Any status"
          allowClear
          style={{ width: 180 }}
          value={status}
          options={invitationStatusOptions}
          onChange={(value?: InvitationStatus) => {
            setStatus(value);
            pager.reset();
          }}
        />
        {canInvite ? (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setInviting(true)}>
            Invite
          </Button>
        ) : null}
      </Flex>
      <Typography.Paragraph type="secondary">An invitation is valid for 7 days; after that you may invite the person again.</Typography.Paragraph>
      {invitations.isError ? <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} /> : null}
      <Table<InvitationRow>
        rowKey="id"
        columns={columns}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        loading={invitations.isFetching || cancel.isPending}
        size="middle"
        pagination={false}
        scroll={{ x: 1250 }}
        locale={{ emptyText: invitations.isPending ? ' ' : <Empty description={status ? 'No invitations with this status.' : 'No invitations yet.'} /> }}
      />
      <CursorPagination pager={pager} connection={connection} loading={invitations.isFetching} itemNames={['invitation', 'invitations']} />
      <InviteModal open={inviting} onClose={() => setInviting(false)} />
    </>
  );
}
