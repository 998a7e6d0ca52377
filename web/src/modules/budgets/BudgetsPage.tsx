import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Badge, Button, ConfigProvider, Empty, Flex, Input, Progress, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { HistoryOutlined, LockOutlined, UnlockOutlined, WalletOutlined } from '@ant-design/icons';
import { hasPermission, useMe } from '../../app/auth';
import { request } from '../../lib/graphql';
import { useCursorPager } from '../../lib/useCursorPager';
import { CursorPagination } from '../../ui/CursorPagination';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Money } from '../../ui/Money';
import { PageTitle } from '../../ui/PageTitle';
import { CustomerBudgetsQuery } from './budgets.graphql';
import { percentReached, percentText } from './percentUsed';
import { AdjustmentsDrawer, budgetKeys, FreezeModal, SetBudgetModal, UnfreezeModal, type BudgetRow } from './BudgetModals';

const DANGER_RED = '#c41d1d';

/** Bar colours dark enough to stand out on white; the value is always written as text next to the bar. */
function barColor(percent: string): string {
  if (percentReached(percent, 100)) return '#a8071a';
  if (percentReached(percent, 90)) return '#ad4e00';
  if (percentReached(percent, 75)) return '#876800';
  return '#0958d9';
}

function PercentUsed({ row }: { row: BudgetRow }) {
  if (row.amount === null || row.amount === undefined) return <Typography.Text type="secondary">No budget</Typography.Text>;
  if (row.percentUsed === null || row.percentUsed === undefined) {
    return <Typography.Text type="secondary">Budget 0: pay-per-use only</Typography.Text>;
  }
  const n = Number(row.percentUsed); // only the bar's length: colours and text come from the exact string
  const text = percentText(row.percentUsed);
  return (
    <Flex align="center" gap={6} wrap>
      <Progress
        percent={Math.min(100, Math.max(0, n))}
        showInfo={false}
        status="normal"
        size="small"
        strokeColor={barColor(row.percentUsed)}
        style={{ width: 50, margin: 0 }}
        aria-label={`${text} of the budget used by ${row.customer.companyName}`}
      />
      <Typography.Text strong={percentReached(row.percentUsed, 100)}>{text}</Typography.Text>
    </Flex>
  );
}

/** Customer Business › Budgets: monthly budgets and freezing of reseller customers (R-BU-1..4). */
export function BudgetsPage() {
  const me = useMe();
  const canManage = hasPermission(me.data, 'BUDGETS_MANAGE');
  const pager = useCursorPager(20);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<BudgetRow | null>(null);
  const [freezing, setFreezing] = useState<BudgetRow | null>(null);
  const [unfreezing, setUnfreezing] = useState<BudgetRow | null>(null);
  const [history, setHistory] = useState<BudgetRow | null>(null);

  const variables = { first: pager.pageSize, after: pager.after, search: search || null };
  const budgets = useQuery({
    queryKey: budgetKeys.list(variables),
    queryFn: async () => (await request(CustomerBudgetsQuery, variables)).customerBudgets,
    placeholderData: keepPreviousData,
  });

  // Sized to fit the content area of a 1366 px wide screen without scrolling sideways: long headers wrap, the customer's
  // e-mail breaks anywhere, and the secondary actions are icon buttons (with their names as tooltips and labels).
  const columns: TableColumnsType<BudgetRow> = [
    {
      title: 'Customer',
      key: 'customer',
      width: 205,
      render: (_, r) => (
        <Space orientation="vertical" size={0} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          <Typography.Text strong>{r.customer.companyName}</Typography.Text>
          <Typography.Text type="secondary">{r.customer.email}</Typography.Text>
        </Space>
      ),
    },
    {
      title: 'Monthly budget (USD)',
      key: 'amount',
      width: 110,
      align: 'right',
      render: (_, r) => (r.amount !== null && r.amount !== undefined ? <Money value={r.amount} /> : <Typography.Text type="secondary">Not set</Typography.Text>),
    },
    {
      title: 'Spend this month at list price (USD)',
      key: 'spend',
      width: 120,
      align: 'right',
      render: (_, r) => <Money value={r.monthSpendAtListPrice} />,
    },
    { title: 'Current estimate (USD)', key: 'estimate', width: 110, align: 'right', render: (_, r) => <Money value={r.currentEstimate} /> },
    { title: 'Used', key: 'used', width: 125, render: (_, r) => <PercentUsed row={r} /> },
    {
      title: 'Alerts this month',
      key: 'alerts',
      width: 85,
      render: (_, r) =>
        r.alertedThresholds.length > 0 ? (
          r.alertedThresholds.map((t) => `${t} %`).join(', ')
        ) : (
          <Typography.Text type="secondary">None</Typography.Text>
        ),
    },
    {
      title: 'State',
      key: 'state',
      width: 130,
      render: (_, r) =>
        r.frozen ? (
          <Space orientation="vertical" size={0} style={{ overflowWrap: 'anywhere' }}>
            <Badge status="error" text="Frozen" />
            {r.freezeReason ? <Typography.Text type="secondary">{r.freezeReason}</Typography.Text> : null}
          </Space>
        ) : (
          <Badge status="success" text="Active" />
        ),
    },
    {
      title: 'Actions',
      key: 'actions',
      width: 170,
      render: (_, r) => (
        <Space size={4} wrap>
          {canManage ? (
            <>
              <Tooltip title="Set monthly budget">
                <Button size="small" icon={<WalletOutlined />} aria-label="Set monthly budget" onClick={() => setEditing(r)} />
              </Tooltip>
              {r.frozen ? (
                <Button size="small" icon={<UnlockOutlined />} onClick={() => setUnfreezing(r)}>
                  Unfreeze
                </Button>
              ) : (
                <Button size="small" danger icon={<LockOutlined />} onClick={() => setFreezing(r)}>
                  Freeze
                </Button>
              )}
            </>
          ) : null}
          <Tooltip title="Adjustment records">
            <Button size="small" icon={<HistoryOutlined />} aria-label="Adjustment records" onClick={() => setHistory(r)} />
          </Tooltip>
        </Space>
      ),
    },
  ];

  const connection = budgets.data;
  const month = connection?.edges[0]?.node.month;
  return (
    // A darker red than antd's default, so the danger buttons' text meets WCAG AA contrast.
    <ConfigProvider theme={{ token: { colorError: DANGER_RED } }}>
      <PageTitle
        title="Budgets"
        subtitle={
          <>
            Monthly budgets of your reseller customers, compared with their expenditure at list price in the current
            month (Beijing time{month ? `, ${month.slice(0, 7)}` : ''}). You are alerted at 75 %, 90 % and 100 %; from 100 % yearly/monthly and
            reserved-instance purchases are blocked while pay-per-use continues. Frozen customers cannot purchase, renew or change resources.
          </>
        }
      />
      <Flex gap={12} wrap className="pc-toolbar" align="center">
        <Input.Search
          aria-label="Search reseller customers"
          placeholder="Search by company or e-mail"
          allowClear
          enterButton="Search"
          style={{ maxWidth: 320 }}
          onSearch={(value) => {
            setSearch(value.trim());
            pager.reset();
          }}
        />
      </Flex>
      {budgets.isError ? <ErrorAlert error={budgets.error} onRetry={() => void budgets.refetch()} /> : null}
      <Table<BudgetRow>
        rowKey="id"
        aria-label="Customer budgets"
        columns={columns}
        dataSource={connection?.edges.map((e) => e.node) ?? []}
        loading={budgets.isFetching}
        size="middle"
        pagination={false}
        // Fits at 1366 px; narrower screens scroll the table rather than squash it.
        scroll={connection?.edges.length ? { x: 1000 } : undefined}
        locale={{
          emptyText: budgets.isPending ? ' ' : (
            <Empty description={search ? 'No reseller customers match this search.' : 'No reseller customers yet: budgets apply to customers in the Reseller model.'} />
          ),
        }}
      />
      <CursorPagination pager={pager} connection={connection} loading={budgets.isFetching} itemNames={['customer', 'customers']} />
      <SetBudgetModal row={editing} onClose={() => setEditing(null)} />
      <FreezeModal row={freezing} onClose={() => setFreezing(null)} />
      <UnfreezeModal row={unfreezing} onClose={() => setUnfreezing(null)} />
      <AdjustmentsDrawer row={history} onClose={() => setHistory(null)} />
    </ConfigProvider>
  );
}
