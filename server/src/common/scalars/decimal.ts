import { Decimal } from 'decimal.js';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Money: 8 fractional digits, at most 12 integer digits (numeric(20,8)). Never a JS float. */
export const MONEY_SCALE = 8;
export const MONEY_INTEGER_DIGITS = 12;

// An independent Decimal constructor so no other code can change our precision or rounding.
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Money = Decimal;

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** Parses a decimal written in plain notation; refuses exponents, NaN, Infinity, > 8 decimals, > 12 integer digits. */
export function parseMoney(text: string): Decimal {
  const trimmed = text.trim();
  if (!PLAIN_DECIMAL.test(trimmed)) {
    throw new TypeError(`"${text}" is not a decimal number (use digits with an optional "." and up to ${MONEY_SCALE} decimals)`);
  }
  const [integerPart, fraction = ''] = trimmed.replace('-', '').split('.');
  if (fraction.length > MONEY_SCALE) {
    throw new TypeError(`"${text}" has more than ${MONEY_SCALE} decimal places`);
  }
  if (integerPart.replace(/^0+(?=\d)/, '').length > MONEY_INTEGER_DIGITS) {
    throw new TypeError(`"${text}" has more than ${MONEY_INTEGER_DIGITS} integer digits`);
  }
  return new Money(trimmed);
}

/** The canonical wire form: always exactly 8 decimals ("123.54680921", "-0.50000000"). */
export function formatMoney(value: Decimal | string): string {
  const decimal = typeof value === 'string' ? new Money(value) : value;
  return decimal.toFixed(MONEY_SCALE, Decimal.ROUND_HALF_UP);
}

export const UNITS_PER_MONEY = 10n ** BigInt(MONEY_SCALE);

const EXACT_MONEY = /^-?\d+\.\d{8}$/;

/** A money text (up to 8 decimals, as the database and `formatMoney` write it) in 1e-8 units, exactly. */
export function moneyUnits(text: string): bigint {
  // As the database and `formatMoney` write money (exactly 8 decimals), its digits without the point are the units: a
  // third faster, which a distribution's totals (hundreds of figures per request) notice.
  if (EXACT_MONEY.test(text)) return BigInt(text.slice(0, -MONEY_SCALE - 1) + text.slice(-MONEY_SCALE));
  const match = /^(-?)(\d+)(?:\.(\d{0,8}))?$/.exec(text);
  if (!match) throw new TypeError(`"${text}" is not a money amount with at most ${MONEY_SCALE} decimals`);
  const units = BigInt(match[2]) * UNITS_PER_MONEY + BigInt((match[3] ?? '').padEnd(MONEY_SCALE, '0'));
  return match[1] ? -units : units;
}

/** 1e-8 units as `formatMoney` writes them (exactly 8 decimals). */
export function formatMoneyUnits(units: bigint): string {
  const digits = (units < 0n ? -units : units).toString().padStart(MONEY_SCALE + 1, '0');
  return `${units < 0n ? '-' : ''}${digits.slice(0, -MONEY_SCALE)}.${digits.slice(-MONEY_SCALE)}`;
}

/**
 * The exact sum of money texts, written as `formatMoney` writes it. Fixed-point integers: a column of a few hundred
 * figures (a distribution's totals) adds up in microseconds, where Decimal objects take a millisecond.
 */
export function sumMoneyTexts(values: Iterable<string>): string {
  let units = 0n;
  for (const value of values) units += moneyUnits(value);
  return formatMoneyUnits(units);
}

function coerceInput(value: unknown): Decimal {
  if (typeof value === 'string') return parseMoney(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('a Decimal must be a finite number');
    // A JSON number reaches us as a float; its shortest text form must already be plain and exact.
    return parseMoney(String(value));
  }
  throw new TypeError('a Decimal must be a string such as "123.45"');
}

export const DecimalScalar = new GraphQLScalarType<Decimal, string>({
  name: 'Decimal',
  description:
    'An exact decimal with up to 8 fractional digits and 12 integer digits, serialized as a string with exactly 8 decimals, e.g. "123.54680921". Exponents, NaN and more digits are refused.',
  serialize(value) {
    if (Decimal.isDecimal(value)) return formatMoney(value as Decimal);
    if (typeof value === 'string') return formatMoney(parseMoney(value));
    throw new GraphQLError('Decimal fields must hold a decimal value, not a JS number');
  },
  parseValue(value) {
    try {
      return coerceInput(value);
    } catch (error) {
      throw new GraphQLError((error as Error).message);
    }
  },
  parseLiteral(ast) {
    try {
      if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseMoney(ast.value);
    } catch (error) {
      throw new GraphQLError((error as Error).message, { nodes: ast });
    }
    throw new GraphQLError('a Decimal must be a string such as "123.45"', { nodes: ast });
  },
});
