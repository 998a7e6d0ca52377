import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Table, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { PartnerProgramsQuery as PartnerProgramsResult, Program } from '../../gql/graphql';
import { formatDate } from '../../lib/dates';
import { programLabel } from '../../lib/labels';
import { request } from '../../lib/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { PartnerProgramsQuery } from './partner.graphql';
import { Dash, myPartnerKey, programLevel, RENEWAL_NOTE } from './partnerUi';

type ProgramRow = PartnerProgramsResult['myPartner']['programs'][number];

/** The certificate PDF of one enrolment (same origin; the session cookie authorises it). */
export function certificateUrl(id: string): string {
  return `/api/partner-programs/${encodeURIComponent(id)}/certificate.pdf`;
}

const columns: TableColumnsType<ProgramRow> = [
  {
    title: 'Program',
    dataIndex: 'program',
    key: 'program',
    render: (program: Program) => <Typography.Text strong>{programLabel(program)}</Typography.Text>,
  },
  { title: 'Tier or phase', key: 'level', render: (_: unknown, row) => programLevel(row) ?? <Dash /> },
  { title: 'Joined', dataIndex: 'joinedOn', key: 'joinedOn', width: 120 },
  { title: 'Certificate number', dataIndex: 'certificateNumber', key: 'certificateNumber' },
  {
    title: 'Certificate validity',
    key: 'validity',
    render: (_: unknown, row) => (
      <>
        {row.validFrom} to {row.validUntil}
        <br />
        <Typography.Text type="secondary">
          {RENEWAL_NOTE}
          {row.renewedAt ? ` Last renewed ${formatDate(row.renewedAt)}.` : ''}
        </Typography.Text>
      </>
    ),
  },
  {
    title: 'Certificate',
    key: 'certificate',
    width: 200,
    render: (_: unknown, row) => (
      <Button
        href={certificateUrl(row.id)}
        download
        icon={<DownloadOutlined />}
        aria-label={`Download certificate for ${programLabel(row.program)}`}
      >
        Download certificate
      </Button>
    ),
  },
];

/** R-PA-5, R-PA-6: the programs the partner joined, with tier or phase, certificate and its validity. */
export function PartnerProgramsPage() {
  const programs = useQuery({
    queryKey: [...myPartnerKey, 'programs'],
    queryFn: async () => (await request(PartnerProgramsQuery, {})).myPartner.programs,
  });
  return (
    <>
      <PageTitle title="Partner Programs" subtitle="The partner programs your organization has joined, and their certificates." />
      <Card>
        {programs.isError ? <ErrorAlert error={programs.error} onRetry={() => void programs.refetch()} /> : null}
        <Table<ProgramRow>
          rowKey="id"
          columns={columns}
          dataSource={programs.data ?? []}
          loading={programs.isPending}
          pagination={false}
          scroll={{ x: 1000 }}
          locale={{
            emptyText: programs.isPending ? ' ' : <Empty description="Your organisation has not joined a program yet." />,
          }}
        />
      </Card>
    </>
  );
}
