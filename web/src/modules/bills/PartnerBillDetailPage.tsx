import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Empty, Flex, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import type { PartnerBillQuery as PartnerBillQueryResult } from '../../gql/graphql';
import { formatBeijingDateTime, formatDateTime } from '../../lib/dates';
import { request } from '../../lib/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ExportButton } from '../../ui/ExportButton';
import { Money } from '../../ui/Money';
import { PageTitle } from '../../ui/PageTitle';
import { PartnerBillQuery } from './bills.graphql';
import { billKeys, BillStatus, isNonZero, monthLabel } from './billsUi';

type Bill = PartnerBillQueryResult['partnerBill'];
type Line = Bill['byProduct'][number];
type Payment = Bill['payments'][number];

function breakdownColumns(first: string): TableColumnsType<Line> {
  return [
    { title: first, dataIndex: 'name', key: 'name', width: 240, fixed: 'left' },
    { title: 'Expenditures', key: 'expenditures', align: 'right', render: (_, l) => <Money value={l.expenditures} /> },
    { title: 'Refunds', key: 'refunds', align: 'right', render: (_, l) => <Money value={l.refunds} /> },
    { title: 'Adjustments', key: 'adjustments', align: 'right', render: (_, l) => <Money value={l.adjustments} /> },
    { title: 'Total', key: 'total', align: 'right', render: (_, l) => <Money value={l.total} /> },
    { title: 'Coupons', key: 'coupons', align: 'right', render: (_, l) => <Money value={l.coupons} /> },
    { title: 'Amount due', key: 'amountDue', align: 'right', render: (_, l) => <Money value={l.amountDue} /> },
  ];
}

const paymentColumns: TableColumnsType<Payment> = [
  { title: 'Paid at', dataIndex: 'paidAt', key: 'paidAt', width: 210, render: (at: string) => formatBeijingDateTime(at) },
  { title: 'Amount (USD)', key: 'amount', align: 'right', width: 140, render: (_, p) => <Money value={p.amount} /> },
  { title: 'Reference', dataIndex: 'reference', key: 'reference' },
  { title: 'Recorded by', dataIndex: 'recordedBy', key: 'recordedBy' },
];

function BreakdownTable({ label, first, lines }: { label: string; first: string; lines: Line[] }) {
  return (
    <Table<Line>
      rowKey="key"
      aria-label={label}
      columns={breakdownColumns(first)}
      dataSource={lines}
      pagination={false}
      size="small"
      scroll={lines.length ? { x: 1000 } : undefined}
      locale={{ emptyText: <Empty description="Nothing billed." /> }}
    />
  );
}

/** One partner bill: totals, By Product, By Customer and payments (R-EX-6). */
export function PartnerBillDetailPage() {
  const { id = '' } = useParams();
  const bill = useQuery({
    queryKey: billKeys.detail(id),
    queryFn: async () => (await request(PartnerBillQuery, { id })).partnerBill,
  });
  const back = (
    <Typography.Paragraph>
      <Link to="/partner/finance/bills">← Partner Bills</Link>
    </Typography.Paragraph>
  );
  if (bill.isPending) return <Card loading aria-busy />;
  if (bill.isError) {
    return (
      <>
        {back}
        <PageTitle title="Bill" />
        <ErrorAlert title="Could not load the bill" error={bill.error} onRetry={() => void bill.refetch()} />
      </>
    );
  }
  const b = bill.data;
  return (
    <>
      {back}
      <PageTitle title={`Bill ${monthLabel(b.month)}`} subtitle={`Issued ${formatDateTime(b.issuedAt)}. Billing month in Beijing time (GMT+08:00); amounts in USD.`} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'expenditures', label: 'Expenditures', children: <Money value={b.expenditures} currency="USD" /> },
            { key: 'refunds', label: 'Refunds', children: <Money value={b.refunds} currency="USD" /> },
            { key: 'adjustments', label: 'Adjustments', children: <Money value={b.adjustments} currency="USD" /> },
            ...(isNonZero(b.lateUsage)
              ? [{ key: 'lateUsage', label: 'Late usage of earlier months', children: <Money value={b.lateUsage} currency="USD" /> }]
              : []),
            { key: 'total', label: 'Total', children: <Money value={b.total} currency="USD" /> },
            { key: 'coupons', label: 'Coupons deducted', children: <Money value={b.couponsDeducted} currency="USD" /> },
            { key: 'amountDue', label: 'Amount due', children: <Money value={b.amountDue} currency="USD" /> },
            { key: 'paid', label: 'Paid', children: <Money value={b.paid} currency="USD" /> },
            { key: 'unpaid', label: 'Unpaid', children: <Money value={b.unpaid} currency="USD" /> },
            { key: 'status', label: 'Status', children: <BillStatus bill={b} /> },
          ]}
        />
      </Card>
      {isNonZero(b.lateUsage) && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <>
              This bill carries <Money value={b.lateUsage} currency="USD" /> of usage of earlier months that arrived after their bills were issued
              (coupons <Money value={b.lateCoupons} currency="USD" />). Each record is billed once.
            </>
          }
        />
      )}
      {isNonZero(b.usageReceivedAfterIssue) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <>
              Usage of {monthLabel(b.month)} worth <Money value={b.usageReceivedAfterIssue} currency="USD" /> arrived after this bill was issued. It is not in
              this bill's total (nor in the breakdowns below, which show the bill as issued): the next bill issued carries it.
            </>
          }
        />
      )}
      <Flex wrap gap={12} justify="space-between" align="start">
        <Typography.Paragraph type="secondary" style={{ flex: '1 1 320px' }}>
          The summaries below are rounded to 2 decimals, so their sum may differ slightly from the bill's total; hover over an amount for the exact value.
          Exports carry the exact values (8 decimals) of both breakdowns.
        </Typography.Paragraph>
        <ExportButton path="/api/exports/partner-bill" params={{ id: b.id }} what={`the breakdown of the ${monthLabel(b.month)} bill`} />
      </Flex>
      <Tabs
        items={[
          { key: 'product', label: 'By Product', children: <BreakdownTable label="By product" first="Product" lines={b.byProduct} /> },
          { key: 'customer', label: 'By Customer', children: <BreakdownTable label="By customer" first="Customer" lines={b.byCustomer} /> },
          {
            key: 'payments',
            label: `Payments (${b.payments.length})`,
            children: (
              <Table<Payment>
                rowKey="id"
                aria-label="Payments"
                columns={paymentColumns}
                dataSource={b.payments}
                pagination={false}
                size="small"
                locale={{ emptyText: <Empty description="No payments recorded yet." /> }}
              />
            ),
          },
        ]}
      />
    </>
  );
}
