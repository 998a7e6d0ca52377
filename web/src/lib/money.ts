/**
 * Money arrives as a Decimal string with 8 fractional digits ("123.54680921"). Screens show 2 decimals rounded
 * half-up with the exact value on hover; the arithmetic lives in @pc/shared so screens and exports agree.
 */
export { formatMoneyForDisplay as formatMoney, formatMoneyExact as exactMoney } from '@pc/shared';
