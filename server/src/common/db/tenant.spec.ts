import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createTestOrm } from '../../../test/orm.js';
import { FixedClock } from '../clock.js';
import { Partner } from '../../modules/partner/partner.entity.js';
import { Role } from '../../modules/organization/role.entity.js';
import { syncBuiltInRoles } from '../../modules/organization/built-in-roles.js';
import { crossTenantEm, NO_TENANT, TENANT_FILTER, withoutTenantFilter } from './tenant.js';
import { countStatements } from './sql-counter.js';
import { runAsSystem } from '../audit/audit-scope.js';

describe('tenant filter', () => {
  let orm: MikroORM;
  let close: () => Promise<void>;
  let acme: Partner;
  let globex: Partner;

  beforeAll(async () => {
    ({ orm, close } = await createTestOrm());
    const em = orm.em.fork();
    const clock = new FixedClock();
    await syncBuiltInRoles(em, clock);
    const now = clock.now();
    acme = em.create(Partner, { name: 'Acme', slug: 'acme', country: 'US', createdAt: now, updatedAt: now });
    globex = em.create(Partner, { name: 'Globex', slug: 'globex', country: 'DE', createdAt: now, updatedAt: now });
    em.create(Role, { partner: acme, name: 'Acme only', description: null, permissions: [], createdAt: now, updatedAt: now });
    em.create(Role, { partner: globex, name: 'Globex only', description: null, permissions: [], createdAt: now, updatedAt: now });
    await runAsSystem('test:setup', clock, () => em.flush());
  });
  afterAll(() => close());

  const names = (roles: Role[]) => roles.map((r) => r.name).filter((n) => n.endsWith('only'));

  it('fails loudly when a query runs without a tenant (no silent cross-tenant read)', async () => {
    await expect(orm.em.fork().find(Role, {})).rejects.toThrow(/No arguments provided for filter 'tenant'/);
  });

  it("scopes reads to the request's partner, plus shared rows", async () => {
    const em = orm.em.fork();
    em.setFilterParams(TENANT_FILTER, { partnerId: acme.id });
    const roles = await em.find(Role, {});
    expect(names(roles)).toEqual(['Acme only']);
    expect(roles.filter((r) => r.builtIn)).toHaveLength(5);
    // Even asking for the other partner's row by id finds nothing.
    const other = await orm.em.fork({}).find(Role, { name: 'Globex only' }, withoutTenantFilter);
    expect(await em.findOne(Role, { id: other[0]!.id })).toBeNull();
  });

  it('shows requests acting for no partner only the shared rows', async () => {
    const em = orm.em.fork();
    em.setFilterParams(TENANT_FILTER, { partnerId: NO_TENANT });
    expect(names(await em.find(Role, {}))).toEqual([]);
  });

  it("reads across partners through crossTenantEm without leaking rows into the request's identity map", async () => {
    const request = orm.em.fork();
    request.setFilterParams(TENANT_FILTER, { partnerId: acme.id });
    const everyone = crossTenantEm(request);
    const all = await everyone.find(Role, { name: { $like: '% only' } }, { orderBy: { name: 'ASC' } });
    expect(all.map((r) => r.name)).toEqual(['Acme only', 'Globex only']);
    // The request's own EntityManager still cannot see Globex's role, even by id.
    expect(await request.findOne(Role, { id: all[1]!.id })).toBeNull();
  });

  it('lets system code read across partners only by switching the filter off explicitly', async () => {
    expect(names(await orm.em.fork().find(Role, {}, { ...withoutTenantFilter, orderBy: { name: 'ASC' } }))).toEqual(['Acme only', 'Globex only']);
  });
});

describe('countStatements', () => {
  it('counts each SQL statement sent while the work runs, and nothing after', async () => {
    const { orm, close } = await createTestOrm();
    try {
      const em = orm.em.fork();
      const { count, statements, result } = await countStatements(orm, async () => {
        await em.count(Partner, {});
        return em.find(Partner, {});
      });
      expect(result).toEqual([]);
      expect(count).toBe(2);
      expect(statements[0]).toMatch(/count\(/);
      const idle = await countStatements(orm, async () => 'no queries');
      expect(idle.count).toBe(0);
    } finally {
      await close();
    }
  });
});
