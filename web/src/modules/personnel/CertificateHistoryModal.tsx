import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Modal, Table, type TableColumnsType } from 'antd';
import type { CertificateHistoryQuery as CertificateHistoryResult } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { formatDateTime } from '../../lib/dates';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { CertificateHistoryQuery } from './personnel.graphql';
import { personnelKeys } from './personnelUi';

type Move = CertificateHistoryResult['certificateHistory'][number];

const columns: TableColumnsType<Move> = [
  { title: 'When', dataIndex: 'at', key: 'at', width: 180, render: (at: string) => formatDateTime(at) },
  { title: 'From', dataIndex: 'fromLoginId', key: 'from' },
  { title: 'To', dataIndex: 'toLoginId', key: 'to' },
  { title: 'By', dataIndex: 'transferredBy', key: 'by' },
];

/** The transfers of one certificate between the partner's members, newest first (R-DP-7). */
export function CertificateHistoryModal({ certificate, onClose }: { certificate?: { id: string; number: string }; onClose: () => void }) {
  const history = useQuery({
    queryKey: [...personnelKeys.history, certificate?.id],
    queryFn: async () => (await request(CertificateHistoryQuery, { id: certificate!.id })).certificateHistory,
    enabled: !!certificate,
  });
  return (
    <Modal
      open={!!certificate}
      title={`History of certificate ${certificate?.number ?? ''}`}
      onCancel={onClose}
      footer={<Button onClick={onClose}>Close</Button>}
      width={720}
      destroyOnHidden
    >
      {history.isError ? <ErrorAlert error={history.error} onRetry={() => void history.refetch()} /> : null}
      <Table<Move>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={history.data ?? []}
        loading={history.isFetching}
        pagination={false}
        locale={{ emptyText: history.isPending ? ' ' : <Empty description="Never transferred." /> }}
      />
    </Modal>
  );
}
