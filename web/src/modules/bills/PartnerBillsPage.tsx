import { Link, Navigate, useParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Empty, Flex, Row, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { PartnerBillingOverviewQuery, PartnerBillsQuery as PartnerBillsQueryResult } from '../../gql/graphql';
import { formatDate } from '../../lib/dates';
import { request } from '../../lib/graphql';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ExportButton } from '../../ui/ExportButton';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Money } from '../../ui/Money';
import { PageTitle } from '../../ui/PageTitle';
import { BillingOverviewQuery, PartnerBillsQuery } from './bills.graphql';
import { billKeys, BillStatus, isNonZero, longDate, monthLabel } from './billsUi';

type BillRow = PartnerBillsQueryResult['partnerBills']['edges'][number]['node'];
type Overview = PartnerBillingOverviewQuery['billingOverview'];
type Estimate = Overview['estimates'][number];

/** Old links (notifications) point at /partner/bills/<id>. */
export function BillLinkRedirect() {
  const { id } = useParams();
  return <Navigate to={id ? `/partner/finance/bills/${id}` : '/partner/finance/bills'} replace />;
}

export function BillsNotice() {
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title="Partner bills include only your expenditures: the consumption of your reseller customers, which you pay. They do not include the expenditures of your referral customers, who pay their own."
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          <li>Partner bills use Beijing time (GMT+08:00). The bill of each month is issued before 00:00 on the 5th day of the next month.</li>
          <li>Bills serve as the basis for payment and invoicing. Amounts are shown with 2 decimals; hover over an amount for the exact value (8 decimals).</li>
        </ul>
      }
    />
  );
}

function AmountDueCard({ overview }: { overview: Overview }) {
  return (
    <Card title="Amount Due" style={{ marginBottom: 16 }}>
      <Flex wrap align="baseline" gap={12} aria-label="Amount due" role="group">
        <Typography.Text className="pc-amount-due" strong style={{ fontSize: 24 }}>
          <Money value={overview.amountDue} currency="USD" />
        </Typography.Text>
        <Typography.Text>=</Typography.Text>
        <Typography.Text>
          Unpaid Fees of the Latest Billing Month
          {overview.latestBilledMonth ? ` (${monthLabel(overview.latestBilledMonth)})` : ''} <Money value={overview.unpaidLatestMonth} currency="USD" />
        </Typography.Text>
        <Typography.Text>+</Typography.Text>
        <Typography.Text>
          Unpaid Fees of Previous Months <Money value={overview.unpaidPreviousMonths} currency="USD" />
        </Typography.Text>
      </Flex>
    </Card>
  );
}

function EstimateBlock({ estimate, current }: { estimate: Estimate; current: boolean }) {
  const month = monthLabel(estimate.month);
  return (
    <Card type="inner" title={`${month} (estimate)`} style={{ marginBottom: 16 }}>
      <Typography.Paragraph>
        You have not yet been billed for {current ? "this month's" : `${month}'s`} expenditures. The amount displayed here is just an estimate (tax not
        included). Check the bill again after it is issued on {longDate(estimate.billIssueDate)}.
      </Typography.Paragraph>
      <Row gutter={[16, 8]}>
        <Col xs={24} md={8}>
          <Typography.Text type="secondary">Bill Estimate</Typography.Text>
          <div>
            <Typography.Text strong style={{ fontSize: 20 }}>
              <Money value={estimate.amountDue} currency="USD" />
            </Typography.Text>
          </div>
        </Col>
        <Col xs={24} md={16}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'expenditures', label: 'Expenditures', children: <Money value={estimate.expenditures} currency="USD" /> },
              { key: 'refunds', label: 'Refunds', children: <Money value={estimate.refunds} currency="USD" /> },
              { key: 'adjustments', label: 'Adjustments', children: <Money value={estimate.adjustments} currency="USD" /> },
              ...(isNonZero(estimate.lateUsage)
                ? [{ key: 'lateUsage', label: 'Late usage of billed months', children: <Money value={estimate.lateUsage} currency="USD" /> }]
                : []),
              { key: 'coupons', label: 'Cash coupons used', children: <Money value={estimate.coupons} currency="USD" /> },
            ]}
          />
          {isNonZero(estimate.lateUsage) && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              Late usage is usage of months already billed that arrived after their bills were issued; it is billed once, in this bill.
            </Typography.Paragraph>
          )}
        </Col>
      </Row>
    </Card>
  );
}

/** Financial Information › Partner Bills (R-EX-6, §5.7.12). */
export function PartnerBillsPage() {
  const pager = useCursorPager(20);
  const overview = useQuery({
    queryKey: billKeys.overview,
    queryFn: async () => (await request(BillingOverviewQuery, {})).billingOverview,
  });
  const variables = { first: pager.pageSize, after: pager.after };
  const bills = useQuery({
    queryKey: billKeys.list(variables),
    queryFn: async () => (await request(PartnerBillsQuery, variables)).partnerBills,
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<BillRow> = [
    {
      title: 'Billing month',
      key: 'month',
      width: 130,
      fixed: 'left',
      render: (_, b) => <Link to={`/partner/finance/bills/${b.id}`}>{monthLabel(b.month)}</Link>,
    },
    { title: 'Expenditures', key: 'expenditures', align: 'right', render: (_, b) => <Money value={b.expenditures} /> },
    { title: 'Refunds', key: 'refunds', align: 'right', render: (_, b) => <Money value={b.refunds} /> },
    { title: 'Adjustments', key: 'adjustments', align: 'right', render: (_, b) => <Money value={b.adjustments} /> },
    { title: 'Late usage', key: 'lateUsage', align: 'right', render: (_, b) => <Money value={b.lateUsage} /> },
    { title: 'Coupons deducted', key: 'coupons', align: 'right', render: (_, b) => <Money value={b.couponsDeducted} /> },
    { title: 'Amount due', key: 'amountDue', align: 'right', render: (_, b) => <Money value={b.amountDue} /> },
    { title: 'Paid', key: 'paid', align: 'right', render: (_, b) => <Money value={b.paid} /> },
    { title: 'Unpaid', key: 'unpaid', align: 'right', render: (_, b) => <Money value={b.unpaid} /> },
    { title: 'Status', key: 'status', width: 140, render: (_, b) => <BillStatus bill={b} /> },
    { title: 'Issued', key: 'issuedAt', width: 120, render: (_, b) => formatDate(b.issuedAt) },
  ];

  const connection = bills.data;
  const estimates = overview.data?.estimates ?? [];
  return (
    <>
      <PageTitle title="Partner Bills" subtitle="Your monthly bills from the cloud provider: what is due, what is paid, and this month's estimate." />
      <BillsNotice />
      {overview.isError ? <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} /> : null}
      {overview.isPending ? <Card loading aria-busy style={{ marginBottom: 16 }} /> : null}
      {overview.data ? <AmountDueCard overview={overview.data} /> : null}
      <Card title="Monthly Bills">
        <Space orientation="vertical" size={0} style={{ width: '100%' }}>
          {estimates.map((e, i) => (
            <EstimateBlock key={e.month} estimate={e} current={i === 0} />
          ))}
        </Space>
        <Flex wrap gap={12} justify="space-between" align="start">
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            Issued bills (amounts in USD)
          </Typography.Title>
          {/* Every issued bill, not just this page, with the exact amounts (8 decimals). */}
          <ExportButton path="/api/exports/partner-bills" params={{}} what="all issued bills" disabled={!connection?.edges.length} />
        </Flex>
        {bills.isError ? <ErrorAlert error={bills.error} onRetry={() => void bills.refetch()} /> : null}
        <Table<BillRow>
          rowKey="id"
          aria-label="Monthly bills"
          columns={columns}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          loading={bills.isFetching}
          size="middle"
          pagination={false}
          scroll={connection?.edges.length ? { x: 1200 } : undefined}
          locale={{ emptyText: bills.isPending ? ' ' : <Empty description="No bills issued yet. The first bill is issued after the month of your first expenditure." /> }}
        />
        <CursorPagination pager={pager} connection={connection} loading={bills.isFetching} itemNames={['bill', 'bills']} />
      </Card>
    </>
  );
}
