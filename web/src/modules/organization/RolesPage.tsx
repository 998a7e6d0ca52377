import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Input, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { RolesQuery as RolesQueryResult } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { formatDateTime } from '../../lib/dates';
import { permissionLabel } from '../../lib/labels';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { RolesQuery } from './organization.graphql';
import { RoleFormModal, type EditableRole } from './RoleFormModal';

type RoleRow = RolesQueryResult['roles']['edges'][number]['node'];

export function RolesPage() {
  const [search, setSearch] = useState('');
  const pager = useCursorPager(20);
  const [editor, setEditor] = useState<{ open: boolean; role?: EditableRole }>({ open: false });

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
      title: 'Updated',
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 170,
      render: (at: string) => formatDateTime(at),
    },
    {
      title: 'Actions',
      key: 'actions',
      width: 100,
      render: (_: unknown, role) =>
        role.builtIn ? (
          <Tooltip title="Built-in roles cannot be changed">
            <Button icon={<EditOutlined />} disabled aria-label={`Edit role ${role.name} (built-in, cannot be changed)`}>
              Edit
            </Button>
          </Tooltip>
        ) : (
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
