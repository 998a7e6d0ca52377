import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Permission } from '../../common/auth/permission.js';
import { ExpenditureDimension, UsageKind } from './expenditure.enums.js';
import { recordCursorOf, type RecordCursor } from './expenditure-statistics.service.js';
import { createExportWriter, type ExportColumn } from '../../common/export/export-writer.js';
import { exportContext, exportFormatOf, refuseExport, streamExport, type ContextFor } from '../../common/export/export-http.js';

type Query = Record<string, string | undefined>;

const CHUNK = 2000;
const FIGURE_COLUMNS: ExportColumn[] = [
  { header: 'Records' },
  { header: 'List Price (USD)', money: true },
  { header: 'Discount (USD)', money: true },
  { header: 'Amount Due (USD)', money: true },
  { header: 'Cash Payment (USD)', money: true },
  { header: 'Coupons Used (USD)', money: true },
  { header: 'Amount (USD)', money: true },
  { header: 'Revenue (USD)', money: true },
];

/**
 * REST exports (R-EX-1): expenditure records, the Customer Expenditure summary and the Expenditure Distribution, as CSV
 * or XLSX, with the screens' filters and scoping. They stream: records are read in keyset chunks and written as the
 * client takes them. `X-Total-Rows` tells the client how many data rows to expect (for a progress bar).
 */
export async function registerExpenditureExportRoutes(app: FastifyInstance, contextFor: ContextFor): Promise<void> {
  const begin = (request: FastifyRequest, reply: FastifyReply) => exportContext(contextFor, Permission.EXPENDITURE_VIEW, request, reply);

  app.get<{ Params: { format: string }; Querystring: Query }>('/api/exports/expenditure-records.:format', async (request, reply) => {
    const format = exportFormatOf(request.params.format);
    if (!format) return reply.code(404).send({ error: 'Unknown export format; use csv or xlsx.' });
    const ctx = await begin(request, reply);
    if (!ctx) return reply;
    const q = request.query;
    const kind = q.kind && (Object.values(UsageKind) as string[]).includes(q.kind) ? (q.kind as UsageKind) : undefined;
    let query;
    try {
      query = await ctx.services.expenditureStatistics.recordQuery(ctx, {
        billingCycle: q.billingCycle ?? '',
        customerId: q.customerId || undefined,
        kind,
        transactionId: q.transactionId || undefined,
        resourceId: q.resourceId || undefined,
      });
    } catch (error) {
      return refuseExport(reply, error);
    }
    const columns: ExportColumn[] = [
      { header: 'Transaction ID' }, { header: 'Type' }, { header: 'Transaction Time (UTC)' }, { header: 'Billing Cycle' }, { header: 'Customer ID' },
      { header: 'Customer' }, { header: 'Product' }, { header: 'Resource Type' }, { header: 'Resource ID' }, { header: 'Specifications' },
      { header: 'Region' }, { header: 'AZ' }, { header: 'Billing Mode' }, { header: 'KooGallery' },
      { header: 'List Price (USD)', money: true }, { header: 'Discount Amount (USD)', money: true }, { header: 'Amount Due (USD)', money: true },
      { header: 'Cash Payment (USD)', money: true }, { header: 'Cash Coupons Used (USD)', money: true }, { header: 'Monthly Settlement (USD)', money: true },
    ];
    const writer = createExportWriter(format, `Records ${q.billingCycle}`, columns);
    return streamExport(reply, ctx, writer, `expenditure-records-${q.billingCycle}.${format}`, await query.count(), async () => {
      let after: RecordCursor | null = null;
      for (;;) {
        const page = await query.page(after, CHUNK);
        for (const r of page) {
          await writer.write([
            r.transactionId, r.kind, r.transactedAt, r.billingCycle, r.customerId, r.customerName, r.product, r.resourceType, r.resourceId,
            r.specification, r.region, r.availabilityZone, r.billingMode, r.marketplace, r.listPrice, r.discount, r.amountDue, r.cash, r.coupon,
            r.monthlySettlement,
          ]);
        }
        if (page.length < CHUNK) return;
        after = recordCursorOf(page.at(-1)!);
      }
    });
  });

  app.get<{ Params: { format: string }; Querystring: Query }>('/api/exports/customer-expenditure.:format', async (request, reply) => {
    const format = exportFormatOf(request.params.format);
    if (!format) return reply.code(404).send({ error: 'Unknown export format; use csv or xlsx.' });
    const ctx = await begin(request, reply);
    if (!ctx) return reply;
    let summary;
    try {
      summary = await ctx.services.expenditureStatistics.customerSummary(ctx, request.query.billingCycle ?? '');
    } catch (error) {
      return refuseExport(reply, error);
    }
    const sections = [summary.expenditures, summary.refunds, summary.adjustments];
    const columns: ExportColumn[] = [
      { header: 'Billing Cycle' }, { header: 'Type' }, { header: 'Customer ID' }, { header: 'Customer' }, { header: 'Account Name' }, { header: 'Records' },
      { header: 'Amount (USD)', money: true }, { header: 'Cash (USD)', money: true }, { header: 'Coupons (USD)', money: true }, { header: 'Discount (USD)', money: true },
    ];
    const writer = createExportWriter(format, `Customer expenditure ${summary.billingCycle}`, columns);
    const rows = sections.reduce((n, s) => n + s.rows.length + 1, 0);
    return streamExport(reply, ctx, writer, `customer-expenditure-${summary.billingCycle}.${format}`, rows, async () => {
      for (const section of sections) {
        for (const r of section.rows) {
          await writer.write([summary.billingCycle, section.kind, r.customerId, r.companyName, r.accountName, r.records, String(r.amount), String(r.cash), String(r.coupon), String(r.discount)]);
        }
        await writer.write([summary.billingCycle, `${section.kind} TOTAL`, null, null, null, section.rows.reduce((n, r) => n + r.records, 0), String(section.amount), String(section.cash), String(section.coupon), String(section.discount)]);
      }
    });
  });

  app.get<{ Params: { format: string }; Querystring: Query }>('/api/exports/expenditure-distribution.:format', async (request, reply) => {
    const format = exportFormatOf(request.params.format);
    if (!format) return reply.code(404).send({ error: 'Unknown export format; use csv or xlsx.' });
    const ctx = await begin(request, reply);
    if (!ctx) return reply;
    const q = request.query;
    const groupBy = (Object.values(ExpenditureDimension) as string[]).includes(q.groupBy ?? '') ? (q.groupBy as ExpenditureDimension) : null;
    if (!groupBy) return reply.code(400).send({ error: `groupBy must be one of ${Object.values(ExpenditureDimension).join(', ')}.`, field: 'groupBy' });
    let result;
    try {
      result = await ctx.services.expenditureStatistics.distribution(ctx, { from: q.from ?? '', to: q.to ?? '', groupBy });
    } catch (error) {
      return refuseExport(reply, error);
    }
    const writer = createExportWriter(format, `By ${groupBy.toLowerCase()}`, [{ header: 'Key' }, { header: 'Group' }, ...FIGURE_COLUMNS]);
    const figures = (r: (typeof result.rows)[number]) => [r.records, r.listPrice, r.discount, r.amountDue, r.cash, r.coupon, r.amount, r.revenue].map((v) => (typeof v === 'number' ? v : String(v)));
    return streamExport(reply, ctx, writer, `expenditure-by-${groupBy.toLowerCase()}-${result.from}-${result.to}.${format}`, result.rows.length + 1, async () => {
      for (const row of result.rows) await writer.write([row.key, row.label, ...figures(row)]);
      await writer.write(['', `Total (as of ${result.asOf.toISOString()})`, ...figures(result.totals)]);
    });
  });
}
