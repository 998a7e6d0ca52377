import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Empty, Flex, Input, Table, Typography, type TableColumnsType } from 'antd';
import type { PartnerOutboxMailsQuery as OutboxQueryResult } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { formatDateTime } from '../../lib/dates';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { OutboxMailsQuery } from './customers.graphql';
import { customerKeys } from './customersUi';

type MailRow = OutboxQueryResult['outboxMails']['edges'][number]['node'];

/** Customer Development › Outbox: the e-mails waiting for a mail transport (no mail server is configured). */
export function OutboxTab() {
  const pager = useCursorPager(20);
  const [to, setTo] = useState('');
  const variables = { first: pager.pageSize, after: pager.after, to: to || null };
  const mails = useQuery({
    queryKey: [...customerKeys.outbox, variables],
    queryFn: async () => (await request(OutboxMailsQuery, variables)).outboxMails,
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<MailRow> = [
    { title: 'To', dataIndex: 'to', key: 'to', width: 260 },
    { title: 'Subject', dataIndex: 'subject', key: 'subject', width: 380 },
    { title: 'Created', dataIndex: 'createdAt', key: 'createdAt', width: 180, render: (at: string) => formatDateTime(at) },
    {
      title: 'Sent',
      dataIndex: 'sentAt',
      key: 'sentAt',
      width: 180,
      render: (at: string | null) => (at ? formatDateTime(at) : <Typography.Text type="secondary">Waiting</Typography.Text>),
    },
  ];

  const connection = mails.data;
  return (
    <>
      <Typography.Paragraph type="secondary">
        No mail server is configured: the e-mails your organization sends (invitations, association notices) wait here until a mail transport
        sends them. Expand a row to read the message.
      </Typography.Paragraph>
      <Flex gap={12} wrap className="pc-toolbar">
        <Input.Search
          aria-label="Filter by recipient"
          placeholder="Recipient e-mail address"
          allowClear
          enterButton="Filter"
          style={{ maxWidth: 360 }}
          onSearch={(value) => {
            setTo(value.trim());
            pager.reset();
          }}
        />
      </Flex>
      {mails.isError ? <ErrorAlert error={mails.error} onRetry={() => void mails.refetch()} /> : null}
      <Table<MailRow>
        rowKey="id"
        aria-label="Outbox"
        columns={columns}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        loading={mails.isFetching}
        size="middle"
        pagination={false}
        scroll={{ x: 1000 }}
        expandable={{
          expandedRowRender: (m) => (
            <pre className="pc-mail-body" style={{ whiteSpace: 'pre-wrap', margin: 0, fontFamily: 'inherit' }}>
              {m.text}
            </pre>
          ),
        }}
        locale={{ emptyText: mails.isPending ? ' ' : <Empty description={to ? 'No e-mails to this address.' : 'The outbox is empty.'} /> }}
      />
      <CursorPagination pager={pager} connection={connection} loading={mails.isFetching} itemNames={['e-mail', 'e-mails']} />
    </>
  );
}
