import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Empty, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { AccountTeamRole, PartnerCustomerTeamQuery as TeamQueryResult } from '../../gql/graphql';
import { hasPermission, useMe } from '../../app/auth';
import { errorMessage, mutate } from '../../lib/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { SetAccountDirectorMutation } from './customers.graphql';
import { customerKeys, useCustomerTeam } from './customersUi';

type TeamRow = TeamQueryResult['customerTeam'][number];

const ROLE_LABELS: Record<AccountTeamRole, string> = { ACCOUNT_MANAGER: 'Account manager', ACCOUNT_DIRECTOR: 'Account director' };
const MANAGER_STYLE = { color: '#003a8c', background: '#e6f4ff', borderColor: '#91caff' };
const DIRECTOR_STYLE = { color: '#612500', background: '#fff7e6', borderColor: '#ffd591' };

/** Customer Business › Team: account managers and the directors who lead them, with their customer counts (R-CU-11). */
export function CustomerTeamPage() {
  const me = useMe();
  const canManage = hasPermission(me.data, 'CUSTOMERS_MANAGE');
  const team = useCustomerTeam();
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  const setDirector = useMutation({
    mutationFn: async (input: { managerId: string; directorId: string | null }) => (await mutate(SetAccountDirectorMutation, { input })).setAccountDirector,
    onSuccess: async ({ errors, member }) => {
      if (errors.length > 0) {
        void message.error(errors.map((e) => e.message).join(' '));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: customerKeys.team });
      void message.success(member?.ledBy ? `Now led by ${member.ledBy.displayName}.` : 'Nobody leads this account manager now.');
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const directors = (team.data ?? []).filter((m) => m.role === 'ACCOUNT_DIRECTOR');
  const directorOptions = directors.map((d) => ({ value: d.id, label: `${d.displayName} (${d.email})` }));

  const columns: TableColumnsType<TeamRow> = [
    {
      title: 'Member',
      key: 'member',
      width: 280,
      render: (_, m) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{m.displayName}</Typography.Text>
          <Typography.Text type="secondary">{m.email}</Typography.Text>
        </Space>
      ),
    },
    {
      title: 'Role',
      dataIndex: 'role',
      key: 'role',
      width: 160,
      render: (role: AccountTeamRole) => <Tag style={role === 'ACCOUNT_DIRECTOR' ? DIRECTOR_STYLE : MANAGER_STYLE}>{ROLE_LABELS[role]}</Tag>,
    },
    { title: 'Customers', dataIndex: 'customerCount', key: 'customerCount', width: 110, align: 'right' },
    {
      title: 'Led by / leads',
      key: 'leadership',
      width: 360,
      render: (_, m) => {
        if (m.role === 'ACCOUNT_DIRECTOR') {
          return m.leads.length > 0 ? m.leads.map((l) => l.displayName).join(', ') : <Typography.Text type="secondary">No account managers</Typography.Text>;
        }
        if (!canManage) return m.ledBy ? m.ledBy.displayName : <Typography.Text type="secondary">Nobody</Typography.Text>;
        return (
          <Select
            aria-label={`Account director leading ${m.displayName}`}
            placeholder="No account director"
            allowClear
            style={{ width: 320 }}
            value={m.ledBy?.id}
            options={directorOptions}
            disabled={setDirector.isPending}
            notFoundContent="No member holds the Account Director role."
            onChange={(directorId?: string) => setDirector.mutate({ managerId: m.id, directorId: directorId ?? null })}
          />
        );
      },
    },
  ];

  return (
    <>
      <PageTitle
        title="Customer Team"
        subtitle="Account managers look after customers; account directors lead account managers and see their customers. Give members these roles in Organization › Members."
      />
      {team.isError ? <ErrorAlert error={team.error} onRetry={() => void team.refetch()} /> : null}
      <Table<TeamRow>
        rowKey="id"
        aria-label="Customer team"
        columns={columns}
        dataSource={team.data ?? []}
        loading={team.isFetching || setDirector.isPending}
        size="middle"
        pagination={false}
        scroll={{ x: 910 }}
        locale={{ emptyText: team.isPending ? ' ' : <Empty description="No member holds the Account Manager or Account Director role." /> }}
      />
    </>
  );
}
