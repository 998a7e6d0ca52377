import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Col, DatePicker, Empty, Form, Input, Row, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AuditLogFilter, AuditLogQuery as AuditLogQueryResult } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { dayRangeToIso, formatDateTime } from '../../lib/dates';
import { accountKindLabel } from '../../lib/labels';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { JsonBlock } from '../../ui/JsonBlock';
import { PageTitle } from '../../ui/PageTitle';
import { AuditLogQuery } from './audit.graphql';

const UUID_RE = /^\s*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\s*$/i;

type AuditRow = AuditLogQueryResult['auditLog']['edges'][number]['node'];

interface FilterValues {
  entityType?: string;
  operation?: string;
  partnerId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toFilter(values: FilterValues, withPartner: boolean): AuditLogFilter {
  const filter: AuditLogFilter = { ...dayRangeToIso(values.range) };
  if (values.entityType?.trim()) filter.entityType = values.entityType.trim();
  if (values.operation?.trim()) filter.operation = values.operation.trim();
  if (withPartner && values.partnerId?.trim()) filter.partnerId = values.partnerId.trim();
  return filter;
}

function MonoId({ id }: { id: string }) {
  return (
    <Typography.Text copyable={{ text: id }} className="pc-mono">
      {id}
    </Typography.Text>
  );
}

const columns = (showPartner: boolean): TableColumnsType<AuditRow> => [
  { title: 'Time', dataIndex: 'at', key: 'at', width: 170, render: (at: string) => formatDateTime(at) },
  {
    title: 'Actor',
    key: 'actor',
    width: 240,
    render: (_: unknown, e) =>
      e.actorEmail || e.actorId ? (
        <Space size={4} wrap>
          <span>{e.actorEmail ?? e.actorId}</span>
          {e.actorKind ? <Tag>{accountKindLabel(e.actorKind)}</Tag> : null}
        </Space>
      ) : (
        <Typography.Text type="secondary">System</Typography.Text>
      ),
  },
  {
    title: 'Operation',
    key: 'operation',
    width: 230,
    render: (_: unknown, e) => (
      <Space size={4} wrap>
        <Typography.Text code>{e.operation}</Typography.Text>
        <Tag>{e.action}</Tag>
      </Space>
    ),
  },
  { title: 'Entity type', dataIndex: 'entityType', key: 'entityType', width: 130 },
  {
    title: 'Entity id',
    dataIndex: 'entityId',
    key: 'entityId',
    width: 320,
    render: (id: string) => <MonoId id={id} />,
  },
  ...(showPartner
    ? [
        {
          title: 'Partner id',
          dataIndex: 'partnerId',
          key: 'partnerId',
          width: 320,
          render: (id: string | null | undefined) => (id ? <MonoId id={id} /> : <Typography.Text type="secondary">—</Typography.Text>),
        },
      ]
    : []),
];

function AuditDetails({ entry }: { entry: AuditRow }) {
  return (
    <div className="pc-audit-details">
      {entry.requestId ? (
        <Typography.Paragraph type="secondary">
          Request id: <Typography.Text copyable className="pc-mono">{entry.requestId}</Typography.Text>
        </Typography.Paragraph>
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <JsonBlock label="Before" value={entry.before} />
        </Col>
        <Col xs={24} lg={8}>
          <JsonBlock label="After" value={entry.after} />
        </Col>
        <Col xs={24} lg={8}>
          <JsonBlock label="Diff" value={entry.diff} />
        </Col>
      </Row>
    </div>
  );
}

export interface AuditLogPageProps {
  /** Operators see every partner's entries and may filter by partner. */
  scope: 'partner' | 'operator';
}

export function AuditLogPage({ scope }: AuditLogPageProps) {
  const operator = scope === 'operator';
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<AuditLogFilter>({});
  const pager = useCursorPager(20);

  const log = useQuery({
    queryKey: ['auditLog', { first: pager.pageSize, after: pager.after, filter }],
    queryFn: async () => (await request(AuditLogQuery, { first: pager.pageSize, after: pager.after, filter })).auditLog,
    placeholderData: keepPreviousData,
  });

  const apply = (values: FilterValues) => {
    setFilter(toFilter(values, operator));
    pager.reset();
  };
  const filtered = Object.keys(filter).length > 0;
  const connection = log.data;

  return (
    <>
      <PageTitle
        title="Audit log"
        subtitle={operator ? 'Every change made across the partner network.' : 'Every change made in your organization.'}
      />
      <Card>
        <Form<FilterValues> form={form} name="audit-filter" layout="vertical" onFinish={apply} className="pc-filters">
          <Row gutter={16} align="bottom">
            <Col xs={24} sm={12} lg={operator ? 5 : 6}>
              <Form.Item label="Entity type" name="entityType">
                <Input placeholder="e.g. Role" allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={operator ? 5 : 6}>
              <Form.Item label="Operation" name="operation">
                <Input placeholder="e.g. createRole" allowClear />
              </Form.Item>
            </Col>
            {operator ? (
              <Col xs={24} sm={12} lg={5}>
                <Form.Item
                  label="Partner id"
                  name="partnerId"
                  rules={[{ pattern: UUID_RE, message: 'A partner id is a UUID.' }]}
                >
                  <Input allowClear />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24} sm={12} lg={operator ? 9 : 12}>
              <Form.Item label="Date range" name="range">
                <DatePicker.RangePicker
                  style={{ width: '100%' }}
                  allowEmpty={[true, true]}
                  aria-label="Date range"
                  placeholder={['From', 'To']}
                />
              </Form.Item>
            </Col>
          </Row>
          <Space className="pc-toolbar">
            <Button type="primary" htmlType="submit">
              Apply filters
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                apply({});
              }}
            >
              Reset
            </Button>
          </Space>
        </Form>
        {log.isError ? <ErrorAlert error={log.error} onRetry={() => void log.refetch()} /> : null}
        <Table<AuditRow>
          rowKey="id"
          columns={columns(operator)}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          loading={log.isFetching}
          size="middle"
          pagination={false}
          scroll={{ x: operator ? 1500 : 1180 }}
          expandable={{ expandedRowRender: (entry) => <AuditDetails entry={entry} /> }}
          locale={{
            emptyText: log.isPending ? ' ' : (
              <Empty description={filtered ? 'No entries match these filters.' : 'No audit entries yet.'} />
            ),
          }}
        />
        <CursorPagination pager={pager} connection={connection} loading={log.isFetching} itemNames={['entry', 'entries']} />
      </Card>
    </>
  );
}
