import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, DatePicker, Descriptions, Empty, Flex, Form, Row, Select, Space, Spin, Statistic, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type {
  ExpenditureDimension,
  ExpenditureFiguresFieldsFragment as Figures,
  ExpenditureKindTotalsFragment as KindTotals,
} from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { BILLING_TIME_ZONE } from '../../lib/dates';
import { EXPENDITURE_DIMENSION_LABELS, expenditureDimensionOptions } from '../../lib/labels';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ExportButton } from '../../ui/ExportButton';
import { Money } from '../../ui/Money';
import { PageTitle } from '../../ui/PageTitle';
import { ExpenditureDistributionQuery, ExpenditureOverviewQuery } from './expenditure.graphql';
import { RevenueCard } from './RevenueCard';
import { CHART_COLORS, ExpenditureChart, FiguresMeta, chartKindOf, chartNumber, describeFigures, expenditureKeys } from './expenditureUi';

const TABS = ['overview', 'distribution'] as const;
type TabKey = (typeof TABS)[number];

/** Today in Beijing time as a plain calendar date (the picker's values are Beijing dates). */
function beijingToday(): Dayjs {
  return dayjs(dayjs().tz(BILLING_TIME_ZONE).format('YYYY-MM-DD'));
}

/** The last twelve months: the first day of the month eleven months ago to today (Beijing dates). */
export function defaultDistributionRange(): [Dayjs, Dayjs] {
  const today = beijingToday();
  return [today.subtract(11, 'month').startOf('month'), today];
}

/**
 * Chart points of a time grouping with the days or months without records as zeros (up to 1,000 points), so that
 * the line and the bars show the gaps; other groupings are charted as they are.
 */
export function chartPoints(rows: Figures[], groupBy: ExpenditureDimension, from: string, to: string): { label: string; amountDue: number; revenue: number }[] {
  const points = rows.map((r) => ({ label: r.label || r.key, amountDue: chartNumber(r.amountDue), revenue: chartNumber(r.revenue) }));
  if (groupBy !== 'DAY' && groupBy !== 'MONTH') return points;
  const unit = groupBy === 'DAY' ? 'day' : 'month';
  const format = groupBy === 'DAY' ? 'YYYY-MM-DD' : 'YYYY-MM';
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const filled: typeof points = [];
  const end = dayjs(to);
  for (let at = dayjs(from).startOf(unit); !at.isAfter(end, unit) && filled.length < 1000; at = at.add(1, unit)) {
    const key = at.format(format);
    const row = byKey.get(key);
    filled.push({ label: key, amountDue: row ? chartNumber(row.amountDue) : 0, revenue: row ? chartNumber(row.revenue) : 0 });
  }
  return filled.length < 1000 ? filled : points;
}

function KindTotalsCard({ title, totals }: { title: string; totals: KindTotals }) {
  return (
    <Card title={`${title} (${totals.month})`} size="small">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'expenditures', label: 'Expenditures', children: <Money value={totals.expenditures.amountDue} currency="USD" /> },
          { key: 'refunds', label: 'Refunds', children: <Money value={totals.refunds.amountDue} currency="USD" /> },
          { key: 'adjustments', label: 'Adjustments', children: <Money value={totals.adjustments.amountDue} currency="USD" /> },
          {
            key: 'net',
            label: 'Net',
            children: (
              <Typography.Text strong>
                <Money value={totals.net.amountDue} currency="USD" />
              </Typography.Text>
            ),
          },
        ]}
      />
    </Card>
  );
}

function OverviewTab() {
  const overview = useQuery({
    queryKey: expenditureKeys.overview,
    queryFn: async () => (await request(ExpenditureOverviewQuery, {})).expenditureOverview,
  });
  if (overview.isError) return <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />;
  if (!overview.data) return <Spin aria-label="Loading" />;
  const o = overview.data;
  const empty = o.trend.every((m) => m.records === 0);
  const trend = o.trend.map((m) => ({ month: m.key, amountDue: chartNumber(m.amountDue), revenue: chartNumber(m.revenue) }));
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <FiguresMeta asOf={o.asOf} dataThrough={o.dataThrough} scope={o.scope} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card size="small">
            <Statistic
              title={`Amount due this month (${o.thisMonth.month})`}
              value={o.amountDue}
              formatter={() => <Money value={o.amountDue} currency="USD" />}
            />
            <Typography.Text type="secondary">An estimate until the month's bill is generated.</Typography.Text>
          </Card>
        </Col>
        <Col xs={24} md={12} lg={8}>
          <KindTotalsCard title="This month" totals={o.thisMonth} />
        </Col>
        <Col xs={24} md={12} lg={8}>
          <KindTotalsCard title="Last month" totals={o.lastMonth} />
        </Col>
      </Row>
      <Card size="small" title="Last twelve months">
        {empty ? (
          <Empty description="No expenditure in the last twelve months." />
        ) : (
          <ExpenditureChart
            title="Amount due and revenue per month, last twelve months"
            description={`Amount due per month: ${describeFigures(o.trend.map((m) => ({ label: m.key, value: m.amountDue })))}`}
            data={trend}
            categoryKey="month"
            kind="bar"
            series={[
              { key: 'amountDue', name: 'Amount due', color: CHART_COLORS.amountDue },
              { key: 'revenue', name: 'Revenue', color: CHART_COLORS.revenue },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}

const figureColumns = (groupBy: ExpenditureDimension): TableColumnsType<Figures> => [
  { title: EXPENDITURE_DIMENSION_LABELS[groupBy], dataIndex: 'label', key: 'label', render: (label: string, r) => label || r.key || '—' },
  { title: 'Records', dataIndex: 'records', key: 'records', width: 80, align: 'right' },
  { title: 'List price', dataIndex: 'listPrice', key: 'listPrice', width: 110, align: 'right', render: (v: string) => <Money value={v} /> },
  { title: 'Discount', dataIndex: 'discount', key: 'discount', width: 105, align: 'right', render: (v: string) => <Money value={v} /> },
  { title: 'Amount due', dataIndex: 'amountDue', key: 'amountDue', width: 115, align: 'right', render: (v: string) => <Money value={v} /> },
  { title: 'Cash', dataIndex: 'cash', key: 'cash', width: 105, align: 'right', render: (v: string) => <Money value={v} /> },
  { title: 'Coupons', dataIndex: 'coupon', key: 'coupon', width: 105, align: 'right', render: (v: string) => <Money value={v} /> },
  { title: 'Revenue', dataIndex: 'revenue', key: 'revenue', width: 105, align: 'right', render: (v: string) => <Money value={v} /> },
];

function DistributionTab() {
  const [range, setRange] = useState<[Dayjs, Dayjs]>(defaultDistributionRange);
  const [groupBy, setGroupBy] = useState<ExpenditureDimension>('CUSTOMER');
  const input = { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), groupBy };
  const distribution = useQuery({
    queryKey: [...expenditureKeys.distribution, input],
    queryFn: async () => (await request(ExpenditureDistributionQuery, { input })).expenditureDistribution,
    placeholderData: keepPreviousData,
  });
  const d = distribution.data;
  const rows = d?.rows ?? [];
  const shownGroupBy = d?.groupBy ?? groupBy;
  const dimension = EXPENDITURE_DIMENSION_LABELS[shownGroupBy].toLowerCase();
  const chartData = d ? chartPoints(rows, d.groupBy, d.from, d.to) : [];
  const columns = figureColumns(shownGroupBy);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex gap={16} wrap align="flex-end" justify="space-between">
        <Form layout="inline" className="pc-toolbar" style={{ rowGap: 8 }}>
          <Form.Item label="Dates (Beijing time)" htmlFor="distribution-range">
            <DatePicker.RangePicker
              id={{ start: 'distribution-range', end: 'distribution-range-end' }}
              value={range}
              allowClear={false}
              aria-label="Dates (Beijing time)"
              disabledDate={(date) => date.isAfter(beijingToday(), 'day')}
              onChange={(value) => {
                if (value?.[0] && value[1]) setRange([value[0], value[1]]);
              }}
              presets={[
                { label: 'Last 12 months', value: defaultDistributionRange() },
                { label: 'This month', value: [beijingToday().startOf('month'), beijingToday()] },
                { label: 'Last month', value: [beijingToday().subtract(1, 'month').startOf('month'), beijingToday().subtract(1, 'month').endOf('month')] },
                { label: 'This year', value: [beijingToday().startOf('year'), beijingToday()] },
              ]}
            />
          </Form.Item>
          <Form.Item label="Group by" htmlFor="distribution-group-by">
            <Select id="distribution-group-by" aria-label="Group by" style={{ width: 190 }} value={groupBy} options={expenditureDimensionOptions} onChange={setGroupBy} />
          </Form.Item>
        </Form>
        <ExportButton path="/api/exports/expenditure-distribution" params={input} what="the distribution" />
      </Flex>
      {d ? <FiguresMeta asOf={d.asOf} dataThrough={d.dataThrough} scope={d.scope} /> : null}
      {distribution.isError ? <ErrorAlert error={distribution.error} onRetry={() => void distribution.refetch()} /> : null}
      <Card size="small" title={`Amount due by ${dimension}, ${d?.from ?? input.from} to ${d?.to ?? input.to}`}>
        {!d ? (
          <Spin aria-label="Loading" />
        ) : rows.length === 0 ? (
          <Empty description="No expenditure in these dates." />
        ) : (
          <ExpenditureChart
            title={`Amount due and revenue by ${dimension}, ${d.from} to ${d.to}`}
            description={`Amount due by ${dimension}: ${describeFigures(rows.map((r) => ({ label: r.label || r.key, value: r.amountDue })))}`}
            data={chartData}
            categoryKey="label"
            kind={chartKindOf(shownGroupBy)}
            series={[
              { key: 'amountDue', name: 'Amount due', color: CHART_COLORS.amountDue },
              { key: 'revenue', name: 'Revenue', color: CHART_COLORS.revenue },
            ]}
          />
        )}
      </Card>
      <Table<Figures>
        rowKey="key"
        aria-label="Expenditure distribution"
        columns={columns}
        dataSource={rows}
        loading={distribution.isFetching}
        size="small"
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={rows.length > 0 ? { x: 900 } : undefined}
        locale={{ emptyText: distribution.isPending ? ' ' : <Empty description="No expenditure in these dates." /> }}
        summary={() =>
          d && rows.length > 0 ? (
            <Table.Summary fixed>
              <Table.Summary.Row className="pc-totals-row">
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>Total</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  {d.totals.records}
                </Table.Summary.Cell>
                {(['listPrice', 'discount', 'amountDue', 'cash', 'coupon', 'revenue'] as const).map((field, i) => (
                  <Table.Summary.Cell key={field} index={i + 2} align="right">
                    <Typography.Text strong>
                      <Money value={d.totals[field]} />
                    </Typography.Text>
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
      <Typography.Text type="secondary">Amounts in USD. Amount due = cash + coupons; revenue is cash consumption outside KooGallery.</Typography.Text>
    </Space>
  );
}

/**
 * Operations Statistics › Expenditures: the overview with the revenue (R-EX-4, R-EX-5) and the expenditure distribution
 * (R-EX-4); the tab is in the URL.
 */
export function ExpendituresPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as TabKey | null;
  const tab: TabKey = requested && TABS.includes(requested) ? requested : 'overview';
  return (
    <>
      <PageTitle title="Expenditures" subtitle="Expenditure statistics of your customers: this month, the trend, and the distribution over any dates." />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'overview' ? {} : { tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            {
              key: 'overview',
              label: 'Overview',
              children: (
                <Space orientation="vertical" size={16} style={{ width: '100%' }}>
                  <OverviewTab />
                  <RevenueCard />
                </Space>
              ),
            },
            { key: 'distribution', label: 'Expenditure Distribution', children: <DistributionTab /> },
          ]}
        />
      </Card>
    </>
  );
}
