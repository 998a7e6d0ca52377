import { seedDemoUsage } from './demo-usage.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../common/clock.js';
import { runAsSystem } from '../common/audit/audit-scope.js';
import { Account, AccountKind } from '../modules/account/account.entity.js';
import { hashPassword } from '../modules/account/password.js';
import { Partner } from '../modules/partner/partner.entity.js';
import { builtInRole, syncBuiltInRoles } from '../modules/organization/built-in-roles.js';
import { beijingDate } from '../common/beijing-time.js';
import { Money } from '../common/scalars/decimal.js';
import { addDemoPersonnel } from './demo-personnel.js';
import { addDemoCustomers } from './demo-customers.js';
import { PartnerProgram } from '../modules/partner/partner-program.entity.js';
import { PartnerAuthentication } from '../modules/partner/partner-authentication.entity.js';
import { AuthenticationKind, AuthenticationStatus, CspTier, Program } from '../modules/partner/partner.enums.js';
import { newCertificateNumber, nextRenewalDate, previousRenewalDate } from '../modules/partner/partner-program.rules.js';

export const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO_PARTNERS = [
  { slug: 'acme-cloud', name: 'Acme Cloud Services', country: 'US' },
  { slug: 'huayun', name: '华云数智科技有限公司', country: 'CN' },
  { slug: 'nordlicht', name: 'Nordlicht Systems GmbH', country: 'DE' },
] as const;

export const DEMO_OPERATOR_EMAIL = 'operator@demo.test';
/** A person's own cloud ID and a cloud customer; later modules give them certificates and associations. */
export const DEMO_INDIVIDUAL = { email: 'li.wei@individual.demo.test', displayName: 'Li Wei', loginId: 'li_wei' };
export const DEMO_CUSTOMER = { email: 'buyer@globex.demo.test', displayName: 'Globex Retail Ltd.' };

export function demoAdminEmail(slug: string): string {
  return `admin@${slug}.demo.test`;
}

export function demoLogins(): { email: string; role: string }[] {
  return [
    { email: DEMO_OPERATOR_EMAIL, role: 'operator' },
    ...DEMO_PARTNERS.map((p) => ({ email: demoAdminEmail(p.slug), role: `administrator of ${p.name}` })),
    { email: 'director@ | manager@ | finance@ | viewer@<slug>.demo.test', role: 'members of each partner with a built-in role' },
    { email: DEMO_INDIVIDUAL.email, role: `individual (${DEMO_INDIVIDUAL.displayName}); nine more at <login>@individual.demo.test` },
    { email: DEMO_CUSTOMER.email, role: `customer (${DEMO_CUSTOMER.displayName})` },
  ];
}

/**
 * Built-in roles always; demo accounts only into an empty database (first start), so a second start reuses the data.
 * Returns whether demo data was loaded now.
 */
export async function seedDemoData(em: EntityManager, clock: Clock, options: { usage?: boolean } = {}): Promise<boolean> {
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
  em.create(Account, { kind: AccountKind.CUSTOMER, ...DEMO_CUSTOMER, passwordHash, partner: null, role: null, createdAt: now, updatedAt: now });
  const partners = new Map<string, Partner>();
  for (const def of DEMO_PARTNERS) {
    const partner = em.create(Partner, { ...def, createdAt: now, updatedAt: now });
    partners.set(def.slug, partner);
    em.create(Account, {
      kind: AccountKind.PARTNER_MEMBER,
      email: demoAdminEmail(def.slug),
      // A partner account is a cloud ID too: its tenant name cannot be invited as personnel (R-DP-3).
      loginId: def.slug,
      displayName: `${def.name} Administrator`,
      passwordHash,
      partner,
      role: administrator,
      createdAt: now,
      updatedAt: now,
    });
    await addDemoMembers(em, partner, def.slug, passwordHash, now);
    addDemoProgramsAndAuthentications(em, partner, def.slug, now);
  }
  addDemoPersonnel(em, partners, passwordHash, now);
  await runAsSystem('system:seedDemoData', clock, () => em.flush());
  await addDemoCustomers(em, clock);
  if (options.usage ?? true) await seedDemoUsage(em, clock);
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

type DemoProgram = { program: Program; tier?: CspTier };
type DemoPartnerState = { programs: DemoProgram[]; business: AuthenticationStatus; payment: AuthenticationStatus; figures: [string, string, string] };

/** Programs, tiers, authentications and account figures of the demo partners (issue 3's demo data). */
const DEMO_PARTNER_STATES: Record<string, DemoPartnerState> = {
  'acme-cloud': {
    programs: [{ program: Program.CLOUD_SOLUTION_PROVIDER, tier: CspTier.STANDARD }],
    business: AuthenticationStatus.PENDING,
    payment: AuthenticationStatus.NOT_SUBMITTED,
    figures: ['1250.50000000', '8420.12345678', '5000.00000000'],
  },
  huayun: {
    programs: [{ program: Program.CLOUD_SOLUTION_PROVIDER, tier: CspTier.ADVANCED }, { program: Program.DISTRIBUTION_PARTNER }],
    business: AuthenticationStatus.APPROVED,
    payment: AuthenticationStatus.PENDING,
    figures: ['0.00000000', '152300.00000000', '15000.00000000'],
  },
  nordlicht: {
    programs: [{ program: Program.CLOUD_SOLUTION_PROVIDER, tier: CspTier.CORE }],
    business: AuthenticationStatus.APPROVED,
    payment: AuthenticationStatus.APPROVED,
    figures: ['37.99999999', '60210.75000000', '50000.00000000'],
  },
};

function addDemoProgramsAndAuthentications(em: EntityManager, partner: Partner, slug: string, now: Date): void {
  const state = DEMO_PARTNER_STATES[slug];
  if (!state) return;
  const today = beijingDate(now);
  const joinedOn = beijingDate(new Date(now.getTime() - 400 * 86_400_000));
  const validUntil = nextRenewalDate(today);
  const lastRenewal = previousRenewalDate(validUntil);
  for (const { program, tier } of state.programs) {
    em.create(PartnerProgram, {
      partner,
      program,
      tier: tier ?? null,
      joinedOn,
      certificateNumber: newCertificateNumber(program, joinedOn),
      validFrom: lastRenewal > joinedOn ? lastRenewal : joinedOn,
      validUntil,
      createdAt: now,
      updatedAt: now,
    });
  }
  const submittedAt = new Date(now.getTime() - 3 * 86_400_000);
  const reviewed = (status: AuthenticationStatus) =>
    status === AuthenticationStatus.APPROVED ? { reviewedAt: new Date(now.getTime() - 86_400_000), reviewedBy: DEMO_OPERATOR_EMAIL } : {};
  const common = { partner, submittedAt, submittedBy: demoAdminEmail(slug), createdAt: now, updatedAt: now };
  if (state.business !== AuthenticationStatus.NOT_SUBMITTED) {
    em.create(PartnerAuthentication, {
      ...common,
      ...reviewed(state.business),
      kind: AuthenticationKind.BUSINESS,
      status: state.business,
      legalEntityName: partner.name,
      registrationNumber: `REG-${slug.toUpperCase()}-2019`,
      legalRepresentative: 'Demo Representative',
      registeredAddress: `1 Demo Street, ${partner.country}`,
    });
  }
  if (state.payment !== AuthenticationStatus.NOT_SUBMITTED) {
    em.create(PartnerAuthentication, {
      ...common,
      ...reviewed(state.payment),
      kind: AuthenticationKind.PAYMENT,
      status: state.payment,
      bankName: 'Demo Bank',
      bankAccountName: partner.name,
      bankAccountNumber: 'DE89370400440532013000',
      bankCode: 'DEMOBANK',
      taxRate: new Money('0.06'),
      settlementCurrency: partner.country === 'CN' ? 'CNY' : 'USD',
    });
  }
  partner.businessAuthStatus = state.business;
  partner.paymentAuthStatus = state.payment;
  [partner.amountDue, partner.accountBalance, partner.consumptionQuota] = state.figures.map((f) => new Money(f));
}
