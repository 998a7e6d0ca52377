import { useState, type ReactNode } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Card, Empty, Flex, Input, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { AccountStatus, MembersQuery as MembersQueryResult } from '../../gql/graphql';
import { hasPermission, useMe } from '../../app/auth';
import { errorMessage, mutate, request } from '../../lib/graphql';
import { formatDate } from '../../lib/dates';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { DeactivateMemberMutation, MembersQuery, ReactivateMemberMutation, ResendSetPasswordLinkMutation } from './organization.graphql';
import { MemberFormModal, useRoleOptions, type EditableMember } from './MemberFormModal';
import { MemberRoleModal } from './MemberRoleModal';
import { SetPasswordLinkDialog } from '../../ui/SetPasswordLinkDialog';

type MemberRow = MembersQueryResult['members']['edges'][number]['node'];
type LinkToShow = { displayName: string; email: string; path: string };

const ADMINISTRATOR_LOCKED = 'The administrator (master) account keeps its role and cannot be deactivated.';
const SELF_LOCKED = 'You cannot change your own role or deactivate yourself.';

/** A disabled action with a tooltip that says why (a disabled button gets no hover events of its own). */
function Locked({ reason, children }: { reason: string; children: ReactNode }) {
  return (
    <Tooltip title={reason}>
      <span>{children}</span>
    </Tooltip>
  );
}

export function MembersPage() {
  const me = useMe();
  const canManage = hasPermission(me.data, 'MEMBERS_MANAGE');
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const roles = useRoleOptions();
  const [search, setSearch] = useState('');
  const [roleId, setRoleId] = useState<string | undefined>();
  const [status, setStatus] = useState<AccountStatus | undefined>();
  const pager = useCursorPager(20);
  const [editor, setEditor] = useState<{ open: boolean; member?: EditableMember }>({ open: false });
  const [roleChange, setRoleChange] = useState<{ id: string; displayName: string; roleId?: string | null }>();
  const [link, setLink] = useState<LinkToShow>();
  const filtered = !!search || !!roleId || !!status;

  const members = useQuery({
    queryKey: ['members', { first: pager.pageSize, after: pager.after, search, roleId, status }],
    queryFn: async () =>
      (await request(MembersQuery, { first: pager.pageSize, after: pager.after, search: search || null, roleId: roleId ?? null, status: status ?? null }))
        .members,
    placeholderData: keepPreviousData,
  });

  /** Deactivate, reactivate or a new link: typed refusals become a message, the list refreshes. */
  const act = useMutation({
    mutationFn: async ({ action, member }: { action: 'deactivate' | 'reactivate' | 'link'; member: MemberRow }) => {
      if (action === 'deactivate') return { member, errors: (await mutate(DeactivateMemberMutation, { id: member.id })).deactivateMember.errors };
      if (action === 'reactivate') return { member, errors: (await mutate(ReactivateMemberMutation, { id: member.id })).reactivateMember.errors };
      const { resendSetPasswordLink: payload } = await mutate(ResendSetPasswordLinkMutation, { id: member.id });
      return { member, errors: payload.errors, link: payload.setPasswordLink };
    },
    onSuccess: async ({ member, errors, link: path }, { action }) => {
      if (errors.length > 0) {
        void message.error(errors.map((e) => e.message).join(' '));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ['members'] });
      if (action === 'deactivate') void message.success(`${member.displayName} has been deactivated and signed out.`);
      if (action === 'reactivate') void message.success(`${member.displayName} can sign in again.`);
      if (path) setLink({ displayName: member.displayName, email: member.email, path });
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const actions = (member: MemberRow) => {
    const lockedReason = member.isAdministrator ? ADMINISTRATOR_LOCKED : member.id === me.data?.id ? SELF_LOCKED : null;
    const edit = (
      <Button
        type="link"
        size="small"
        aria-label={`Edit member ${member.displayName}`}
        onClick={() => setEditor({ open: true, member: { id: member.id, email: member.email, displayName: member.displayName, mobile: member.mobile } })}
      >
        Edit
      </Button>
    );
    if (lockedReason) {
      return (
        <Space size={0} wrap>
          {edit}
          <Locked reason={lockedReason}>
            <Button type="link" size="small" disabled aria-label={`Change role of ${member.displayName} (not allowed)`}>
              Role
            </Button>
          </Locked>
          <Locked reason={lockedReason}>
            <Button type="link" size="small" disabled aria-label={`Deactivate ${member.displayName} (not allowed)`}>
              Deactivate
            </Button>
          </Locked>
        </Space>
      );
    }
    const active = member.status === 'ACTIVE';
    return (
      <Space size={0} wrap>
        {edit}
        <Button
          type="link"
          size="small"
          aria-label={`Change role of ${member.displayName}`}
          onClick={() => setRoleChange({ id: member.id, displayName: member.displayName, roleId: member.role?.id })}
        >
          Role
        </Button>
        {active ? (
          <Popconfirm
            title={`Create a new set-password link for ${member.displayName}?`}
            description={member.passwordSet ? 'Their current password keeps working until they set a new one.' : 'Earlier links stop working.'}
            okText="Create link"
            onConfirm={() => act.mutate({ action: 'link', member })}
          >
            <Button type="link" size="small" aria-label={`New set-password link for ${member.displayName}`}>
              Link
            </Button>
          </Popconfirm>
        ) : null}
        {active ? (
          <Popconfirm
            title={`Deactivate ${member.displayName}?`}
            description="They are signed out at once and cannot sign in until reactivated."
            okText="Deactivate"
            okButtonProps={{ danger: true }}
            onConfirm={() => act.mutate({ action: 'deactivate', member })}
          >
            <Button type="link" size="small" aria-label={`Deactivate ${member.displayName}`}>
              Deactivate
            </Button>
          </Popconfirm>
        ) : (
          <Popconfirm
            title={`Reactivate ${member.displayName}?`}
            description="They can sign in again with their password."
            okText="Reactivate"
            onConfirm={() => act.mutate({ action: 'reactivate', member })}
          >
            <Button type="link" size="small" aria-label={`Reactivate ${member.displayName}`}>
              Reactivate
            </Button>
          </Popconfirm>
        )}
      </Space>
    );
  };

  const columns: TableColumnsType<MemberRow> = [
    {
      title: 'Name',
      dataIndex: 'displayName',
      key: 'displayName',
      width: 220,
      render: (name: string, member) => (
        <Space size={4} wrap>
          <Typography.Text strong>{name}</Typography.Text>
          {member.isAdministrator ? <Tag color="blue">Administrator</Tag> : null}
          {member.id === me.data?.id ? <Tag>You</Tag> : null}
        </Space>
      ),
    },
    { title: 'E-mail', dataIndex: 'email', key: 'email', width: 240 },
    {
      title: 'Mobile',
      dataIndex: 'mobile',
      key: 'mobile',
      width: 140,
      render: (mobile: string | null | undefined) => mobile || <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: 'Role',
      key: 'role',
      width: 150,
      render: (_: unknown, member) => member.role?.name ?? <Typography.Text type="secondary">No role</Typography.Text>,
    },
    {
      title: 'Status',
      key: 'status',
      width: 150,
      render: (_: unknown, member) => (
        <Space size={4} wrap>
          <Badge status={member.status === 'ACTIVE' ? 'success' : 'default'} text={member.status === 'ACTIVE' ? 'Active' : 'Inactive'} />
          {member.passwordSet ? null : <Tag>Awaiting password</Tag>}
        </Space>
      ),
    },
    { title: 'Created', dataIndex: 'createdAt', key: 'createdAt', width: 110, render: (at: string) => formatDate(at) },
    ...(canManage ? [{ title: 'Actions', key: 'actions', width: 250, fixed: 'right' as const, render: (_: unknown, member: MemberRow) => actions(member) }] : []),
  ];

  const connection = members.data;
  const empty = filtered ? (
    <Empty description="No members match the filters." />
  ) : (
    <Empty description="No members yet.">
      {canManage ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ open: true })}>
          Add the first member
        </Button>
      ) : null}
    </Empty>
  );

  return (
    <>
      <PageTitle
        title="Members"
        subtitle="The people of your organization who sign in to Partner Center; each holds one role."
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ open: true })}>
              New member
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap={12} wrap className="pc-toolbar">
          <Input.Search
            aria-label="Search members"
            placeholder="Search by name or e-mail"
            allowClear
            enterButton="Search"
            style={{ maxWidth: 360 }}
            onSearch={(value) => {
              setSearch(value.trim());
              pager.reset();
            }}
          />
          <Select
            aria-label="Filter by role"
            placeholder="All roles"
            allowClear
            style={{ width: 200 }}
            loading={roles.isPending}
            value={roleId}
            options={(roles.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
            onChange={(value?: string) => {
              setRoleId(value);
              pager.reset();
            }}
          />
          <Select
            aria-label="Filter by status"
            placeholder="Any status"
            allowClear
            style={{ width: 160 }}
            value={status}
            options={[
              { value: 'ACTIVE', label: 'Active' },
              { value: 'INACTIVE', label: 'Inactive' },
            ]}
            onChange={(value?: AccountStatus) => {
              setStatus(value);
              pager.reset();
            }}
          />
        </Flex>
        {members.isError ? <ErrorAlert error={members.error} onRetry={() => void members.refetch()} /> : null}
        <Table<MemberRow>
          rowKey="id"
          columns={columns}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          loading={members.isFetching || act.isPending}
          size="middle"
          pagination={false}
          scroll={{ x: 1260 }}
          locale={{ emptyText: members.isPending ? ' ' : empty }}
        />
        <CursorPagination pager={pager} connection={connection} loading={members.isFetching} itemNames={['member', 'members']} />
      </Card>
      <MemberFormModal
        open={editor.open}
        member={editor.member}
        onClose={() => setEditor({ open: false })}
        onCreated={(created) => setLink({ displayName: created.displayName, email: created.email, path: created.setPasswordLink })}
      />
      <MemberRoleModal member={roleChange} onClose={() => setRoleChange(undefined)} />
      <SetPasswordLinkDialog
        link={link?.path}
        title="Set-password link"
        recipient={
          <>
            <Typography.Text strong>{link?.displayName}</Typography.Text> ({link?.email})
          </>
        }
        onClose={() => setLink(undefined)}
      />
    </>
  );
}
