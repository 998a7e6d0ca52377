import { registerEnumType } from 'type-graphql';

/**
 * Every expected failure has a code. Modules add their own block here so the
 * GraphQL `ErrorCode` enum stays one closed, typed list for clients.
 */
export const CommonErrorCode = {
  VALIDATION: 'VALIDATION',
  NOT_FOUND: 'NOT_FOUND',
} as const;

export const AuthErrorCode = {
  LOGIN_INVALID_CREDENTIALS: 'LOGIN_INVALID_CREDENTIALS',
  LOGIN_THROTTLED: 'LOGIN_THROTTLED',
  LOGIN_ACCOUNT_INACTIVE: 'LOGIN_ACCOUNT_INACTIVE',
  PASSWORD_INCORRECT: 'PASSWORD_INCORRECT',
  PASSWORD_TOO_WEAK: 'PASSWORD_TOO_WEAK',
} as const;

export const RoleErrorCode = {
  ROLE_NAME_TAKEN: 'ROLE_NAME_TAKEN',
  ROLE_BUILT_IN: 'ROLE_BUILT_IN',
  ROLE_PERMISSION_NOT_HELD: 'ROLE_PERMISSION_NOT_HELD',
  ROLE_OWN: 'ROLE_OWN',
} as const;

export const ErrorCode = { ...CommonErrorCode, ...AuthErrorCode, ...RoleErrorCode } as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'Why an operation was refused.' });
