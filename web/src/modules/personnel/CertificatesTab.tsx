import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Checkbox, Empty, Flex, Input, Select, Table } from 'antd';
import type { CertificateLevel, PartnerCertificatesQuery as CertificatesQueryResult } from '../../gql/graphql';
import { hasPermission, useMe } from '../../app/auth';
import { request } from '../../lib/graphql';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PartnerCertificatesQuery } from './personnel.graphql';
import { minimumLevelOptions, personnelKeys } from './personnelUi';
import { certificateColumns } from './certificateColumns';
import { CertificateHistoryModal } from './CertificateHistoryModal';
import { TransferCertificateModal } from './TransferCertificateModal';

type CertificateNode = CertificatesQueryResult['partnerCertificates']['edges'][number]['node'];

/** Organization › Dedicated Personnel › Certificates: every certificate of the current personnel (R-DP-5). */
export function CertificatesTab() {
  const me = useMe();
  const canManage = hasPermission(me.data, 'PERSONNEL_MANAGE');
  const pager = useCursorPager(20);
  const [search, setSearch] = useState('');
  const [minimumLevel, setMinimumLevel] = useState<CertificateLevel>();
  const [validOnly, setValidOnly] = useState(false);
  const [transferring, setTransferring] = useState<CertificateNode>();
  const [historyOf, setHistoryOf] = useState<CertificateNode>();
  const filtered = !!search || !!minimumLevel || validOnly;

  const variables = { first: pager.pageSize, after: pager.after, search: search || null, minimumLevel: minimumLevel ?? null, validOnly };
  const certificates = useQuery({
    queryKey: [...personnelKeys.certificates, variables],
    queryFn: async () => (await request(PartnerCertificatesQuery, variables)).partnerCertificates,
    placeholderData: keepPreviousData,
  });

  const connection = certificates.data;
  return (
    <>
      <Flex gap={12} wrap className="pc-toolbar" align="center">
        <Input.Search
          aria-label="Search certificates"
          placeholder="Search by number, track or login ID"
          allowClear
          enterButton="Search"
          style={{ maxWidth: 360 }}
          onSearch={(value) => {
            setSearch(value.trim());
            pager.reset();
          }}
        />
        <Select
          aria-label="Filter certificates by level"
          placeholder="Any level"
          allowClear
          style={{ width: 220 }}
          value={minimumLevel}
          options={minimumLevelOptions}
          onChange={(value?: CertificateLevel) => {
            setMinimumLevel(value);
            pager.reset();
          }}
        />
        <Checkbox
          checked={validOnly}
          onChange={(e) => {
            setValidOnly(e.target.checked);
            pager.reset();
          }}
        >
          Valid today only
        </Checkbox>
      </Flex>
      {certificates.isError ? <ErrorAlert error={certificates.error} onRetry={() => void certificates.refetch()} /> : null}
      <Table<CertificateNode>
        rowKey="id"
        columns={certificateColumns<CertificateNode>({ showHolder: true, onTransfer: canManage ? setTransferring : undefined, onHistory: setHistoryOf })}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        loading={certificates.isFetching}
        size="middle"
        pagination={false}
        scroll={{ x: 1340 }}
        locale={{
          emptyText: certificates.isPending ? ' ' : <Empty description={filtered ? 'No certificates match these filters.' : 'Your personnel have no certificates yet.'} />,
        }}
      />
      <CursorPagination pager={pager} connection={connection} loading={certificates.isFetching} itemNames={['certificate', 'certificates']} />
      <TransferCertificateModal certificate={transferring} onClose={() => setTransferring(undefined)} />
      <CertificateHistoryModal certificate={historyOf} onClose={() => setHistoryOf(undefined)} />
    </>
  );
}
