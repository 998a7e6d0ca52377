import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Empty, Flex, Input, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { CertificateLevel, PersonnelPosition, PersonnelQuery as PersonnelQueryResult } from '../../gql/graphql';
import { hasPermission, useMe } from '../../app/auth';
import { errorMessage, mutate, request } from '../../lib/graphql';
import { formatDate } from '../../lib/dates';
import { personnelPositionLabel, personnelPositionOptions } from '../../lib/labels';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { EndPersonnelAssociationMutation, PersonnelQuery } from './personnel.graphql';
import { CertificateTags, minimumLevelOptions, personnelKeys, useIsAdministrator } from './personnelUi';
import { certificateColumns, type CertificateRow } from './certificateColumns';
import { CertificateHistoryModal } from './CertificateHistoryModal';
import { EditPersonModal, type EditablePerson } from './EditPersonModal';
import { TransferCertificateModal } from './TransferCertificateModal';

type PersonRow = PersonnelQueryResult['personnel']['edges'][number]['node'];

/** Organization › Dedicated Personnel › Personnel: the associated people, their certificates and eligibility. */
export function PersonnelTab() {
  const me = useMe();
  const canManage = hasPermission(me.data, 'PERSONNEL_MANAGE');
  const isAdministrator = useIsAdministrator();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const pager = useCursorPager(20);
  const [search, setSearch] = useState('');
  const [position, setPosition] = useState<PersonnelPosition>();
  const [minimumLevel, setMinimumLevel] = useState<CertificateLevel>();
  const [validOnly, setValidOnly] = useState(false);
  const [includeEnded, setIncludeEnded] = useState(false);
  const [editing, setEditing] = useState<EditablePerson>();
  const [transferring, setTransferring] = useState<CertificateRow>();
  const [historyOf, setHistoryOf] = useState<CertificateRow>();
  const filtered = !!search || !!position || !!minimumLevel || validOnly || includeEnded;

  /** Every filter change starts again at the first page. */
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
    position: position ?? null,
    minimumLevel: minimumLevel ?? null,
    validOnly,
    includeEnded,
  };
  const personnel = useQuery({
    queryKey: [...personnelKeys.personnel, variables],
    queryFn: async () => (await request(PersonnelQuery, variables)).personnel,
    placeholderData: keepPreviousData,
  });

  const end = useMutation({
    mutationFn: async (person: PersonRow) => (await mutate(EndPersonnelAssociationMutation, { id: person.id })).endPersonnelAssociation,
    onSuccess: async ({ errors }, person) => {
      if (errors.length > 0) {
        void message.error(errors.map((e) => e.message).join(' '));
        return;
      }
      await queryClient.invalidateQueries({ queryKey: personnelKeys.personnel });
      await queryClient.invalidateQueries({ queryKey: personnelKeys.certificates });
      void message.success(`The association with ${person.individual.loginId} has ended.`);
    },
    onError: (error) => void message.error(errorMessage(error)),
  });

  const columns: TableColumnsType<PersonRow> = [
    {
      title: 'Person',
      key: 'person',
      width: 200,
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{p.individual.loginId}</Typography.Text>
          <Typography.Text type="secondary">{p.individual.displayName}</Typography.Text>
          {p.endedAt ? <Tag>Ended {formatDate(p.endedAt)}</Tag> : null}
        </Space>
      ),
    },
    { title: 'Position', dataIndex: 'position', key: 'position', width: 200, render: (value: PersonnelPosition) => personnelPositionLabel(value) },
    {
      title: 'Employment',
      key: 'employment',
      width: 210,
      render: (_, p) =>
        p.employmentStart || p.employmentEnd ? `${p.employmentStart ?? '—'} – ${p.employmentEnd ?? 'present'}` : <Typography.Text type="secondary">—</Typography.Text>,
    },
    { title: 'Certificates', key: 'certificates', width: 220, render: (_, p) => <CertificateTags certificates={p.certificates} /> },
    {
      title: 'Eligibility',
      key: 'eligibility',
      width: 240,
      render: (_, p) =>
        p.eligibility.labels.length > 0 ? (
          <Space size={[4, 4]} wrap>
            {p.eligibility.labels.map((label) => (
              <Tag key={label}>{label}</Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">None on {p.eligibility.on}</Typography.Text>
        ),
    },
    { title: 'Associated since', dataIndex: 'startedAt', key: 'startedAt', width: 140, render: (at: string) => formatDate(at) },
    {
      title: 'Actions',
      key: 'actions',
      width: 170,
      render: (_, p) =>
        canManage && !p.endedAt ? (
          <Space size={0} wrap>
            <Button
              type="link"
              size="small"
              aria-label={`Edit ${p.individual.loginId}`}
              onClick={() =>
                setEditing({
                  id: p.id,
                  displayName: p.individual.displayName,
                  position: p.position,
                  employmentStart: p.employmentStart,
                  employmentEnd: p.employmentEnd,
                })
              }
            >
              Edit
            </Button>
            {isAdministrator ? (
              <Popconfirm
                title={`End the association with ${p.individual.loginId}?`}
                description="Their certificates will no longer be visible to your organization."
                okText="End association"
                okButtonProps={{ danger: true }}
                onConfirm={() => end.mutate(p)}
              >
                <Button type="link" size="small" danger aria-label={`End the association with ${p.individual.loginId}`}>
                  End
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  /** The person's certificates, with proof downloads, transfer and history. */
  const expandedRow = (p: PersonRow) => (
    <Table<CertificateRow>
      rowKey="id"
      size="small"
      aria-label={`Certificates of ${p.individual.loginId}`}
      columns={certificateColumns<CertificateRow>({
        onTransfer: canManage && !p.endedAt ? setTransferring : undefined,
        onHistory: setHistoryOf,
      })}
      dataSource={p.certificates}
      pagination={false}
      scroll={{ x: 1000 }}
      locale={{ emptyText: <Empty description={`${p.individual.loginId} has no certificates.`} /> }}
    />
  );

  const connection = personnel.data;
  return (
    <>
      <Flex gap={12} wrap className="pc-toolbar" align="center">
        <Input.Search
          aria-label="Search personnel"
          placeholder="Search by login ID or name"
          allowClear
          enterButton="Search"
          style={{ maxWidth: 320 }}
          onSearch={(value) => filter(setSearch)(value.trim())}
        />
        <Select
          aria-label="Filter by position"
          placeholder="Any position"
          allowClear
          style={{ width: 220 }}
          value={position}
          options={personnelPositionOptions}
          onChange={filter(setPosition)}
        />
        <Select
          aria-label="Filter by certificate level"
          placeholder="Any certificate"
          allowClear
          style={{ width: 220 }}
          value={minimumLevel}
          options={minimumLevelOptions}
          onChange={filter(setMinimumLevel)}
        />
        <Tooltip title={minimumLevel ? undefined : 'Applies together with a certificate level'}>
          <Checkbox checked={validOnly} onChange={(e) => filter(setValidOnly)(e.target.checked)}>
            Valid certificates only
          </Checkbox>
        </Tooltip>
        <Checkbox checked={includeEnded} onChange={(e) => filter(setIncludeEnded)(e.target.checked)}>
          Include ended associations
        </Checkbox>
      </Flex>
      {personnel.isError ? <ErrorAlert error={personnel.error} onRetry={() => void personnel.refetch()} /> : null}
      <Table<PersonRow>
        rowKey="id"
        columns={columns}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        loading={personnel.isFetching || end.isPending}
        size="middle"
        pagination={false}
        scroll={{ x: 1380 }}
        expandable={{ expandedRowRender: expandedRow }}
        locale={{
          emptyText: personnel.isPending ? ' ' : (
            <Empty description={filtered ? 'No personnel match these filters.' : 'No dedicated personnel yet: invite people on the Invitations tab.'} />
          ),
        }}
      />
      <CursorPagination pager={pager} connection={connection} loading={personnel.isFetching} itemNames={['person', 'people']} />
      <EditPersonModal person={editing} onClose={() => setEditing(undefined)} />
      <TransferCertificateModal certificate={transferring} onClose={() => setTransferring(undefined)} />
      <CertificateHistoryModal certificate={historyOf} onClose={() => setHistoryOf(undefined)} />
    </>
  );
}
