import { describe, expect, it } from 'vitest';
import { graphql, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { DateTimeScalar } from './date-time.js';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      echo: { type: DateTimeScalar, args: { v: { type: DateTimeScalar } }, resolve: (_s, { v }) => v },
    },
  }),
});

const run = (v: unknown) => graphql({ schema, source: 'query($v: DateTime) { echo(v: $v) }', variableValues: { v } });

describe('DateTime scalar', () => {
  it('normalizes offsets to UTC ISO strings', async () => {
    expect((await run('2026-01-31T23:59:59.999+08:00')).data).toEqual({ echo: '2026-01-31T15:59:59.999Z' });
    expect((await run('2026-11-22T08:00:00Z')).data).toEqual({ echo: '2026-11-22T08:00:00.000Z' });
  });

  it('parses literals in the query text', async () => {
    const result = await graphql({ schema, source: '{ echo(v: "2026-02-28T16:00:00Z") }' });
    expect(result.data).toEqual({ echo: '2026-02-28T16:00:00.000Z' });
  });

  it.each([
    ['no offset', '2026-01-31T12:00:00'],
    ['a date only', '2026-01-31'],
    ['a day that does not exist', '2026-02-30T00:00:00Z'],
    ['free text', 'tomorrow'],
    ['a number', 1767225600000],
  ])('rejects %s', async (_label, value) => {
    const result = await run(value);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/DateTime|date-time|calendar date|must be a string/);
  });
});
