import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../common/clock.js';
import { runAsSystem } from '../common/audit/audit-scope.js';
import { Account, AccountKind } from '../modules/account/account.entity.js';
import { hashPassword } from '../modules/account/password.js';
import { Partner } from '../modules/partner/partner.entity.js';
import { builtInRole, syncBuiltInRoles } from '../modules/organization/built-in-roles.js';

export const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO_PARTNERS = [
  { slug: 'acme-cloud', name: 'Acme Cloud Services', country: 'US' },
  { slug: 'huayun', name: '华云数智科技有限公司', country: 'CN' },
  { slug: 'nordlicht', name: 'Nordlicht Systems GmbH', country: 'DE' },
] as const;

export const DEMO_OPERATOR_EMAIL = 'operator@demo.test';
/** A person's own cloud ID and a cloud customer; later modules give them certificates and associations. */
export const DEMO_INDIVIDUAL = { email: 'li.wei@individual.demo.test', displayName: 'Li Wei' };
export const DEMO_CUSTOMER = { email: 'buyer@globex.demo.test', displayName: 'Globex Retail Ltd.' };

export function demoAdminEmail(slug: string): string {
  return `admin@${slug}.demo.test`;
}

export function demoLogins(): { email: string; role: string }[] {
  return [
    { email: DEMO_OPERATOR_EMAIL, role: 'operator' },
    ...DEMO_PARTNERS.map((p) => ({ email: demoAdminEmail(p.slug), role: `administrator of ${p.name}` })),
    { email: DEMO_INDIVIDUAL.email, role: `individual (${DEMO_INDIVIDUAL.displayName})` },
    { email: DEMO_CUSTOMER.email, role: `customer (${DEMO_CUSTOMER.displayName})` },
  ];
}

/**
 * Built-in roles always; demo accounts only into an empty database (first start), so a second start reuses the data.
 * Returns whether demo data was loaded now.
 */
export async function seedDemoData(em: EntityManager, clock: Clock): Promise<boolean> {
  await syncBuiltInRoles(em, clock);
  if ((await em.count(Account, {})) > 0) return false;
  const now = clock.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const administrator = await builtInRole(em, 'ADMINISTRATOR');
  em.create(Account, {
    kind: AccountKind.OPERATOR,
    email: DEMO_OPERATOR_EMAIL,
    displayName: 'Demo Operator',
    passwordHash,
    partner: null,
    role: null,
    createdAt: now,
    updatedAt: now,
  });
  for (const [kind, person] of [
    [AccountKind.INDIVIDUAL, DEMO_INDIVIDUAL],
    [AccountKind.CUSTOMER, DEMO_CUSTOMER],
  ] as const) {
    em.create(Account, { kind, ...person, passwordHash, partner: null, role: null, createdAt: now, updatedAt: now });
  }
  for (const def of DEMO_PARTNERS) {
    const partner = em.create(Partner, { ...def, createdAt: now, updatedAt: now });
    em.create(Account, {
      kind: AccountKind.PARTNER_MEMBER,
      email: demoAdminEmail(def.slug),
      displayName: `${def.name} Administrator`,
      passwordHash,
      partner,
      role: administrator,
      createdAt: now,
      updatedAt: now,
    });
    await addDemoMembers(em, partner, def.slug, passwordHash, now);
  }
  await runAsSystem('system:seedDemoData', clock, () => em.flush());
  return true;
}

/** The demo members of each partner: one per built-in role other than Administrator (e.g. finance@acme-cloud.demo.test). */
export const DEMO_MEMBER_ROLES = [
  { prefix: 'director', roleKey: 'ACCOUNT_DIRECTOR' },
  { prefix: 'manager', roleKey: 'ACCOUNT_MANAGER' },
  { prefix: 'finance', roleKey: 'FINANCE' },
  { prefix: 'viewer', roleKey: 'VIEWER' },
] as const;

export function demoMemberEmail(prefix: string, slug: string): string {
  return `${prefix}@${slug}.demo.test`;
}

/** Adds a partner's demo members (with the demo password) to the unit of work; the caller flushes. */
export async function addDemoMembers(em: EntityManager, partner: Partner, slug: string, passwordHash: string, now: Date): Promise<void> {
  for (const { prefix, roleKey } of DEMO_MEMBER_ROLES) {
    const role = await builtInRole(em, roleKey);
    em.create(Account, {
      kind: AccountKind.PARTNER_MEMBER,
      email: demoMemberEmail(prefix, slug),
      displayName: `${partner.name} ${role.name}`,
      passwordHash,
      partner,
      role,
      createdAt: now,
      updatedAt: now,
    });
  }
}
