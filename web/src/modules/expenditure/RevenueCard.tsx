import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Empty, Flex, Form, Segmented, Select, Space, Spin, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { request } from '../../lib/graphql';
import { EXPENDITURE_SCOPE_LABELS } from '../../lib/labels';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Money } from '../../ui/Money';
import { OperatorPartnerRevenueQuery, PartnerRevenueQuery } from './expenditure.graphql';
import { expenditureKeys } from './expenditureUi';
import {
  currentBeijingMonth,
  defaultRevenuePeriod,
  describeRevenuePeriod,
  quarterOf,
  REVENUE_PERIOD_LABELS,
  revenuePeriodRange,
  revenueYears,
  type MonthRange,
  type Quarter,
  type RevenuePeriod,
  type RevenuePeriodKind,
} from './revenuePeriod';

type MonthRevenue = { month: string; revenue: string };

const revenueKey = [...expenditureKeys.all, 'revenue'] as const;

const KINDS: RevenuePeriodKind[] = ['MONTH', 'QUARTER', 'THREE_MONTHS'];

const columns: TableColumnsType<MonthRevenue> = [
  { title: 'Month', dataIndex: 'month', key: 'month' },
  { title: 'Revenue', dataIndex: 'revenue', key: 'revenue', align: 'right', render: (v: string) => <Money value={v} /> },
];

/** A month picker over Beijing billing months ('YYYY-MM'), future months disabled. */
function MonthPicker({ id, label, value, current, onChange }: { id: string; label: string; value: string; current: string; onChange: (month: string) => void }) {
  return (
    <Form.Item label={label} htmlFor={id}>
      <DatePicker
        id={id}
        picker="month"
        allowClear={false}
        aria-label={label}
        value={dayjs(`${value}-01`)}
        disabledDate={(date: Dayjs) => date.format('YYYY-MM') > current}
        onChange={(date: Dayjs | null) => {
          if (date) onChange(date.format('YYYY-MM'));
        }}
      />
    </Form.Item>
  );
}

/** The pickers of a period: a month; a year and a calendar quarter; the last of three consecutive months. */
function PeriodPickers({ period, current, onChange }: { period: RevenuePeriod; current: string; onChange: (period: RevenuePeriod) => void }) {
  if (period.kind === 'MONTH') {
    return <MonthPicker id="revenue-month" label="Month" value={period.month} current={current} onChange={(month) => onChange({ kind: 'MONTH', month })} />;
  }
  if (period.kind === 'THREE_MONTHS') {
    return (
      <MonthPicker
        id="revenue-last-month"
        label="Ending with"
        value={period.lastMonth}
        current={current}
        onChange={(lastMonth) => onChange({ kind: 'THREE_MONTHS', lastMonth })}
      />
    );
  }
  const now = quarterOf(current);
  const future = (year: number, quarter: Quarter) => year > now.year || (year === now.year && quarter > now.quarter);
  return (
    <>
      <Form.Item label="Year" htmlFor="revenue-year">
        <Select<number>
          id="revenue-year"
          aria-label="Year"
          style={{ width: 100 }}
          value={period.year}
          options={revenueYears(current).map((year) => ({ value: year, label: String(year) }))}
          onChange={(year) => onChange({ kind: 'QUARTER', year, quarter: future(year, period.quarter) ? now.quarter : period.quarter })}
        />
      </Form.Item>
      <Form.Item label="Quarter" htmlFor="revenue-quarter">
        <Select<Quarter>
          id="revenue-quarter"
          aria-label="Quarter"
          style={{ width: 90 }}
          value={period.quarter}
          options={([1, 2, 3, 4] as const).map((quarter) => ({ value: quarter, label: `Q${quarter}`, disabled: future(period.year, quarter) }))}
          onChange={(quarter) => onChange({ kind: 'QUARTER', year: period.year, quarter })}
        />
      </Form.Item>
    </>
  );
}

/** The revenue of the months: the signed-in partner's (or member's) own, or, for an operator, the given partner's. */
async function fetchRevenue(range: MonthRange, partnerId: string | undefined) {
  if (partnerId) return (await request(OperatorPartnerRevenueQuery, { partnerId, ...range })).operatorPartnerRevenue;
  return (await request(PartnerRevenueQuery, range)).partnerRevenue;
}

/**
 * Revenue (R-EX-5): cash consumption of the partner's customers (an account manager's or director's own customers)
 * in a month, a calendar quarter or three consecutive months (Beijing months), in total and per month.
 * With `partnerId` (operators), the revenue of that partner.
 */
export function RevenueCard({ partnerId }: { partnerId?: string }) {
  const [current] = useState(currentBeijingMonth);
  // Each kind keeps its own choice while another kind is shown.
  const [periods, setPeriods] = useState<Record<RevenuePeriodKind, RevenuePeriod>>(() => ({
    MONTH: defaultRevenuePeriod('MONTH', current),
    QUARTER: defaultRevenuePeriod('QUARTER', current),
    THREE_MONTHS: defaultRevenuePeriod('THREE_MONTHS', current),
  }));
  const [kind, setKind] = useState<RevenuePeriodKind>('MONTH');
  const period = periods[kind];
  const range = revenuePeriodRange(period);
  const revenue = useQuery({
    queryKey: partnerId ? ['operatorPartnerRevenue', partnerId, range] : [...revenueKey, range],
    queryFn: () => fetchRevenue(range, partnerId),
    placeholderData: keepPreviousData,
  });
  const r = revenue.data;
  const months = r?.months ?? [];

  return (
    <Card size="small" title="Revenue" data-testid="revenue-card">
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Form layout="inline" className="pc-toolbar" style={{ rowGap: 8 }}>
          <Form.Item label="Period">
            <Segmented<RevenuePeriodKind>
              aria-label="Period"
              value={kind}
              onChange={setKind}
              options={KINDS.map((k) => ({ value: k, label: REVENUE_PERIOD_LABELS[k] }))}
            />
          </Form.Item>
          <PeriodPickers period={period} current={current} onChange={(next) => setPeriods((all) => ({ ...all, [next.kind]: next }))} />
        </Form>
        {revenue.isError ? <ErrorAlert error={revenue.error} onRetry={() => void revenue.refetch()} /> : null}
        {!r ? (
          revenue.isError ? null : <Spin aria-label="Loading" />
        ) : (
          <>
            <Flex gap={12} wrap align="center">
              <Statistic
                title={`Revenue, ${describeRevenuePeriod(period)}`}
                value={r.total}
                formatter={() => (
                  <span data-testid="revenue-total">
                    <Money value={r.total} currency="USD" />
                  </span>
                )}
              />
              {r.scope === 'ASSIGNED_CUSTOMERS' ? (
                <Tag color="purple" data-testid="revenue-scope">
                  {EXPENDITURE_SCOPE_LABELS[r.scope]}
                </Tag>
              ) : null}
            </Flex>
            <Table<MonthRevenue>
              rowKey="month"
              aria-label="Revenue per month"
              columns={columns}
              dataSource={months}
              loading={revenue.isFetching}
              size="small"
              pagination={false}
              locale={{ emptyText: <Empty description="No revenue in these months." /> }}
              summary={() =>
                months.length > 1 ? (
                  <Table.Summary fixed>
                    <Table.Summary.Row className="pc-totals-row">
                      <Table.Summary.Cell index={0}>
                        <Typography.Text strong>Total</Typography.Text>
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={1} align="right">
                        <Typography.Text strong>
                          <Money value={r.total} />
                        </Typography.Text>
                      </Table.Summary.Cell>
                    </Table.Summary.Row>
                  </Table.Summary>
                ) : null
              }
            />
          </>
        )}
        <Typography.Text type="secondary">Cash consumption; coupons, test coupons and KooGallery excluded.</Typography.Text>
      </Space>
    </Card>
  );
}
