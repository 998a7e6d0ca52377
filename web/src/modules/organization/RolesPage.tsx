import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Input, Popconfirm, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { RolesQuery as RolesQueryResult } from '../../gql/graphql';
import { errorMessage, mutate, request } from '../../lib/graphql';
import { formatDateTime } from '../../lib/dates';
import { permissionLabel } from '../../lib/labels';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { DeleteRoleMutation, RolesQuery } from './organization.graphql';
import { RoleFormModal, type EditableRole } from './RoleFormModal';

type RoleRow = RolesQueryResult['roles']['edges'][number]['node'];

export function RolesPage() {
  const [search, setSearch] = useState('');
  const pager = useCursorPager(20);
  const [editor, setEditor] = useState<{ open: boolean; role?: EditableRole }>({ open: false });
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();

  const deleteRole = useMutation({
    mutationFn: async (role: RoleRow) => ({ role, ...(await mutate(DeleteRoleMutation, { id: role.id })).deleteRole }),
    onSuccess: async ({ role, errors }) => {
      if (errors.length > 0) {
        // e.g. ROLE_IN_USE: "This role is held by 2 members; give each of them another role first."
        modal.error({ title: `Role “${role.name}” was not deleted`, content: errors.map((e) => e.message).join(' ') });
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ['roles'] });
      void message.success(`Role “${role.name}” deleted.`);
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const roles = useQuery({
    queryKey: ['roles', { first: pager.pageSize, after: pager.after, search }],
    queryFn: async () =>
      (await request(RolesQuery, { first: pager.pageSize, after: pager.after, search: search || null })).roles,
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<RoleRow> = [
    {
      title: 'Name',
      dataIndex: 'name',
      key: 'name',
      width: 220,
      render: (name: string, role) => (
        <Space size={4} wrap>
          <Typography.Text strong>{name}</Typography.Text>
          {role.builtIn ? <Tag color="blue">Built-in</Tag> : null}
        </Space>
      ),
    },
    {
      title: 'Description',
      dataIndex: 'description',
      key: 'description',
      width: 280,
      render: (d: string | null | undefined) => d || <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: 'Permissions',
      dataIndex: 'permissions',
      key: 'permissions',
      render: (permissions: RoleRow['permissions']) =>
        permissions.length > 0 ? (
          <Space size={[4, 4]} wrap>
            {permissions.map((p) => (
              <Tag key={p}>{permissionLabel(p)}</Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">No permissions</Typography.Text>
        ),
    },
    {
      title: 'Members',
      dataIndex: 'memberCount',
      key: 'memberCount',
      width: 100,
      align: 'right',
    },
    {
      title: 'Updated',
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 170,
      render: (at: string) => formatDateTime(at),
    },
    {
      title: 'Actions',
      key: 'actions',
      width: 200,
      render: (_: unknown, role) =>
        role.builtIn ? (
          <Tooltip title="Built-in roles cannot be changed or deleted">
            <Space size={4}>
              <Button icon={<EditOutlined />} disabled aria-label={`Edit role ${role.name} (built-in, cannot be changed)`}>
                Edit
              </Button>
              <Button icon={<DeleteOutlined />} disabled aria-label={`Delete role ${role.name} (built-in, cannot be deleted)`}>
                Delete
              </Button>
            </Space>
          </Tooltip>
        ) : (
          <Space size={4}>
            <Button
              icon={<EditOutlined />}
              aria-label={`Edit role ${role.name}`}
              onClick={() =>
                setEditor({
                  open: true,
                  role: { id: role.id, name: role.name, description: role.description, permissions: role.permissions },
                })
              }
            >
              Edit
            </Button>
            <Popconfirm
              title={`Delete the role “${role.name}”?`}
              description="Only a role that no member holds can be deleted."
              okText="Delete"
              okButtonProps={{ danger: true }}
              onConfirm={() => deleteRole.mutate(role)}
            >
              <Button icon={<DeleteOutlined />} aria-label={`Delete role ${role.name}`} loading={deleteRole.isPending && deleteRole.variables?.id === role.id}>
                Delete
              </Button>
            </Popconfirm>
          </Space>
        ),
    },
  ];

  const connection = roles.data;
  return (
    <>
      <PageTitle
        title="Roles"
        subtitle="Roles bundle permissions; every member of your organization holds one role."
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ open: true })}>
            New role
          </Button>
        }
      />
      <Card>
        <Flex justify="space-between" align="center" gap={16} wrap className="pc-toolbar">
          <Input.Search
            aria-label="Search roles"
            placeholder="Search by name"
            allowClear
            enterButton="Search"
            style={{ maxWidth: 360 }}
            onSearch={(value) => {
              setSearch(value.trim());
              pager.reset();
            }}
          />
        </Flex>
        {roles.isError ? <ErrorAlert error={roles.error} onRetry={() => void roles.refetch()} /> : null}
        <Table<RoleRow>
          rowKey="id"
          columns={columns}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          loading={roles.isFetching}
          size="middle"
          pagination={false}
          scroll={{ x: 900 }}
          locale={{
            emptyText: roles.isPending ? ' ' : (
              <Empty description={search ? `No roles match “${search}”.` : 'No roles yet.'} />
            ),
          }}
        />
        <CursorPagination pager={pager} connection={connection} loading={roles.isFetching} itemNames={['role', 'roles']} />
      </Card>
      <RoleFormModal open={editor.open} role={editor.role} onClose={() => setEditor({ open: false })} />
    </>
  );
}
