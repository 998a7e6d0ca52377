import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutTenantFilter } from '../src/common/db/tenant.js';
import { CustomerAssociation } from '../src/modules/customer/customer-association.entity.js';
import { CustomerProfile } from '../src/modules/customer/customer-profile.entity.js';
import { ExpenditureDimension } from '../src/modules/expenditure/expenditure.enums.js';
import { distribution, rawDistribution } from '../src/modules/expenditure/statistics.queries.js';
import { applyStaged, createStaging, STAGING_TABLE } from '../src/modules/expenditure/usage-ingestion.js';
import { executorOf } from '../src/modules/expenditure/usage-ingestion.service.js';
import { startTestServer, type TestServer } from './test-server.js';

const RECORDS = 1_000_000;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

describe('exactness', () => {
  // A million rows through every rollup takes a while on the embedded database; the timeout says so.
  it('R-EX-1 sums 0.00000001 over a million records to exactly 0.01000000, in every rollup and the raw rows', { timeout: 400_000 }, async () => {
    const em = server.orm.em.fork();
    const customer = await em.findOneOrFail(CustomerProfile, { companyName: 'Contoso Retail Inc.' });
    const partnerId = (await em.findOneOrFail(CustomerAssociation, { customer, endedAt: null }, withoutTenantFilter)).partner.id;
    await em.transactional(async (tx) => {
      const exec = executorOf(tx);
      await createStaging(exec);
      // One record a minute through May 2032 (well after the demo data), each 0.00000001 of list price, cash and coupon mixed.
      await exec(
        `insert into "${STAGING_TABLE}" (row_no, transaction_id, customer_id, kind, transacted_at, billing_month, day, product, resource_type, resource_id, specification, region, billing_mode, marketplace, list_price, discount, amount_due, cash, coupon, monthly_settlement) ` +
          `select i, 'EXACT-' || i, ?::uuid, 'EXPENDITURE', t, date_trunc('month', t + interval '8 hours')::date, (t + interval '8 hours')::date, ` +
          `case when i % 3 = 0 then 'OBS' else 'ECS' end, 'vm', 'r-' || (i % 7), '', case when i % 2 = 0 then 'AP-Singapore' else 'CN South-Guangzhou' end, ` +
          `'PAY_PER_USE', false, 0.00000001, 0, 0.00000001, case when i % 5 = 0 then 0 else 0.00000001 end, case when i % 5 = 0 then 0.00000001 else 0 end, 0 ` +
          `from (select i, timestamptz '2031-06-01 00:00:00+00' + i * interval '1 minute' as t from generate_series(1, ?) as i) g`,
        [customer.id, RECORDS],
      );
      const outcome = await applyStaged(exec, new Date(), { trusted: true });
      expect(outcome.accepted).toBe(RECORDS);
    });
    const exec = executorOf(em);
    const range = { from: '2031-06-01', to: '2033-12-31' };
    const expected = { records: RECORDS, listPrice: '0.01000000', amountDue: '0.01000000', cash: '0.00800000', coupon: '0.00200000', amount: '0.01000000' };
    // Every grain: partner month/day (product, day), customer month/day totals (customer, scoped day), customer month with dimensions.
    // Every grain: partner month/day (total, product, region, billing mode) and customer month/day (total, with dimensions).
    const cases: [ExpenditureDimension, string[] | null][] = [
      [ExpenditureDimension.MONTH, null],
      [ExpenditureDimension.PRODUCT, null],
      [ExpenditureDimension.REGION, null],
      [ExpenditureDimension.BILLING_MODE, null],
      [ExpenditureDimension.DAY, null],
      [ExpenditureDimension.CUSTOMER, null],
      [ExpenditureDimension.MONTH, [customer.id]],
      [ExpenditureDimension.REGION, [customer.id]],
      [ExpenditureDimension.DAY, [customer.id]],
    ];
    const partial = await distribution(exec, { partnerId, customerIds: [customer.id] }, { from: '2031-05-15', to: '2033-12-31' }, ExpenditureDimension.PRODUCT);
    expect(partial.totals).toMatchObject(expected);
    for (const [groupBy, customerIds] of cases) {
      const dayRange = groupBy === ExpenditureDimension.DAY ? { from: '2031-06-01', to: '2032-05-31' } : range;
      const rolled = await distribution(exec, { partnerId, customerIds }, dayRange, groupBy);
      if (groupBy !== ExpenditureDimension.DAY) expect(rolled.totals).toMatchObject(expected);
      // The raw GROUP BY over a million rows is slow on the embedded database: compared for two groupings.
      if (groupBy === ExpenditureDimension.PRODUCT || groupBy === ExpenditureDimension.REGION) {
        expect(rolled).toEqual(await rawDistribution(exec, { partnerId, customerIds }, dayRange, groupBy));
      }
    }
  });
});
