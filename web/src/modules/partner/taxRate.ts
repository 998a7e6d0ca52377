/**
 * Tax rates travel as Decimal fractions ("0.06000000" = 6 %); people type percentages. The conversion only moves the
 * decimal point two places, done on the digits so it is exact (no floating point).
 */

/** What the percentage field accepts: 0 to below 100, at most 6 decimals (the fraction then fits 8 decimals). */
export const PERCENT_INPUT = /^\d{1,2}(\.\d{1,6})?$/;

/** "6" → "0.06", "12.5" → "0.125", "0" → "0.00". The input must match PERCENT_INPUT. */
export function percentToFraction(percent: string): string {
  const text = percent.trim();
  if (!PERCENT_INPUT.test(text)) throw new Error(`Not a percentage: "${percent}"`);
  const [integer, fraction = ''] = text.split('.');
  const scale = fraction.length + 2;
  const digits = `${integer}${fraction}`.padStart(scale + 1, '0');
  const whole = digits.slice(0, -scale).replace(/^0+(?=\d)/, '');
  return `${whole}.${digits.slice(-scale)}`;
}

/** "0.06000000" → "6", "0.12500000" → "12.5", "0.00000000" → "0". */
export function fractionToPercent(fraction: string): string {
  const [integer, decimals = ''] = fraction.trim().split('.');
  const padded = decimals.padEnd(2, '0');
  const whole = `${integer}${padded.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = padded.slice(2).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}
