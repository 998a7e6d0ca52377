import { useState } from 'react';
import dayjs from 'dayjs';
import { Badge, Button, Card, Empty, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { MyCertificatesQuery as MyCertificatesResult } from '../../gql/graphql';
import { certificateLevelLabel, certificateSourceLabel } from '../../lib/labels';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { AddCertificateModal } from './AddCertificateModal';
import { useMyCertificates } from './queries';

type CertificateRow = MyCertificatesResult['myCertificates'][number];

function Validity({ certificate }: { certificate: CertificateRow }) {
  if (certificate.validToday) return <Badge status="success" text="Valid" />;
  // Dates are days (YYYY-MM-DD), so comparing the strings compares the days.
  return certificate.expiresOn < dayjs().format('YYYY-MM-DD') ? <Badge status="error" text="Expired" /> : <Badge status="default" text="Not yet valid" />;
}

const columns: TableColumnsType<CertificateRow> = [
  {
    title: 'Level',
    dataIndex: 'level',
    key: 'level',
    width: 150,
    render: (level: CertificateRow['level']) => <Typography.Text strong>{certificateLevelLabel(level)}</Typography.Text>,
  },
  { title: 'Track', dataIndex: 'track', key: 'track' },
  { title: 'Number', dataIndex: 'number', key: 'number', width: 180 },
  {
    title: 'Validity',
    key: 'validity',
    width: 260,
    render: (_: unknown, c) => (
      <Space size={8}>
        <Validity certificate={c} />
        <Typography.Text type="secondary">
          {c.issuedOn} – {c.expiresOn}
        </Typography.Text>
      </Space>
    ),
  },
  {
    title: 'Source',
    dataIndex: 'source',
    key: 'source',
    width: 130,
    render: (source: CertificateRow['source']) => <Tag>{certificateSourceLabel(source)}</Tag>,
  },
  {
    title: 'Proof',
    dataIndex: 'proofUrl',
    key: 'proofUrl',
    width: 140,
    render: (url: string | null | undefined, c) =>
      url ? (
        <a href={url} aria-label={`Download the proof of ${certificateLevelLabel(c.level)} certificate ${c.number}`}>
          <DownloadOutlined /> Download
        </a>
      ) : (
        <Typography.Text type="secondary">—</Typography.Text>
      ),
  },
];

/** The individual's certificates (shared with the partner they are associated with, R-DP-5) and "Add certificate". */
export function CertificatesPage() {
  const [adding, setAdding] = useState(false);
  const certificates = useMyCertificates();

  return (
    <>
      <PageTitle
        title="Certificates"
        subtitle="Your certificates. The partner you are associated with sees them, and they count for its programs."
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            Add certificate
          </Button>
        }
      />
      <Card>
        {certificates.isError ? <ErrorAlert error={certificates.error} onRetry={() => void certificates.refetch()} /> : null}
        <Table<CertificateRow>
          rowKey="id"
          columns={columns}
          dataSource={certificates.data ?? []}
          loading={certificates.isFetching}
          size="middle"
          pagination={false}
          scroll={{ x: 960 }}
          locale={{ emptyText: certificates.isPending ? ' ' : <Empty description="No certificates yet." /> }}
        />
      </Card>
      <AddCertificateModal open={adding} onClose={() => setAdding(false)} />
    </>
  );
}
