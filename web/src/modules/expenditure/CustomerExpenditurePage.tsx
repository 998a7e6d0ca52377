import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Empty, Flex, Form, Input, Select, Space, Spin, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type {
  CustomerExpenditureSummaryQuery as SummaryResult,
  ExpenditureRecordsQuery as RecordsResult,
  ExpenditureSectionFieldsFragment as Section,
  UsageKind,
} from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { BILLING_TIME_ZONE, formatBeijingDateTime } from '../../lib/dates';
import { billingModeLabel, usageKindLabel, usageKindOptions } from '../../lib/labels';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ExportButton } from '../../ui/ExportButton';
import { Money } from '../../ui/Money';
import { PageTitle } from '../../ui/PageTitle';
import { CustomerExpenditureSummaryQuery, ExpenditureRecordsQuery } from './expenditure.graphql';
import { FiguresMeta, expenditureKeys } from './expenditureUi';

type Summary = SummaryResult['customerExpenditureSummary'];
type SectionRow = Section['rows'][number];
type RecordRow = RecordsResult['expenditureRecords']['edges'][number]['node'];

const TABS = ['summary', 'records'] as const;
type TabKey = (typeof TABS)[number];

/** The current billing month (Beijing time). */
export function currentBillingCycle(): string {
  return dayjs().tz(BILLING_TIME_ZONE).format('YYYY-MM');
}

function useSummary(billingCycle: string) {
  return useQuery({
    queryKey: [...expenditureKeys.summary, billingCycle],
    queryFn: async () => (await request(CustomerExpenditureSummaryQuery, { billingCycle })).customerExpenditureSummary,
    placeholderData: keepPreviousData,
  });
}

const SECTION_TITLES: Record<UsageKind, string> = { EXPENDITURE: 'Expenditures', REFUND: 'Refunds', ADJUSTMENT: 'Adjustments' };

const sectionColumns: TableColumnsType<SectionRow> = [
  { title: 'Customer', dataIndex: 'companyName', key: 'companyName' },
  { title: 'Account Name', dataIndex: 'accountName', key: 'accountName' },
  { title: 'Records', dataIndex: 'records', key: 'records', width: 80, align: 'right' },
  { title: 'Amount (USD)', dataIndex: 'amount', key: 'amount', width: 130, align: 'right', render: (v: string) => <Money value={v} /> },
  { title: 'Cash', dataIndex: 'cash', key: 'cash', width: 120, align: 'right', render: (v: string) => <Money value={v} /> },
  { title: 'Coupons', dataIndex: 'coupon', key: 'coupon', width: 120, align: 'right', render: (v: string) => <Money value={v} /> },
];

function SectionTable({ section }: { section: Section }) {
  const title = SECTION_TITLES[section.kind];
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>{title}</span>
          <Typography.Text type="secondary">
            <Money value={section.amount} currency="USD" /> (cash <Money value={section.cash} /> + coupons <Money value={section.coupon} />)
          </Typography.Text>
        </Space>
      }
    >
      <Table<SectionRow>
        rowKey="customerId"
        aria-label={`${title} by customer`}
        columns={sectionColumns}
        dataSource={section.rows}
        size="small"
        pagination={section.rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={section.rows.length > 0 ? { x: 800 } : undefined}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`No ${title.toLowerCase()} in this billing cycle.`} /> }}
      />
    </Card>
  );
}

function SummaryTab({ billingCycle }: { billingCycle: string }) {
  const summary = useSummary(billingCycle);
  if (summary.isError) return <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />;
  const s: Summary | undefined = summary.data;
  if (!s) return <Spin aria-label="Loading" />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <FiguresMeta asOf={s.asOf} scope={s.scope} />
        <ExportButton path="/api/exports/customer-expenditure" params={{ billingCycle }} what="the customer expenditure summary" />
      </Flex>
      <Card size="small" aria-label="Billing cycle summary" role="region">
        <Space orientation="vertical" size={4}>
          <Typography.Text data-testid="expenditure-summary-line">
            <Typography.Text strong>Expenditures </Typography.Text>
            $<Money value={s.expenditures.amount} currency="USD" /> (Including used coupons of $<Money value={s.expenditures.coupon} currency="USD" />)
          </Typography.Text>
          <Typography.Text data-testid="expenditure-discount-line">
            Discount: $<Money value={s.discountTotal} />
          </Typography.Text>
          <Typography.Text>
            Refunds: <Money value={s.refunds.amount} currency="USD" /> · Adjustments: <Money value={s.adjustments.amount} currency="USD" />
          </Typography.Text>
        </Space>
      </Card>
      {summary.isFetching ? <Spin size="small" aria-label="Refreshing" /> : null}
      <SectionTable section={s.expenditures} />
      <SectionTable section={s.refunds} />
      <SectionTable section={s.adjustments} />
    </Space>
  );
}

function kindTag(kind: UsageKind) {
  const color = kind === 'REFUND' ? 'orange' : kind === 'ADJUSTMENT' ? 'purple' : 'blue';
  return <Tag color={color}>{usageKindLabel(kind)}</Tag>;
}

const money = (v: string) => <Money value={v} />;

const recordColumns: TableColumnsType<RecordRow> = [
  // Billing cycles are Beijing months: the time is shown in Beijing time, labelled, so it matches the cycle it falls in.
  { title: 'Transaction time', dataIndex: 'transactedAt', key: 'transactedAt', width: 210, fixed: 'left', render: (at: string) => formatBeijingDateTime(at) },
  { title: 'Transaction ID', dataIndex: 'transactionId', key: 'transactionId', width: 200 },
  { title: 'Kind', dataIndex: 'kind', key: 'kind', width: 110, render: (k: UsageKind) => kindTag(k) },
  { title: 'Customer', dataIndex: 'customerName', key: 'customerName', width: 200 },
  { title: 'Product', dataIndex: 'product', key: 'product', width: 100 },
  {
    title: 'Resource',
    key: 'resource',
    width: 240,
    render: (_, r) => (
      <Space orientation="vertical" size={0}>
        <span>{r.resourceId}</span>
        <Typography.Text type="secondary">{r.resourceType}</Typography.Text>
      </Space>
    ),
  },
  { title: 'Specification', dataIndex: 'specification', key: 'specification', width: 140 },
  { title: 'Region', dataIndex: 'region', key: 'region', width: 170 },
  { title: 'AZ', dataIndex: 'availabilityZone', key: 'availabilityZone', width: 80, render: (az: string | null) => az || '—' },
  {
    title: 'Billing mode',
    key: 'billingMode',
    width: 150,
    render: (_, r) => (
      <Space orientation="vertical" size={0}>
        <span>{billingModeLabel(r.billingMode)}</span>
        {r.marketplace ? <Typography.Text type="secondary">KooGallery</Typography.Text> : null}
      </Space>
    ),
  },
  { title: 'List price', dataIndex: 'listPrice', key: 'listPrice', width: 120, align: 'right', render: money },
  { title: 'Discount', dataIndex: 'discount', key: 'discount', width: 110, align: 'right', render: money },
  { title: 'Amount due', dataIndex: 'amountDue', key: 'amountDue', width: 120, align: 'right', render: money },
  { title: 'Cash', dataIndex: 'cash', key: 'cash', width: 110, align: 'right', render: money },
  { title: 'Coupons', dataIndex: 'coupon', key: 'coupon', width: 110, align: 'right', render: money },
  { title: 'Monthly settlement', dataIndex: 'monthlySettlement', key: 'monthlySettlement', width: 140, align: 'right', render: money },
];

function RecordsTab({ billingCycle }: { billingCycle: string }) {
  const pager = useCursorPager(20);
  const summary = useSummary(billingCycle);
  const [customerId, setCustomerId] = useState<string>();
  const [kind, setKind] = useState<UsageKind>();
  const [transactionId, setTransactionId] = useState('');
  const [resourceId, setResourceId] = useState('');
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      pager.reset();
    };

  const filters = {
    billingCycle,
    customerId: customerId ?? null,
    kind: kind ?? null,
    transactionId: transactionId || null,
    resourceId: resourceId || null,
  };
  const variables = { ...filters, first: pager.pageSize, after: pager.after };
  const records = useQuery({
    queryKey: [...expenditureKeys.records, variables],
    queryFn: async () => (await request(ExpenditureRecordsQuery, variables)).expenditureRecords,
    placeholderData: keepPreviousData,
  });

  // The customers of the cycle: every customer of any section of the summary.
  const customers = new Map<string, string>();
  for (const section of [summary.data?.expenditures, summary.data?.refunds, summary.data?.adjustments]) {
    for (const row of section?.rows ?? []) customers.set(row.customerId, `${row.companyName} (${row.accountName})`);
  }
  const customerOptions = [...customers].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  const filtered = !!customerId || !!kind || !!transactionId || !!resourceId;
  const connection = records.data;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Flex gap={12} wrap align="center" justify="space-between">
        <Flex gap={12} wrap align="center" className="pc-toolbar">
          <Select
            aria-label="Filter by customer"
            placeholder="Any customer"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 300 }}
            value={customerId}
            options={customerOptions}
            onChange={filter(setCustomerId)}
          />
          <Select aria-label="Filter by kind" placeholder="Any kind" allowClear style={{ width: 150 }} value={kind} options={usageKindOptions} onChange={filter(setKind)} />
          <Input.Search
            aria-label="Transaction ID"
            placeholder="Transaction ID"
            allowClear
            style={{ width: 230 }}
            onSearch={(value) => filter(setTransactionId)(value.trim())}
          />
          <Input.Search aria-label="Resource ID" placeholder="Resource ID" allowClear style={{ width: 230 }} onSearch={(value) => filter(setResourceId)(value.trim())} />
        </Flex>
        <ExportButton path="/api/exports/expenditure-records" params={filters} what="the expenditure records" />
      </Flex>
      {records.isError ? <ErrorAlert error={records.error} onRetry={() => void records.refetch()} /> : null}
      <Table<RecordRow>
        rowKey="id"
        aria-label="Expenditure records"
        columns={recordColumns}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        loading={records.isFetching}
        size="small"
        pagination={false}
        scroll={connection && connection.edges.length > 0 ? { x: 2310 } : undefined}
        locale={{
          emptyText: records.isPending ? ' ' : (
            <Empty description={filtered ? 'No records match these filters.' : 'No expenditure records in this billing cycle.'} />
          ),
        }}
      />
      <CursorPagination pager={pager} connection={connection} loading={records.isFetching} itemNames={['record', 'records']} />
    </Space>
  );
}

/** Customer Business › Customer Expenditure: a billing cycle's expenditures, refunds and adjustments per customer (R-EX-2, R-EX-3). */
export function CustomerExpenditurePage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as TabKey | null;
  const tab: TabKey = requested && TABS.includes(requested) ? requested : 'summary';
  const cycleParam = params.get('cycle');
  const billingCycle = cycleParam && /^\d{4}-\d{2}$/.test(cycleParam) ? cycleParam : currentBillingCycle();
  const setParam = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageTitle title="Customer Expenditure" subtitle="Expenditures, refunds and adjustments of your customers in a billing cycle (Beijing time)." />
      <Card>
        <Form layout="inline" style={{ marginBottom: 16 }}>
          <Form.Item label="Billing cycle" htmlFor="expenditure-billing-cycle">
            <DatePicker
              id="expenditure-billing-cycle"
              picker="month"
              allowClear={false}
              value={dayjs(`${billingCycle}-01`)}
              disabledDate={(date: Dayjs) => date.format('YYYY-MM') > currentBillingCycle()}
              onChange={(value: Dayjs | null) => {
                if (value) setParam('cycle', value.format('YYYY-MM') === currentBillingCycle() ? null : value.format('YYYY-MM'));
              }}
            />
          </Form.Item>
        </Form>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParam('tab', key === 'summary' ? null : key)}
          destroyOnHidden
          items={[
            { key: 'summary', label: 'Summary', children: <SummaryTab billingCycle={billingCycle} /> },
            { key: 'records', label: 'Expenditure Records', children: <RecordsTab key={billingCycle} billingCycle={billingCycle} /> },
          ]}
        />
      </Card>
    </>
  );
}
