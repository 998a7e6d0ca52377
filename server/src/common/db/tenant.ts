import type { Filter } from '@mikro-orm/core';

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
  cond: (args: TenantFilterArgs) => ({ partner: args.partnerId }),
  default: true,
};

/** For entities with rows shared by all tenants (partner = null), e.g. built-in roles. */
export const tenantOrSharedFilter: FilterDef = {
  name: TENANT_FILTER,
  cond: (args: TenantFilterArgs) => ({ $or: [{ partner: null }, { partner: args.partnerId }] }),
  default: true,
};

/** The filter value of requests that act for no partner: tenant-owned rows stay invisible to them. */
export const NO_TENANT = '00000000-0000-0000-0000-000000000000';

export const withoutTenantFilter = { filters: { [TENANT_FILTER]: false } } as const;
