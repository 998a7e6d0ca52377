import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Input, Space, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import type { IndividualsQuery as IndividualsResult } from '../../../gql/graphql';
import { errorMessage, mutate, request } from '../../../lib/graphql';
import { useCursorPager } from '../../../lib/useCursorPager';
import { CursorPagination } from '../../../ui/CursorPagination';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageTitle } from '../../../ui/PageTitle';
import { IndividualsQuery, SetEnterpriseAuthenticationMutation } from './individuals.graphql';
import { SyncCertificateModal } from './SyncCertificateModal';

type IndividualRow = IndividualsResult['individuals']['edges'][number]['node'];

/** Operator › Individuals: individual IDs with their enterprise authentication (R-DP-3) and Cloud Migration synchronisation (R-DP-6). */
export function IndividualsPage() {
  const [search, setSearch] = useState('');
  const pager = useCursorPager(20);
  const [syncFor, setSyncFor] = useState<string>();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();

  const variables = { first: pager.pageSize, after: pager.after, search: search || null };
  const individuals = useQuery({
    queryKey: ['operatorIndividuals', variables],
    queryFn: async () => (await request(IndividualsQuery, variables)).individuals,
    placeholderData: keepPreviousData,
  });

  const setFlag = useMutation({
    mutationFn: async ({ loginId, value }: { loginId: string; value: boolean }) =>
      (await mutate(SetEnterpriseAuthenticationMutation, { input: { loginId, enterpriseAuthenticated: value } })).setEnterpriseAuthentication,
    onSuccess: async ({ errors }, { loginId, value }) => {
      if (errors.length > 0) {
        modal.error({ title: `${loginId} was not changed`, content: errors.map((e) => e.message).join(' ') });
        return;
      }
      await queryClient.invalidateQueries({ queryKey: ['operatorIndividuals'] });
      void message.success(value ? `${loginId} is now authenticated as an enterprise user.` : `${loginId} is no longer authenticated as an enterprise user.`);
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const confirmFlag = (individual: IndividualRow, value: boolean) =>
    modal.confirm({
      title: value ? `Authenticate ${individual.loginId} as an enterprise user?` : `Remove the enterprise authentication of ${individual.loginId}?`,
      content: value
        ? 'Partners can then no longer invite this ID as dedicated personnel, and its pending invitations cannot be accepted.'
        : 'Partners can then invite this ID as dedicated personnel again.',
      okText: value ? 'Authenticate' : 'Remove',
      onOk: () => setFlag.mutateAsync({ loginId: individual.loginId, value }),
    });

  const columns: TableColumnsType<IndividualRow> = [
    { title: 'Login ID', dataIndex: 'loginId', key: 'loginId', width: 180, render: (id: string) => <Typography.Text strong>{id}</Typography.Text> },
    { title: 'Name', dataIndex: 'displayName', key: 'displayName', width: 200 },
    { title: 'E-mail', dataIndex: 'email', key: 'email' },
    {
      title: 'Enterprise authentication',
      dataIndex: 'enterpriseAuthenticated',
      key: 'enterpriseAuthenticated',
      width: 200,
      render: (on: boolean, individual) => (
        <Space>
          <Switch
            checked={on}
            aria-label={`Enterprise authentication of ${individual.loginId}`}
            loading={setFlag.isPending && setFlag.variables?.loginId === individual.loginId}
            onChange={(value) => confirmFlag(individual, value)}
          />
          {on ? 'Authenticated' : 'No'}
        </Space>
      ),
    },
    {
      title: 'Actions',
      key: 'actions',
      width: 300,
      render: (_: unknown, individual) => (
        <Button icon={<SyncOutlined />} onClick={() => setSyncFor(individual.loginId)} aria-label={`Synchronise Cloud Migration certificate to ${individual.loginId}`}>
          Synchronise Cloud Migration certificate
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        title="Individuals"
        subtitle="Individual IDs. An ID authenticated as an enterprise user cannot become a partner's dedicated personnel."
      />
      <Card>
        <Flex justify="space-between" align="center" gap={16} wrap className="pc-toolbar">
          <Input.Search
            aria-label="Search individuals"
            placeholder="Login ID, name or e-mail"
            allowClear
            enterButton="Search"
            style={{ maxWidth: 360 }}
            onSearch={(value) => {
              setSearch(value.trim());
              pager.reset();
            }}
          />
        </Flex>
        {individuals.isError ? <ErrorAlert error={individuals.error} onRetry={() => void individuals.refetch()} /> : null}
        <Table<IndividualRow>
          rowKey="id"
          columns={columns}
          dataSource={individuals.data?.edges.map((e) => e.node) ?? []}
          loading={individuals.isFetching}
          size="middle"
          pagination={false}
          scroll={{ x: 1000 }}
          locale={{
            emptyText: individuals.isPending ? ' ' : <Empty description={search ? `No individuals match “${search}”.` : 'No individuals yet.'} />,
          }}
        />
        <CursorPagination pager={pager} connection={individuals.data} loading={individuals.isFetching} itemNames={['individual', 'individuals']} />
      </Card>
      <SyncCertificateModal loginId={syncFor} onClose={() => setSyncFor(undefined)} />
    </>
  );
}
