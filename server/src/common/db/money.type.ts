import { Decimal } from 'decimal.js';
import { Type } from '@mikro-orm/core';
import { Money, formatMoney } from '../scalars/decimal.js';

/** numeric(20,8) column held in code as an exact Decimal (never a JS number). */
export class MoneyType extends Type<Decimal | null, string | null> {
  convertToDatabaseValue(value: Decimal | string | null): string | null {
    if (value === null || value === undefined) return null;
    return formatMoney(value);
  }

  convertToJSValue(value: string | Decimal | null): Decimal | null {
    if (value === null || value === undefined) return null;
    return Decimal.isDecimal(value) ? (value as Decimal) : new Money(value);
  }

  compareAsType(): string {
    return 'string';
  }

  getColumnType(): string {
    return 'numeric(20,8)';
  }
}
