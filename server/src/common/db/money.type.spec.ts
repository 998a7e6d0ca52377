import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { MoneyType } from './money.type.js';
import { Money } from '../scalars/decimal.js';

describe('MoneyType', () => {
  const type = new MoneyType();

  it('is a numeric(20,8) column', () => {
    expect(type.getColumnType()).toBe('numeric(20,8)');
  });

  it('writes exactly 8 decimals and reads back an exact Decimal', () => {
    expect(type.convertToDatabaseValue(new Money('100000000123.5468092'))).toBe('100000000123.54680920');
    const read = type.convertToJSValue('100000000123.54680922');
    expect(Decimal.isDecimal(read)).toBe(true);
    expect(read!.plus('0.00000001').toFixed(8)).toBe('100000000123.54680923');
  });

  it('keeps null as null', () => {
    expect(type.convertToDatabaseValue(null)).toBeNull();
    expect(type.convertToJSValue(null)).toBeNull();
  });
});
