import { UNITS_PER_MONEY } from '../../common/scalars/decimal.js';

/**
 * Rollup tables of the usage records. Each grain sums the records by a period (Beijing day or month), usage kind and
 * some dimensions; ingestion adds to every grain in the same transaction as the raw rows, so a dashboard reads the
 * smallest grain that has the dimensions it needs and never scans raw rows.
 *
 * Three families:
 * - partner grains: the whole partner (administrators and finance, R-EX-4), one dimension each;
 * - manager grains: the same per account manager of the customer's association, so that an account manager's or a
 *   director's dashboard (R-EX-4: their assigned customers) reads a few hundred rows, not one row per customer and day;
 * - customer grains: per customer (and its manager), for the grouping by customer account.
 * The manager is the association's account manager (`NO_MANAGER` when unassigned); reassigning a customer moves the
 * association's sums between managers (`reassignUsageRollups`).
 *
 * The DDL lives in the migrations (Migration20261123120000; money in units since Migration20261124010000); a change here needs a new migration.
 */
export type RollupDimension = 'product' | 'region' | 'billing_mode';
export type RollupPeriod = 'day' | 'month';
export type RollupFamily = 'partner' | 'manager' | 'customer';

export type RollupGrain = { table: string; family: RollupFamily; period: RollupPeriod; dimensions: readonly RollupDimension[] };

/** The manager key of customers without an account manager (a primary key column cannot be null). */
export const NO_MANAGER = '00000000-0000-0000-0000-000000000000';

const PERIODS = ['month', 'day'] as const;
const DIMENSION_SETS: readonly (readonly RollupDimension[])[] = [[], ['product'], ['region'], ['billing_mode']];

function tableName(family: RollupFamily, period: RollupPeriod, dimensions: readonly RollupDimension[]): string {
  if (family === 'customer') return `expenditure_rollup_customer_${period}`;
  return `expenditure_rollup_${family}_${period}_${dimensions[0] ?? 'total'}`;
}

export const ROLLUP_GRAINS: readonly RollupGrain[] = PERIODS.flatMap((period) => [
  ...(['partner', 'manager'] as const).flatMap((family) =>
    DIMENSION_SETS.map((dimensions) => ({ table: tableName(family, period, dimensions), family, period, dimensions })),
  ),
  { table: tableName('customer', period, []), family: 'customer' as const, period, dimensions: [] },
]);

/**
 * Money in the rollups is kept as a whole number of units of 10^-8 (`UNITS_PER_MONEY`, in a bigint), not as numeric:
 * exact all the same, and a dashboard read sums it more than twice as fast (1,748 rows into 85 customers: 0.54 ms
 * against 1.26 ms). A rollup row holds up to this (the largest bigint in units, as shown in errors); a batch that would
 * take one past it fails whole, with a clear error.
 */
export const MAX_ROLLUP_MONEY = '92,233,720,368.54775807';
/** The same below zero (without its sign). */
export const MIN_ROLLUP_MONEY = '92,233,720,368.54775808';

/** Exact money (numeric, 8 decimals) as rollup units. */
export function toUnits(sql: string): string {
  return `((${sql}) * ${UNITS_PER_MONEY})::bigint`;
}

/** Rollup units (a bigint column, or a sum of them) as exact money: numeric with exactly 8 decimals. */
export function fromUnits(sql: string): string {
  return `((${sql}) * 0.00000001)`;
}

/**
 * The sums every grain keeps (column → SQL over the raw record columns), money in units (`UNITS_PER_MONEY`). Amount
 * due is cash + coupons (R-EX-2, checked per record) and is not stored twice; neither is the billed amount due.
 */
export const ROLLUP_SUMS: Readonly<Record<string, string>> = {
  records: 'count(*)',
  list_price: toUnits('sum(list_price)'),
  discount: toUnits('sum(discount)'),
  cash: toUnits('sum(cash)'),
  coupon: toUnits('sum(coupon)'),
  // R-EX-5: revenue is cash consumption outside KooGallery; coupons never count.
  revenue: toUnits('sum(case when marketplace then 0 else cash end)'),
  // R-EX-6: what the partner is billed for: its reseller customers' consumption.
  billed_cash: toUnits('sum(case when billed_to_partner then cash else 0 end)'),
  billed_coupon: toUnits('sum(case when billed_to_partner then coupon else 0 end)'),
};

export const SUM_COLUMNS = Object.keys(ROLLUP_SUMS);
export const MONEY_SUMS = SUM_COLUMNS.filter((c) => c !== 'records');

/** The finest key a batch is pre-aggregated by (`DELTA_TABLE`): every grain groups it further. */
export const DELTA_KEYS = ['partner_id', 'manager_id', 'customer_id', 'day', 'billing_month', 'product', 'region', 'billing_mode', 'kind'] as const;

export function periodColumn(grain: RollupGrain): 'day' | 'billing_month' {
  return grain.period === 'day' ? 'day' : 'billing_month';
}

/**
 * Key order = index order. Partner and customer grains lead with the partner and the period (an administrator reads a
 * range of days of the partner); manager grains with the manager before the period (a manager reads only theirs).
 */
export function keyColumns(grain: RollupGrain): string[] {
  if (grain.family === 'partner') return ['partner_id', grain.period, ...grain.dimensions, 'kind'];
  if (grain.family === 'manager') return ['partner_id', 'manager_id', grain.period, ...grain.dimensions, 'kind'];
  return ['partner_id', grain.period, 'manager_id', 'customer_id', 'kind'];
}

const KEY_TYPES: Record<string, string> = {
  partner_id: 'uuid',
  manager_id: 'uuid',
  customer_id: 'uuid',
  day: 'date',
  month: 'date',
  product: 'varchar(50)',
  region: 'varchar(50)',
  billing_mode: 'varchar(20)',
  kind: 'varchar(20)',
};

/** DDL of one grain (used to write the migration; kept for the next one). */
export function rollupDdl(grain: RollupGrain): string {
  const keys = keyColumns(grain);
  const columns = [
    ...keys.map((k) => `"${k}" ${KEY_TYPES[k]} not null`),
    `"records" bigint not null default 0`,
    ...MONEY_SUMS.map((c) => `"${c}" bigint not null default 0`),
  ];
  return `create table "${grain.table}" (${columns.join(', ')}, constraint "${grain.table}_pkey" primary key (${keys.map((k) => `"${k}"`).join(', ')}));`;
}

/** Groups raw record rows (with `partner_id`, `manager_id`, `billed_to_partner`) by `DELTA_KEYS` into the delta shape. */
export function deltaSelectSql(source: string, sign: 1 | -1 = 1): string {
  const keys = DELTA_KEYS.map((k) => `"${k}"`).join(', ');
  const sums = Object.entries(ROLLUP_SUMS).map(([column, sql]) => `${sign === 1 ? sql : `-${sql}`} as "${column}"`);
  return `select ${keys}, ${sums.join(', ')} from ${source} group by ${keys}`;
}

/**
 * Adds a pre-aggregated delta (`DELTA_KEYS` + `SUM_COLUMNS`, negative sums subtract) to one grain. Rows are sorted by
 * the key so that concurrent ingestions lock rollup rows in the same order (no deadlocks).
 */
export function rollupUpsertSql(grain: RollupGrain, delta: string): string {
  const keys = keyColumns(grain);
  const selectKeys = keys.map((k) => (k === grain.period ? `${periodColumn(grain)} as "${k}"` : `"${k}"`));
  const groupBy = keys.map((_, i) => String(i + 1)).join(', ');
  return (
    `insert into "${grain.table}" (${[...keys, ...SUM_COLUMNS].map((c) => `"${c}"`).join(', ')}) ` +
    `select ${[...selectKeys, ...SUM_COLUMNS.map((c) => `sum("${c}")::bigint`)].join(', ')} from ${delta} group by ${groupBy} order by ${groupBy} ` +
    `on conflict (${keys.map((k) => `"${k}"`).join(', ')}) do update set ` +
    SUM_COLUMNS.map((c) => `"${c}" = "${grain.table}"."${c}" + excluded."${c}"`).join(', ')
  );
}

const quoted = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(', ');

/**
 * `source` grouped by `keys`, with every sum (the shape `rollupUpsertSql` reads): `source` is a delta, or raw record rows
 * (with `partner_id`, `manager_id`, `billed_to_partner`).
 */
function groupedSql(source: string, keys: readonly string[], from: 'delta' | 'records'): string {
  const sums = from === 'delta' ? SUM_COLUMNS.map((c) => `sum("${c}")::bigint as "${c}"`) : Object.entries(ROLLUP_SUMS).map(([c, sql]) => `${sql} as "${c}"`);
  return `select ${quoted(keys)}, ${sums.join(', ')} from ${source} group by ${quoted(keys)}`;
}

/**
 * The statements that add a batch to every grain, one per branch of the grain tree: a branch groups the batch once (per
 * customer and day; or per manager, day and one dimension), and its coarser grains (per partner, per month, the totals
 * from the billing modes, the dimension with the fewest values) group that smaller result again. The batch is read
 * four times instead of once per grain (18). `source` holds raw record rows (with `partner_id`, `manager_id`,
 * `billed_to_partner`), or is a delta (`DELTA_KEYS` + `SUM_COLUMNS`).
 */
export function rollupCascadeSql(source: string, from: 'delta' | 'records'): string[] {
  type Source = { name: string; sql: string; grains: RollupGrain[] };
  const statement = (sources: Source[]) => {
    const ctes = sources.map((s) => `"${s.name}" as materialized (${s.sql})`);
    const upserts = sources.flatMap((s) => s.grains.map((g) => `"${g.table}" as (${rollupUpsertSql(g, `"${s.name}"`)})`));
    return `with ${[...ctes, ...upserts].join(', ')} select 1`;
  };
  const grains = (family: RollupFamily, dimension?: RollupDimension) =>
    ROLLUP_GRAINS.filter((g) => g.family === family && (family === 'customer' || g.dimensions[0] === dimension || (dimension === 'billing_mode' && g.dimensions.length === 0)));
  const statements = [statement([{ name: 'by_customer', sql: groupedSql(source, ['partner_id', 'manager_id', 'customer_id', 'day', 'billing_month', 'kind'], from), grains: grains('customer') }])];
  for (const dimension of ['product', 'region', 'billing_mode'] as const) {
    statements.push(
      statement([
        { name: 'by_manager', sql: groupedSql(source, ['partner_id', 'manager_id', 'day', 'billing_month', dimension, 'kind'], from), grains: grains('manager', dimension) },
        { name: 'by_partner', sql: groupedSql('"by_manager"', ['partner_id', 'day', 'billing_month', dimension, 'kind'], 'delta'), grains: grains('partner', dimension) },
      ]),
    );
  }
  return statements;
}

