import { Link } from 'react-router';
import dayjs, { type Dayjs } from 'dayjs';
import { Alert, Card, Col, Descriptions, Empty, Row, Table, Typography, type TableColumnsType } from 'antd';
import type { MyPersonnelAssociationsQuery as AssociationsResult } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/dates';
import { personnelPositionLabel } from '../../lib/labels';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageTitle } from '../../ui/PageTitle';
import { useMyAssociations } from './queries';

type Association = AssociationsResult['myPersonnelAssociations'][number];

/** R-DP-4: an ID associated with this many partners within 365 days cannot be invited again. */
const PARTNERS_PER_YEAR = 3;

/**
 * The partners whose association with you ended within the past 365 days (what R-DP-4 counts), and, when they
 * reach three, the day the oldest of them drops out of the window.
 */
export function recentPartners(associations: readonly Association[], now = dayjs()) {
  const yearAgo = now.subtract(365, 'day');
  const lastEnd = new Map<string, Dayjs>();
  for (const a of associations) {
    if (!a.endedAt || !dayjs(a.endedAt).isAfter(yearAgo)) continue;
    const ended = dayjs(a.endedAt);
    const known = lastEnd.get(a.partner.id);
    if (!known || ended.isAfter(known)) lastEnd.set(a.partner.id, ended);
  }
  const ends = [...lastEnd.values()].sort((x, y) => y.valueOf() - x.valueOf());
  const blockedUntil = ends.length >= PARTNERS_PER_YEAR ? ends[PARTNERS_PER_YEAR - 1].add(365, 'day') : undefined;
  return { count: ends.length, blockedUntil };
}

const pastColumns: TableColumnsType<Association> = [
  { title: 'Partner', key: 'partner', render: (_: unknown, a) => a.partner.name },
  { title: 'Position', dataIndex: 'position', key: 'position', render: (p: Association['position']) => personnelPositionLabel(p) },
  { title: 'Associated', dataIndex: 'startedAt', key: 'startedAt', width: 140, render: (at: string) => formatDate(at) },
  { title: 'Ended', dataIndex: 'endedAt', key: 'endedAt', width: 140, render: (at?: string | null) => formatDate(at) },
  { title: 'Ended by', dataIndex: 'endedBy', key: 'endedBy', render: (by?: string | null) => by ?? '—' },
];

/** The partner you are dedicated personnel of, past associations, and the three-partners-a-year rule. */
export function MyPartnersPage() {
  const associations = useMyAssociations();
  const all = associations.data ?? [];
  const current = all.find((a) => !a.endedAt);
  const past = all.filter((a) => a.endedAt);
  const recent = recentPartners(all);

  return (
    <>
      <PageTitle title="My partners" subtitle="The partner you work for as dedicated personnel, and the ones you worked for before." />
      {associations.isError ? <ErrorAlert error={associations.error} onRetry={() => void associations.refetch()} /> : null}
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={14}>
          <Card title="Current partner" loading={associations.isPending}>
            {current ? (
              <>
                <Descriptions column={1} size="small">
                  <Descriptions.Item label="Partner">
                    <Typography.Text strong>{current.partner.name}</Typography.Text>
                  </Descriptions.Item>
                  <Descriptions.Item label="Position">{personnelPositionLabel(current.position)}</Descriptions.Item>
                  <Descriptions.Item label="Associated since">{formatDateTime(current.startedAt)}</Descriptions.Item>
                  <Descriptions.Item label="Employment">
                    {current.employmentStart ? `${current.employmentStart} – ${current.employmentEnd ?? 'ongoing'}` : 'Not recorded by the partner'}
                  </Descriptions.Item>
                </Descriptions>
                <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                  {current.partner.name} sees your certificates, including the ones you add later, while you are associated.
                </Typography.Paragraph>
              </>
            ) : (
              <Empty
                description={
                  <>
                    You are not associated with a partner.{' '}
                    <Link to="/individual/invitations" style={{ textDecoration: 'underline' }}>
                      See your invitations
                    </Link>
                    .
                  </>
                }
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title="Three partners a year">
            <Typography.Paragraph>
              You can work for one partner at a time, and an ID whose association with three different partners ended within
              the past 365 days cannot accept a new invitation.
            </Typography.Paragraph>
            <Typography.Paragraph strong style={{ marginBottom: recent.blockedUntil ? undefined : 0 }}>
              Partners whose association with you ended in the past 365 days: {recent.count} of {PARTNERS_PER_YEAR}
            </Typography.Paragraph>
            {recent.blockedUntil ? (
              <Alert type="warning" showIcon title={`You can be invited again from ${recent.blockedUntil.format('YYYY-MM-DD')}.`} />
            ) : null}
          </Card>
        </Col>
        <Col xs={24}>
          <Card title="Past partners">
            <Table<Association>
              rowKey="id"
              columns={pastColumns}
              dataSource={past}
              loading={associations.isFetching}
              size="middle"
              pagination={false}
              scroll={{ x: 720 }}
              locale={{ emptyText: associations.isPending ? ' ' : <Empty description="No past partners." /> }}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
