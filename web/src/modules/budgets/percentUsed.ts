import { compareMoney } from '@pc/shared';

/**
 * The API's percent used is an exact 8-decimal string ("99.96000000"). Screens show one decimal, rounded DOWN on the
 * digits (never through a float): a percentage shown never reaches a threshold (75, 90, 100 %) the spend has not, so
 * "100 %" appears exactly when the purchase gate refuses yearly/monthly products (R-BU-2).
 */
const PERCENT = /^(-?)(\d+)(?:\.(\d*))?$/;

/** "82.5 %", "99.9 %" for 99.96, "1,234 %", "0 %". Towards −∞, so "-0.05" is "-0.1 %". */
export function percentText(value: string): string {
  const match = PERCENT.exec(value.trim());
  if (!match) return `${value} %`;
  const negative = match[1] === '-';
  const fraction = match[3] ?? '';
  let tenths = BigInt(`${match[2]}${fraction[0] ?? '0'}`);
  if (negative && /[1-9]/.test(fraction.slice(1))) tenths += 1n;
  if (tenths === 0n) return '0 %';
  const integer = (tenths / 10n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digit = tenths % 10n;
  return `${negative ? '-' : ''}${integer}${digit === 0n ? '' : `.${digit}`} %`;
}

/** Whether the exact percent has reached a threshold (compared as decimals, not floats). */
export function percentReached(value: string, threshold: number): boolean {
  return compareMoney(value, String(threshold)) >= 0;
}
