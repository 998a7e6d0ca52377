import { describe, expect, it } from 'vitest';
import { compareMoney, formatMoneyExact, formatMoneyForDisplay, isMoneyInput, sumMoney } from './money.js';

describe('money helpers', () => {
  it('shows 2 decimals rounded half-up, never through a float', () => {
    expect(formatMoneyForDisplay('1.005')).toBe('1.01'); // (1.005).toFixed(2) gives "1.00"
    expect(formatMoneyForDisplay('-2.345')).toBe('-2.35');
    expect(formatMoneyForDisplay('123.54680921')).toBe('123.55');
    expect(formatMoneyForDisplay('0')).toBe('0.00');
    expect(formatMoneyForDisplay('1234567.125')).toBe('1,234,567.13');
    expect(formatMoneyForDisplay('999999999999.99999999', { grouping: false })).toBe('1000000000000.00');
  });

  it.each([
    ['0.00000000', '0.00'],
    ['-0.004', '0.00'],
    ['-0.005', '-0.01'],
    ['2.675', '2.68'],
    ['1.00499999', '1.00'],
    ['99.995', '100.00'],
    ['999.999', '1,000.00'],
    ['-1000', '-1,000.00'],
    ['100000000123.54680922', '100,000,000,123.55'],
  ])('rounds %s to %s for display', (input, expected) => {
    expect(formatMoneyForDisplay(input)).toBe(expected);
  });

  it('refuses text that is not a number', () => {
    expect(() => formatMoneyForDisplay('abc')).toThrow();
    expect(() => formatMoneyForDisplay('')).toThrow();
    expect(() => formatMoneyForDisplay('1.2.3')).toThrow();
  });

  it('keeps all 8 decimals for exports', () => {
    expect(formatMoneyExact('100000000123.54680922')).toBe('100000000123.54680922');
    expect(formatMoneyExact('5')).toBe('5.00000000');
  });

  it('sums exactly where floats drift', () => {
    expect(sumMoney(['0.1', '0.2'])).toBe('0.30000000');
    expect(sumMoney(Array.from({ length: 10 }, () => '0.00000001'))).toBe('0.00000010');
    expect(sumMoney([])).toBe('0.00000000');
  });

  it('compares and validates inputs', () => {
    expect(compareMoney('2000.00000001', '2000')).toBe(1);
    expect(compareMoney('2000', '2000.00')).toBe(0);
    expect(isMoneyInput('2000.5')).toBe(true);
    expect(isMoneyInput('1e5')).toBe(false);
    expect(isMoneyInput('1.123456789')).toBe(false);
    expect(isMoneyInput('1234567890123')).toBe(false);
  });
});
