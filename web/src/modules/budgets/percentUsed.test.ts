import { describe, expect, it } from 'vitest';
import { percentReached, percentText } from './percentUsed';

describe('budget percent used (R-BU-2): shown rounded down, exactly', () => {
  it.each([
    ['99.96000000', '99.9 %'],
    ['99.99999999', '99.9 %'],
    ['74.96000000', '74.9 %'],
    ['89.99999999', '89.9 %'],
    ['100.00000000', '100 %'],
    ['101.00000000', '101 %'],
    ['82.50000000', '82.5 %'],
    ['0.00000000', '0 %'],
    ['0.09999999', '0 %'],
    ['1234.56000000', '1,234.5 %'],
    ['-0.05000000', '-0.1 %'],
    ['-3.20000000', '-3.2 %'],
  ])('percentText(%s) = %s', (value, text) => {
    expect(percentText(value)).toBe(text);
  });

  it('reaches a threshold only at or above it', () => {
    expect(percentReached('99.99999999', 100)).toBe(false);
    expect(percentReached('100.00000000', 100)).toBe(true);
    expect(percentReached('74.99999999', 75)).toBe(false);
    expect(percentReached('75.00000000', 75)).toBe(true);
  });
});
