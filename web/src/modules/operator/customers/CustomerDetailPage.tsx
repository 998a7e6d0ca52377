import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { DisconnectOutlined, EditOutlined, SwapOutlined } from '@ant-design/icons';
import type { AssociationEventKind, OperatorCustomerQuery } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { request } from '../../../lib/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Money } from '../../../ui/Money';
import { PageTitle } from '../../../ui/PageTitle';
import { countryLabel } from '../partnerUi';
import { ChangeModelModal, EndAssociationModal } from './AssociationModals';
import { CustomerProfileModal } from './CustomerProfileModal';
import { AssociationModelTag, associationEventLabel, CustomerFlagTags, eventDetailsText, percentText } from './customerUi';
import { OperatorCustomerQuery as CustomerQuery } from './customers.graphql';

type CustomerDetail = OperatorCustomerQuery['customerProfile'];
type AssociationRow = CustomerDetail['associations'][number];

interface EventRow {
  id: string;
  at: string;
  kind: AssociationEventKind;
  actorEmail?: string | null;
  details: unknown;
  partner: string;
}

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const yes = (value: boolean) => (value ? <Tag color="red">Yes</Tag> : <Typography.Text>No</Typography.Text>);

function ProfileCard({ customer }: { customer: CustomerDetail }) {
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title="Profile"
      extra={
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)} aria-label="Edit profile">
          Edit
        </Button>
      }
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label="E-mail">{customer.email}</Descriptions.Item>
        <Descriptions.Item label="Contact">{customer.displayName}</Descriptions.Item>
        <Descriptions.Item label="Country">{customer.country ? countryLabel(customer.country) : dash}</Descriptions.Item>
        <Descriptions.Item label="Registered">{formatDateTime(customer.createdAt)}</Descriptions.Item>
        <Descriptions.Item label="In arrears">{yes(customer.inArrears)}</Descriptions.Item>
        <Descriptions.Item label="Special contract">{yes(customer.specialContract)}</Descriptions.Item>
        <Descriptions.Item label="Internal account">{yes(customer.internalAccount)}</Descriptions.Item>
        <Descriptions.Item label="Reserved instances until">
          {customer.reservedInstancesUntil ? (
            <Space size={4}>
              <span>{customer.reservedInstancesUntil}</span>
              {customer.hasUnexpiredReservedInstances ? <Tag color="red">Unexpired</Tag> : <Tag>Expired</Tag>}
            </Space>
          ) : (
            dash
          )}
        </Descriptions.Item>
        <Descriptions.Item label="Account balance">
          <Money value={customer.accountBalance} currency="USD" />
        </Descriptions.Item>
        <Descriptions.Item label="Top-up rewards">{customer.hasTopUpRewards ? 'Included in the balance' : 'None'}</Descriptions.Item>
        <Descriptions.Item label="Outstanding invoices">
          <Money value={customer.outstandingInvoicesRmb} currency="RMB" />
        </Descriptions.Item>
        <Descriptions.Item label="Updated">{formatDateTime(customer.updatedAt)}</Descriptions.Item>
      </Descriptions>
      <CustomerProfileModal open={editing} customer={customer} onClose={() => setEditing(false)} />
    </Card>
  );
}

function BlockersCard({ customer }: { customer: CustomerDetail }) {
  const blockers = customer.associationBlockers;
  return (
    <Card title="Association blockers">
      {blockers.length === 0 ? (
        <Alert type="success" showIcon title="Nothing blocks an association with a partner." data-testid="no-blockers" />
      ) : (
        <Alert
          type="error"
          showIcon
          data-testid="association-blockers"
          title={`This customer cannot be associated with a partner now (${blockers.length === 1 ? 'one reason' : `${blockers.length} reasons`}):`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {blockers.map((b) => (
                <li key={b.code}>{b.message}</li>
              ))}
            </ul>
          }
        />
      )}
    </Card>
  );
}

function CurrentAssociationCard({ customer }: { customer: CustomerDetail }) {
  const [dialog, setDialog] = useState<'change' | 'end'>();
  const a = customer.currentAssociation;
  return (
    <Card
      title="Current association"
      extra={
        a ? (
          <Space size={8} wrap>
            <Button icon={<SwapOutlined />} onClick={() => setDialog('change')}>
              Change model
            </Button>
            {a.model === 'REFERRAL' ? (
              <Button danger icon={<DisconnectOutlined />} onClick={() => setDialog('end')}>
                End association
              </Button>
            ) : null}
          </Space>
        ) : null
      }
    >
      {a ? (
        <>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label="Partner">{a.partner.name}</Descriptions.Item>
            <Descriptions.Item label="Model">
              <AssociationModelTag model={a.model} />
            </Descriptions.Item>
            <Descriptions.Item label="Since">{formatDate(a.startedAt)}</Descriptions.Item>
            <Descriptions.Item label="Discount">
              {a.model === 'REFERRAL' ? (percentText(a.discountRate) ?? 'None') : 'Not applicable (reseller)'}
            </Descriptions.Item>
          </Descriptions>
          {a.model === 'RESELLER' ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              A reseller association ends when the customer requests disassociation and the partner completes it.
            </Typography.Paragraph>
          ) : null}
          <ChangeModelModal
            open={dialog === 'change'}
            customerId={customer.id}
            companyName={customer.companyName}
            association={a}
            onClose={() => setDialog(undefined)}
          />
          {a.model === 'REFERRAL' ? (
            <EndAssociationModal
              open={dialog === 'end'}
              customerId={customer.id}
              companyName={customer.companyName}
              association={a}
              onClose={() => setDialog(undefined)}
            />
          ) : null}
        </>
      ) : (
        <Empty description="Not associated with a partner." />
      )}
    </Card>
  );
}

const associationColumns: TableColumnsType<AssociationRow> = [
  { title: 'Partner', key: 'partner', render: (_: unknown, a) => <Link to={`/operator/partners/${a.partner.id}`}>{a.partner.name}</Link> },
  { title: 'Model', dataIndex: 'model', key: 'model', render: (_: unknown, a) => <AssociationModelTag model={a.model} /> },
  {
    title: 'Status',
    dataIndex: 'status',
    key: 'status',
    render: (_: unknown, a) => (a.status === 'ACTIVE' ? <Tag color="green">Active</Tag> : <Tag>Ended</Tag>),
  },
  { title: 'Started', dataIndex: 'startedAt', key: 'startedAt', render: (at: string) => formatDate(at) },
  {
    title: 'Ended',
    key: 'ended',
    render: (_: unknown, a) =>
      a.endedAt ? (
        <Space orientation="vertical" size={0}>
          <span>{formatDate(a.endedAt)}</span>
          {a.endedBy ? <Typography.Text type="secondary">{a.endedBy}</Typography.Text> : null}
          {a.endReason ? <Typography.Text type="secondary">{a.endReason}</Typography.Text> : null}
        </Space>
      ) : (
        dash
      ),
  },
];

const eventColumns: TableColumnsType<EventRow> = [
  { title: 'When', dataIndex: 'at', key: 'at', width: 170, render: (at: string) => formatDateTime(at) },
  { title: 'Partner', dataIndex: 'partner', key: 'partner', width: 200 },
  { title: 'Event', dataIndex: 'kind', key: 'kind', width: 200, render: (kind: AssociationEventKind) => associationEventLabel(kind) },
  { title: 'Details', key: 'details', render: (_: unknown, e) => eventDetailsText(e.kind, e.details) || dash },
  { title: 'By', dataIndex: 'actorEmail', key: 'actorEmail', width: 240, render: (email?: string | null) => email || 'System' },
];

function HistoryCard({ customer }: { customer: CustomerDetail }) {
  const events: EventRow[] = customer.associations
    .flatMap((a) => a.events.map((e) => ({ id: e.id, at: e.at, kind: e.kind, actorEmail: e.actorEmail, details: e.details, partner: a.partner.name })))
    .sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : 0));
  return (
    <Card title="Association history">
      <Table<AssociationRow>
        rowKey="id"
        columns={associationColumns}
        dataSource={customer.associations}
        size="small"
        pagination={false}
        scroll={{ x: 800 }}
        style={{ marginBottom: 16 }}
        locale={{ emptyText: <Empty description="Never associated with a partner." /> }}
      />
      {events.length > 0 ? (
        <Table<EventRow>
          rowKey="id"
          columns={eventColumns}
          dataSource={events}
          size="small"
          pagination={events.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 900 }}
          data-testid="association-events"
        />
      ) : null}
    </Card>
  );
}

/** Operator › Customers › one customer: profile and flags, what blocks an association, the association and its history. */
export function CustomerDetailPage() {
  const { id = '' } = useParams();
  const customer = useQuery({
    queryKey: ['operatorCustomer', id],
    queryFn: async () => (await request(CustomerQuery, { id })).customerProfile,
  });

  if (customer.isPending) return <Card loading aria-busy />;
  if (customer.isError) {
    return (
      <>
        <PageTitle title="Customer" />
        <ErrorAlert title="Could not load the customer" error={customer.error} onRetry={() => void customer.refetch()} />
      </>
    );
  }
  const c = customer.data;
  return (
    <>
      <Typography.Paragraph>
        <Link to="/operator/customers">← All customers</Link>
      </Typography.Paragraph>
      <PageTitle
        title={c.companyName}
        subtitle={
          <Space size={8} wrap>
            <span>{c.email}</span>
            <CustomerFlagTags customer={c} quiet />
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <BlockersCard customer={c} />
        </Col>
        <Col xs={24} xl={14}>
          <ProfileCard customer={c} />
        </Col>
        <Col xs={24} xl={10}>
          <CurrentAssociationCard customer={c} />
        </Col>
        <Col xs={24}>
          <HistoryCard customer={c} />
        </Col>
      </Row>
    </>
  );
}
