/**
 * Rollup tables of the usage records. Each grain sums the records by a period (Beijing day or month), usage kind and
 * some dimensions; ingestion adds to every grain in the same transaction as the raw rows, so a dashboard reads the
 * smallest grain that has the dimensions it needs and never scans raw rows.
 *
 * The DDL lives in the migrations (Migration20261123072300); a change here needs a new migration.
 */
export type RollupDimension = 'customer_id' | 'product' | 'region' | 'billing_mode';
export type RollupPeriod = 'day' | 'month';

export type RollupGrain = { table: string; period: RollupPeriod; dimensions: readonly RollupDimension[] };

const ALL_DIMENSIONS: readonly RollupDimension[] = ['product', 'region', 'billing_mode'];

/**
 * Smallest first: the query planner picks the first grain of a period that covers what it needs. Partner-wide grains
 * (administrators and finance see every customer) keep one dimension each, so that a year grouped by product reads a few
 * hundred rows; customer grains serve the scoped views of account managers and directors and the grouping by customer.
 */
export const ROLLUP_GRAINS: readonly RollupGrain[] = (['month', 'day'] as const).flatMap((period) => [
  { table: `expenditure_rollup_partner_${period}_total`, period, dimensions: [] },
  { table: `expenditure_rollup_partner_${period}_product`, period, dimensions: ['product'] },
  { table: `expenditure_rollup_partner_${period}_region`, period, dimensions: ['region'] },
  { table: `expenditure_rollup_partner_${period}_billing_mode`, period, dimensions: ['billing_mode'] },
  { table: `expenditure_rollup_customer_${period}_total`, period, dimensions: ['customer_id'] },
  { table: `expenditure_rollup_customer_${period}`, period, dimensions: ['customer_id', ...ALL_DIMENSIONS] },
]);

/** The sums every grain keeps (column → SQL over the raw record columns). */
export const ROLLUP_SUMS: Readonly<Record<string, string>> = {
  records: 'count(*)',
  list_price: 'sum(list_price)',
  discount: 'sum(discount)',
  amount_due: 'sum(amount_due)',
  cash: 'sum(cash)',
  coupon: 'sum(coupon)',
  monthly_settlement: 'sum(monthly_settlement)',
  // R-EX-5: revenue is cash consumption outside KooGallery; coupons never count.
  revenue: 'sum(case when marketplace then 0 else cash end)',
  // R-EX-6: what the partner is billed for: its reseller customers' consumption.
  billed_amount_due: 'sum(case when billed_to_partner then amount_due else 0 end)',
  billed_cash: 'sum(case when billed_to_partner then cash else 0 end)',
  billed_coupon: 'sum(case when billed_to_partner then coupon else 0 end)',
};

export const MONEY_SUMS = Object.keys(ROLLUP_SUMS).filter((c) => c !== 'records');

export function periodColumn(grain: RollupGrain): 'day' | 'billing_month' {
  return grain.period === 'day' ? 'day' : 'billing_month';
}

export function keyColumns(grain: RollupGrain): string[] {
  return ['partner_id', grain.period, ...grain.dimensions, 'kind'];
}

/** DDL of one grain (used to write the migration; kept for the next one). */
export function rollupDdl(grain: RollupGrain): string[] {
  const types: Record<string, string> = {
    partner_id: 'uuid',
    customer_id: 'uuid',
    day: 'date',
    month: 'date',
    product: 'varchar(50)',
    region: 'varchar(50)',
    billing_mode: 'varchar(20)',
    kind: 'varchar(20)',
  };
  const keys = keyColumns(grain);
  const columns = [
    ...keys.map((k) => `"${k}" ${types[k]} not null`),
    `"records" bigint not null default 0`,
    ...MONEY_SUMS.map((c) => `"${c}" numeric(24,8) not null default 0`),
  ];
  return [`create table "${grain.table}" (${columns.join(', ')}, constraint "${grain.table}_pkey" primary key (${keys.map((k) => `"${k}"`).join(', ')}));`];
}

/**
 * Adds the rows of `source` (a table or subquery with the raw record columns) to one grain. Rows are sorted by the
 * key so that concurrent ingestions lock rollup rows in the same order (no deadlocks).
 */
export function rollupUpsertSql(grain: RollupGrain, source: string): string {
  const keys = keyColumns(grain);
  const selectKeys = keys.map((k) => (k === grain.period ? `${periodColumn(grain)} as "${k}"` : `"${k}"`));
  const groupBy = keys.map((_, i) => String(i + 1)).join(', ');
  const sums = Object.entries(ROLLUP_SUMS);
  return (
    `insert into "${grain.table}" (${[...keys, ...sums.map(([c]) => c)].map((c) => `"${c}"`).join(', ')}) ` +
    `select ${[...selectKeys, ...sums.map(([, sql]) => sql)].join(', ')} from ${source} group by ${groupBy} order by ${groupBy} ` +
    `on conflict (${keys.map((k) => `"${k}"`).join(', ')}) do update set ` +
    sums.map(([c]) => `"${c}" = "${grain.table}"."${c}" + excluded."${c}"`).join(', ')
  );
}
