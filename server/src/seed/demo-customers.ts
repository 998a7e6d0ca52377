import type { EntityManager } from '@mikro-orm/postgresql';
import { runAsSystem } from '../common/audit/audit-scope.js';
import { beijingDate } from '../common/beijing-time.js';
import type { Clock } from '../common/clock.js';
import { withoutTenantFilter } from '../common/db/tenant.js';
import { Money } from '../common/scalars/decimal.js';
import { Account, AccountKind } from '../modules/account/account.entity.js';
import { AssociationEvent, CustomerAssociation, DisassociationRequest } from '../modules/customer/customer-association.entity.js';
import { CustomerInvitation, PreRegistration } from '../modules/customer/customer-development.entity.js';
import { CustomerProfile } from '../modules/customer/customer-profile.entity.js';
import {
  AssociationEventKind,
  AssociationModel,
  BalanceDisposition,
  CustomerInvitationStatus,
  DisassociationRequestStatus,
  InvitationChannel,
} from '../modules/customer/customer.enums.js';
import { newInvitationCode, PRE_REGISTRATION_DAYS } from '../modules/customer/customer.rules.js';
import { Notification, NotificationCategory, OutboxMail } from '../modules/notification/notification.entity.js';
import { Partner } from '../modules/partner/partner.entity.js';
import { DEMO_CUSTOMER, demoAdminEmail, demoMemberEmail } from './demo.js';

const DAY = 86_400_000;

type DemoAssociation = {
  partner: string;
  model: AssociationModel;
  startedDaysAgo: number;
  channel: InvitationChannel;
  /** Assigned to the partner's demo account manager (whom the demo account director leads). */
  managed?: boolean;
  discount?: string;
  balance?: { disposition: BalanceDisposition; amount: string };
  disassociationRequested?: string;
};

type DemoCustomer = {
  email: string;
  company: string;
  country: string;
  inArrears?: boolean;
  specialContract?: boolean;
  internalAccount?: boolean;
  reservedInstancesForDays?: number;
  accountBalance?: string;
  hasTopUpRewards?: boolean;
  outstandingInvoicesRmb?: string;
  association?: DemoAssociation;
};

const R = AssociationModel.REFERRAL;
const S = AssociationModel.RESELLER;
const MAIL = InvitationChannel.EMAIL;
const LINK = InvitationChannel.LINK;

/** Twenty customers (issue 5's demo data): fifteen associated across the three partners, five that cannot or have not. */
export const DEMO_CUSTOMERS: DemoCustomer[] = [
  { email: 'it@contoso-retail.demo.test', company: 'Contoso Retail Inc.', country: 'US', association: { partner: 'acme-cloud', model: R, startedDaysAgo: 400, channel: MAIL, managed: true, discount: '0.05' } },
  {
    email: 'ops@fabrikam.demo.test',
    company: 'Fabrikam Manufacturing',
    country: 'US',
    accountBalance: '320.50000000',
    association: { partner: 'acme-cloud', model: R, startedDaysAgo: 150, channel: MAIL, managed: true, balance: { disposition: BalanceDisposition.KEPT, amount: '320.50000000' } },
  },
  {
    email: 'cloud@northwind.demo.test',
    company: 'Northwind Traders',
    country: 'US',
    association: {
      partner: 'acme-cloud',
      model: S,
      startedDaysAgo: 380,
      channel: MAIL,
      managed: true,
      balance: { disposition: BalanceDisposition.TRANSFERRED_TO_PARTNER, amount: '1500.12345678' },
    },
  },
  { email: 'admin@tailspin.demo.test', company: 'Tailspin Toys', country: 'CA', association: { partner: 'acme-cloud', model: S, startedDaysAgo: 90, channel: MAIL } },
  { email: 'it@wingtip.demo.test', company: 'Wingtip Solutions', country: 'US', association: { partner: 'acme-cloud', model: R, startedDaysAgo: 30, channel: LINK } },
  { email: 'dev@adventure-works.demo.test', company: 'Adventure Works Cycles', country: 'GB', association: { partner: 'acme-cloud', model: R, startedDaysAgo: 10, channel: LINK, managed: true } },
  { email: 'it@dongfang-logistics.demo.test', company: '东方物流有限公司', country: 'CN', association: { partner: 'huayun', model: S, startedDaysAgo: 420, channel: MAIL, managed: true } },
  { email: 'ops@jinhua-foods.demo.test', company: '金华食品股份有限公司', country: 'CN', association: { partner: 'huayun', model: R, startedDaysAgo: 220, channel: MAIL, managed: true, discount: '0.08' } },
  {
    email: 'admin@xinghe-edu.demo.test',
    company: '星河教育科技有限公司',
    country: 'CN',
    association: { partner: 'huayun', model: S, startedDaysAgo: 100, channel: LINK, disassociationRequested: 'We are moving our cloud purchasing to our group headquarters.' },
  },
  { email: 'cloud@lanshan-media.demo.test', company: '蓝山传媒有限公司', country: 'CN', association: { partner: 'huayun', model: R, startedDaysAgo: 45, channel: LINK } },
  { email: 'it@haitong-games.demo.test', company: '海通游戏有限公司', country: 'CN', association: { partner: 'huayun', model: S, startedDaysAgo: 5, channel: MAIL } },
  { email: 'it@bergmann-maschinen.demo.test', company: 'Bergmann Maschinenbau AG', country: 'DE', association: { partner: 'nordlicht', model: S, startedDaysAgo: 390, channel: MAIL, managed: true } },
  { email: 'ops@alpenblick.demo.test', company: 'Alpenblick Hotels GmbH', country: 'AT', association: { partner: 'nordlicht', model: R, startedDaysAgo: 180, channel: LINK } },
  { email: 'cloud@hanse-logistik.demo.test', company: 'Hanse Logistik KG', country: 'DE', association: { partner: 'nordlicht', model: R, startedDaysAgo: 60, channel: MAIL, managed: true } },
  { email: 'it@rheinwerk-data.demo.test', company: 'Rheinwerk Data GmbH', country: 'DE', association: { partner: 'nordlicht', model: S, startedDaysAgo: 20, channel: LINK } },
  // Not associated: each blocked for one reason of R-CU-2, and a prospect with a balance for the reseller choice (R-CU-9).
  { email: 'finance@overdue-trading.demo.test', company: 'Overdue Trading Co.', country: 'US', inArrears: true },
  { email: 'it@stateside-bank.demo.test', company: 'Stateside Bank', country: 'US', specialContract: true },
  { email: 'ops@cloud-internal.demo.test', company: 'Cloud Internal Test Account', country: 'CN', internalAccount: true },
  { email: 'it@reserved-analytics.demo.test', company: 'Reserved Analytics Pte. Ltd.', country: 'SG', reservedInstancesForDays: 120 },
  { email: 'cfo@initech.demo.test', company: 'Initech Corporation', country: 'US', accountBalance: '860.25000000', outstandingInvoicesRmb: '1200.00000000' },
];

/** Prospects pre-registered by the demo partners (R-CU-5); Nordlicht's has expired. */
const DEMO_PRE_REGISTRATIONS = [
  { partner: 'acme-cloud', email: 'prospect@umbrella-health.demo.test', company: 'Umbrella Health', country: 'US', daysAgo: 3 },
  { partner: 'acme-cloud', email: 'hello@skyline-studios.demo.test', company: 'Skyline Studios', country: 'US', daysAgo: 12 },
  { partner: 'huayun', email: 'contact@changjiang-energy.demo.test', company: '长江能源有限公司', country: 'CN', daysAgo: 1 },
  { partner: 'nordlicht', email: 'info@fjord-shipping.demo.test', company: 'Fjord Shipping AS', country: 'NO', daysAgo: 20 },
];

/** Open invitations: an e-mail pending and one expired, and the partners' registration links (R-CU-6). */
const DEMO_OPEN_INVITATIONS = [
  { partner: 'acme-cloud', channel: MAIL, model: R, email: 'prospect@umbrella-health.demo.test', daysAgo: 2, validDays: 7 },
  { partner: 'huayun', channel: MAIL, model: S, email: 'contact@changjiang-energy.demo.test', daysAgo: 10, validDays: 7 },
  { partner: 'nordlicht', channel: LINK, model: S, label: 'Trade fair 2026', daysAgo: 40 },
];
const LINK_LABELS: Record<string, string> = { 'acme-cloud': 'Website sign-up', huayun: '微信二维码', nordlicht: 'Partner website' };
const DISCOUNT_RANGES: Record<string, [string, string]> = { 'acme-cloud': ['0.00', '0.10'], huayun: ['0.05', '0.15'] };

/**
 * Adds the demo customers, their associations (with history), pre-registrations, invitations, outbox mails and
 * notifications; the demo director leads the demo manager of each partner. Runs once, right after the demo accounts
 * were flushed (it looks them up), and flushes in its own audit scope. `buyer@globex.demo.test` gets a profile and
 * stays unassociated, with nothing that blocks an association.
 */
export function addDemoCustomers(em: EntityManager, clock: Clock): Promise<void> {
  // Lookups flush pending changes first, so the whole seeding runs in the audit scope.
  return runAsSystem('system:seedDemoCustomers', clock, () => seedCustomers(em, clock));
}

async function seedCustomers(em: EntityManager, clock: Clock): Promise<void> {
  const now = clock.now();
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const partners = new Map((await em.find(Partner, {})).map((p) => [p.slug, p]));
  const member = async (email: string) => em.findOneOrFail(Account, { email }, withoutTenantFilter);
  const passwordHash = (await em.findOneOrFail(Account, { email: DEMO_CUSTOMER.email }, { populate: ['passwordHash'] })).passwordHash;

  for (const [slug, [min, max]] of Object.entries(DISCOUNT_RANGES)) {
    const partner = partners.get(slug)!;
    partner.referralDiscountMin = new Money(min);
    partner.referralDiscountMax = new Money(max);
  }
  const managers = new Map<string, Account>();
  const administrators = new Map<string, Account>();
  for (const slug of partners.keys()) {
    const manager = await member(demoMemberEmail('manager', slug));
    manager.ledBy = em.getReference(Account, (await member(demoMemberEmail('director', slug))).id, { wrapped: true });
    managers.set(slug, manager);
    administrators.set(slug, await member(demoAdminEmail(slug)));
  }

  const globex = await em.findOneOrFail(Account, { email: DEMO_CUSTOMER.email });
  em.create(CustomerProfile, { id: globex.id, account: globex, companyName: DEMO_CUSTOMER.displayName, country: 'US', createdAt: now, updatedAt: now });

  const links = new Map<string, CustomerInvitation>();
  const linkOf = (slug: string, model: AssociationModel, createdAt: Date) => {
    const key = `${slug}:${model}`;
    let link = links.get(key);
    if (!link) {
      link = em.create(CustomerInvitation, {
        partner: partners.get(slug)!,
        channel: LINK,
        model,
        code: newInvitationCode(),
        label: `${LINK_LABELS[slug]} (${model === R ? 'referral' : 'reseller'})`,
        status: CustomerInvitationStatus.ACTIVE,
        createdBy: demoAdminEmail(slug),
        createdAt,
        updatedAt: createdAt,
      });
      links.set(key, link);
    }
    return link;
  };

  for (const [i, def] of DEMO_CUSTOMERS.entries()) {
    // A minute apart, in list order newest first: lists sorted by registration show a stable first page.
    const registeredAt = new Date(ago(400).getTime() - i * 60_000);
    const account = em.create(Account, { kind: AccountKind.CUSTOMER, email: def.email, displayName: def.company, passwordHash, partner: null, role: null, createdAt: registeredAt, updatedAt: now });
    const profile = em.create(CustomerProfile, {
      id: account.id,
      account,
      companyName: def.company,
      country: def.country,
      inArrears: def.inArrears ?? false,
      specialContract: def.specialContract ?? false,
      internalAccount: def.internalAccount ?? false,
      reservedInstancesUntil: def.reservedInstancesForDays ? beijingDate(new Date(now.getTime() + def.reservedInstancesForDays * DAY)) : null,
      accountBalance: new Money(def.accountBalance ?? 0),
      hasTopUpRewards: def.hasTopUpRewards ?? false,
      outstandingInvoicesRmb: new Money(def.outstandingInvoicesRmb ?? 0),
      createdAt: registeredAt,
      updatedAt: now,
    });
    const a = def.association;
    if (!a) continue;
    const partner = partners.get(a.partner)!;
    const admin = demoAdminEmail(a.partner);
    const startedAt = ago(a.startedDaysAgo);
    const invitation =
      a.channel === LINK
        ? linkOf(a.partner, a.model, ago(a.startedDaysAgo + 30))
        : em.create(CustomerInvitation, {
            partner,
            channel: MAIL,
            model: a.model,
            code: newInvitationCode(),
            email: def.email,
            validDays: 7,
            expiresAt: new Date(startedAt.getTime() + 5 * DAY),
            status: CustomerInvitationStatus.ACCEPTED,
            acceptedBy: account,
            createdBy: admin,
            createdAt: ago(a.startedDaysAgo + 2),
            updatedAt: startedAt,
          });
    invitation.acceptedCount += 1;
    invitation.acceptedAt = !invitation.acceptedAt || invitation.acceptedAt < startedAt ? startedAt : invitation.acceptedAt;
    const manager = a.managed ? managers.get(a.partner)! : null;
    const association = em.create(CustomerAssociation, {
      partner,
      customer: profile,
      model: a.model,
      startedAt,
      invitation,
      discountRate: a.discount ? new Money(a.discount) : null,
      accountManager: manager,
      balanceDisposition: a.balance?.disposition ?? BalanceDisposition.NONE,
      balanceAmount: new Money(a.balance?.amount ?? 0),
      createdAt: startedAt,
      updatedAt: startedAt,
    });
    const event = (kind: AssociationEventKind, at: Date, actorEmail: string, details: Record<string, unknown>) =>
      em.create(AssociationEvent, { partner, association, kind, details, actorEmail, at, createdAt: at, updatedAt: at });
    event(AssociationEventKind.ASSOCIATED, startedAt, def.email, {
      invitationId: invitation.id,
      channel: a.channel,
      label: invitation.label,
      model: a.model,
      balanceDisposition: association.balanceDisposition,
      balanceAmount: association.balanceAmount.toFixed(8),
    });
    if (manager) {
      event(AssociationEventKind.ACCOUNT_MANAGER_ASSIGNED, new Date(startedAt.getTime() + DAY), admin, {
        from: null,
        to: { id: manager.id, displayName: manager.displayName, email: manager.email },
      });
    }
    if (a.discount) event(AssociationEventKind.DISCOUNT_SET, new Date(startedAt.getTime() + 2 * DAY), admin, { from: null, to: new Money(a.discount).toFixed(8) });
    const notice = (recipient: Account, title: string, body: string, link: string, at: Date, category = NotificationCategory.ASSOCIATION) =>
      em.create(Notification, { recipient, category, title, body, link, readAt: a.startedDaysAgo > 7 ? at : null, createdAt: at, updatedAt: at });
    const model = a.model === R ? 'referral' : 'reseller';
    notice(account, `You are now associated with ${partner.name}`, `Your cloud account is now associated with ${partner.name} as a ${model} customer.`, '/customer/partner', startedAt);
    notice(administrators.get(a.partner)!, `${def.company} is now your customer`, `${def.company} (${def.email}) accepted your invitation and is associated as a ${model} customer.`, `/partner/customers/${association.id}`, startedAt);
    if (a.disassociationRequested) {
      const at = ago(2);
      const request = em.create(DisassociationRequest, {
        partner,
        association,
        reason: a.disassociationRequested,
        status: DisassociationRequestStatus.PENDING,
        createdAt: at,
        updatedAt: at,
      });
      event(AssociationEventKind.DISASSOCIATION_REQUESTED, at, def.email, { requestId: request.id, reason: a.disassociationRequested });
      em.create(Notification, {
        recipient: administrators.get(a.partner)!,
        category: NotificationCategory.DISASSOCIATION,
        title: `${def.company} requests disassociation`,
        body: `${def.company} (${def.email}) asks to end its reseller association. Reason: ${a.disassociationRequested}`,
        link: `/partner/customers/${association.id}`,
        createdAt: at,
        updatedAt: at,
      });
    }
  }

  for (const p of DEMO_PRE_REGISTRATIONS) {
    const at = ago(p.daysAgo);
    em.create(PreRegistration, {
      partner: partners.get(p.partner)!,
      email: p.email,
      companyName: p.company,
      country: p.country,
      createdBy: demoAdminEmail(p.partner),
      expiresAt: new Date(at.getTime() + PRE_REGISTRATION_DAYS * DAY),
      createdAt: at,
      updatedAt: at,
    });
  }
  for (const i of DEMO_OPEN_INVITATIONS) {
    const partner = partners.get(i.partner)!;
    const at = ago(i.daysAgo);
    const invitation = em.create(CustomerInvitation, {
      partner,
      channel: i.channel,
      model: i.model,
      code: newInvitationCode(),
      email: i.email ?? null,
      validDays: i.validDays ?? null,
      expiresAt: i.validDays ? new Date(at.getTime() + i.validDays * DAY) : null,
      label: i.label ?? null,
      status: CustomerInvitationStatus.ACTIVE,
      createdBy: demoAdminEmail(i.partner),
      createdAt: at,
      updatedAt: at,
    });
    if (i.email) {
      em.create(OutboxMail, {
        partner,
        to: i.email,
        subject: `${partner.name} invites you to associate your cloud account`,
        text: `Hello,\n\n${partner.name} invites you to associate your cloud account with it.\n\nOpen this link to sign in (or register) and accept the invitation:\nhttp://localhost:4000/invite/${invitation.code}\n\nThe invitation is valid for ${i.validDays} days.`,
        createdAt: at,
        updatedAt: at,
      });
    }
  }
  await em.flush();
}
