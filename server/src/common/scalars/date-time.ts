import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// RFC 3339 date-time with a mandatory offset; fractional seconds optional.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;

export function parseDateTime(text: string): Date {
  if (!RFC3339.test(text)) throw new TypeError(`"${text}" is not an RFC 3339 date-time such as "2026-01-31T16:00:00Z"`);
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new TypeError(`"${text}" is not a valid date-time`);
  // Date rolls 2026-02-30 over to March; refuse instead of silently moving the date.
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw new TypeError(`"${text}" is not a calendar date`);
  }
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A UTC instant in RFC 3339 form, e.g. "2026-11-22T08:00:00.000Z". Inputs must carry an offset.',
  serialize(value) {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError('DateTime fields must hold a Date');
    return date.toISOString();
  },
  parseValue(value) {
    if (typeof value !== 'string') throw new GraphQLError('a DateTime must be a string');
    try {
      return parseDateTime(value);
    } catch (error) {
      throw new GraphQLError((error as Error).message);
    }
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('a DateTime must be a string', { nodes: ast });
    try {
      return parseDateTime(ast.value);
    } catch (error) {
      throw new GraphQLError((error as Error).message, { nodes: ast });
    }
  },
});
