import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../src/app/context.js';
import { runInAuditScope } from '../src/common/audit/audit-scope.js';
import { TENANT_FILTER, withoutTenantFilter } from '../src/common/db/tenant.js';
import { Account } from '../src/modules/account/account.entity.js';
import { permissionsOf } from '../src/modules/account/auth.service.js';
import { CustomerProfile } from '../src/modules/customer/customer-profile.entity.js';
import { CustomerAssociation } from '../src/modules/customer/customer-association.entity.js';
import { ExpenditureDimension } from '../src/modules/expenditure/expenditure.enums.js';
import { rawDistribution, splitRange } from '../src/modules/expenditure/statistics.queries.js';
import { keyColumns, ROLLUP_GRAINS } from '../src/modules/expenditure/rollups.js';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261123120000 } from '../src/migrations/Migration20261123120000.js';
import { Migration20261124010000 } from '../src/migrations/Migration20261124010000.js';
import { Money } from '../src/common/scalars/decimal.js';
import { executorOf } from '../src/modules/expenditure/usage-ingestion.service.js';
import { INGESTION_LOCK } from '../src/modules/expenditure/usage-ingestion.js';
import { STALE_IMPORT_MS } from '../src/modules/expenditure/usage-import.service.js';
import { DEMO_OPERATOR_EMAIL, demoAdminEmail, demoMemberEmail } from '../src/seed/demo.js';
import {
  CustomerExpenditureSummaryDocument,
  ExpenditureDistributionDocument,
  ExpenditureOverviewDocument,
  ExpenditureRecordsDocument,
  IngestUsageRecordsDocument,
  PartnerRevenueDocument,
  StartUsageImportDocument,
  UsageImportDocument,
} from './expenditure-documents.js';
import { AssignAccountManagerDocument } from './customers-documents.js';
import { download as downloadFrom } from './usage-kit.js';
import { startTestServer, type GqlClient, type TestServer } from './test-server.js';

// The tests run in 2031 so that the demo data's twelve months of usage (ending at the real today) stay out of the way.
const NOW = new Date('2031-03-20T04:00:00.000Z');

type RecordInput = Parameters<GqlClient['request']>[1] extends never ? never : Record<string, unknown>;

let server: TestServer;
let operator: GqlClient;
let admin: GqlClient;
const customers: Record<string, string> = {};
let seq = 0;

function record(customer: string, at: string, parts: Partial<Record<string, unknown>> = {}): RecordInput {
  seq += 1;
  const listPrice = (parts.listPrice as string) ?? '10.00000000';
  const discount = (parts.discount as string) ?? '1.00000000';
  return {
    transactionId: (parts.transactionId as string) ?? `T-${seq}-${Math.random().toString(36).slice(2, 8)}`,
    customerId: customers[customer],
    kind: parts.kind ?? 'EXPENDITURE',
    transactedAt: at,
    product: parts.product ?? 'ECS',
    resourceType: 'hws.resource.type.vm',
    resourceId: parts.resourceId ?? `res-${customer}`,
    specification: 's6.large.2',
    region: parts.region ?? 'CN South-Guangzhou',
    availabilityZone: 'AZ1',
    billingMode: parts.billingMode ?? 'PAY_PER_USE',
    marketplace: parts.marketplace ?? false,
    listPrice,
    discount,
    amountDue: parts.amountDue ?? '9.00000000',
    cash: parts.cash ?? '8.00000000',
    coupon: parts.coupon ?? '1.00000000',
    monthlySettlement: '0',
  };
}

async function ingest(records: RecordInput[]) {
  const response = await operator.data(IngestUsageRecordsDocument, { input: { records: records as never } });
  return response.ingestUsageRecords;
}

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set(NOW);
  const em = server.orm.em.fork();
  for (const [key, company] of Object.entries({ contoso: 'Contoso Retail Inc.', northwind: 'Northwind Traders', tailspin: 'Tailspin Toys', wingtip: 'Wingtip Solutions', dongfang: '东方物流有限公司' })) {
    customers[key] = (await em.findOneOrFail(CustomerProfile, { companyName: company })).id;
  }
  operator = await server.signIn(DEMO_OPERATOR_EMAIL);
  admin = await server.signIn(demoAdminEmail('acme-cloud'));
});

afterAll(async () => {
  await server?.close();
});

describe('usage ingestion', () => {
  it('R-EX-2 stores every field of a record, exact to 8 decimals, and amount = cash + coupons', async () => {
    const result = await ingest([
      record('contoso', '2031-02-10T02:00:00.000Z', { transactionId: 'FIELDS-1', listPrice: '1.23456789', discount: '0.00000001', amountDue: '1.23456788', cash: '1.00000000', coupon: '0.23456788' }),
    ]);
    expect(result).toEqual({ accepted: 1, duplicates: 0, errors: [] });
    const page = await admin.data(ExpenditureRecordsDocument, { billingCycle: '2031-02', transactionId: 'FIELDS-1' });
    expect(page.expenditureRecords.totalCount).toBe(1);
    expect(page.expenditureRecords.edges[0]!.node).toMatchObject({
      transactionId: 'FIELDS-1',
      kind: 'EXPENDITURE',
      transactedAt: '2031-02-10T02:00:00.000Z',
      billingCycle: '2031-02',
      customerId: customers.contoso,
      customerName: 'Contoso Retail Inc.',
      product: 'ECS',
      resourceType: 'hws.resource.type.vm',
      specification: 's6.large.2',
      region: 'CN South-Guangzhou',
      availabilityZone: 'AZ1',
      billingMode: 'PAY_PER_USE',
      marketplace: false,
      listPrice: '1.23456789',
      discount: '0.00000001',
      amountDue: '1.23456788',
      cash: '1.00000000',
      coupon: '0.23456788',
      monthlySettlement: '0.00000000',
    });
  });

  it('R-EX-2 rejects a batch with a bad row, naming the row and reason, and writes nothing', async () => {
    const response = await operator.data(IngestUsageRecordsDocument, {
      input: {
        records: [
          record('contoso', '2031-02-11T02:00:00.000Z', { transactionId: 'BAD-1' }),
          record('contoso', '2031-02-11T02:00:00.000Z', { transactionId: 'BAD-2', cash: '9.00000000', coupon: '1.00000000' }),
        ] as never,
      },
    });
    expect(response.ingestUsageRecords.accepted).toBeNull();
    expect(response.ingestUsageRecords.errors[0]).toMatchObject({ code: 'USAGE_RECORD_INVALID', field: 'records.2.cash' });
    expect(response.ingestUsageRecords.errors[0]!.message).toMatch(/^Row 2 \(cash\): cash \+ coupons must equal the amount due/);
    const page = await admin.data(ExpenditureRecordsDocument, { billingCycle: '2031-02', transactionId: 'BAD-1' });
    expect(page.expenditureRecords.totalCount).toBe(0);
  });

  it('R-EX-3 refuses a positive refund, an adjustment with a list price and a customer without an association at that time', async () => {
    const refund = await ingest([record('contoso', '2031-02-11T02:00:00.000Z', { kind: 'REFUND' })]);
    expect(refund.errors[0]).toMatchObject({ code: 'USAGE_RECORD_INVALID', field: 'records.1.listPrice' });
    const adjustment = await ingest([record('contoso', '2031-02-11T02:00:00.000Z', { kind: 'ADJUSTMENT' })]);
    expect(adjustment.errors[0]).toMatchObject({ field: 'records.1.listPrice' });
    const globex = (await server.orm.em.fork().findOneOrFail(CustomerProfile, { companyName: 'Globex Retail Ltd.' })).id;
    const orphan = await ingest([{ ...record('contoso', '2031-02-11T02:00:00.000Z'), customerId: globex }]);
    expect(orphan.errors[0]).toMatchObject({ field: 'records.1.customerId' });
    expect(orphan.errors[0]!.message).toContain('has no partner association at the transaction time');
  });

  it('R-EX-2 is idempotent by transaction id: a resent batch adds nothing, a repeated id inside one batch is refused', async () => {
    const batch = [record('tailspin', '2031-02-12T02:00:00.000Z', { transactionId: 'IDEM-1' }), record('tailspin', '2031-02-12T03:00:00.000Z', { transactionId: 'IDEM-2' })];
    expect(await ingest(batch)).toEqual({ accepted: 2, duplicates: 0, errors: [] });
    expect(await ingest(batch)).toEqual({ accepted: 0, duplicates: 2, errors: [] });
    const mixed = await ingest([batch[0]!, record('tailspin', '2031-02-12T04:00:00.000Z', { transactionId: 'IDEM-3' })]);
    expect(mixed).toEqual({ accepted: 1, duplicates: 1, errors: [] });
    const twice = await ingest([record('tailspin', '2031-02-12T04:00:00.000Z', { transactionId: 'IDEM-4' }), record('tailspin', '2031-02-12T04:00:00.000Z', { transactionId: 'IDEM-4' })]);
    expect(twice.errors[0]!.message).toContain('repeats the transaction id IDEM-4 of row 1');
    // Resent with a time in another month: refused by row, not stored a second time.
    const moved = await ingest([record('tailspin', '2031-02-12T05:00:00.000Z', { transactionId: 'IDEM-5' }), record('tailspin', '2031-03-02T02:00:00.000Z', { transactionId: 'IDEM-1' })]);
    expect(moved.errors[0]).toMatchObject({ code: 'USAGE_RECORD_INVALID', field: 'records.2.transactionId' });
    expect(moved.errors[0]!.message).toContain('IDEM-1 was ingested before in billing month 2031-02');
    expect((await admin.data(ExpenditureRecordsDocument, { billingCycle: '2031-03', transactionId: 'IDEM-1' })).expenditureRecords.totalCount).toBe(0);
    const page = await admin.data(ExpenditureRecordsDocument, { billingCycle: '2031-02', customerId: customers.tailspin });
    expect(page.expenditureRecords.totalCount).toBe(3);
  });

  it('R-EX-2 stores a batch sent twice at the same time once', async () => {
    const batch = Array.from({ length: 50 }, (_, i) => record('tailspin', '2031-02-13T02:00:00.000Z', { transactionId: `RACE-${i}` }));
    const results = await Promise.all([ingest(batch), ingest(batch), ingest(batch)]);
    expect(results.map((r) => r.errors)).toEqual([[], [], []]);
    expect(results.reduce((n, r) => n + r.accepted!, 0)).toBe(50);
    expect(results.reduce((n, r) => n + r.duplicates!, 0)).toBe(100);
    const day = await admin.data(ExpenditureDistributionDocument, { input: { from: '2031-02-13', to: '2031-02-13', groupBy: 'CUSTOMER' } });
    expect(day.expenditureDistribution.totals.records).toBe(50);
  });

  it('R-EX-2 two batches sending one transaction id into two months at the same time store it once', async () => {
    const send = () =>
      Promise.all([
        ingest([record('tailspin', '2030-11-05T02:00:00.000Z', { transactionId: 'XMONTH-1' })]),
        ingest([record('tailspin', '2030-12-05T02:00:00.000Z', { transactionId: 'XMONTH-1' })]),
      ]);
    let results: Awaited<ReturnType<typeof send>>;
    if (process.env.TEST_DATABASE_URL) {
      // Make them meet: hold the ingestion lock until both batches wait for it, so neither has stored its record yet.
      const em = server.orm.em.fork();
      let sent: ReturnType<typeof send> | undefined;
      await em.transactional(async (tx) => {
        await tx.execute(`select pg_advisory_xact_lock(${INGESTION_LOCK})`);
        sent = send();
        for (let waited = 0; ; waited += 20) {
          const [{ waiting }] = await tx.execute<{ waiting: number }[]>(
            `select count(*)::int as waiting from pg_locks where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())`,
          );
          if (waiting === 2) break;
          if (waited > 10_000) throw new Error(`only ${waiting} batch(es) waited for the ingestion lock`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      });
      results = await sent!;
    } else {
      results = await send(); // PGlite has one connection: the batches run one after the other anyway
    }
    expect(results.map((r) => r.accepted).sort()).toEqual([1, null]);
    const refused = results.find((r) => r.errors.length > 0)!;
    expect(refused.errors[0]!.message).toMatch(/XMONTH-1 was ingested before in billing month 2030-1[12]/);
    const stored = await server.orm.em.fork().getConnection().execute<{ n: number }[]>(`select count(*)::int as n from expenditure_record where transaction_id = 'XMONTH-1'`);
    expect(stored[0]!.n).toBe(1);
  });

  it('R-EX-2 takes batches of up to 1,000 records and refuses bigger ones', async () => {
    const full = Array.from({ length: 1000 }, (_, i) => record('wingtip', '2031-02-14T02:00:00.000Z', { transactionId: `FULL-${i}`, resourceId: `disk-${i}` }));
    expect(await ingest(full)).toEqual({ accepted: 1000, duplicates: 0, errors: [] });
    const tooMany = await operator.request(IngestUsageRecordsDocument, { input: { records: [...full, record('wingtip', '2031-02-14T02:00:00.000Z')] as never } });
    expect(tooMany.body.errors?.[0]?.message).toMatch(/Argument Validation Error|at most 1000/);
  });

  it('R-EX-2 creates a new month partition once when batches race into it', async () => {
    const results = await Promise.all(
      ['2030-11-02', '2030-11-03', '2030-11-04'].map((day, i) =>
        ingest([record('tailspin', `${day}T00:00:00.000Z`, { transactionId: `NEWMONTH-${i}` })]),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual([[], [], []]);
    expect(results.reduce((n, r) => n + r.accepted!, 0)).toBe(3);
  });

  it('R-EX-6 puts a record in the Beijing month: 15:59:59.999Z on the last day is January, 16:00:00.000Z is February', async () => {
    await ingest([
      record('dongfang', '2031-01-31T15:59:59.999Z', { transactionId: 'EDGE-JAN', listPrice: '2', discount: '0', amountDue: '2', cash: '2', coupon: '0' }),
      record('dongfang', '2031-01-31T16:00:00.000Z', { transactionId: 'EDGE-FEB', listPrice: '3', discount: '0', amountDue: '3', cash: '3', coupon: '0' }),
    ]);
    const huayun = await server.signIn(demoAdminEmail('huayun'));
    const jan = await huayun.data(ExpenditureRecordsDocument, { billingCycle: '2031-01', transactionId: 'EDGE-JAN' });
    const feb = await huayun.data(ExpenditureRecordsDocument, { billingCycle: '2031-02', transactionId: 'EDGE-FEB' });
    expect(jan.expenditureRecords.totalCount).toBe(1);
    expect(feb.expenditureRecords.totalCount).toBe(1);
    const byDay = await huayun.data(ExpenditureDistributionDocument, { input: { from: '2031-01-31', to: '2031-02-01', groupBy: 'DAY' } });
    expect(byDay.expenditureDistribution.rows.map((r) => [r.key, r.amount])).toEqual([
      ['2031-01-31', '2.00000000'],
      ['2031-02-01', '3.00000000'],
    ]);
  });
});

describe('statistics', () => {
  beforeAll(async () => {
    // March 2031 (the current month of the clock) for Acme: three customers, all kinds, two products, a coupon, KooGallery.
    const result = await ingest([
      record('contoso', '2031-03-01T00:00:00.000Z', { listPrice: '100', discount: '10', amountDue: '90', cash: '80', coupon: '10', product: 'ECS' }),
      record('contoso', '2031-03-05T00:00:00.000Z', { listPrice: '50', discount: '0', amountDue: '50', cash: '50', coupon: '0', product: 'OBS', region: 'AP-Singapore' }),
      record('contoso', '2031-03-06T00:00:00.000Z', { kind: 'REFUND', listPrice: '-5', discount: '0', amountDue: '-5', cash: '-5', coupon: '0' }),
      record('contoso', '2031-03-07T00:00:00.000Z', { kind: 'ADJUSTMENT', listPrice: '0', discount: '0', amountDue: '-3.5', cash: '0', coupon: '-3.5' }),
      record('northwind', '2031-03-02T00:00:00.000Z', { listPrice: '20', discount: '2', amountDue: '18', cash: '18', coupon: '0', billingMode: 'YEARLY_MONTHLY' }),
      record('tailspin', '2031-03-03T00:00:00.000Z', { listPrice: '40', discount: '0', amountDue: '40', cash: '40', coupon: '0', product: 'KooGallery App', marketplace: true }),
    ]);
    expect(result.errors).toEqual([]);
  });

  it('R-EX-3 summarises expenditures, refunds and adjustments of a cycle with totals and per-customer rows', async () => {
    const { customerExpenditureSummary: summary } = await admin.data(CustomerExpenditureSummaryDocument, { billingCycle: '2031-03' });
    expect(summary.expenditures).toMatchObject({ amount: '198.00000000', cash: '188.00000000', coupon: '10.00000000', discount: '12.00000000' });
    expect(summary.expenditures.rows.map((r) => [r.companyName, r.amount, r.cash, r.coupon])).toEqual([
      ['Contoso Retail Inc.', '140.00000000', '130.00000000', '10.00000000'],
      ['Tailspin Toys', '40.00000000', '40.00000000', '0.00000000'],
      ['Northwind Traders', '18.00000000', '18.00000000', '0.00000000'],
    ]);
    expect(summary.refunds).toMatchObject({ amount: '-5.00000000', cash: '-5.00000000', coupon: '0.00000000' });
    expect(summary.adjustments).toMatchObject({ amount: '-3.50000000', cash: '0.00000000', coupon: '-3.50000000' });
    expect(summary.adjustments.rows).toEqual([{ customerId: customers.contoso, amount: '-3.50000000', cash: '0.00000000', coupon: '-3.50000000' }]);
    expect(summary.discountTotal).toBe('12.00000000');
  });

  it('R-EX-4 groups by customer, product, region, billing mode, month and day, stamped "as of"', async () => {
    const by = async (groupBy: string) =>
      (await admin.data(ExpenditureDistributionDocument, { input: { from: '2031-03-01', to: '2031-03-20', groupBy: groupBy as never } })).expenditureDistribution;
    const product = await by('PRODUCT');
    expect(product.asOf).toBe(NOW.toISOString());
    expect(product.scope).toBe('ALL_CUSTOMERS');
    expect(product.rows.map((r) => [r.key, r.amount])).toEqual([
      ['ECS', '99.50000000'],
      ['KooGallery App', '40.00000000'],
      ['OBS', '50.00000000'],
    ]);
    expect(product.totals.amount).toBe('189.50000000');
    const mode = await by('BILLING_MODE');
    expect(mode.rows.map((r) => [r.label, r.amount])).toEqual([
      ['Pay-per-use', '171.50000000'],
      ['Yearly/Monthly', '18.00000000'],
    ]);
    const customer = await by('CUSTOMER');
    expect(customer.rows.find((r) => r.key === customers.contoso)!.label).toBe('Contoso Retail Inc. (it@contoso-retail.demo.test)');
    expect((await by('REGION')).rows.map((r) => r.key)).toEqual(['AP-Singapore', 'CN South-Guangzhou']);
    expect((await by('MONTH')).rows.map((r) => [r.key, r.amount])).toEqual([['2031-03', '189.50000000']]);
    expect((await by('DAY')).rows).toHaveLength(6);
  });

  it('R-EX-4 answers every grouping and a range with partial months exactly as GROUP BY over the raw rows', async () => {
    const em = server.orm.em.fork();
    const partnerId = (await em.findOneOrFail(CustomerAssociation, { customer: customers.contoso, endedAt: null }, withoutTenantFilter)).partner.id;
    // A product with records only on 2 December: the range below reads December whole minus 1–3 December, where that
    // product adds up to no records, so it must not show (nor a zero row).
    expect((await ingest([record('tailspin', '2030-12-02T02:00:00.000Z', { transactionId: 'MINUS-1', product: 'DWS' })])).errors).toEqual([]);
    expect(splitRange({ from: '2030-12-04', to: '2030-12-31' })).toEqual({ months: { from: '2030-12-01', to: '2030-12-01' }, days: [], minusDays: [{ from: '2030-12-01', to: '2030-12-03' }] });
    const ranges = [{ from: '2031-01-15', to: '2031-03-20' }, { from: '2031-02-01', to: '2031-02-28' }, { from: '2030-12-31', to: '2031-03-01' }, { from: '2030-12-04', to: '2030-12-31' }];
    for (const range of ranges) {
      for (const groupBy of Object.values(ExpenditureDimension)) {
        const { expenditureDistribution: api } = await admin.data(ExpenditureDistributionDocument, { input: { ...range, groupBy } });
        const raw = await rawDistribution(executorOf(em), { partnerId, customerIds: null }, range, groupBy);
        expect(api.rows.map(({ label: _label, ...row }) => row)).toEqual(raw.rows);
        expect(api.totals.amount).toBe(raw.totals.amount);
        if (range.from === '2030-12-04' && groupBy === ExpenditureDimension.PRODUCT) expect(api.rows.map((r) => r.key)).not.toContain('DWS');
      }
    }
  });

  it('R-EX-4 answers a manager and a director exactly over ranges read in several pieces (two partial months at either end)', async () => {
    const em = server.orm.em.fork();
    const partnerId = (await em.findOneOrFail(CustomerAssociation, { customer: customers.contoso, endedAt: null }, withoutTenantFilter)).partner.id;
    // Records on the days each piece of the ranges below covers: the days subtracted from July and September, the days
    // kept, a whole month, the single days at either end; and a customer of no manager of theirs on the same days.
    const days = ['2030-07-03', '2030-07-20', '2030-07-31', '2030-08-15', '2030-09-01', '2030-09-10', '2030-09-25'];
    const batch = days.flatMap((day, i) => [
      record('contoso', `${day}T02:00:00.000Z`, { product: `P${i % 3}`, region: i % 2 ? 'AP-Singapore' : 'CN South-Guangzhou' }),
      record('northwind', `${day}T03:00:00.000Z`, i === 4 ? { kind: 'REFUND', listPrice: '-2.00000000', discount: '0', amountDue: '-2.00000000', cash: '-2.00000000', coupon: '0' } : { listPrice: '3.00000000', discount: '0', amountDue: '3.00000000', cash: '3.00000000', coupon: '0' }),
      record('tailspin', `${day}T04:00:00.000Z`),
    ]);
    expect((await ingest(batch)).errors).toEqual([]);
    const ranges = [
      { from: '2030-07-15', to: '2030-09-20' }, // July minus 1–14, August, September minus 21–30
      { from: '2030-07-31', to: '2030-09-01' }, // 31 July, August, 1 September
    ];
    expect(splitRange(ranges[0]).minusDays).toHaveLength(2);
    expect(splitRange(ranges[1]).days).toHaveLength(2);
    const managed = [customers.contoso, customers.northwind];
    for (const who of ['manager', 'director'] as const) {
      const client = await server.signIn(demoMemberEmail(who, 'acme-cloud'));
      for (const range of ranges) {
        for (const groupBy of Object.values(ExpenditureDimension)) {
          const { expenditureDistribution: d } = await client.data(ExpenditureDistributionDocument, { input: { ...range, groupBy } });
          const raw = await rawDistribution(executorOf(em), { partnerId, customerIds: managed }, range, groupBy);
          expect(d.rows.map(({ label: _label, ...row }) => row), `${who} ${range.from} ${groupBy}`).toEqual(raw.rows);
          expect(d.totals.records, `${who} ${range.from} ${groupBy}`).toBe(raw.totals.records);
        }
      }
      // 20 July, 31 July, 15 August, 1 and 10 September: five days of each managed customer.
      const { expenditureDistribution: byDay } = await client.data(ExpenditureDistributionDocument, { input: { ...ranges[0], groupBy: 'DAY' } });
      expect(byDay.rows.map((r) => [r.key, r.records])).toEqual(['2030-07-20', '2030-07-31', '2030-08-15', '2030-09-01', '2030-09-10'].map((day) => [day, 2]));
    }
  });

  it('R-EX-4 shows an account manager and an account director only their customers; finance and administrators all', async () => {
    const input = { from: '2031-03-01', to: '2031-03-31', groupBy: 'CUSTOMER' as const };
    const manager = await server.signIn(demoMemberEmail('manager', 'acme-cloud'));
    const director = await server.signIn(demoMemberEmail('director', 'acme-cloud'));
    const finance = await server.signIn(demoMemberEmail('finance', 'acme-cloud'));
    const managed = [customers.contoso, customers.northwind].sort();
    for (const client of [manager, director]) {
      const { expenditureDistribution: d } = await client.data(ExpenditureDistributionDocument, { input });
      expect(d.scope).toBe('ASSIGNED_CUSTOMERS');
      expect(d.rows.map((r) => r.key).sort()).toEqual(managed);
      expect(d.totals.amount).toBe('149.50000000');
      const summary = await client.data(CustomerExpenditureSummaryDocument, { billingCycle: '2031-03' });
      expect(summary.customerExpenditureSummary.expenditures.rows.map((r) => r.customerId).sort()).toEqual(managed);
      const records = await client.data(ExpenditureRecordsDocument, { billingCycle: '2031-03', customerId: customers.tailspin });
      expect(records.expenditureRecords.totalCount).toBe(0);
    }
    const all = await finance.data(ExpenditureDistributionDocument, { input });
    expect(all.expenditureDistribution.scope).toBe('ALL_CUSTOMERS');
    expect(all.expenditureDistribution.rows).toHaveLength(3);
    const viewer = await server.signIn(demoMemberEmail('viewer', 'acme-cloud'));
    const refused = await viewer.request(ExpenditureDistributionDocument, { input });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Another partner sees none of Acme's records.
    const nordlicht = await server.signIn(demoAdminEmail('nordlicht'));
    const other = await nordlicht.data(ExpenditureRecordsDocument, { billingCycle: '2031-03', customerId: customers.contoso });
    expect(other.expenditureRecords.totalCount).toBe(0);
  });

  it('R-EX-4 follows a reassignment of the account manager at once: the sums move, nothing is lost or left empty', async () => {
    const input = (groupBy: string) => ({ input: { from: '2031-02-10', to: '2031-03-31', groupBy: groupBy as never } });
    const manager = await server.signIn(demoMemberEmail('manager', 'acme-cloud'));
    const em = server.orm.em.fork();
    const contoso = await em.findOneOrFail(CustomerAssociation, { customer: customers.contoso, endedAt: null }, withoutTenantFilter);
    const managerId = contoso.accountManager!.id;
    const adminBefore = await admin.data(ExpenditureDistributionDocument, input('PRODUCT'));
    const before = await manager.data(ExpenditureDistributionDocument, input('PRODUCT'));
    const assign = (accountManagerId: string | null) => admin.data(AssignAccountManagerDocument, { input: { associationId: contoso.id, accountManagerId } });

    const contosoRaw = await rawDistribution(executorOf(em), { partnerId: contoso.partner.id, customerIds: [customers.contoso] }, { from: '2031-02-10', to: '2031-03-31' }, ExpenditureDimension.PRODUCT);
    expect(new Money(contosoRaw.totals.amount).isZero()).toBe(false);

    await assign(null);
    try {
    const after = await manager.data(ExpenditureDistributionDocument, input('PRODUCT'));
    // Northwind stays with the manager; Contoso's sums leave with its association.
    expect(new Money(before.expenditureDistribution.totals.amount).minus(after.expenditureDistribution.totals.amount).toFixed(8)).toBe(contosoRaw.totals.amount);
    for (const groupBy of Object.values(ExpenditureDimension)) {
      const { expenditureDistribution: d } = await manager.data(ExpenditureDistributionDocument, input(groupBy));
      const raw = await rawDistribution(executorOf(em), { partnerId: contoso.partner.id, customerIds: [customers.northwind] }, d, groupBy);
      expect(d.rows.map(({ label: _label, ...row }) => row)).toEqual(raw.rows);
    }
    // The administrator's figures do not change, and no manager grain keeps an emptied row.
    expect((await admin.data(ExpenditureDistributionDocument, input('PRODUCT'))).expenditureDistribution).toEqual({
      ...adminBefore.expenditureDistribution,
      asOf: expect.anything(),
    });
    for (const grain of ROLLUP_GRAINS.filter((g) => g.family !== 'partner')) {
      const [{ empty }] = await em.execute(`select count(*)::int as empty from "${grain.table}" where records = 0`);
      expect(empty, grain.table).toBe(0);
    }
    } finally {
      await assign(managerId);
    }
    const restored = await manager.data(ExpenditureDistributionDocument, input('PRODUCT'));
    expect(restored.expenditureDistribution.rows).toEqual(before.expenditureDistribution.rows);
    expect(restored.expenditureDistribution.totals).toEqual(before.expenditureDistribution.totals);
  });

  it('R-EX-4 a reassignment racing ingestion loses nothing: every manager-keyed grain still adds up to the partner', async () => {
    const em = server.orm.em.fork();
    const contoso = await em.findOneOrFail(CustomerAssociation, { customer: customers.contoso, endedAt: null }, withoutTenantFilter);
    const managerId = contoso.accountManager!.id;
    const assign = (accountManagerId: string | null) => admin.data(AssignAccountManagerDocument, { input: { associationId: contoso.id, accountManagerId } });
    const batch = (n: number) => Array.from({ length: 40 }, (_, i) => record('contoso', `2030-05-${String(10 + (i % 10)).padStart(2, '0')}T0${n}:00:00Z`, { product: 'RACE' }));
    try {
      for (let round = 0; round < 3; round++) {
        const [first, , second] = await Promise.all([ingest(batch(round)), assign(round % 2 === 0 ? null : managerId), ingest(batch(round + 5))]);
        expect([first.accepted, second.accepted]).toEqual([40, 40]);
      }
    } finally {
      await assign(managerId);
    }
    const sums = (table: string) => em.execute(`select sum(records)::bigint as records, sum(cash)::text as cash, sum(coupon)::text as coupon, sum(list_price)::text as list_price from "${table}" where partner_id = ?`, [contoso.partner.id]);
    for (const period of ['month', 'day'] as const) {
      const partner = await sums(`expenditure_rollup_partner_${period}_total`);
      for (const grain of ROLLUP_GRAINS.filter((g) => g.period === period && g.family !== 'partner')) expect(await sums(grain.table), grain.table).toEqual(partner);
    }
    // And the manager's figures are their customers' raw rows.
    const manager = await server.signIn(demoMemberEmail('manager', 'acme-cloud'));
    const range = { from: '2030-05-01', to: '2030-05-31' };
    const { expenditureDistribution: d } = await manager.data(ExpenditureDistributionDocument, { input: { ...range, groupBy: 'PRODUCT' } });
    const raw = await rawDistribution(executorOf(em), { partnerId: contoso.partner.id, customerIds: [customers.contoso, customers.northwind] }, range, ExpenditureDimension.PRODUCT);
    expect(d.rows.map(({ label: _label, ...row }) => row)).toEqual(raw.rows);
    expect(raw.rows.find((r) => r.key === 'RACE')?.records).toBe(240);
  });

  it('R-EX-4 overview: amount due this month, kinds, and a twelve-month trend', async () => {
    const { expenditureOverview: o } = await admin.data(ExpenditureOverviewDocument);
    expect(o.amountDue).toBe('189.50000000');
    expect(o.thisMonth).toMatchObject({ month: '2031-03', expenditures: { amount: '198.00000000' }, refunds: { amount: '-5.00000000' }, adjustments: { amount: '-3.50000000' } });
    expect(o.lastMonth.month).toBe('2031-02');
    expect(o.trend).toHaveLength(12);
    expect(o.trend[0]!.key).toBe('2030-04');
    expect(o.trend[11]).toMatchObject({ key: '2031-03', amount: '189.50000000' });
    expect(o.dataThrough).not.toBeNull();
  });

  it('R-EX-5 revenue is cash only: coupons and KooGallery are excluded, refunds reduce it', async () => {
    const { partnerRevenue } = await admin.data(PartnerRevenueDocument, { fromMonth: '2031-03', toMonth: '2031-03' });
    // cash 80 + 50 − 5 + 0 (adjustment in coupons) + 18; Tailspin's 40 are KooGallery.
    expect(partnerRevenue.total).toBe('143.00000000');
    const quarter = await admin.data(PartnerRevenueDocument, { fromMonth: '2031-01', toMonth: '2031-03' });
    expect(quarter.partnerRevenue.months.map((m) => m.month)).toEqual(['2031-01', '2031-02', '2031-03']);
    // The figures later modules read (rebates, funding head): a month, a calendar quarter, three consecutive months.
    const em = server.orm.em.fork();
    const partnerId = (await em.findOneOrFail(CustomerAssociation, { customer: customers.contoso, endedAt: null }, withoutTenantFilter)).partner.id;
    const statistics = server.services.expenditureStatistics;
    expect((await statistics.monthlyRevenue(em, partnerId, '2031-03')).total).toBe('143.00000000');
    const q1 = await statistics.quarterlyRevenue(em, partnerId, 2031, 1);
    expect([q1.fromMonth, q1.toMonth, q1.total]).toEqual(['2031-01', '2031-03', quarter.partnerRevenue.total]);
    const three = await statistics.threeMonthRevenue(em, partnerId, '2031-04');
    expect([three.fromMonth, three.toMonth]).toEqual(['2031-02', '2031-04']);
    expect(three.months.map((m) => m.month)).toEqual(['2031-02', '2031-03', '2031-04']);
    expect(three.total).toBe(three.months.reduce((sum, m) => sum.plus(m.revenue), new Money(0)).toFixed(8));
    const bad = await admin.request(PartnerRevenueDocument, { fromMonth: '2031-13', toMonth: '2031-03' });
    expect(bad.body.errors?.[0]?.message).toContain('fromMonth must be a month');
  });

  it('R-EX-5 R-EX-4 revenue follows the member\'s scope: a manager sees their customers\' revenue, not the partner\'s', async () => {
    const range = { fromMonth: '2031-01', toMonth: '2031-03' };
    const { partnerRevenue: partner } = await admin.data(PartnerRevenueDocument, range);
    expect(partner.scope).toBe('ALL_CUSTOMERS');
    const manager = await server.signIn(demoMemberEmail('manager', 'acme-cloud'));
    const { partnerRevenue: own } = await manager.data(PartnerRevenueDocument, range);
    expect(own.scope).toBe('ASSIGNED_CUSTOMERS');
    // The same figure the manager's dashboard shows for those months (their customers only).
    const { expenditureDistribution: d } = await manager.data(ExpenditureDistributionDocument, { input: { from: '2031-01-01', to: '2031-03-31', groupBy: 'MONTH' } });
    expect(own.months.map((m) => m.revenue)).toEqual(['2031-01', '2031-02', '2031-03'].map((m) => d.rows.find((r) => r.key === m)?.revenue ?? '0.00000000'));
    expect(own.total).toBe(d.totals.revenue);
    expect(new Money(own.total).lt(partner.total)).toBe(true);
  });

  it('R-EX-1 pages through records newest first with a stable cursor', async () => {
    const first = await admin.data(ExpenditureRecordsDocument, { billingCycle: '2031-03', first: 4 });
    expect(first.expenditureRecords.totalCount).toBe(6);
    expect(first.expenditureRecords.pageInfo.hasNextPage).toBe(true);
    const second = await admin.data(ExpenditureRecordsDocument, { billingCycle: '2031-03', first: 4, after: first.expenditureRecords.pageInfo.endCursor });
    expect(second.expenditureRecords.edges).toHaveLength(2);
    const times = [...first.expenditureRecords.edges, ...second.expenditureRecords.edges].map((e) => e.node.transactedAt);
    expect(times).toEqual([...times].sort().reverse());
  });
  it('R-EX-4 a customer who came back under another manager shows each manager the records of their own period', async () => {
    const em = server.orm.em.fork();
    const first = await em.findOneOrFail(CustomerAssociation, { customer: customers.wingtip, endedAt: null }, withoutTenantFilter);
    const managerAccount = await server.signIn(demoMemberEmail('manager', 'acme-cloud'));
    const managerId = (await em.findOneOrFail(Account, { email: demoMemberEmail('manager', 'acme-cloud') })).id;
    expect((await admin.data(AssignAccountManagerDocument, { input: { associationId: first.id, accountManagerId: managerId } })).assignAccountManager.errors).toEqual([]);
    // Wingtip leaves on 5 March and comes back the same day, unassigned (as the portal would record it).
    const comeback = '2031-03-05T00:00:00.000Z';
    await em.getConnection().execute(`update customer_association set ended_at = ?, end_reason = 'test: left' where id = ?`, [comeback, first.id]);
    await em.getConnection().execute(
      `insert into customer_association select (jsonb_populate_record(null::customer_association, to_jsonb(a) || ` +
        `jsonb_build_object('id', gen_random_uuid(), 'started_at', ?::timestamptz, 'ended_at', null, 'end_reason', null, 'ended_by', null, 'account_manager_id', null))).* ` +
        `from customer_association a where a.id = ?`,
      [comeback, first.id],
    );
    expect(await ingest([record('wingtip', '2031-03-02T02:00:00.000Z', { transactionId: 'BACK-1' }), record('wingtip', '2031-03-10T02:00:00.000Z', { transactionId: 'BACK-2' })])).toMatchObject({ accepted: 2 });

    // The manager sees the first period's record only, in the list as on the dashboard; the administrator sees both.
    const mine = await managerAccount.data(ExpenditureRecordsDocument, { billingCycle: '2031-03', customerId: customers.wingtip });
    expect(mine.expenditureRecords.edges.map((e) => e.node.transactionId)).toEqual(['BACK-1']);
    const dashboard = await managerAccount.data(ExpenditureDistributionDocument, { input: { from: '2031-03-01', to: '2031-03-31', groupBy: 'CUSTOMER' } });
    expect(dashboard.expenditureDistribution.rows.find((r) => r.key === customers.wingtip)?.records).toBe(1);
    const all = await admin.data(ExpenditureRecordsDocument, { billingCycle: '2031-03', customerId: customers.wingtip });
    expect(all.expenditureRecords.edges.map((e) => e.node.transactionId).sort()).toEqual(['BACK-1', 'BACK-2']);
  });
});

describe('CSV import', () => {
  const header = 'transaction_id,customer_id,kind,transacted_at,product,resource_id,region,billing_mode,list_price,discount,amount_due,cash,coupon\n';
  const line = (id: string, amount: string) => `${id},${customers.contoso},EXPENDITURE,2031-03-10T08:00:00+08:00,EVS,vol-1,CN South-Guangzhou,PAY_PER_USE,${amount},0,${amount},${amount},0\n`;

  async function importCsv(csv: string) {
    const started = await operator.data(StartUsageImportDocument, { input: { fileName: 'usage.csv', bytesTotal: Buffer.byteLength(csv) } });
    const id = started.startUsageImport.usageImport!.id;
    const response = await fetch(`${server.url}/api/usage-imports/${id}/content`, {
      method: 'PUT',
      headers: { 'content-type': 'text/csv', cookie: operator.cookie! },
      body: csv,
    });
    const body = (await response.json()) as Record<string, unknown>;
    expect(response.status, JSON.stringify(body)).toBe(200);
    return { id, body };
  }

  it('R-EX-2 imports a streamed CSV, is idempotent on re-import, and reports progress', async () => {
    const csv = header + Array.from({ length: 2500 }, (_, i) => line(`CSV-${i}`, '0.00000001')).join('');
    const { id, body } = await importCsv(csv);
    expect(body).toMatchObject({ status: 'COMPLETED', rowsRead: 2500, accepted: 2500, duplicates: 0, bytesRead: Buffer.byteLength(csv) });
    const again = await importCsv(csv);
    expect(again.body).toMatchObject({ status: 'COMPLETED', accepted: 0, duplicates: 2500 });
    const stored = await operator.data(UsageImportDocument, { id });
    expect(stored.usageImport).toMatchObject({ status: 'COMPLETED', accepted: 2500, bytesTotal: Buffer.byteLength(csv) });
    const evs = await admin.data(ExpenditureDistributionDocument, { input: { from: '2031-03-10', to: '2031-03-10', groupBy: 'PRODUCT' } });
    expect(evs.expenditureDistribution.rows.find((r) => r.key === 'EVS')!.amount).toBe('0.00002500');
  });

  it('R-EX-2 fails an import with a bad row by its number and keeps nothing of it', async () => {
    const csv = header + line('BADCSV-1', '1') + line('BADCSV-2', '1.123456789') + line('BADCSV-3', '1');
    const { body } = await importCsv(csv);
    expect(body).toMatchObject({ status: 'FAILED', errorRow: 2 });
    expect(String(body.errorMessage)).toContain('more than 8 decimal places');
    const page = await admin.data(ExpenditureRecordsDocument, { billingCycle: '2031-03', transactionId: 'BADCSV-1' });
    expect(page.expenditureRecords.totalCount).toBe(0);
    const unknown = await importCsv('transaction_id,colour\nX,red\n');
    expect(unknown.body).toMatchObject({ status: 'FAILED' });
    expect(String(unknown.body.errorMessage)).toContain('Unknown column "colour"');
  });

  /** Opens an upload whose body stops after `first` until `release` is called (or is cut off by `abort`). */
  async function openUpload(first: string, rest: string) {
    const started = await operator.data(StartUsageImportDocument, { input: { fileName: 'slow.csv', bytesTotal: Buffer.byteLength(first + rest) } });
    const id = started.startUsageImport.usageImport!.id;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const aborter = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new TextEncoder().encode(first));
        await released;
        controller.enqueue(new TextEncoder().encode(rest));
        controller.close();
      },
    });
    const response = fetch(`${server.url}/api/usage-imports/${id}/content`, {
      method: 'PUT',
      headers: { 'content-type': 'text/csv', cookie: operator.cookie! },
      body,
      duplex: 'half',
      signal: aborter.signal,
    } as RequestInit);
    return { id, release, abort: () => aborter.abort(), response };
  }

  const stagedRows = async (id: string) =>
    Number((await server.orm.em.fork().execute(`select count(*) as n from usage_import_row where import_id = ?`, [id]))[0]!.n);

  it('R-EX-2 shows progress while the file still streams, and the records only once the whole file is in', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => line(`STREAM-${i}`, '0.00000001'));
    const upload = await openUpload(header + rows.slice(0, 2500).join(''), rows.slice(2500).join(''));
    // Polling answers during the upload (also on the embedded database's single connection): no transaction is held.
    await expect
      .poll(async () => (await operator.data(UsageImportDocument, { id: upload.id })).usageImport.rowsRead, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2000);
    const during = await operator.data(UsageImportDocument, { id: upload.id });
    expect(during.usageImport).toMatchObject({ status: 'RUNNING', accepted: 0 });
    expect(during.usageImport.bytesRead).toBeGreaterThan(0);
    expect((await admin.data(ExpenditureRecordsDocument, { billingCycle: '2031-03', transactionId: 'STREAM-0' })).expenditureRecords.totalCount).toBe(0);
    const second = await fetch(`${server.url}/api/usage-imports/${upload.id}/content`, {
      method: 'PUT',
      headers: { 'content-type': 'text/csv', cookie: operator.cookie! },
      body: header,
    });
    expect(second.status).toBe(409);
    upload.release();
    const done = await (await upload.response).json();
    expect(done).toMatchObject({ status: 'COMPLETED', rowsRead: 3000, accepted: 3000, duplicates: 0 });
    expect((await admin.data(ExpenditureRecordsDocument, { billingCycle: '2031-03', transactionId: 'STREAM-2999' })).expenditureRecords.totalCount).toBe(1);
    expect(await stagedRows(upload.id)).toBe(0);
  });

  it('R-EX-2 an upload cut off midway fails and leaves no record and no staged row', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => line(`CUT-${i}`, '1'));
    const upload = await openUpload(header + rows.join(''), line('CUT-LAST', '1'));
    await expect.poll(async () => stagedRows(upload.id), { timeout: 15_000 }).toBeGreaterThanOrEqual(1000);
    upload.abort();
    await upload.response.catch(() => {});
    await expect.poll(async () => (await operator.data(UsageImportDocument, { id: upload.id })).usageImport.status, { timeout: 15_000 }).toBe('FAILED');
    expect(await stagedRows(upload.id)).toBe(0);
    expect((await admin.data(ExpenditureRecordsDocument, { billingCycle: '2031-03', transactionId: 'CUT-0' })).expenditureRecords.totalCount).toBe(0);
  });

  it('R-EX-2 housekeeping fails an import that went quiet and deletes what it staged', async () => {
    const quiet = await operator.data(StartUsageImportDocument, { input: { fileName: 'quiet.csv', bytesTotal: null } });
    const alive = await operator.data(StartUsageImportDocument, { input: { fileName: 'alive.csv', bytesTotal: null } });
    const [quietId, aliveId] = [quiet.startUsageImport.usageImport!.id, alive.startUsageImport.usageImport!.id];
    const em = server.orm.em.fork();
    // A process that died midway: rows staged, no sign of life for an hour.
    await em.execute(`update usage_import set updated_at = updated_at - interval '1 hour', upload_started_at = updated_at where id = ?`, [quietId]);
    await em.execute(
      `insert into usage_import_row (import_id, row_no, transaction_id, customer_id, kind, transacted_at, billing_month, day, product, resource_id, region, billing_mode, amount_due, cash) ` +
        `values (?, 1, 'QUIET-1', ?, 'EXPENDITURE', now(), '2031-03-01', '2031-03-10', 'ECS', 'i-1', 'AP-Singapore', 'PAY_PER_USE', 1, 1)`,
      [quietId, customers.contoso],
    );
    const failed = await server.services.usageImports.failInterrupted(em, new Date(server.clock.now().getTime() - STALE_IMPORT_MS));
    expect(failed).toBe(1);
    const after = await operator.data(UsageImportDocument, { id: quietId });
    expect(after.usageImport).toMatchObject({ status: 'FAILED', accepted: 0 });
    expect(after.usageImport.errorMessage).toContain('interrupted');
    expect(await stagedRows(quietId)).toBe(0);
    expect((await operator.data(UsageImportDocument, { id: aliveId })).usageImport.status).toBe('RUNNING');
    const late = await fetch(`${server.url}/api/usage-imports/${quietId}/content`, {
      method: 'PUT',
      headers: { 'content-type': 'text/csv', cookie: operator.cookie! },
      body: header + line('QUIET-2', '1'),
    });
    expect(late.status).toBe(409);
  });

  it('R-EX-2 lets only operators import', async () => {
    const response = await fetch(`${server.url}/api/usage-imports/00000000-0000-0000-0000-000000000001/content`, {
      method: 'PUT',
      headers: { 'content-type': 'text/csv', cookie: admin.cookie! },
      body: header,
    });
    expect(response.status).toBe(403);
  });
});

describe('exports', () => {
  const download = (client: GqlClient, path: string) => downloadFrom(server, client, path);

  it('R-EX-1 exports records as CSV with all 8 decimals, the screen filters and a row count', async () => {
    const { response, buffer } = await download(admin, `/api/exports/expenditure-records.csv?billingCycle=2031-02&transactionId=FIELDS-1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="expenditure-records-2031-02.csv"');
    expect(response.headers.get('x-total-rows')).toBe('1');
    const lines = buffer.toString('utf8').replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('List Price (USD)');
    expect(lines[1]).toContain('FIELDS-1,EXPENDITURE,2031-02-10T02:00:00.000Z,2031-02');
    expect(lines[1]).toContain(',1.23456789,0.00000001,1.23456788,1.00000000,0.23456788,0.00000000');
  });

  it('R-EX-1 streams every record of a cycle across chunks, in XLSX with exact numbers', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { response, buffer } = await download(admin, `/api/exports/expenditure-records.xlsx?billingCycle=2031-03`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount - 1).toBe(Number(response.headers.get('x-total-rows')));
    expect(sheet.rowCount - 1).toBe(5508); // eight records of the statistics + 2,500 + 3,000 of the CSV imports
    const amounts = sheet.getColumn(17).values.slice(2) as number[];
    expect(amounts.filter((v) => v === 0.00000001)).toHaveLength(5500);
    expect(sheet.getRow(1).getCell(17).value).toBe('Amount Due (USD)');
  });

  it('R-EX-4 exports the distribution and the summary with the member\'s scope', async () => {
    const manager = await server.signIn(demoMemberEmail('manager', 'acme-cloud'));
    const { response, buffer } = await download(manager, `/api/exports/expenditure-distribution.csv?from=2031-03-01&to=2031-03-31&groupBy=CUSTOMER`);
    expect(response.status).toBe(200);
    const text = buffer.toString('utf8');
    expect(text).toContain('Contoso Retail Inc.');
    expect(text).not.toContain('Tailspin');
    const summary = await download(manager, `/api/exports/customer-expenditure.csv?billingCycle=2031-03`);
    expect(summary.buffer.toString('utf8')).toContain('EXPENDITURE TOTAL');
    expect(summary.buffer.toString('utf8')).not.toContain('Tailspin');
    const bad = await download(admin, `/api/exports/expenditure-distribution.csv?from=2031-03-31&to=2031-03-01&groupBy=CUSTOMER`);
    expect(bad.response.status).toBe(400);
    expect(JSON.parse(bad.buffer.toString()).error).toContain('start must not be after the end');
    const viewer = await server.signIn(demoMemberEmail('viewer', 'acme-cloud'));
    expect((await download(viewer, `/api/exports/customer-expenditure.csv?billingCycle=2031-03`)).response.status).toBe(403);
  });
});

describe('demo usage', () => {
  let demo: TestServer;
  beforeAll(async () => {
    demo = await startTestServer({ env: { DEMO_USAGE: 'true' } });
  });
  afterAll(async () => {
    await demo?.close();
  });

  it('R-EX-6 the demo data holds twelve months of usage, and the bill run issues the past months at start', async () => {
    const acme = await demo.signIn(demoAdminEmail('acme-cloud'));
    const { expenditureOverview } = await acme.data(ExpenditureOverviewDocument);
    const months = expenditureOverview.trend.filter((m) => m.records > 0);
    expect(months).toHaveLength(12);
    const { partnerRevenue } = await acme.data(PartnerRevenueDocument, { fromMonth: months[0]!.key, toMonth: months[11]!.key });
    expect(Number(partnerRevenue.total)).toBeGreaterThan(0);
    const bills = await acme.post({ query: '{ partnerBills(first: 20) { totalCount } }' });
    expect((bills.body.data as { partnerBills: { totalCount: number } }).partnerBills.totalCount).toBeGreaterThanOrEqual(10);
  });

  it('R-EX-4 the rollup migrations rebuild from the raw records exactly what ingestion maintains', async () => {
    const em = demo.orm.em.fork();
    const snapshot = async () => {
      const tables: Record<string, unknown[]> = {};
      for (const grain of ROLLUP_GRAINS) tables[grain.table] = await em.execute(`select * from "${grain.table}" order by ${keyColumns(grain).map((k) => `"${k}"`).join(', ')}`);
      return tables;
    };
    const queriesOf = async (migration: Migration, direction: 'up' | 'down') => {
      await migration[direction]();
      return migration.getQueries().map(String);
    };
    const maintained = await snapshot();
    expect(Object.values(maintained).every((rows) => rows.length > 0)).toBe(true);
    // The rebuild as a database migrating from before the rollups gets it: the sums in numeric, then turned into units.
    const rebuild = (await queriesOf(new Migration20261123120000(em.getDriver(), demo.orm.config), 'up')).filter(
      (sql) => !sql.startsWith('drop table "expenditure_rollup') && !sql.startsWith('create table'),
    );
    const toUnits = new Migration20261124010000(em.getDriver(), demo.orm.config);
    const [unitsDown, unitsUp] = [await queriesOf(toUnits, 'down'), (toUnits.reset(), await queriesOf(toUnits, 'up'))];
    await em.transactional(async (tx) => {
      for (const sql of unitsDown) await tx.execute(sql);
      for (const grain of ROLLUP_GRAINS) await tx.execute(`delete from "${grain.table}"`);
      for (const sql of rebuild) await tx.execute(sql);
      for (const sql of unitsUp) await tx.execute(sql);
    });
    expect(await snapshot()).toEqual(maintained);
  });
});

// Last: the record it stores (50 billion) would show in every figure of March 2031 above.
describe('rollup range', () => {
  it('R-EX-1 refuses a batch that would take a rollup sum past its range, and writes nothing', async () => {
    // 50 billion each: one record fits a rollup row (±92.2 billion), two on one day do not.
    const huge = { listPrice: '50000000000.00000000', discount: '0', amountDue: '50000000000.00000000', cash: '50000000000.00000000', coupon: '0' };
    const response = await operator.data(IngestUsageRecordsDocument, {
      input: { records: [record('contoso', '2031-03-11T02:00:00.000Z', { ...huge, transactionId: 'HUGE-1' }), record('contoso', '2031-03-11T03:00:00.000Z', { ...huge, transactionId: 'HUGE-2' })] as never },
    });
    expect(response.ingestUsageRecords.accepted).toBeNull();
    expect(response.ingestUsageRecords.errors[0]).toMatchObject({ code: 'USAGE_RECORD_INVALID', field: 'records' });
    expect(response.ingestUsageRecords.errors[0]!.message).toMatch(/past ±92,233,720,368\.54775807; nothing was stored/);
    const page = await admin.data(ExpenditureRecordsDocument, { billingCycle: '2031-03', transactionId: 'HUGE-1' });
    expect(page.expenditureRecords.totalCount).toBe(0);
    // A single record past that range is refused by its row and field.
    const single = await operator.data(IngestUsageRecordsDocument, {
      input: { records: [record('contoso', '2031-03-11T04:00:00.000Z', { ...huge, listPrice: '92233720368.54775808', amountDue: '92233720368.54775808', cash: '92233720368.54775808', transactionId: 'HUGE-3' })] as never },
    });
    expect(single.ingestUsageRecords.errors[0]).toMatchObject({ code: 'USAGE_RECORD_INVALID', field: 'records.1.listPrice' });
    expect(single.ingestUsageRecords.errors[0]!.message).toMatch(/must be between -92,233,720,368\.54775808 and 92,233,720,368\.54775807/);
    // One of them alone is stored, exactly.
    expect((await ingest([record('contoso', '2031-03-11T02:00:00.000Z', { ...huge, transactionId: 'HUGE-1' })])).accepted).toBe(1);
    const stored = await admin.data(ExpenditureRecordsDocument, { billingCycle: '2031-03', transactionId: 'HUGE-1' });
    expect(stored.expenditureRecords.totalCount).toBe(1);
  });

  it('R-EX-4 refuses a reassignment that would take the new manager\'s sums past their range, and changes nothing', async () => {
    // Adjustments (either sign) of 60 billion for Contoso (the manager's) and Tailspin (no manager), and of -60 billion
    // for Northwind (the manager's): the partner's day holds 60 billion, but Contoso's moved to "no manager" would make 120.
    const at = '2031-01-05T02:00:00.000Z';
    const adjustment = (amount: string) => ({ kind: 'ADJUSTMENT', listPrice: '0', discount: '0', amountDue: amount, cash: amount, coupon: '0' });
    const big = '60000000000.00000000';
    for (const batch of [[record('contoso', at, adjustment(big))], [record('northwind', at, adjustment(`-${big}`))], [record('tailspin', at, adjustment(big))]]) {
      expect((await ingest(batch)).errors).toEqual([]);
    }
    const em = server.orm.em.fork();
    const contoso = await em.findOneOrFail(CustomerAssociation, { customer: customers.contoso, endedAt: null }, withoutTenantFilter);
    const managerId = contoso.accountManager!.id;
    const manager = await server.signIn(demoMemberEmail('manager', 'acme-cloud'));
    const input = { input: { from: '2031-01-01', to: '2031-01-31', groupBy: 'CUSTOMER' as never } };
    const before = await manager.data(ExpenditureDistributionDocument, input);

    const refused = await admin.data(AssignAccountManagerDocument, { input: { associationId: contoso.id, accountManagerId: null } });
    expect(refused.assignAccountManager.errors).toEqual([
      { code: 'MANAGER_STATISTICS_OUT_OF_RANGE', field: 'accountManagerId', message: expect.stringMatching(/would pass ±92,233,720,368\.54775807 .*the manager was not changed/) },
    ]);
    const after = await server.orm.em.fork().findOneOrFail(CustomerAssociation, contoso.id, withoutTenantFilter);
    expect(after.accountManager?.id).toBe(managerId);
    expect((await manager.data(ExpenditureDistributionDocument, input)).expenditureDistribution).toEqual({ ...before.expenditureDistribution, asOf: expect.anything() });

    // Nor does the request's own copy of the association keep the refused manager: a later flush in the same request
    // (here, straight after) writes nothing.
    const requestEm = server.orm.em.fork();
    const adminAccount = await requestEm.findOneOrFail(Account, { email: demoAdminEmail('acme-cloud') }, { populate: ['role'], filters: false });
    requestEm.setFilterParams(TENANT_FILTER, { partnerId: adminAccount.partner!.id });
    const ctx = { em: requestEm, account: adminAccount, permissions: permissionsOf(adminAccount), partnerId: adminAccount.partner!.id } as unknown as Ctx;
    const scope = { operation: 'assignAccountManager', requestId: 'test', at: () => server.clock.now(), actorId: adminAccount.id, actorEmail: adminAccount.email, actorKind: adminAccount.kind, partnerId: adminAccount.partner!.id };
    const reassign = () => runInAuditScope(scope, () => server.services.customerAssociations.assignAccountManager(ctx, { associationId: contoso.id, accountManagerId: null }));
    await expect(reassign()).rejects.toMatchObject({ code: 'MANAGER_STATISTICS_OUT_OF_RANGE' });
    expect((await requestEm.findOneOrFail(CustomerAssociation, contoso.id)).accountManager?.id).toBe(managerId);
    await requestEm.flush();
    expect((await server.orm.em.fork().findOneOrFail(CustomerAssociation, contoso.id, withoutTenantFilter)).accountManager?.id).toBe(managerId);
  });
});
