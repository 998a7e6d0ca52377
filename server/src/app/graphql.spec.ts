import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { formatError } from './graphql.js';
import { loadConfig } from './config.js';
import { DomainError } from '../common/errors/domain-error.js';
import { ErrorCode } from '../common/errors/error-codes.js';

const production = loadConfig({ NODE_ENV: 'production' });
const development = loadConfig({ NODE_ENV: 'development' });

function resolverError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

describe('formatError', () => {
  it('masks unexpected errors in production: no message, no stack, code INTERNAL_SERVER_ERROR', () => {
    const error = resolverError(new TypeError('connection to 10.0.0.5 refused: password=secret'));
    const formatted = formatError({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, error, production);
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps the message of unexpected errors in development', () => {
    const error = resolverError(new TypeError('boom'));
    expect(formatError({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error, development).message).toBe('boom');
  });

  it('gives domain errors thrown by queries their own code and field', () => {
    const error = resolverError(new DomainError(ErrorCode.NOT_FOUND, 'Role not found', 'id'));
    const formatted = formatError({ message: 'Role not found', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error, production);
    expect(formatted.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(formatted.message).toBe('Role not found');
  });

  it('passes expected errors through in production', () => {
    for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']) {
      const error = new GraphQLError('expected', { extensions: { code } });
      expect(formatError({ message: 'expected', extensions: { code } }, error, production)).toEqual({ message: 'expected', extensions: { code } });
    }
  });
});
