import { Decimal } from 'decimal.js';

/**
 * Money on the wire is a decimal string with 8 fractional digits ("123.54680921"). These helpers never go through a
 * JS number, so what a screen rounds and what an export writes agree with the server to the last digit.
 */
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });

export const MONEY_SCALE = 8;

/** For screens: 2 decimals, rounded half-up ("1.005" → "1.01", "-2.345" → "-2.35"), with thousands separators. */
export function formatMoneyForDisplay(value: string, options: { grouping?: boolean } = {}): string {
  const rounded = new D(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  // "-0.004" rounds to zero, which is shown without a sign.
  const fixed = (rounded.isZero() ? new D(0) : rounded).toFixed(2);
  if (options.grouping === false) return fixed;
  const [integer, fraction] = fixed.split('.');
  const sign = integer.startsWith('-') ? '-' : '';
  const digits = sign ? integer.slice(1) : integer;
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

/** For exports and tooltips: all 8 decimals. */
export function formatMoneyExact(value: string): string {
  return new D(value).toFixed(MONEY_SCALE, Decimal.ROUND_HALF_UP);
}

/** Exact sum of decimal strings, as an 8-decimal string. */
export function sumMoney(values: readonly string[]): string {
  return values.reduce((total, v) => total.plus(v), new D(0)).toFixed(MONEY_SCALE);
}

export function compareMoney(a: string, b: string): -1 | 0 | 1 {
  return new D(a).comparedTo(b) as -1 | 0 | 1;
}

const PLAIN = /^-?\d{1,12}(\.\d{1,8})?$/;

/** What a form accepts before sending: plain digits, ≤ 12 integer and ≤ 8 fractional digits. */
export function isMoneyInput(text: string): boolean {
  return PLAIN.test(text.trim());
}
