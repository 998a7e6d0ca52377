import { describe, expect, it } from 'vitest';
import { UsageKind } from '../modules/expenditure/expenditure.enums.js';
import { STAGING_COLUMNS } from '../modules/expenditure/usage-ingestion.js';
import { validateUsageRecord, type RawUsageRecord, type StagedUsageRecord } from '../modules/expenditure/usage-record.validation.js';
import { beijingMonthAndDay, beijingMonthStart, csvField, generateUsageRecords, Prng, unitsToMoney, usageCsvLine, USAGE_PRODUCTS } from './usage-generator.js';

const NOW = new Date('2026-11-23T07:30:00.000Z');
const customers = Array.from({ length: 40 }, (_, i) => ({
  id: new Prng(`customer-${i}`).uuid(),
  // Most associated long ago; a few recently (their records start then).
  associationStartedAt: new Date(NOW.getTime() - (i % 10 === 0 ? 20 : 500) * 86_400_000),
}));

function toRaw(r: StagedUsageRecord): RawUsageRecord {
  return {
    transactionId: r.transaction_id,
    customerId: r.customer_id,
    kind: r.kind,
    transactedAt: r.transacted_at,
    product: r.product,
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    specification: r.specification,
    region: r.region,
    availabilityZone: r.availability_zone,
    billingMode: r.billing_mode,
    marketplace: r.marketplace,
    listPrice: r.list_price,
    discount: r.discount,
    amountDue: r.amount_due,
    cash: r.cash,
    coupon: r.coupon,
    monthlySettlement: r.monthly_settlement,
  };
}

describe('usage generator', () => {
  const records = [...generateUsageRecords({ customers, records: 20_000, now: NOW, seed: 7 })];

  it('R-EX-2 never gives one transaction id two months: the same seed a week later reuses an id only in its month', () => {
    const later = [...generateUsageRecords({ customers, records: 20_000, now: new Date(NOW.getTime() + 7 * 86_400_000), seed: 7 })];
    const monthOf = new Map(records.map((r) => [r.transaction_id, r.billing_month]));
    const reused = later.filter((r) => monthOf.has(r.transaction_id));
    expect(reused.length).toBeGreaterThan(0); // the window moved a little: most records keep their id
    expect(reused.filter((r) => monthOf.get(r.transaction_id) !== r.billing_month)).toEqual([]);
  });

  it('generates records that pass validation unchanged', () => {
    expect(records).toHaveLength(20_000);
    for (const r of records) {
      const validated = validateUsageRecord(r.row_no, toRaw(r), NOW);
      expect(validated).toEqual({ ...r, specification: r.specification });
    }
  });

  it('is deterministic for a seed and differs for another', () => {
    const again = [...generateUsageRecords({ customers, records: 20_000, now: NOW, seed: 7 })];
    expect(again).toEqual(records);
    const other = [...generateUsageRecords({ customers, records: 200, now: NOW, seed: 8 })];
    expect(other.map((r) => r.transaction_id)).not.toEqual(records.slice(0, 200).map((r) => r.transaction_id));
    expect(new Set([...other, ...records].map((r) => r.transaction_id)).size).toBe(20_200);
  });

  it('gives unique transaction ids and consecutive row numbers', () => {
    expect(new Set(records.map((r) => r.transaction_id)).size).toBe(records.length);
    expect(records.map((r) => r.row_no)).toEqual(records.map((_, i) => i + 1));
    const offset = [...generateUsageRecords({ customers, records: 3, now: NOW, seed: 7, firstRowNo: 101 })];
    expect(offset.map((r) => r.row_no)).toEqual([101, 102, 103]);
  });

  it('keeps records within the months, after the association start and never in the future', () => {
    const rangeStart = beijingMonthStart(NOW, 11).getTime();
    expect(new Date(rangeStart).toISOString()).toBe('2025-11-30T16:00:00.000Z');
    const started = new Map(customers.map((c) => [c.id, c.associationStartedAt.getTime()]));
    for (const r of records) {
      const at = Date.parse(r.transacted_at);
      expect(at).toBeGreaterThanOrEqual(rangeStart);
      expect(at).toBeGreaterThan(started.get(r.customer_id)!);
      expect(at).toBeLessThanOrEqual(NOW.getTime());
    }
    expect(new Set(records.map((r) => r.billing_month)).size).toBe(12);
  });

  it('yields records in transaction time order, as a billing system sends them', () => {
    const times = records.map((r) => Date.parse(r.transacted_at));
    expect(times.every((t, i) => i === 0 || times[i - 1] <= t)).toBe(true);
    // Spread over the whole range, not bunched: every month holds a share of the records.
    const perMonth = new Map<string, number>();
    for (const r of records) perMonth.set(r.billing_month, (perMonth.get(r.billing_month) ?? 0) + 1);
    for (const count of perMonth.values()) expect(count).toBeGreaterThan(records.length / 24);
  });

  it('has a realistic mix: mostly expenditures, ~2 % refunds, ~1 % adjustments, some coupons, rare marketplace', () => {
    const share = (p: (r: StagedUsageRecord) => boolean) => records.filter(p).length / records.length;
    expect(share((r) => r.kind === UsageKind.REFUND)).toBeGreaterThan(0.01);
    expect(share((r) => r.kind === UsageKind.REFUND)).toBeLessThan(0.03);
    expect(share((r) => r.kind === UsageKind.ADJUSTMENT)).toBeGreaterThan(0.004);
    expect(share((r) => r.kind === UsageKind.ADJUSTMENT)).toBeLessThan(0.02);
    expect(share((r) => r.coupon !== '0.00000000')).toBeGreaterThan(0.05);
    expect(share((r) => r.marketplace)).toBeLessThan(0.05);
    expect(new Set(records.map((r) => r.product)).size).toBeGreaterThan(8);
    expect(new Set(records.map((r) => r.region)).size).toBe(8);
    expect(new Set(records.map((r) => r.billing_mode)).size).toBe(3);
    // Each customer has 3–8 resources that its records repeat.
    const perCustomer = new Map<string, Set<string>>();
    for (const r of records) perCustomer.set(r.customer_id, (perCustomer.get(r.customer_id) ?? new Set()).add(r.resource_id));
    for (const ids of perCustomer.values()) expect(ids.size).toBeLessThanOrEqual(8);
    expect(USAGE_PRODUCTS.filter((p) => p.marketplace).map((p) => p.product)).toEqual(['KooGallery']);
  });

  it('computes the Beijing month and day at the month boundary', () => {
    expect(beijingMonthAndDay(new Date('2026-10-31T15:59:59.999Z'))).toEqual({ billing_month: '2026-10-01', day: '2026-10-31' });
    expect(beijingMonthAndDay(new Date('2026-10-31T16:00:00.000Z'))).toEqual({ billing_month: '2026-11-01', day: '2026-11-01' });
    expect(beijingMonthAndDay(new Date('2025-12-31T16:00:00.000Z'))).toEqual({ billing_month: '2026-01-01', day: '2026-01-01' });
    // And the generated records agree with the validator's own computation, including around boundaries.
    for (const r of records) expect(beijingMonthAndDay(new Date(r.transacted_at))).toEqual({ billing_month: r.billing_month, day: r.day });
  });

  it('formats integer amounts exactly', () => {
    expect(unitsToMoney(0)).toBe('0.00000000');
    expect(unitsToMoney(1)).toBe('0.00000001');
    expect(unitsToMoney(-123_456_789_012)).toBe('-1234.56789012');
    expect(unitsToMoney(Number.MAX_SAFE_INTEGER)).toBe('90071992.54740991');
    expect(() => unitsToMoney(0.5)).toThrow();
  });

  it('writes CSV lines in staging column order with null and empty distinguished', () => {
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('""');
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField(true)).toBe('t');
    const r = { ...records[0], availability_zone: null, specification: 'x, "y"' };
    const line = usageCsvLine(r);
    expect(line.endsWith('\n')).toBe(true);
    const fields = parseCsvLine(line.slice(0, -1));
    expect(fields).toHaveLength(STAGING_COLUMNS.length);
    const at = (c: (typeof STAGING_COLUMNS)[number]) => fields[STAGING_COLUMNS.indexOf(c)];
    expect(at('transaction_id')).toBe(r.transaction_id);
    expect(at('availability_zone')).toBeNull();
    expect(at('specification')).toBe('x, "y"');
    expect(at('list_price')).toBe(r.list_price);
  });
});

/** A minimal CSV parser (PostgreSQL rules: unquoted empty = null). */
function parseCsvLine(line: string): (string | null)[] {
  const out: (string | null)[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let s = '';
      i++;
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') {
          s += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else s += line[i++];
      }
      out.push(s);
      i++;
    } else {
      const next = line.indexOf(',', i);
      const end = next === -1 ? line.length : next;
      out.push(end === i ? null : line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}
