import { describe, expect, it } from 'vitest';
import { DomainError, NotFoundError } from './domain-error.js';
import { ErrorCode } from './error-codes.js';
import { toPayload } from './user-error.js';

describe('toPayload', () => {
  it('wraps a result with an empty error list', async () => {
    await expect(toPayload('role', async () => ({ id: 'r1' }))).resolves.toEqual({ role: { id: 'r1' }, errors: [] });
  });

  it('turns a DomainError into a UserError with code, field and message', async () => {
    const payload = await toPayload('role', async () => {
      throw new DomainError(ErrorCode.ROLE_NAME_TAKEN, 'A role named "Sales" already exists.', 'name');
    });
    expect(payload).toEqual({
      role: null,
      errors: [{ code: 'ROLE_NAME_TAKEN', field: 'name', message: 'A role named "Sales" already exists.' }],
    });
  });

  it('maps NotFoundError to NOT_FOUND on the id field', async () => {
    const payload = await toPayload('role', async () => {
      throw new NotFoundError('Role');
    });
    expect(payload.errors).toEqual([{ code: 'NOT_FOUND', field: 'id', message: 'Role not found' }]);
  });

  it('rethrows unexpected errors so they are logged and masked, not shown as user errors', async () => {
    await expect(
      toPayload('role', async () => {
        throw new TypeError('boom');
      }),
    ).rejects.toThrow('boom');
  });
});
