import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Decimal } from 'decimal.js';
import type { Ctx } from '../../app/context.js';
import { requireAccount, requirePartnerId } from '../../app/context.js';
import { runAsSystem } from '../../common/audit/audit-scope.js';
import { beijingDate, beijingDayStart } from '../../common/beijing-time.js';
import type { Clock } from '../../common/clock.js';
import { crossTenantEm } from '../../common/db/tenant.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { BillErrorCode, ErrorCode } from '../../common/errors/error-codes.js';
import { isUuid } from '../../common/ids.js';
import { paginate, type Connection, type ConnectionArgs } from '../../common/pagination/connection.js';
import { formatMoney, Money } from '../../common/scalars/decimal.js';
import type { Account } from '../account/account.entity.js';
import { administratorsOf } from '../customer/customer.queries.js';
import { fromUnits } from '../expenditure/rollups.js';
import { INGESTION_LOCK } from '../expenditure/usage-ingestion.js';
import { NotificationCategory } from '../notification/notification.entity.js';
import type { NotificationService } from '../notification/notification.service.js';
import { BillBreakdown, BillPayment, PartnerBill } from './bill.entity.js';
import type { BillBreakdownLine, BillEstimate, BillingOverview, OperatorPartnerBillsArgs, RecordBillPaymentInput } from './bill.types.js';

/** The bill of month M is issued once this day of month M+1 has begun in Beijing time (before 00:00 on the 5th). */
export const BILL_ISSUE_DAY = 4;
const BILLS_PATH = '/partner/finance/bills';

/** 'YYYY-MM-01' plus n months. */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The latest Beijing month whose bill is due at `now`: last month from the 4th on, the month before until then. */
export function latestIssuableMonth(now: Date): string {
  const today = beijingDate(now);
  const current = `${today.slice(0, 7)}-01`;
  return addMonths(current, Number(today.slice(8, 10)) >= BILL_ISSUE_DAY ? -1 : -2);
}

export function billIssueDate(month: string): string {
  return `${addMonths(month, 1).slice(0, 8)}${String(BILL_ISSUE_DAY).padStart(2, '0')}`;
}

type Sums = { expenditures: Decimal; refunds: Decimal; adjustments: Decimal; coupons: Decimal; total: Decimal; amountDue: Decimal };
/** A bill to issue: the month's sums plus the late usage it carries (coupons, total and amount due include it). */
type UnbilledMonth = Sums & { month: string; lateUsage: Decimal; lateCoupons: Decimal };

/** The billed sums per kind (R-EX-6: reseller customers' consumption) over rollup rows (units), as exact money. */
const billedOfKind = (kind: string) => fromUnits(`sum(case when kind = '${kind}' then billed_cash else 0 end) + sum(case when kind = '${kind}' then billed_coupon else 0 end)`);
const BILLED_COLUMNS = {
  expenditures: billedOfKind('EXPENDITURE'),
  refunds: billedOfKind('REFUND'),
  adjustments: billedOfKind('ADJUSTMENT'),
  coupons: fromUnits('sum(billed_coupon)'),
};
/** The same as text select columns. */
const BILLED_SUMS = Object.entries(BILLED_COLUMNS).map(([name, sql]) => `${sql}::text as ${name}`).join(', ');
const HAS_BILLED = `bool_or(billed_cash <> 0 or billed_coupon <> 0)`;

/**
 * The breakdown lines of some just-issued bills, from the rollups of their months (see `PartnerBillLine`): per product,
 * and per customer with its company name.
 */
const ROLLUP_OF_BILL = 'r.partner_id = b.partner_id and r.month = b.month';
const LINE_SOURCES: Record<BillBreakdown, { joins: string; group: string; key: string; name: string }> = {
  [BillBreakdown.PRODUCT]: { joins: `join expenditure_rollup_partner_month_product r on ${ROLLUP_OF_BILL}`, group: 'r.product', key: 'r.product', name: 'r.product' },
  [BillBreakdown.CUSTOMER]: {
    joins: `join expenditure_rollup_customer_month r on ${ROLLUP_OF_BILL} left join customer_profile p on p.id = r.customer_id`,
    group: 'r.customer_id',
    key: 'r.customer_id::text',
    name: 'coalesce(min(p.company_name), r.customer_id::text)',
  },
};
function insertBillLinesSql(breakdown: BillBreakdown): string {
  const { joins, group, key, name } = LINE_SOURCES[breakdown];
  return (
    `insert into partner_bill_line (id, created_at, updated_at, partner_id, bill_id, breakdown, key, name, ${Object.keys(BILLED_COLUMNS).join(', ')}) ` +
    `select gen_random_uuid(), b.created_at, b.created_at, b.partner_id, b.id, '${breakdown}', ${key}, ${name}, ${Object.values(BILLED_COLUMNS).join(', ')} ` +
    `from partner_bill b ${joins} where b.id in (select value::uuid from jsonb_array_elements_text(?::jsonb)) group by b.id, ${group} having ${HAS_BILLED}`
  );
}

/** A month not billed yet as the bill run would issue it now (nothing billed yet: zeros). */
function estimateOf(month: string, unbilled: UnbilledMonth | undefined): BillEstimate {
  const zero = new Money(0);
  const sums = unbilled ?? { ...sumsOf(undefined), lateUsage: zero, lateCoupons: zero };
  return { ...sums, month, billIssueDate: billIssueDate(month) };
}

function sumsOf(row: Record<string, unknown> | undefined): Sums {
  const m = (key: string) => new Money(String(row?.[key] ?? '0'));
  const expenditures = m('expenditures');
  const refunds = m('refunds');
  const adjustments = m('adjustments');
  const coupons = m('coupons');
  const total = expenditures.plus(refunds).plus(adjustments);
  return { expenditures, refunds, adjustments, coupons, total, amountDue: total.minus(coupons) };
}

/**
 * Partner bills (R-EX-6): the monthly bill run (Beijing months), the Bills page (amount due, unpaid of the latest and
 * previous months, the estimate of months not billed yet), the bills with their breakdowns, and payments.
 */
export class BillService {
  constructor(
    private readonly clock: Clock,
    private readonly notifications: NotificationService,
  ) {}

  // ---- The bill run ----

  /**
   * Issues every due bill not issued yet (catching up missed months), per partner in month order after its latest bill:
   * a month's bill holds its billed usage plus the usage of earlier months that arrived after their bills were issued
   * (late usage), so each billed record is billed once. A month gets a bill when it has billed usage or late usage is
   * waiting. Idempotent (an advisory lock serialises runs of several instances; (partner, month) is unique).
   */
  async issueDueBills(em: EntityManager): Promise<number> {
    const now = this.clock.now();
    const last = latestIssuableMonth(now);
    return runAsSystem('system:issuePartnerBills', this.clock, () =>
      crossTenantEm(em).transactional(async (tx) => {
        await tx.execute(`select pg_advisory_xact_lock(hashtext('partner_bill_run'))`);
        // Most hourly runs find nothing due: those do not hold up ingestion.
        if (!(await this.unbilledUsage(tx, last, null)).some((partner) => partner.bills.length > 0)) return 0;
        // Ingestion waits for the run (a moment): the bills' sums and their breakdown lines, read by several statements,
        // must see the same usage. Read again under the lock: usage may have arrived since.
        await tx.execute(`select pg_advisory_xact_lock(${INGESTION_LOCK})`);
        const partners = await this.unbilledUsage(tx, last, null);
        const issuedIds: string[] = [];
        for (const partner of partners) {
          const administrators = partner.bills.length > 0 ? await administratorsOf(tx, partner.partnerId) : [];
          for (const bill of partner.bills) {
            const created = tx.create(PartnerBill, {
              partner: partner.partnerId,
              month: bill.month,
              issuedAt: now,
              expenditures: bill.expenditures,
              refunds: bill.refunds,
              adjustments: bill.adjustments,
              lateUsage: bill.lateUsage,
              lateCoupons: bill.lateCoupons,
              couponsDeducted: bill.coupons,
              total: bill.total,
              amountDue: bill.amountDue,
              createdAt: now,
              updatedAt: now,
            });
            this.notifyIssued(tx, administrators, created, partner.partnerId);
            issuedIds.push(created.id);
          }
        }
        await tx.flush();
        for (const breakdown of Object.values(BillBreakdown)) await tx.execute(insertBillLinesSql(breakdown), [JSON.stringify(issuedIds)] as never[]);
        return issuedIds.length;
      }),
    );
  }

  /** Tells the partner's administrators that a bill was issued (in-app and by mail): what is due and where to see it. */
  private notifyIssued(em: EntityManager, administrators: readonly Account[], bill: PartnerBill, partnerId: string): void {
    const month = bill.month.slice(0, 7);
    const title = `Your ${month} bill was issued: ${formatMoney(bill.amountDue)} USD due`;
    const late = bill.lateUsage.isZero() ? '' : ` It includes ${formatMoney(bill.lateUsage)} USD of usage of earlier months that arrived after their bills.`;
    const body = `The partner bill of ${month} (Beijing time) was issued: total ${formatMoney(bill.total)} USD, coupons deducted ${formatMoney(bill.couponsDeducted)} USD, amount due ${formatMoney(bill.amountDue)} USD.${late}`;
    this.notifications.notify(em, administrators, { category: NotificationCategory.BILL, title, body, link: `${BILLS_PATH}/${bill.id}` });
    for (const admin of administrators) this.notifications.queueMail(em, { to: admin.email, subject: title, text: body, partnerId });
  }

  /**
   * The bills each partner (or one) would get for the months after its latest bill up to `last`, in month order: the
   * month's billed sums, plus, in the first of them, what the rollups hold beyond what the issued bills hold (usage that
   * arrived after its month was billed). Months with neither get no bill.
   */
  private async unbilledUsage(em: EntityManager, last: string, partnerId: string | null): Promise<{ partnerId: string; bills: UnbilledMonth[] }[]> {
    const rows = (await em.execute(
      `with billed as (select partner_id, max(month) as latest, sum(total) as total, sum(coupons_deducted) as coupons from partner_bill ` +
        `${partnerId ? 'where partner_id = ? ' : ''}group by partner_id) ` +
        // Months up to the latest bill fold into one row (month null): the usage the issued bills should hold by now.
        `select r.partner_id, case when r.month <= b.latest then null else to_char(r.month, 'YYYY-MM-DD') end as month, ` +
        `${BILLED_SUMS}, ${HAS_BILLED} as has_billed, min(b.latest)::text as latest, min(b.total)::text as billed_total, min(b.coupons)::text as billed_coupons ` +
        `from expenditure_rollup_partner_month_total r left join billed b on b.partner_id = r.partner_id ` +
        `where r.month <= ?${partnerId ? ' and r.partner_id = ?' : ''} group by 1, 2 order by 1, 2 nulls first`,
      (partnerId ? [partnerId, last, partnerId] : [last]) as never[],
    )) as Record<string, unknown>[];
    const byPartner = new Map<string, Record<string, unknown>[]>();
    for (const row of rows) {
      const partnerRows = byPartner.get(String(row.partner_id));
      if (partnerRows) partnerRows.push(row);
      else byPartner.set(String(row.partner_id), [row]);
    }
    return [...byPartner].map(([id, partnerRows]) => {
      const latest = partnerRows[0]!.latest ? String(partnerRows[0]!.latest) : null;
      const billedTotal = new Money(String(partnerRows[0]!.billed_total ?? '0'));
      const billedCoupons = new Money(String(partnerRows[0]!.billed_coupons ?? '0'));
      const folded = partnerRows[0]!.month === null ? sumsOf(partnerRows[0]) : null;
      // Late usage: what the months up to the latest bill hold now beyond what their bills held.
      let lateUsage = folded ? folded.total.minus(billedTotal) : new Money(0);
      let lateCoupons = folded ? folded.coupons.minus(billedCoupons) : new Money(0);
      const monthly = new Map(partnerRows.filter((r) => r.month !== null).map((r) => [String(r.month), r]));
      const first = latest ? addMonths(latest, 1) : [...monthly.keys()][0];
      const bills: UnbilledMonth[] = [];
      for (let month = first; month && month <= last; month = addMonths(month, 1)) {
        const row = monthly.get(month);
        const hasLate = !lateUsage.isZero() || !lateCoupons.isZero();
        if (!(row && row.has_billed) && !hasLate) continue;
        const own = sumsOf(row);
        const total = own.total.plus(lateUsage);
        const coupons = own.coupons.plus(lateCoupons);
        bills.push({ month, ...own, lateUsage, lateCoupons, coupons, total, amountDue: total.minus(coupons) });
        lateUsage = new Money(0);
        lateCoupons = new Money(0);
      }
      return { partnerId: id, bills };
    });
  }

  // ---- Partner side ----

  async overview(ctx: Ctx): Promise<BillingOverview> {
    const partnerId = requirePartnerId(ctx);
    const now = this.clock.now();
    const today = beijingDate(now);
    const current = `${today.slice(0, 7)}-01`;
    const previous = addMonths(current, -1);
    const bills = await ctx.em.find(PartnerBill, {}, { orderBy: { month: 'DESC', id: 'DESC' } });
    const latest = bills[0] ?? null;
    const unpaidLatestMonth = latest ? latest.unpaid : new Money(0);
    const unpaidPreviousMonths = bills.slice(1).reduce((sum, bill) => sum.plus(bill.unpaid), new Money(0));
    // What the bill run would issue up to this month: each month's billed sums, the late usage in the first of them.
    const unbilled = (await this.unbilledUsage(ctx.em, current, partnerId))[0]?.bills ?? [];
    // The previous month shows as an estimate until its bill exists (issued from the 4th, before 00:00 on the 5th), and
    // so does any month whose bill is due but was not issued yet (a missed bill run).
    const last = latestIssuableMonth(now);
    const overdue = unbilled.filter((b) => b.month <= last).map((b) => b.month);
    const pending = Number(today.slice(8, 10)) <= BILL_ISSUE_DAY && !bills.some((b) => b.month === previous) ? [previous] : [];
    const months = [...new Set([current, ...pending, ...overdue])].sort().reverse();
    // The late usage's month is always among them: the month after the latest bill is overdue, the previous or this one.
    const estimates = months.map((month) => estimateOf(month, unbilled.find((b) => b.month === month)));
    return {
      amountDue: unpaidLatestMonth.plus(unpaidPreviousMonths),
      unpaidLatestMonth,
      unpaidPreviousMonths,
      latestBilledMonth: latest?.month ?? null,
      estimate: estimates[0]!,
      estimates,
    };
  }

  list(ctx: Ctx, args: ConnectionArgs): Promise<Connection<PartnerBill>> {
    return paginate(ctx.em, PartnerBill, {}, args, { sortBy: 'month', direction: 'DESC' });
  }

  /** One bill of the partner; another partner's answers NOT_FOUND. */
  async get(ctx: Ctx, id: string): Promise<PartnerBill> {
    const bill = isUuid(id) ? await ctx.em.findOne(PartnerBill, { id }) : null;
    if (!bill) throw new NotFoundError('Bill');
    return bill;
  }

  /** The partner's bill of a Beijing month (YYYY-MM-01); NOT_FOUND when none was issued. */
  async getByMonth(ctx: Ctx, month: string): Promise<PartnerBill> {
    const bill = await ctx.em.findOne(PartnerBill, { month });
    if (!bill) throw new DomainError(ErrorCode.NOT_FOUND, `No bill was issued for ${month.slice(0, 7)}.`, 'month');
    return bill;
  }

  /** Read by the bill the caller already saw (a partner its own, an operator any): no tenant filter needed. */
  payments(ctx: Ctx, bill: PartnerBill): Promise<BillPayment[]> {
    return crossTenantEm(ctx.em).find(BillPayment, { bill: bill.id, partner: bill.partner.id }, { orderBy: { paidAt: 'DESC', id: 'DESC' } });
  }

  byProduct(ctx: Ctx, bill: PartnerBill): Promise<BillBreakdownLine[]> {
    return this.lines(ctx, bill, BillBreakdown.PRODUCT);
  }

  byCustomer(ctx: Ctx, bill: PartnerBill): Promise<BillBreakdownLine[]> {
    return this.lines(ctx, bill, BillBreakdown.CUSTOMER);
  }

  /** The bill's breakdown as issued: its lines add up to its own sums (late usage aside). */
  private async lines(ctx: Ctx, bill: PartnerBill, breakdown: BillBreakdown): Promise<BillBreakdownLine[]> {
    const rows = await ctx.em.execute(
      `select key, name, ${Object.keys(BILLED_COLUMNS).map((c) => `${c}::text`).join(', ')} from partner_bill_line where bill_id = ? and partner_id = ? and breakdown = ? order by name, key`,
      [bill.id, bill.partner.id, breakdown] as never[],
    );
    return (rows as Record<string, unknown>[]).map((row) => ({ key: String(row.key), name: String(row.name), ...sumsOf(row) }));
  }

  // ---- Operators ----

  operatorList(ctx: Ctx, args: OperatorPartnerBillsArgs): Promise<Connection<PartnerBill>> {
    return paginate(crossTenantEm(ctx.em), PartnerBill, { partner: args.partnerId }, args, { sortBy: 'month', direction: 'DESC' });
  }

  /**
   * A payment of a bill: more than 0 and at most its unpaid amount, paid no later than now and not before the bill's
   * month began (00:00 on its first day, Beijing time); the partner's administrators are told.
   */
  async recordPayment(ctx: Ctx, input: RecordBillPaymentInput): Promise<PartnerBill> {
    if (!input.amount.isPositive() || input.amount.isZero()) {
      throw new DomainError(BillErrorCode.BILL_PAYMENT_INVALID, 'A payment is more than 0 USD.', 'amount');
    }
    const reference = input.reference.trim();
    if (!reference) throw new DomainError(ErrorCode.VALIDATION, 'Give the payment reference.', 'reference');
    const paidAt = input.paidAt ?? null;
    if (paidAt && Number.isNaN(paidAt.getTime())) throw new DomainError(BillErrorCode.BILL_PAYMENT_INVALID, 'Give a valid payment date.', 'paidAt');
    if (paidAt && paidAt.getTime() > this.clock.now().getTime()) {
      throw new DomainError(BillErrorCode.BILL_PAYMENT_INVALID, 'The payment date cannot be in the future.', 'paidAt');
    }
    return crossTenantEm(ctx.em).transactional(async (em) => {
      const bill = isUuid(input.billId) ? await em.findOne(PartnerBill, { id: input.billId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!bill) throw new NotFoundError('Bill', 'billId');
      if (paidAt && paidAt.getTime() < beijingDayStart(bill.month).getTime()) {
        throw new DomainError(
          BillErrorCode.BILL_PAYMENT_INVALID,
          `The payment date cannot be before the bill's month (${bill.month.slice(0, 7)}, from ${bill.month} 00:00 Beijing time, GMT+8).`,
          'paidAt',
        );
      }
      if (input.amount.gt(bill.unpaid)) {
        throw new DomainError(BillErrorCode.BILL_OVERPAYMENT, `The payment is more than the unpaid amount of the bill (${formatMoney(bill.unpaid)} USD).`, 'amount');
      }
      const now = this.clock.now();
      em.create(BillPayment, {
        partner: bill.partner,
        bill,
        amount: input.amount,
        paidAt: paidAt ?? now,
        reference,
        recordedBy: requireAccount(ctx).email,
        createdAt: now,
        updatedAt: now,
      });
      bill.paid = new Money(bill.paid).plus(input.amount);
      bill.updatedAt = now;
      const month = bill.month.slice(0, 7);
      this.notifications.notify(em, await administratorsOf(em, bill.partner.id), {
        category: NotificationCategory.BILL,
        title: `Payment of ${formatMoney(input.amount)} USD received for the ${month} bill`,
        body: `A payment of ${formatMoney(input.amount)} USD (reference ${reference}) was recorded for your ${month} bill. Unpaid: ${formatMoney(bill.unpaid)} USD.`,
        link: `${BILLS_PATH}/${bill.id}`,
      });
      await em.flush();
      return bill;
    });
  }

  // ---- Helpers ----

  /**
   * This month's billed usage that arrived after the bill was issued (cash + coupons): what the rollups hold now beyond
   * the bill's own sums. It is carried into the next bill issued.
   */
  async usageReceivedAfterIssue(ctx: Ctx, bill: PartnerBill): Promise<{ total: Decimal; coupons: Decimal; amountDue: Decimal }> {
    const [row] = (await ctx.em.execute(
      `select ${BILLED_SUMS} from expenditure_rollup_partner_month_total where partner_id = ? and month = ?`,
      [bill.partner.id, bill.month] as never[],
    )) as Record<string, unknown>[];
    const now = sumsOf(row);
    const total = now.total.minus(new Money(bill.expenditures).plus(bill.refunds).plus(bill.adjustments));
    const coupons = now.coupons.minus(new Money(bill.couponsDeducted).minus(bill.lateCoupons));
    return { total, coupons, amountDue: total.minus(coupons) };
  }
}
