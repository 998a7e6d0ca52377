import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { BUILT_IN_ROLES } from '../../common/auth/permission.js';
import { withoutTenantFilter } from '../../common/db/tenant.js';
import { runAsSystem } from '../../common/audit/audit-scope.js';
import { Role } from './role.entity.js';

/** Keeps the shared built-in roles in step with the code at every start; writes (and audits) only what changed. */
export async function syncBuiltInRoles(em: EntityManager, clock: Clock): Promise<void> {
  const existing = await em.find(Role, { builtInKey: { $ne: null } }, withoutTenantFilter);
  const byKey = new Map(existing.map((role) => [role.builtInKey, role]));
  const now = clock.now();
  for (const def of BUILT_IN_ROLES) {
    const role = byKey.get(def.key);
    if (!role) {
      em.create(Role, { partner: null, builtInKey: def.key, name: def.name, description: def.description, permissions: def.permissions, createdAt: now, updatedAt: now });
    } else if (role.name !== def.name || role.description !== def.description || role.permissions.join() !== def.permissions.join()) {
      Object.assign(role, { name: def.name, description: def.description, permissions: def.permissions, updatedAt: now });
    }
  }
  await runAsSystem('system:syncBuiltInRoles', clock, () => em.flush());
}

export async function builtInRole(em: EntityManager, key: string): Promise<Role> {
  return em.findOneOrFail(Role, { builtInKey: key }, withoutTenantFilter);
}
