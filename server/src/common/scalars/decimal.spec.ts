import { describe, expect, it } from 'vitest';
import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { DecimalScalar, formatMoney, Money, parseMoney, sumMoneyTexts } from './decimal.js';

// A tiny schema that echoes a Decimal argument, to test the scalar the way clients use it.
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      echo: { type: DecimalScalar, args: { v: { type: DecimalScalar } }, resolve: (_s, { v }) => v },
      sum: {
        type: DecimalScalar,
        args: { a: { type: DecimalScalar }, b: { type: DecimalScalar } },
        resolve: (_s, { a, b }) => (a as InstanceType<typeof Money>).plus(b as InstanceType<typeof Money>),
      },
      bad: { type: DecimalScalar, resolve: () => 0.1 },
      s: { type: GraphQLString, resolve: () => 'x' },
    },
  }),
});

async function run(query: string, variableValues?: Record<string, unknown>) {
  return graphql({ schema, source: query, variableValues });
}

describe('Decimal scalar', () => {
  it('serializes with exactly 8 decimals as a string', async () => {
    const result = await run('{ echo(v: "123.5468092") }');
    expect(result.data).toEqual({ echo: '123.54680920' });
  });

  it('adds exactly where JS floats do not (0.1 + 0.2)', async () => {
    const result = await run('query($a: Decimal, $b: Decimal) { sum(a: $a, b: $b) }', { a: '0.1', b: '0.2' });
    expect(result.data).toEqual({ sum: '0.30000000' });
  });

  it('keeps 12 integer digits and 8 decimals exact', async () => {
    const result = await run('{ echo(v: "999999999999.99999999") }');
    expect(result.data).toEqual({ echo: '999999999999.99999999' });
    expect(formatMoney(parseMoney('100000000123.54680922'))).toBe('100000000123.54680922');
  });

  it('accepts JSON numbers with at most 8 decimals and integer literals', async () => {
    expect((await run('query($v: Decimal) { echo(v: $v) }', { v: 12.5 })).data).toEqual({ echo: '12.50000000' });
    expect((await run('{ echo(v: 42) }')).data).toEqual({ echo: '42.00000000' });
    expect((await run('{ echo(v: -0.25) }')).data).toEqual({ echo: '-0.25000000' });
  });

  it.each([
    ['a float with more than 8 decimals', 0.123456789, /more than 8 decimal places/],
    ['a string with more than 8 decimals', '1.000000001', /more than 8 decimal places/],
    ['NaN', 'NaN', /not a decimal number/],
    ['Infinity', 'Infinity', /not a decimal number/],
    ['an exponent', '1e5', /not a decimal number/],
    ['a tiny float that prints with an exponent', 1e-9, /not a decimal number/],
    ['more than 12 integer digits', '1234567890123', /more than 12 integer digits/],
    ['an empty string', '', /not a decimal number/],
    ['a boolean', true, /must be a string/],
    ['thousands separators', '1,000.00', /not a decimal number/],
  ])('rejects %s', async (_label, value, message) => {
    const result = await run('query($v: Decimal) { echo(v: $v) }', { v: value });
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(message);
  });

  it('rejects exponent and over-precise literals in the query text', async () => {
    expect((await run('{ echo(v: 1e5) }')).errors?.[0]?.message).toMatch(/not a decimal number/);
    expect((await run('{ echo(v: 0.123456789) }')).errors?.[0]?.message).toMatch(/more than 8 decimal places/);
  });

  it('refuses to serialize a JS number (money is never a float)', async () => {
    const result = await run('{ bad }');
    expect(result.errors?.[0]?.message).toMatch(/not a JS number/);
  });

  it('rounds half-up when formatting a longer intermediate result', () => {
    expect(formatMoney(new Money('1.000000005'))).toBe('1.00000001');
    expect(formatMoney(new Money('-1.000000005'))).toBe('-1.00000001');
  });
});

describe('sumMoneyTexts', () => {
  it('R-EX-1 adds money texts exactly, as Decimal would, in every sign and form', () => {
    const values = ['0.00000001', '-0.50000000', '123456789012.12345678', '-3', '7.5', '0', '-0.00000001', '99.99999999'];
    expect(sumMoneyTexts(values)).toBe(formatMoney(values.reduce((sum, v) => sum.plus(v), new Money(0))));
    expect(sumMoneyTexts([])).toBe('0.00000000');
    expect(sumMoneyTexts(['-0.25000000', '0.10000000'])).toBe('-0.15000000');
    expect(sumMoneyTexts(['-1.00000000', '1.00000000'])).toBe('0.00000000');
    // A million of the smallest unit: what floats get wrong.
    expect(sumMoneyTexts(Array.from({ length: 1_000_000 }, () => '0.00000001'))).toBe('0.01000000');
  });

  it('refuses what is not a money amount rather than guess', () => {
    expect(() => sumMoneyTexts(['1.123456789'])).toThrow(/at most 8 decimals/);
    expect(() => sumMoneyTexts(['1e3'])).toThrow(/not a money amount/);
    // Eight decimals but not plain digits: refused too, not read as the digits around the point.
    for (const text of [' 1.00000000', '1e3.00000000', '--1.00000000', '1.0000000x']) expect(() => sumMoneyTexts([text]), text).toThrow(/not a money amount/);
    expect(() => sumMoneyTexts(['12.3456789.'])).toThrow(/not a money amount/);
  });
});
