import type { FastifyInstance } from 'fastify';
import { Permission } from '../../common/auth/permission.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import type { ExportColumn } from '../../common/export/export-writer.js';
import { registerExport, type ContextFor } from '../../common/export/export-http.js';
import { ExpenditureDimension, UsageKind } from './expenditure.enums.js';
import { recordCursorOf, type RecordCursor } from './expenditure-statistics.service.js';

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
  registerExport(app, contextFor, Permission.EXPENDITURE_VIEW, '/api/exports/expenditure-records', async (ctx, q) => {
    const kind = q.kind && (Object.values(UsageKind) as string[]).includes(q.kind) ? (q.kind as UsageKind) : undefined;
    const query = await ctx.services.expenditureStatistics.recordQuery(ctx, {
      billingCycle: q.billingCycle ?? '',
      customerId: q.customerId || undefined,
      kind,
      transactionId: q.transactionId || undefined,
      resourceId: q.resourceId || undefined,
    });
    return {
      fileName: `expenditure-records-${q.billingCycle}`,
      sheetName: `Records ${q.billingCycle}`,
      columns: [
        { header: 'Transaction ID' }, { header: 'Type' }, { header: 'Transaction Time (UTC)' }, { header: 'Billing Cycle' }, { header: 'Customer ID' },
        { header: 'Customer' }, { header: 'Product' }, { header: 'Resource Type' }, { header: 'Resource ID' }, { header: 'Specifications' },
        { header: 'Region' }, { header: 'AZ' }, { header: 'Billing Mode' }, { header: 'KooGallery' },
        { header: 'List Price (USD)', money: true }, { header: 'Discount Amount (USD)', money: true }, { header: 'Amount Due (USD)', money: true },
        { header: 'Cash Payment (USD)', money: true }, { header: 'Cash Coupons Used (USD)', money: true }, { header: 'Monthly Settlement (USD)', money: true },
      ],
      totalRows: await query.count(),
      writeRows: async (write) => {
        let after: RecordCursor | null = null;
        for (;;) {
          const page = await query.page(after, CHUNK);
          for (const r of page) {
            await write([
              r.transactionId, r.kind, r.transactedAt, r.billingCycle, r.customerId, r.customerName, r.product, r.resourceType, r.resourceId,
              r.specification, r.region, r.availabilityZone, r.billingMode, r.marketplace, r.listPrice, r.discount, r.amountDue, r.cash, r.coupon,
              r.monthlySettlement,
            ]);
          }
          if (page.length < CHUNK) return;
          after = recordCursorOf(page.at(-1)!);
        }
      },
    };
  });

  registerExport(app, contextFor, Permission.EXPENDITURE_VIEW, '/api/exports/customer-expenditure', async (ctx, q) => {
    const summary = await ctx.services.expenditureStatistics.customerSummary(ctx, q.billingCycle ?? '');
    const sections = [summary.expenditures, summary.refunds, summary.adjustments];
    return {
      fileName: `customer-expenditure-${summary.billingCycle}`,
      sheetName: `Customer expenditure ${summary.billingCycle}`,
      columns: [
        { header: 'Billing Cycle' }, { header: 'Type' }, { header: 'Customer ID' }, { header: 'Customer' }, { header: 'Account Name' }, { header: 'Records' },
        { header: 'Amount (USD)', money: true }, { header: 'Cash (USD)', money: true }, { header: 'Coupons (USD)', money: true }, { header: 'Discount (USD)', money: true },
      ],
      totalRows: sections.reduce((n, s) => n + s.rows.length + 1, 0),
      writeRows: async (write) => {
        for (const section of sections) {
          for (const r of section.rows) {
            await write([summary.billingCycle, section.kind, r.customerId, r.companyName, r.accountName, r.records, String(r.amount), String(r.cash), String(r.coupon), String(r.discount)]);
          }
          await write([summary.billingCycle, `${section.kind} TOTAL`, null, null, null, section.rows.reduce((n, r) => n + r.records, 0), String(section.amount), String(section.cash), String(section.coupon), String(section.discount)]);
        }
      },
    };
  });

  registerExport(app, contextFor, Permission.EXPENDITURE_VIEW, '/api/exports/expenditure-distribution', async (ctx, q) => {
    const groupBy = (Object.values(ExpenditureDimension) as string[]).includes(q.groupBy ?? '') ? (q.groupBy as ExpenditureDimension) : null;
    if (!groupBy) throw new DomainError(ErrorCode.VALIDATION, `groupBy must be one of ${Object.values(ExpenditureDimension).join(', ')}.`, 'groupBy');
    const result = await ctx.services.expenditureStatistics.distribution(ctx, { from: q.from ?? '', to: q.to ?? '', groupBy });
    const figures = (r: (typeof result.rows)[number]) => [r.records, r.listPrice, r.discount, r.amountDue, r.cash, r.coupon, r.amount, r.revenue].map((v) => (typeof v === 'number' ? v : String(v)));
    return {
      fileName: `expenditure-by-${groupBy.toLowerCase()}-${result.from}-${result.to}`,
      sheetName: `By ${groupBy.toLowerCase()}`,
      columns: [{ header: 'Key' }, { header: 'Group' }, ...FIGURE_COLUMNS],
      totalRows: result.rows.length + 1,
      writeRows: async (write) => {
        for (const row of result.rows) await write([row.key, row.label, ...figures(row)]);
        await write(['', `Total (as of ${result.asOf.toISOString()})`, ...figures(result.totals)]);
      },
    };
  });
}
