import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import type { Ctx } from '../../app/context.js';
import { AccountKind } from '../../modules/account/account.entity.js';
import { Permission } from './permission.js';

/** `@Authorized(...)` takes permissions and/or account-kind gates; any one of them grants access. */
export type Access = Permission | `KIND:${AccountKind}`;

export const OPERATOR: Access = `KIND:${AccountKind.OPERATOR}`;
export const INDIVIDUAL: Access = `KIND:${AccountKind.INDIVIDUAL}`;
export const CUSTOMER: Access = `KIND:${AccountKind.CUSTOMER}`;

export const authChecker: AuthChecker<Ctx, Access> = ({ context }, required) => {
  const account = context.account;
  if (!account) return false;
  if (required.length === 0) return true;
  const granted = required.some((rule) =>
    rule.startsWith('KIND:') ? account.kind === rule.slice(5) : context.permissions.has(rule as Permission),
  );
  if (!granted) {
    throw new GraphQLError('Your role does not allow this operation.', { extensions: { code: 'FORBIDDEN' } });
  }
  return true;
};
