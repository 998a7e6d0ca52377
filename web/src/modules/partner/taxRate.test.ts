import { describe, expect, it } from 'vitest';
import { fractionToPercent, percentToFraction } from './taxRate';

describe('tax rate percent ⇄ fraction (exact)', () => {
  it.each([
    ['6', '0.06'],
    ['0', '0.00'],
    ['13', '0.13'],
    ['12.5', '0.125'],
    ['99.999999', '0.99999999'],
    ['0.000001', '0.00000001'],
    ['06', '0.06'],
  ])('percentToFraction(%s) = %s', (percent, fraction) => {
    expect(percentToFraction(percent)).toBe(fraction);
  });

  it('refuses what is not a percentage below 100 with at most 6 decimals', () => {
    for (const bad of ['100', '-1', '6,5', '1e2', '0.0000001', '', 'abc']) expect(() => percentToFraction(bad)).toThrow();
  });

  it.each([
    ['0.06000000', '6'],
    ['0.12500000', '12.5'],
    ['0.00000000', '0'],
    ['0.99999999', '99.999999'],
    ['0.1', '10'],
  ])('fractionToPercent(%s) = %s', (fraction, percent) => {
    expect(fractionToPercent(fraction)).toBe(percent);
  });
});
