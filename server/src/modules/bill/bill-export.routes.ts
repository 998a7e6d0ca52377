import type { Decimal } from 'decimal.js';
import type { FastifyInstance } from 'fastify';
import type { Ctx } from '../../app/context.js';
import { Permission } from '../../common/auth/permission.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { MAX_PAGE_SIZE } from '../../common/pagination/connection.js';
import { formatMoney, Money } from '../../common/scalars/decimal.js';
import { registerExport, type ContextFor, type ExportQuery } from '../../common/export/export-http.js';
import type { PartnerBill } from './bill.entity.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The status the console shows for a bill (the API has no status field): from what is due, paid and unpaid. */
export function billStatus(bill: PartnerBill): 'NOTHING_DUE' | 'PAID' | 'PARTIALLY_PAID' | 'UNPAID' {
  const paid = new Money(bill.paid);
  if (new Money(bill.amountDue).lte(0) && paid.isZero()) return 'NOTHING_DUE';
  if (bill.unpaid.lte(0)) return 'PAID';
  return paid.gt(0) ? 'PARTIALLY_PAID' : 'UNPAID';
}

const money = (value: Decimal): string => formatMoney(value);

/**
 * REST exports of Financial Information › Partner Bills (R-EX-6), as CSV or XLSX with all 8 decimals (R-EX-1): every
 * issued bill of the signed-in partner, and one bill's breakdown by product and by customer. They read through
 * BillService with the caller's context, so the tenant filter applies: another partner's bill answers 404.
 */
export async function registerBillExportRoutes(app: FastifyInstance, contextFor: ContextFor): Promise<void> {
  registerExport(app, contextFor, Permission.BILLS_VIEW, '/api/exports/partner-bills', async (ctx) => {
    const bills = await allBills(ctx);
    return {
      fileName: 'partner-bills',
      sheetName: 'Partner bills',
      columns: [
        { header: 'Billing Month' }, { header: 'Status' },
        { header: 'Expenditures (USD)', money: true }, { header: 'Refunds (USD)', money: true }, { header: 'Adjustments (USD)', money: true },
        { header: 'Late Usage (USD)', money: true }, { header: 'Total (USD)', money: true }, { header: 'Coupons Deducted (USD)', money: true },
        { header: 'Amount Due (USD)', money: true }, { header: 'Paid (USD)', money: true }, { header: 'Unpaid (USD)', money: true }, { header: 'Issued At (UTC)' }, { header: 'Bill ID' },
      ],
      totalRows: bills.length,
      writeRows: async (write) => {
        for (const b of bills) {
          await write([
            b.month.slice(0, 7), billStatus(b), money(b.expenditures), money(b.refunds), money(b.adjustments), money(b.lateUsage), money(b.total),
            money(b.couponsDeducted), money(b.amountDue), money(b.paid), money(b.unpaid), b.issuedAt, b.id,
          ]);
        }
      },
    };
  });

  registerExport(app, contextFor, Permission.BILLS_VIEW, '/api/exports/partner-bill', async (ctx, q) => {
    const bill = await billOf(ctx, q);
    const sections = [
      { breakdown: 'PRODUCT', lines: await ctx.services.bills.byProduct(ctx, bill) },
      { breakdown: 'CUSTOMER', lines: await ctx.services.bills.byCustomer(ctx, bill) },
    ];
    const month = bill.month.slice(0, 7);
    // The breakdowns are the bill as issued; what arrived after it has a row of its own (billed in a later bill).
    const late = await ctx.services.bills.usageReceivedAfterIssue(ctx, bill);
    return {
      fileName: `partner-bill-${month}`,
      sheetName: `Bill ${month}`,
      columns: [
        { header: 'Billing Month' }, { header: 'Breakdown' }, { header: 'Key' }, { header: 'Name' },
        { header: 'Expenditures (USD)', money: true }, { header: 'Refunds (USD)', money: true }, { header: 'Adjustments (USD)', money: true },
        { header: 'Total (USD)', money: true }, { header: 'Coupons (USD)', money: true }, { header: 'Amount Due (USD)', money: true },
      ],
      totalRows: sections.reduce((n, s) => n + s.lines.length, 0) + 1 + (bill.lateUsage.isZero() && bill.lateCoupons.isZero() ? 0 : 1) + (late.total.isZero() && late.coupons.isZero() ? 0 : 1),
      writeRows: async (write) => {
        for (const section of sections) {
          for (const l of section.lines) {
            await write([
              month, section.breakdown, l.key, l.name, money(l.expenditures), money(l.refunds), money(l.adjustments), money(l.total), money(l.coupons), money(l.amountDue),
            ]);
          }
        }
        const none = money(new Money(0));
        if (!late.total.isZero() || !late.coupons.isZero()) {
          const name = 'Usage of this month received after the bill was issued (billed in a later bill)';
          await write([month, 'RECEIVED AFTER ISSUE', '', name, none, none, none, money(late.total), money(late.coupons), money(late.amountDue)]);
        }
        if (!bill.lateUsage.isZero() || !bill.lateCoupons.isZero()) {
          const due = money(new Money(bill.lateUsage).minus(bill.lateCoupons));
          await write([month, 'LATE USAGE', '', 'Usage of earlier months received after their bills were issued', none, none, none, money(bill.lateUsage), money(bill.lateCoupons), due]);
        }
        // The bill's own figures, which the rounded summaries on screen may not add up to.
        await write([
          month, 'BILL TOTAL', bill.id, `Bill ${month}`, money(bill.expenditures), money(bill.refunds), money(bill.adjustments), money(bill.total),
          money(bill.couponsDeducted), money(bill.amountDue),
        ]);
      },
    };
  });
}

/** Every issued bill of the caller's partner, newest month first, through the service behind `partnerBills`. */
async function allBills(ctx: Ctx): Promise<PartnerBill[]> {
  const bills: PartnerBill[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await ctx.services.bills.list(ctx, { first: MAX_PAGE_SIZE, after });
    bills.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.edges.length) return bills;
    after = page.edges.at(-1)!.cursor;
  }
}

/** The bill of `?id=` (as the detail page links it) or `?month=YYYY-MM`; NOT_FOUND when it is not the caller's. */
function billOf(ctx: Ctx, q: ExportQuery): Promise<PartnerBill> {
  if (q.id) return ctx.services.bills.get(ctx, q.id);
  const month = q.month ?? '';
  if (!MONTH.test(month)) throw new DomainError(ErrorCode.VALIDATION, 'Give the bill as id=<bill id> or month=YYYY-MM.', 'month');
  return ctx.services.bills.getByMonth(ctx, `${month}-01`);
}
