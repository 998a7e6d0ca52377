import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePartnerId, type Ctx } from '../../app/context.js';
import { Permission } from '../../common/auth/permission.js';
import { beijingDate } from '../../common/beijing-time.js';
import type { Clock } from '../../common/clock.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { isUuid } from '../../common/ids.js';
import type { Connection } from '../../common/pagination/connection.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../common/pagination/connection.js';
import { formatMoney, Money } from '../../common/scalars/decimal.js';
import { BillingMode, ExpenditureDimension, UsageKind } from './expenditure.enums.js';
import {
  CustomerExpenditureSummary,
  ExpenditureDistribution,
  ExpenditureDistributionInput,
  ExpenditureFigures,
  ExpenditureOverview,
  ExpenditureRecord,
  ExpenditureRecordsArgs,
  ExpenditureScope,
  ExpenditureSection,
  KindTotals,
  RevenueReport,
} from './expenditure.types.js';
import {
  addDays,
  addMonths,
  customerKindFigures,
  distribution,
  revenueByMonth,
  sumRows,
  totalsByKind,
  type DateRange,
  type FigureRow,
  type RollupScope,
} from './statistics.queries.js';
import { preparedExecutorOf, type PreparedExecutor } from '../../common/db/prepared-statements.js';
import { executorOf } from './usage-ingestion.service.js';

/** The longest range a distribution may cover; DAY grouping is capped lower so a chart stays readable. */
const MAX_RANGE_DAYS = 3 * 366;
const MAX_DAY_GROUPS = 366;

const BILLING_MODE_LABELS: Record<BillingMode, string> = {
  [BillingMode.PAY_PER_USE]: 'Pay-per-use',
  [BillingMode.YEARLY_MONTHLY]: 'Yearly/Monthly',
  [BillingMode.RESERVED_INSTANCE]: 'Reserved instance',
};

function validDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

function validMonth(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/**
 * Expenditure statistics (R-EX-2..5): the dashboards, the Customer Expenditure summary, the record list and revenue.
 * Figures come from the rollups (statistics.queries.ts); scoping follows R-EX-4 through the customer module's
 * visibility rules (R-CU-11).
 */
export class ExpenditureStatisticsService {
  constructor(private readonly clock: Clock) {}

  /** R-EX-4: administrators and finance see every customer; account managers and directors their assigned ones. */
  async scopeOf(ctx: Ctx): Promise<{ scope: RollupScope; kind: ExpenditureScope }> {
    const partnerId = requirePartnerId(ctx);
    if (ctx.services.customerAssociations.seesAllCustomers(ctx)) {
      return { scope: { partnerId, managerIds: null }, kind: ExpenditureScope.ALL_CUSTOMERS };
    }
    const managerIds = await ctx.services.customerAssociations.visibleManagerIds(ctx);
    return { scope: { partnerId, managerIds }, kind: ExpenditureScope.ASSIGNED_CUSTOMERS };
  }

  async distribution(ctx: Ctx, input: ExpenditureDistributionInput): Promise<ExpenditureDistribution> {
    const range = this.checkRange(input.from, input.to, input.groupBy);
    const { scope, kind } = await this.scopeOf(ctx);
    const result = await distribution(preparedExecutorOf(ctx.em), scope, range, input.groupBy);
    const labels = await this.labels(ctx.em, input.groupBy, result.rows);
    return {
      asOf: this.clock.now(),
      dataThrough: await this.dataThrough(ctx.em, scope.partnerId),
      scope: kind,
      from: range.from,
      to: range.to,
      groupBy: input.groupBy,
      rows: result.rows.map((row) => ({ ...row, label: labels.get(row.key) ?? row.key })),
      totals: { ...result.totals, label: 'Total' },
    };
  }

  async overview(ctx: Ctx): Promise<ExpenditureOverview> {
    const { scope, kind } = await this.scopeOf(ctx);
    const exec = preparedExecutorOf(ctx.em);
    const today = beijingDate(this.clock.now());
    const thisMonth = `${today.slice(0, 7)}-01`;
    const lastMonth = addMonths(thisMonth, -1);
    const firstTrendMonth = addMonths(thisMonth, -11);
    const [current, previous, trend] = await Promise.all([
      this.kindTotals(exec, scope, { from: thisMonth, to: today }),
      this.kindTotals(exec, scope, { from: lastMonth, to: addDays(thisMonth, -1) }),
      distribution(exec, scope, { from: firstTrendMonth, to: today }, ExpenditureDimension.MONTH),
    ]);
    const byMonth = new Map(trend.rows.map((r) => [r.key, r]));
    const months: ExpenditureFigures[] = [];
    for (let m = firstTrendMonth; m <= thisMonth; m = addMonths(m, 1)) {
      const key = m.slice(0, 7);
      months.push({ ...(byMonth.get(key) ?? sumRows([], key)), key, label: key });
    }
    return {
      asOf: this.clock.now(),
      dataThrough: await this.dataThrough(ctx.em, scope.partnerId),
      scope: kind,
      amountDue: current.net.amountDue,
      thisMonth: current,
      lastMonth: previous,
      trend: months,
    };
  }

  /** §5.7.11: expenditures, refunds and adjustments of a billing cycle, each with totals and per-customer rows. */
  async customerSummary(ctx: Ctx, billingCycle: string): Promise<CustomerExpenditureSummary> {
    if (!validMonth(billingCycle)) throw new DomainError(ErrorCode.BILLING_CYCLE_INVALID, 'The billing cycle must be a month YYYY-MM.', 'billingCycle');
    const { scope, kind } = await this.scopeOf(ctx);
    const rows = await customerKindFigures(preparedExecutorOf(ctx.em), scope, `${billingCycle}-01`);
    const customers = await this.customers(ctx.em, [...new Set(rows.map((r) => r.customerId))]);
    const section = (k: UsageKind): ExpenditureSection => {
      const ofKind = rows.filter((r) => r.kind === k);
      const total = sumRows(ofKind);
      return {
        kind: k,
        amount: total.amount,
        cash: total.cash,
        coupon: total.coupon,
        discount: total.discount,
        rows: ofKind
          .map((r) => ({
            customerId: r.customerId,
            companyName: customers.get(r.customerId)?.companyName ?? '',
            accountName: customers.get(r.customerId)?.email ?? '',
            records: r.records,
            amount: r.amount,
            cash: r.cash,
            coupon: r.coupon,
            discount: r.discount,
          }))
          .sort((a, b) => new Money(b.amount).comparedTo(a.amount) || a.companyName.localeCompare(b.companyName)),
      };
    };
    return {
      billingCycle,
      asOf: this.clock.now(),
      scope: kind,
      expenditures: section(UsageKind.EXPENDITURE),
      refunds: section(UsageKind.REFUND),
      adjustments: section(UsageKind.ADJUSTMENT),
      discountTotal: sumRows(rows).discount,
    };
  }

  /** Customer Expenditure › Expenditure Records: one billing cycle, newest first, keyset-paged. */
  async records(ctx: Ctx, args: ExpenditureRecordsArgs): Promise<Connection<ExpenditureRecord>> {
    const query = await this.recordQuery(ctx, args);
    const first = Math.min(Math.max(args.first ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
    const rows = await query.page(args.after ? decodeRecordCursor(args.after) : null, first + 1);
    const nodes = rows.slice(0, first);
    const edges = nodes.map((node) => ({ node, cursor: encodeRecordCursor(node.transactedAt, node.id) }));
    let counted: Promise<number> | undefined;
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      get totalCount() {
        counted ??= query.count();
        return counted;
      },
    };
  }

  /**
   * The records of one billing cycle a member may see, with the list's filters: pages (newest first, keyset on time
   * and id) and a count. Shared by the list and the streamed exports.
   */
  async recordQuery(ctx: Ctx, filter: RecordFilter): Promise<RecordQuery> {
    if (!validMonth(filter.billingCycle)) throw new DomainError(ErrorCode.BILLING_CYCLE_INVALID, 'The billing cycle must be a month YYYY-MM.', 'billingCycle');
    const partnerId = requirePartnerId(ctx);
    const exec = executorOf(ctx.em);
    const conditions = ['r.partner_id = ?::uuid', 'r.billing_month = ?::date'];
    const params: unknown[] = [partnerId, `${filter.billingCycle}-01`];
    // R-EX-4: a member who does not see all customers sees the records of their associations' periods only.
    const periods = ctx.services.customerAssociations.seesAllCustomers(ctx) ? null : await ctx.services.customerAssociations.visibleAssociationPeriods(ctx);
    let customerIds = periods ? [...new Set(periods.map((p) => p.customerId))] : null;
    if (filter.customerId) {
      if (!isUuid(filter.customerId)) customerIds = [];
      else customerIds = customerIds ? customerIds.filter((id) => id === filter.customerId) : [filter.customerId];
    }
    if (customerIds) {
      conditions.push('r.customer_id = any(?::uuid[])');
      params.push(`{${customerIds.join(',')}}`);
    }
    if (periods) {
      conditions.push(
        'exists (select 1 from jsonb_to_recordset(?::jsonb) as v(customer_id uuid, started_at timestamptz, ended_at timestamptz) ' +
          'where v.customer_id = r.customer_id and r.transacted_at >= v.started_at and (v.ended_at is null or r.transacted_at < v.ended_at))',
      );
      params.push(JSON.stringify(periods.map((p) => ({ customer_id: p.customerId, started_at: p.startedAt.toISOString(), ended_at: p.endedAt?.toISOString() ?? null }))));
    }
    if (filter.kind) {
      conditions.push('r.kind = ?');
      params.push(filter.kind);
    }
    if (filter.transactionId) {
      conditions.push('r.transaction_id = ?');
      params.push(filter.transactionId.trim());
    }
    if (filter.resourceId) {
      conditions.push('r.resource_id = ?');
      params.push(filter.resourceId.trim());
    }
    return {
      count: async () => Number((await exec(`select count(*)::int as n from expenditure_record r where ${conditions.join(' and ')}`, params))[0]?.n ?? 0),
      page: async (after, limit) => {
        const where = after ? [...conditions, '(r.transacted_at, r.id) < (?::timestamptz, ?::bigint)'] : conditions;
        const rows = await exec(
          `select r.id::text as id, r.transaction_id, r.kind, r.transacted_at, to_char(r.billing_month, 'YYYY-MM') as billing_cycle, r.customer_id::text as customer_id, ` +
            `coalesce(p.company_name, '') as customer_name, r.product, r.resource_type, r.resource_id, r.specification, r.region, r.availability_zone, r.billing_mode, ` +
            `r.marketplace, r.list_price, r.discount, r.amount_due, r.cash, r.coupon, r.monthly_settlement ` +
            `from expenditure_record r left join customer_profile p on p.id = r.customer_id where ${where.join(' and ')} ` +
            `order by r.transacted_at desc, r.id desc limit ${Math.max(1, Math.floor(limit))}`,
          after ? [...params, after.at, after.id] : params,
        );
        return rows.map(toRecord);
      },
    };
  }

  /**
   * R-EX-5 for the partner's own screens, scoped like the dashboards (R-EX-4): an account manager or director sees the
   * revenue of their customers; incentive viewers see the partner's, which the incentive programmes are measured on.
   */
  async revenue(ctx: Ctx, fromMonth: string, toMonth: string): Promise<RevenueReport> {
    const partnerId = requirePartnerId(ctx);
    const { scope, kind } = ctx.permissions.has(Permission.INCENTIVES_VIEW)
      ? { scope: { partnerId, managerIds: null }, kind: ExpenditureScope.ALL_CUSTOMERS }
      : await this.scopeOf(ctx);
    return this.revenueIn(ctx.em, scope, kind, fromMonth, toMonth);
  }

  /**
   * R-EX-5: revenue of a partner per month and in total, from the rollups: cash consumption of its customers (any
   * payment method but coupons), KooGallery excluded, new purchases and renewals alike. Rebates and funding (later
   * modules) read it through `monthlyRevenue`, `quarterlyRevenue` and `threeMonthRevenue`.
   */
  revenueOf(em: EntityManager, partnerId: string, fromMonth: string, toMonth: string): Promise<RevenueReport> {
    return this.revenueIn(em, { partnerId, managerIds: null }, ExpenditureScope.ALL_CUSTOMERS, fromMonth, toMonth);
  }

  private async revenueIn(em: EntityManager, scope: RollupScope, kind: ExpenditureScope, fromMonth: string, toMonth: string): Promise<RevenueReport> {
    if (!validMonth(fromMonth)) throw new DomainError(ErrorCode.BILLING_CYCLE_INVALID, 'fromMonth must be a month YYYY-MM.', 'fromMonth');
    if (!validMonth(toMonth)) throw new DomainError(ErrorCode.BILLING_CYCLE_INVALID, 'toMonth must be a month YYYY-MM.', 'toMonth');
    if (fromMonth > toMonth) throw new DomainError(ErrorCode.DATE_RANGE_INVALID, 'fromMonth must not be after toMonth.', 'fromMonth');
    if (addMonths(`${fromMonth}-01`, 36) <= `${toMonth}-01`) throw new DomainError(ErrorCode.DATE_RANGE_INVALID, 'At most 36 months at a time.', 'toMonth');
    const months = await revenueByMonth(preparedExecutorOf(em), scope, `${fromMonth}-01`, `${toMonth}-01`);
    return { fromMonth, toMonth, months, total: formatMoney(months.reduce((sum, m) => sum.plus(m.revenue), new Money(0))), scope: kind };
  }

  monthlyRevenue(em: EntityManager, partnerId: string, month: string): Promise<RevenueReport> {
    return this.revenueOf(em, partnerId, month, month);
  }

  /** Quarter 1..4 of a year (calendar quarters, Beijing months). */
  quarterlyRevenue(em: EntityManager, partnerId: string, year: number, quarter: 1 | 2 | 3 | 4): Promise<RevenueReport> {
    const first = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}`;
    return this.revenueOf(em, partnerId, first, addMonths(`${first}-01`, 2).slice(0, 7));
  }

  /** Three consecutive months ending with `lastMonth` (e.g. for "three consecutive months" incentive conditions). */
  threeMonthRevenue(em: EntityManager, partnerId: string, lastMonth: string): Promise<RevenueReport> {
    return this.revenueOf(em, partnerId, addMonths(`${lastMonth}-01`, -2).slice(0, 7), lastMonth);
  }

  // ---- helpers ----

  private checkRange(from: string, to: string, groupBy: ExpenditureDimension): DateRange {
    if (!validDate(from)) throw new DomainError(ErrorCode.DATE_RANGE_INVALID, 'The start must be a date YYYY-MM-DD.', 'from');
    if (!validDate(to)) throw new DomainError(ErrorCode.DATE_RANGE_INVALID, 'The end must be a date YYYY-MM-DD.', 'to');
    if (from > to) throw new DomainError(ErrorCode.DATE_RANGE_INVALID, 'The start must not be after the end.', 'from');
    const days = daysBetween(from, to);
    if (days > MAX_RANGE_DAYS) throw new DomainError(ErrorCode.DATE_RANGE_INVALID, 'Choose at most three years.', 'to');
    if (groupBy === ExpenditureDimension.DAY && days > MAX_DAY_GROUPS) {
      throw new DomainError(ErrorCode.DATE_RANGE_INVALID, 'Grouping by day covers at most 366 days; group by month for longer ranges.', 'to');
    }
    return { from, to };
  }

  private async kindTotals(exec: PreparedExecutor, scope: RollupScope, range: DateRange): Promise<KindTotals> {
    const totals = await totalsByKind(exec, scope, range);
    const figures = (row: FigureRow, label: string): ExpenditureFigures => ({ ...row, label });
    return {
      month: range.from.slice(0, 7),
      expenditures: figures(totals.EXPENDITURE, 'Expenditures'),
      refunds: figures(totals.REFUND, 'Refunds'),
      adjustments: figures(totals.ADJUSTMENT, 'Adjustments'),
      net: figures(sumRows([totals.EXPENDITURE, totals.REFUND, totals.ADJUSTMENT]), 'Total'),
    };
  }

  private async dataThrough(em: EntityManager, partnerId: string): Promise<Date | null> {
    const [row] = await preparedExecutorOf(em)(`select last_transacted_at from expenditure_freshness where partner_id = ?::uuid`, [partnerId]);
    return row ? new Date(row.last_transacted_at as string | Date) : null;
  }

  private async customers(em: EntityManager, ids: readonly string[]): Promise<Map<string, { companyName: string; email: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await preparedExecutorOf(em)(
      `select p.id::text as id, p.company_name, a.email from customer_profile p join account a on a.id = p.account_id where p.id = any(?::uuid[])`,
      [`{${ids.join(',')}}`],
    );
    return new Map(rows.map((r) => [String(r.id), { companyName: String(r.company_name), email: String(r.email) }]));
  }

  private async labels(em: EntityManager, groupBy: ExpenditureDimension, rows: readonly FigureRow[]): Promise<Map<string, string>> {
    if (groupBy === ExpenditureDimension.CUSTOMER) {
      const customers = await this.customers(em, rows.map((r) => r.key));
      return new Map([...customers].map(([id, c]) => [id, `${c.companyName} (${c.email})`]));
    }
    if (groupBy === ExpenditureDimension.BILLING_MODE) return new Map(Object.entries(BILLING_MODE_LABELS));
    return new Map();
  }
}

export type RecordFilter = Pick<ExpenditureRecordsArgs, 'billingCycle' | 'customerId' | 'kind' | 'transactionId' | 'resourceId'>;
export type RecordCursor = { at: string; id: string };
export type RecordQuery = { count(): Promise<number>; page(after: RecordCursor | null, limit: number): Promise<ExpenditureRecord[]> };

function toRecord(r: Record<string, unknown>): ExpenditureRecord {
  return {
    id: String(r.id),
    transactionId: String(r.transaction_id),
    kind: r.kind as UsageKind,
    transactedAt: new Date(r.transacted_at as string | Date),
    billingCycle: String(r.billing_cycle),
    customerId: String(r.customer_id),
    customerName: String(r.customer_name),
    product: String(r.product),
    resourceType: String(r.resource_type),
    resourceId: String(r.resource_id),
    specification: String(r.specification),
    region: String(r.region),
    availabilityZone: (r.availability_zone as string | null) ?? null,
    billingMode: r.billing_mode as BillingMode,
    marketplace: Boolean(r.marketplace),
    listPrice: formatMoney(String(r.list_price)),
    discount: formatMoney(String(r.discount)),
    amountDue: formatMoney(String(r.amount_due)),
    cash: formatMoney(String(r.cash)),
    coupon: formatMoney(String(r.coupon)),
    monthlySettlement: formatMoney(String(r.monthly_settlement)),
  };
}

export function recordCursorOf(record: ExpenditureRecord): RecordCursor {
  return { at: record.transactedAt.toISOString(), id: record.id };
}

function encodeRecordCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

function decodeRecordCursor(cursor: string): RecordCursor {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !id || !/^\d+$/.test(id) || Number.isNaN(Date.parse(at))) {
    throw new DomainError(ErrorCode.VALIDATION, 'The cursor is not valid; start from the first page.', 'after');
  }
  return { at, id };
}
