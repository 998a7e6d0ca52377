import type { Filter } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

type FilterDef = Parameters<typeof Filter>[0];

export const TENANT_FILTER = 'tenant';

export type TenantFilterArgs = { partnerId: string };

/**
 * Every tenant-owned entity carries this filter, enabled by default. A partner account's request sets
 * its partner id as the parameter; a query without one fails loudly instead of reading across tenants.
 * Operator operations switch it off explicitly (`filters: { tenant: false }`).
 */
export const tenantFilter: FilterDef = {
  name: TENANT_FILTER,
  cond: (args: TenantFilterArgs) => (args.partnerId === ALL_TENANTS ? {} : { partner: args.partnerId }),
  default: true,
};

/** For entities with rows shared by all tenants (partner = null), e.g. built-in roles. */
export const tenantOrSharedFilter: FilterDef = {
  name: TENANT_FILTER,
  cond: (args: TenantFilterArgs) => (args.partnerId === ALL_TENANTS ? {} : { $or: [{ partner: null }, { partner: args.partnerId }] }),
  default: true,
};

/** The filter value of requests that act for no partner: tenant-owned rows stay invisible to them. */
export const NO_TENANT = '00000000-0000-0000-0000-000000000000';
const ALL_TENANTS = '*';

/** For system code outside requests (start-up, seeding, jobs): one query without the filter. */
export const withoutTenantFilter = { filters: { [TENANT_FILTER]: false } } as const;

/**
 * Operator operations and cross-tenant rule checks (e.g. "is this customer associated with another partner?") read
 * through this: a fresh fork that sees every partner. Never switch the filter off on the request's own EntityManager:
 * rows loaded there stay in its identity map, where a later lookup by id would return them without the filter.
 */
export function crossTenantEm(em: EntityManager): EntityManager {
  const fork = em.fork({ clear: true });
  fork.setFilterParams(TENANT_FILTER, { partnerId: ALL_TENANTS });
  return fork;
}
