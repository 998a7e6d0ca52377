import { ErrorCode } from './error-codes.js';

/** An expected failure of a business rule; turned into a UserError in the mutation payload. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, field: string | null = 'id') {
    super(ErrorCode.NOT_FOUND, `${what} not found`, field);
  }
}
