import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../common/clock.js';
import type { Config } from './config.js';
import type { Permission } from '../common/auth/permission.js';
import type { Account } from '../modules/account/account.entity.js';
import type { Session } from '../modules/account/session.entity.js';
import type { Services } from './services.js';

/** Built once per request: who is calling, for which tenant, with which permissions, on a forked EntityManager. */
export type Ctx = {
  requestId: string;
  em: EntityManager;
  clock: Clock;
  config: Config;
  services: Services;
  request: FastifyRequest;
  reply: FastifyReply;
  account: Account | null;
  session: Session | null;
  /** The tenant of a partner member; null for every other kind of account. */
  partnerId: string | null;
  permissions: ReadonlySet<Permission>;
};

/** For code that needs a signed-in account (resolvers behind @Authorized). */
export function requireAccount(ctx: Ctx): Account {
  if (!ctx.account) throw new Error('requireAccount called on an anonymous request');
  return ctx.account;
}

export function requirePartnerId(ctx: Ctx): string {
  if (!ctx.partnerId) throw new Error('requirePartnerId called outside a partner account');
  return ctx.partnerId;
}
