import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutTenantFilter } from '../src/common/db/tenant.js';
import { CustomerAssociation } from '../src/modules/customer/customer-association.entity.js';
import { CustomerProfile } from '../src/modules/customer/customer-profile.entity.js';
import { ExpenditureDimension } from '../src/modules/expenditure/expenditure.enums.js';
import { distribution, rawDistribution } from '../src/modules/expenditure/statistics.queries.js';
import { applyStaged, createStaging, STAGING_TABLE } from '../src/modules/expenditure/usage-ingestion.js';
import { fromUnits, NO_MANAGER, ROLLUP_GRAINS } from '../src/modules/expenditure/rollups.js';
import { formatMoney } from '../src/common/scalars/decimal.js';
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
    const association = await em.findOneOrFail(CustomerAssociation, { customer, endedAt: null }, withoutTenantFilter);
    const partnerId = association.partner.id;
    const managerId = association.accountManager?.id ?? NO_MANAGER;
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
    // Every table of every grain (partner, manager and customer; day and month) holds exactly the sums.
    for (const grain of ROLLUP_GRAINS) {
      const [sums] = await exec(
        `select sum(records)::bigint as records, ${['list_price', 'cash', 'coupon'].map((c) => `${fromUnits(`sum(${c})`)} as ${c}`).join(', ')}, ${fromUnits('sum(cash) + sum(coupon)')} as amount_due from "${grain.table}" where partner_id = ?::uuid and "${grain.period}" >= '2031-06-01'`,
        [partnerId],
      );
      expect({ table: grain.table, records: Number(sums.records), ...Object.fromEntries(['list_price', 'cash', 'coupon', 'amount_due'].map((c) => [c, formatMoney(String(sums[c]))])) }).toEqual({
        table: grain.table,
        records: RECORDS,
        list_price: expected.listPrice,
        cash: expected.cash,
        coupon: expected.coupon,
        amount_due: expected.amountDue,
      });
    }
    // And the statistics read them so: every grouping, partner-wide and scoped to the customer's account manager.
    const scoped = { partnerId, managerIds: [managerId], customerIds: [customer.id] };
    const everyone = { partnerId, managerIds: null, customerIds: null };
    const cases: [ExpenditureDimension, typeof scoped | typeof everyone][] = [
      ...Object.values(ExpenditureDimension).map((d) => [d, everyone] as [ExpenditureDimension, typeof everyone]),
      ...Object.values(ExpenditureDimension).map((d) => [d, scoped] as [ExpenditureDimension, typeof scoped]),
    ];
    const partial = await distribution(exec, scoped, { from: '2031-05-15', to: '2033-12-31' }, ExpenditureDimension.PRODUCT);
    expect(partial.totals).toMatchObject(expected);
    for (const [groupBy, scope] of cases) {
      const dayRange = groupBy === ExpenditureDimension.DAY ? { from: '2031-06-01', to: '2032-05-31' } : range;
      const rolled = await distribution(exec, scope, dayRange, groupBy);
      if (groupBy !== ExpenditureDimension.DAY) expect(rolled.totals).toMatchObject(expected);
      // The raw GROUP BY over a million rows is slow on the embedded database: compared for two groupings.
      if (groupBy === ExpenditureDimension.PRODUCT || groupBy === ExpenditureDimension.REGION) {
        expect(rolled).toEqual(await rawDistribution(exec, scope, dayRange, groupBy));
      }
    }
  });
});
