import type { Decimal } from 'decimal.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../app/context.js';
import { Permission } from '../../common/auth/permission.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { MAX_PAGE_SIZE } from '../../common/pagination/connection.js';
import { formatMoney, Money } from '../../common/scalars/decimal.js';
import { createExportWriter, type ExportColumn } from '../../common/export/export-writer.js';
import { exportContext, exportFormatOf, refuseExport, streamExport, type ContextFor } from '../../common/export/export-http.js';
import type { PartnerBill } from './bill.entity.js';
import type { BillBreakdownLine } from './bill.types.js';

type Query = Record<string, string | undefined>;

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
  const begin = (request: FastifyRequest, reply: FastifyReply) => exportContext(contextFor, Permission.BILLS_VIEW, request, reply);

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
  async function billOf(ctx: Ctx, q: Query): Promise<PartnerBill> {
    if (q.id) return ctx.services.bills.get(ctx, q.id);
    const month = q.month ?? '';
    if (!MONTH.test(month)) throw new DomainError(ErrorCode.VALIDATION, 'Give the bill as id=<bill id> or month=YYYY-MM.', 'month');
    const bill = (await allBills(ctx)).find((b) => b.month.slice(0, 7) === month);
    if (!bill) throw new DomainError(ErrorCode.NOT_FOUND, `No bill was issued for ${month}.`, 'month');
    return bill;
  }

  app.get<{ Params: { format: string }; Querystring: Query }>('/api/exports/partner-bills.:format', async (request, reply) => {
    const format = exportFormatOf(request.params.format);
    if (!format) return reply.code(404).send({ error: 'Unknown export format; use csv or xlsx.' });
    const ctx = await begin(request, reply);
    if (!ctx) return reply;
    let bills;
    try {
      bills = await allBills(ctx);
    } catch (error) {
      return refuseExport(reply, error);
    }
    const columns: ExportColumn[] = [
      { header: 'Billing Month' }, { header: 'Status' },
      { header: 'Expenditures (USD)', money: true }, { header: 'Refunds (USD)', money: true }, { header: 'Adjustments (USD)', money: true },
      { header: 'Total (USD)', money: true }, { header: 'Coupons Deducted (USD)', money: true }, { header: 'Amount Due (USD)', money: true },
      { header: 'Paid (USD)', money: true }, { header: 'Unpaid (USD)', money: true }, { header: 'Issued At (UTC)' }, { header: 'Bill ID' },
    ];
    const writer = createExportWriter(format, 'Partner bills', columns);
    return streamExport(reply, ctx, writer, `partner-bills.${format}`, bills.length, async () => {
      for (const b of bills) {
        await writer.write([
          b.month.slice(0, 7), billStatus(b), money(b.expenditures), money(b.refunds), money(b.adjustments), money(b.total), money(b.couponsDeducted),
          money(b.amountDue), money(b.paid), money(b.unpaid), b.issuedAt, b.id,
        ]);
      }
    });
  });

  app.get<{ Params: { format: string }; Querystring: Query }>('/api/exports/partner-bill.:format', async (request, reply) => {
    const format = exportFormatOf(request.params.format);
    if (!format) return reply.code(404).send({ error: 'Unknown export format; use csv or xlsx.' });
    const ctx = await begin(request, reply);
    if (!ctx) return reply;
    let bill: PartnerBill;
    let sections: { breakdown: string; lines: BillBreakdownLine[] }[];
    try {
      bill = await billOf(ctx, request.query);
      const [byProduct, byCustomer] = await Promise.all([ctx.services.bills.byProduct(ctx, bill), ctx.services.bills.byCustomer(ctx, bill)]);
      sections = [
        { breakdown: 'PRODUCT', lines: byProduct },
        { breakdown: 'CUSTOMER', lines: byCustomer },
      ];
    } catch (error) {
      return refuseExport(reply, error);
    }
    const month = bill.month.slice(0, 7);
    const columns: ExportColumn[] = [
      { header: 'Billing Month' }, { header: 'Breakdown' }, { header: 'Key' }, { header: 'Name' },
      { header: 'Expenditures (USD)', money: true }, { header: 'Refunds (USD)', money: true }, { header: 'Adjustments (USD)', money: true },
      { header: 'Total (USD)', money: true }, { header: 'Coupons (USD)', money: true }, { header: 'Amount Due (USD)', money: true },
    ];
    const writer = createExportWriter(format, `Bill ${month}`, columns);
    const rows = sections.reduce((n, s) => n + s.lines.length, 0) + 1;
    return streamExport(reply, ctx, writer, `partner-bill-${month}.${format}`, rows, async () => {
      for (const section of sections) {
        for (const l of section.lines) {
          await writer.write([
            month, section.breakdown, l.key, l.name, money(l.expenditures), money(l.refunds), money(l.adjustments), money(l.total), money(l.coupons), money(l.amountDue),
          ]);
        }
      }
      // The bill's own figures, which the rounded summaries on screen may not add up to.
      await writer.write([
        month, 'BILL TOTAL', bill.id, `Bill ${month}`, money(bill.expenditures), money(bill.refunds), money(bill.adjustments), money(bill.total),
        money(bill.couponsDeducted), money(bill.amountDue),
      ]);
    });
  });
}
