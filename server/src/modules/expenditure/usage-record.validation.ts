import { beijingDate } from '../../common/beijing-time.js';
import { formatMoney, Money, parseMoney } from '../../common/scalars/decimal.js';
import { isUuid } from '../../common/ids.js';
import { BillingMode, UsageKind } from './expenditure.enums.js';
import { MAX_ROLLUP_MONEY, MIN_ROLLUP_MONEY } from './rollups.js';

const MAX_ROLLUP_AMOUNT = new Money(MAX_ROLLUP_MONEY.replaceAll(',', ''));
const MIN_ROLLUP_AMOUNT = new Money(`-${MIN_ROLLUP_MONEY.replaceAll(',', '')}`);

/** One usage record as the billing system sends it (GraphQL input or CSV row), before validation. */
export type RawUsageRecord = {
  transactionId?: unknown;
  customerId?: unknown;
  kind?: unknown;
  transactedAt?: unknown;
  product?: unknown;
  resourceType?: unknown;
  resourceId?: unknown;
  specification?: unknown;
  region?: unknown;
  availabilityZone?: unknown;
  billingMode?: unknown;
  marketplace?: unknown;
  listPrice?: unknown;
  discount?: unknown;
  amountDue?: unknown;
  cash?: unknown;
  coupon?: unknown;
  monthlySettlement?: unknown;
};

/** A validated record, in the shape the staging table takes (money as exact 8-decimal strings). */
export type StagedUsageRecord = {
  row_no: number;
  transaction_id: string;
  customer_id: string;
  kind: UsageKind;
  transacted_at: string;
  billing_month: string;
  day: string;
  product: string;
  resource_type: string;
  resource_id: string;
  specification: string;
  region: string;
  availability_zone: string | null;
  billing_mode: BillingMode;
  marketplace: boolean;
  list_price: string;
  discount: string;
  amount_due: string;
  cash: string;
  coupon: string;
  monthly_settlement: string;
};

export class UsageRecordError extends Error {
  constructor(
    readonly row: number,
    readonly field: string | null,
    message: string,
  ) {
    super(`Row ${row}${field ? ` (${field})` : ''}: ${message}`);
    this.name = 'UsageRecordError';
  }
}

const TRANSACTION_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const CODE = /^[A-Za-z0-9 ._()/-]{1,50}$/;

function text(row: number, field: string, value: unknown, max: number, required = true): string | null {
  const s = value === undefined || value === null ? '' : String(value).trim();
  if (!s) {
    if (required) throw new UsageRecordError(row, field, 'is required');
    return null;
  }
  if (s.length > max) throw new UsageRecordError(row, field, `is longer than ${max} characters`);
  return s;
}

function money(row: number, field: string, value: unknown, fallback?: string): InstanceType<typeof Money> {
  const s = value === undefined || value === null || value === '' ? fallback : String(value);
  if (s === undefined) throw new UsageRecordError(row, field, 'is required');
  try {
    return parseMoney(s);
  } catch (error) {
    throw new UsageRecordError(row, field, (error as Error).message);
  }
}

function oneOf<T extends string>(row: number, field: string, value: unknown, values: Record<string, T>): T {
  const s = String(value ?? '').trim().toUpperCase().replace(/[-\s/]+/g, '_');
  const found = Object.values(values).find((v) => v === s);
  if (!found) throw new UsageRecordError(row, field, `must be one of ${Object.values(values).join(', ')}`);
  return found;
}

function bool(row: number, field: string, value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (typeof value === 'boolean') return value;
  const s = String(value).trim().toLowerCase();
  if (['true', '1', 'yes'].includes(s)) return true;
  if (['false', '0', 'no'].includes(s)) return false;
  throw new UsageRecordError(row, field, 'must be true or false');
}

function instant(row: number, field: string, value: unknown): Date {
  const date = value instanceof Date ? value : new Date(String(value ?? ''));
  // ISO 8601 with an explicit offset: a local time would be ambiguous across the GMT+8 month boundary.
  if (!(value instanceof Date) && !/(Z|[+-]\d{2}:?\d{2})$/i.test(String(value ?? '').trim())) {
    throw new UsageRecordError(row, field, 'must be an ISO 8601 time with a zone, e.g. 2026-05-21T17:42:48+08:00');
  }
  if (Number.isNaN(date.getTime())) throw new UsageRecordError(row, field, 'is not a valid time');
  return date;
}

/**
 * R-EX-1..3: every field present and exact to 8 decimals; amount due = list price − discount and amount = cash +
 * coupons (R-EX-2); expenditures are positive, refunds negative (R-EX-3), adjustments carry cash and coupon parts.
 */
export function validateUsageRecord(row: number, input: RawUsageRecord, now: Date): StagedUsageRecord {
  const transactionId = text(row, 'transactionId', input.transactionId, 64)!;
  if (!TRANSACTION_ID.test(transactionId)) throw new UsageRecordError(row, 'transactionId', 'may hold letters, digits and . _ : - only');
  const customerId = text(row, 'customerId', input.customerId, 36)!;
  if (!isUuid(customerId)) throw new UsageRecordError(row, 'customerId', 'is not a customer account id');
  const kind = oneOf(row, 'kind', input.kind, UsageKind);
  const transactedAt = instant(row, 'transactedAt', input.transactedAt);
  if (transactedAt.getTime() > now.getTime() + 5 * 60_000) throw new UsageRecordError(row, 'transactedAt', 'is in the future');
  const product = text(row, 'product', input.product, 50)!;
  if (!CODE.test(product)) throw new UsageRecordError(row, 'product', 'may hold letters, digits, spaces and . _ ( ) / - only');
  const region = text(row, 'region', input.region, 50)!;
  const billingMode = oneOf(row, 'billingMode', input.billingMode, BillingMode);
  const listPrice = money(row, 'listPrice', input.listPrice, kind === UsageKind.ADJUSTMENT ? '0' : undefined);
  const discount = money(row, 'discount', input.discount, '0');
  const amountDue = money(row, 'amountDue', input.amountDue);
  const cash = money(row, 'cash', input.cash);
  const coupon = money(row, 'coupon', input.coupon, '0');
  const monthlySettlement = money(row, 'monthlySettlement', input.monthlySettlement, '0');

  if (kind !== UsageKind.ADJUSTMENT && !listPrice.minus(discount).equals(amountDue)) {
    throw new UsageRecordError(row, 'amountDue', `must equal list price − discount (${formatMoney(listPrice.minus(discount))})`);
  }
  if (!cash.plus(coupon).equals(amountDue)) {
    throw new UsageRecordError(row, 'cash', `cash + coupons must equal the amount due (${formatMoney(amountDue)})`);
  }
  const parts = { listPrice, discount, amountDue, cash, coupon, monthlySettlement };
  // The statistics keep these sums in bigint units (rollups.ts): a record past that range could never be added to them.
  for (const [field, value] of Object.entries({ listPrice, discount, cash, coupon })) {
    if (value.lessThan(MIN_ROLLUP_AMOUNT) || value.greaterThan(MAX_ROLLUP_AMOUNT)) {
      throw new UsageRecordError(row, field, `must be between -${MIN_ROLLUP_MONEY} and ${MAX_ROLLUP_MONEY}`);
    }
  }
  if (kind === UsageKind.EXPENDITURE) {
    for (const [field, value] of Object.entries(parts)) if (value.isNegative() && !value.isZero()) throw new UsageRecordError(row, field, 'must not be negative in an expenditure');
    if (discount.greaterThan(listPrice)) throw new UsageRecordError(row, 'discount', 'must not exceed the list price');
  } else if (kind === UsageKind.REFUND) {
    for (const [field, value] of Object.entries(parts)) if (value.isPositive() && !value.isZero()) throw new UsageRecordError(row, field, 'must not be positive in a refund (refunds are negative)');
    if (amountDue.isZero()) throw new UsageRecordError(row, 'amountDue', 'a refund must return something');
  } else if (!listPrice.isZero() || !discount.isZero()) {
    throw new UsageRecordError(row, 'listPrice', 'an adjustment has cash and coupon parts only (list price and discount 0)');
  }

  const day = beijingDate(transactedAt);
  return {
    row_no: row,
    transaction_id: transactionId,
    customer_id: customerId.toLowerCase(),
    kind,
    transacted_at: transactedAt.toISOString(),
    billing_month: `${day.slice(0, 7)}-01`,
    day,
    product,
    resource_type: text(row, 'resourceType', input.resourceType, 100, false) ?? product,
    resource_id: text(row, 'resourceId', input.resourceId, 100)!,
    specification: text(row, 'specification', input.specification, 200, false) ?? '',
    region,
    availability_zone: text(row, 'availabilityZone', input.availabilityZone, 50, false),
    billing_mode: billingMode,
    marketplace: bool(row, 'marketplace', input.marketplace),
    list_price: formatMoney(listPrice),
    discount: formatMoney(discount),
    amount_due: formatMoney(amountDue),
    cash: formatMoney(cash),
    coupon: formatMoney(coupon),
    monthly_settlement: formatMoney(monthlySettlement),
  };
}
