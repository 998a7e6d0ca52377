import { raw, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../app/context.js';
import { requireAccount, requirePartnerId } from '../../app/context.js';
import { beijingDate } from '../../common/beijing-time.js';
import type { Clock } from '../../common/clock.js';
import { Permission } from '../../common/auth/permission.js';
import { crossTenantEm, withoutTenantFilter } from '../../common/db/tenant.js';
import { isRollupOverflow, reassignUsageRollups } from '../expenditure/usage-ingestion.js';
import { MAX_ROLLUP_MONEY } from '../expenditure/rollups.js';
import { executorOf } from '../expenditure/usage-ingestion.service.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { CustomerErrorCode, PartnerErrorCode } from '../../common/errors/error-codes.js';
import { isUuid } from '../../common/ids.js';
import { paginate, type Connection } from '../../common/pagination/connection.js';
import { formatMoney, Money } from '../../common/scalars/decimal.js';
import { Account, AccountKind, AccountStatus } from '../account/account.entity.js';
import { builtInRole } from '../organization/built-in-roles.js';
import { escapeLike } from '../organization/role.service.js';
import { Partner } from '../partner/partner.entity.js';
import { PartnerStatus } from '../partner/partner.enums.js';
import { NotificationCategory } from '../notification/notification.entity.js';
import type { NotificationService } from '../notification/notification.service.js';
import { AssociationStatus } from '../personnel/personnel.enums.js';
import { AssociationEvent, CustomerAssociation, DisassociationRequest } from './customer-association.entity.js';
import { CustomerInvitation } from './customer-development.entity.js';
import type { CustomerDevelopmentService } from './customer-development.service.js';
import { MODEL_NAMES } from './customer-development.service.js';
import type { CustomerProfileService } from './customer-profile.service.js';
import type { CustomerProfile } from './customer-profile.entity.js';
import {
  AccountTeamRole,
  AssociationEventKind,
  AssociationModel,
  BalanceDisposition,
  CustomerInvitationStatus,
  DisassociationRequestStatus,
  InvitationChannel,
} from './customer.enums.js';
import { administratorsOf, lockCustomerEmail, preRegistrationElsewhere } from './customer.queries.js';
import { balanceOutcome, canViewBills, checkAssociable, checkDiscount, checkDiscountRange, checkReason } from './customer.rules.js';
import type {
  AcceptCustomerInvitationInput,
  AssignAccountManagerInput,
  ChangeAssociationModelInput,
  CustomerPartnerView,
  CustomersArgs,
  CustomerTeamMember,
  DisassociationRequestsArgs,
  EndReferralAssociationInput,
  RequestDisassociationInput,
  SetAccountDirectorInput,
  SetCustomerDiscountInput,
  SetReferralDiscountRangeInput,
  TeamMemberSummary,
} from './customer.types.js';

const PARTNER_CUSTOMER_PATH = (associationId: string) => `/partner/customers/${associationId}`;
const CUSTOMER_PARTNER_PATH = '/customer/partner';

/**
 * Associations between customers and partners: acceptance with every rule of §5.3.1 (R-CU-1, 2, 5, 9), the model and
 * the referral discount (R-CU-3, 4), disassociation (R-CU-8), bill visibility (R-CU-10), account managers and the
 * visibility they give (R-CU-11), and the customer's "My partner" (R-CU-7).
 */
export class CustomerAssociationService {
  constructor(
    private readonly clock: Clock,
    private readonly notifications: NotificationService,
    private readonly development: CustomerDevelopmentService,
    private readonly profiles: CustomerProfileService,
  ) {}

  // ---- Visibility (R-CU-11) ----

  /** Administrators and finance (CUSTOMERS_VIEW_ALL), and whoever manages customers, see every customer of the partner. */
  seesAllCustomers(ctx: Ctx): boolean {
    return ctx.permissions.has(Permission.CUSTOMERS_VIEW_ALL) || ctx.permissions.has(Permission.CUSTOMERS_MANAGE);
  }

  /**
   * R-CU-11 and R-EX-4: the associations a partner member may see. Everything for CUSTOMERS_VIEW_ALL (and
   * CUSTOMERS_MANAGE, which acts on every customer); otherwise the customers assigned to the member as account manager
   * and those of the account managers the member leads as account director. Combine it with other conditions under
   * `$and`; it reads through the tenant filter of `ctx.em`.
   */
  scope(ctx: Ctx): FilterQuery<CustomerAssociation> {
    if (this.seesAllCustomers(ctx)) return {};
    const me = requireAccount(ctx).id;
    return { $or: [{ accountManager: me }, { accountManager: { ledBy: me } }] };
  }

  /** The customer (account) ids a member may see, current and past associations alike: for the expenditure dashboards. */
  async visibleCustomerIds(ctx: Ctx, options: { activeOnly?: boolean } = {}): Promise<string[]> {
    const periods = await this.visibleAssociationPeriods(ctx);
    return [...new Set(periods.filter((p) => !options.activeOnly || p.endedAt === null).map((p) => p.customerId))];
  }

  /**
   * R-EX-4: the associations a member sees, as periods: a customer's records belong to the association open at their
   * time (as ingestion decides), so a customer who came back under another manager shows each manager their own period.
   */
  async visibleAssociationPeriods(ctx: Ctx): Promise<{ customerId: string; startedAt: Date; endedAt: Date | null }[]> {
    const rows = await ctx.em.find(CustomerAssociation, this.scope(ctx), { fields: ['customer', 'startedAt', 'endedAt'] });
    return rows.map((row) => ({ customerId: row.customer.id, startedAt: row.startedAt, endedAt: row.endedAt ?? null }));
  }

  /**
   * R-EX-4: the account managers whose customers a member sees when not seeing all: the member and the managers the
   * member leads (the expenditure rollups are kept per account manager; see `scope`).
   */
  async visibleManagerIds(ctx: Ctx): Promise<string[]> {
    const me = requireAccount(ctx).id;
    const led = await ctx.em.find(Account, { partner: requirePartnerId(ctx), ledBy: me }, { fields: ['id'] });
    return [me, ...led.map((a) => a.id)];
  }

  // ---- Customer side ----

  /**
   * R-CU-6: accepting an invitation associates the customer, in the invitation's model (R-CU-3). Checked in the order a
   * customer can act on: R-CU-1 one partner at a time, R-CU-2 arrears / special contract / internal account /
   * unexpired reserved instances, R-CU-5 another partner's pre-registration, R-CU-9 the balance. The e-mail's advisory
   * lock serialises acceptances and pre-registrations of one customer; the partial unique index on open associations
   * is the database's guarantee that, whatever happens, at most one association is open.
   */
  async accept(ctx: Ctx, input: AcceptCustomerInvitationInput): Promise<CustomerAssociation> {
    const customer = requireAccount(ctx);
    const email = customer.email;
    try {
      return await crossTenantEm(ctx.em).transactional(async (em) => {
        await lockCustomerEmail(em, email);
        const invitation = await this.development.usableInvitation(em, input.code, email);
        const partner = await em.findOneOrFail(Partner, { id: invitation.partner.id });
        if (partner.status !== PartnerStatus.ACTIVE) {
          throw new DomainError(PartnerErrorCode.PARTNER_DEREGISTERED, 'This partner has deregistered; its invitations cannot be accepted.', 'code');
        }
        const profile = await this.profiles.require(em, customer.id);
        const now = this.clock.now();
        const open = await em.findOne(CustomerAssociation, { customer: profile.id, endedAt: null });
        if (open?.partner.id === partner.id) {
          throw new DomainError(CustomerErrorCode.CUSTOMER_ALREADY_ASSOCIATED, `You are already associated with ${partner.name}.`, 'code');
        }
        if (open) {
          throw new DomainError(CustomerErrorCode.CUSTOMER_ASSOCIATED_ELSEWHERE, 'You are associated with another partner: a customer can be associated with only one partner.', 'code');
        }
        checkAssociable(profile, beijingDate(now));
        if (await preRegistrationElsewhere(em, email, partner.id, now)) {
          throw new DomainError(
            CustomerErrorCode.CUSTOMER_PRE_REGISTERED_ELSEWHERE,
            'Another partner has pre-registered your e-mail address: while its 15-day protection lasts, only that partner can associate you.',
            'code',
          );
        }
        const balance = balanceOutcome(invitation.model, profile, input.balanceDisposition);
        const association = em.create(CustomerAssociation, {
          partner,
          customer: profile,
          model: invitation.model,
          startedAt: now,
          invitation,
          balanceDisposition: balance.disposition,
          balanceAmount: balance.amount,
          createdAt: now,
          updatedAt: now,
        });
        if (balance.disposition === BalanceDisposition.TRANSFERRED_TO_PARTNER || balance.disposition === BalanceDisposition.WITHDRAWN) {
          // The balance leaves the customer's own cloud account: to the partner's sub-account, or back to the customer.
          profile.accountBalance = new Money(0);
          profile.updatedAt = now;
        }
        if (invitation.channel === InvitationChannel.EMAIL) {
          invitation.status = CustomerInvitationStatus.ACCEPTED;
          invitation.acceptedBy = em.getReference(Account, customer.id, { wrapped: true });
          invitation.acceptedCount = 1;
          invitation.acceptedAt = now;
          invitation.updatedAt = now;
        } else {
          // Many customers may use one link at the same moment: an atomic increment (a counter, bookkeeping), not a
          // read-modify-write that would lose counts.
          await em.nativeUpdate(CustomerInvitation, { id: invitation.id }, { acceptedCount: raw('accepted_count + 1'), acceptedAt: now, updatedAt: now });
        }
        this.record(em, association, AssociationEventKind.ASSOCIATED, email, {
          invitationId: invitation.id,
          channel: invitation.channel,
          label: invitation.label,
          model: invitation.model,
          balanceDisposition: balance.disposition,
          balanceAmount: formatMoney(balance.amount),
        });
        this.announceAssociation(em, association, partner, profile, customer, await administratorsOf(em, partner.id));
        await em.flush();
        return association;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new DomainError(CustomerErrorCode.CUSTOMER_ASSOCIATED_ELSEWHERE, 'You are already associated with a partner: a customer can be associated with only one partner.', 'code');
      }
      throw error;
    }
  }

  /** R-CU-7: the customer's partner (name, model, since when, discount if referral, bill permission), or null. */
  async myPartner(ctx: Ctx): Promise<CustomerPartnerView | null> {
    const em = crossTenantEm(ctx.em);
    const association = await em.findOne(CustomerAssociation, { customer: requireAccount(ctx).id, endedAt: null }, { populate: ['partner'] });
    if (!association) return null;
    const partner = association.partner.getEntity();
    const pending = await em.findOne(DisassociationRequest, { association: association.id, status: DisassociationRequestStatus.PENDING });
    return {
      associationId: association.id,
      partner: { id: partner.id, name: partner.name },
      model: association.model,
      since: association.startedAt,
      discountRate: association.model === AssociationModel.REFERRAL ? association.discountRate : null,
      balanceDisposition: association.balanceDisposition,
      canViewBills: canViewBills(association.model, partner),
      canRequestDisassociation: association.model === AssociationModel.RESELLER && !pending,
      pendingDisassociationRequest: pending,
    };
  }

  /** R-CU-10: whether the signed-in customer may view Bills and Cost Center (true when not associated). */
  async canViewBills(ctx: Ctx): Promise<boolean> {
    return (await this.myPartner(ctx))?.canViewBills ?? true;
  }

  /** R-CU-8: a reseller customer asks to leave; the partner sees the request and completes it. */
  async requestDisassociation(ctx: Ctx, input: RequestDisassociationInput): Promise<DisassociationRequest> {
    const customer = requireAccount(ctx);
    const reason = checkReason(input.reason);
    const em = crossTenantEm(ctx.em);
    const association = await this.myOpenAssociation(em, customer.id);
    if (association.model === AssociationModel.REFERRAL) {
      throw new DomainError(
        CustomerErrorCode.ASSOCIATION_REFERRAL_OPERATOR_ONLY,
        'A referral association cannot be ended by the customer: contact customer service or submit a service ticket.',
        null,
      );
    }
    if ((await em.count(DisassociationRequest, { association: association.id, status: DisassociationRequestStatus.PENDING })) > 0) {
      throw new DomainError(CustomerErrorCode.DISASSOCIATION_PENDING, 'You have already requested disassociation; your partner has not completed it yet.', null);
    }
    const now = this.clock.now();
    const request = em.create(DisassociationRequest, {
      partner: association.partner,
      association,
      reason,
      status: DisassociationRequestStatus.PENDING,
      createdAt: now,
      updatedAt: now,
    });
    this.record(em, association, AssociationEventKind.DISASSOCIATION_REQUESTED, customer.email, { requestId: request.id, reason });
    const profile = await association.customer.loadOrFail();
    this.notifications.notify(em, await this.partnerRecipients(em, association), {
      category: NotificationCategory.DISASSOCIATION,
      title: `${profile.companyName} requests disassociation`,
      body: `${profile.companyName} (${customer.email}) asks to end its reseller association. Reason: ${reason}`,
      link: PARTNER_CUSTOMER_PATH(association.id),
    });
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new DomainError(CustomerErrorCode.DISASSOCIATION_PENDING, 'You have already requested disassociation.', null);
      }
      throw error;
    }
    return request;
  }

  /** R-CU-8: while the partner has not completed it, the customer can withdraw its request. */
  async withdrawDisassociation(ctx: Ctx): Promise<DisassociationRequest> {
    const customer = requireAccount(ctx);
    const em = crossTenantEm(ctx.em);
    const association = await this.myOpenAssociation(em, customer.id);
    const request = await em.findOne(DisassociationRequest, { association: association.id, status: DisassociationRequestStatus.PENDING });
    if (!request) throw new DomainError(CustomerErrorCode.DISASSOCIATION_NOT_PENDING, 'There is no pending disassociation request to withdraw.', null);
    const now = this.clock.now();
    request.status = DisassociationRequestStatus.WITHDRAWN;
    request.resolvedAt = now;
    request.resolvedBy = customer.email;
    request.updatedAt = now;
    this.record(em, association, AssociationEventKind.DISASSOCIATION_WITHDRAWN, customer.email, { requestId: request.id });
    const profile = await association.customer.loadOrFail();
    this.notifications.notify(em, await this.partnerRecipients(em, association), {
      category: NotificationCategory.DISASSOCIATION,
      title: `${profile.companyName} withdrew its disassociation request`,
      body: `${profile.companyName} stays associated with you.`,
      link: PARTNER_CUSTOMER_PATH(association.id),
    });
    await em.flush();
    return request;
  }

  // ---- Partner side ----

  /** Customer Business › Customers: the associations the member may see (R-CU-11), newest first; filters combine. */
  list(ctx: Ctx, args: CustomersArgs): Promise<Connection<CustomerAssociation>> {
    const where: FilterQuery<CustomerAssociation>[] = [this.scope(ctx)];
    if (args.status === AssociationStatus.ACTIVE) where.push({ endedAt: null });
    if (args.status === AssociationStatus.ENDED) where.push({ endedAt: { $ne: null } });
    if (args.model) where.push({ model: args.model });
    if (args.accountManagerId) where.push({ accountManager: args.accountManagerId });
    if (args.unassigned) where.push({ accountManager: null });
    if (args.search?.trim()) {
      const like = `%${escapeLike(args.search.trim())}%`;
      where.push({ customer: { $or: [{ companyName: { $ilike: like } }, { account: { email: { $ilike: like } } }] } });
    }
    return paginate(ctx.em, CustomerAssociation, { $and: where }, args, { sortBy: 'startedAt', direction: 'DESC' });
  }

  /** One customer of the partner; another partner's, or one outside the member's scope, answers NOT_FOUND. */
  async get(ctx: Ctx, id: string, field = 'id'): Promise<CustomerAssociation> {
    const association = isUuid(id) ? await ctx.em.findOne(CustomerAssociation, { $and: [{ id }, this.scope(ctx)] }) : null;
    if (!association) throw new NotFoundError('Customer', field);
    return association;
  }

  /** R-CU-4: referral customers only, within the range an operator authorised for the partner; recorded in the history. */
  async setDiscount(ctx: Ctx, input: SetCustomerDiscountInput): Promise<CustomerAssociation> {
    const association = await this.openForChange(ctx, input.associationId);
    const partner = await ctx.em.findOneOrFail(Partner, { id: requirePartnerId(ctx) });
    const rate = checkDiscount(association.model, input.discountRate ?? null, { min: partner.referralDiscountMin, max: partner.referralDiscountMax });
    const from = association.discountRate ? formatMoney(association.discountRate) : null;
    const to = rate ? formatMoney(rate) : null;
    if (from === to) return association;
    association.discountRate = rate;
    association.updatedAt = this.clock.now();
    this.record(ctx.em, association, AssociationEventKind.DISCOUNT_SET, requireAccount(ctx).email, { from, to });
    await ctx.em.flush();
    return association;
  }

  /**
   * R-CU-11: each customer can be assigned to a member with the built-in Account Manager role (or unassigned). The
   * association's usage sums move to the new manager in the same transaction (R-EX-4: dashboards follow at once).
   */
  async assignAccountManager(ctx: Ctx, input: AssignAccountManagerInput): Promise<CustomerAssociation> {
    const association = await this.openForChange(ctx, input.associationId);
    const manager = input.accountManagerId ? await this.teamMember(ctx, input.accountManagerId, AccountTeamRole.ACCOUNT_MANAGER, 'accountManagerId') : null;
    const profile = await association.customer.loadOrFail();
    try {
      return await this.reassign(ctx, association, manager, profile.companyName);
    } catch (error) {
      // The transaction rolled back, but its flush left the refused manager in the request's copy of the association
      // (and in what that copy counts as stored): read it again, so nothing later in the request writes or shows it.
      await ctx.em.refresh(association);
      throw error;
    }
  }

  private reassign(ctx: Ctx, association: CustomerAssociation, manager: Account | null, companyName: string): Promise<CustomerAssociation> {
    return ctx.em.transactional(async (em) => {
      // The row lock orders this with usage ingestion (which share-locks the associations it reads) and with another
      // reassignment: what is read below is what the sums were kept under.
      const [locked] = await em.execute<{ account_manager_id: string | null; ended_at: Date | null }[]>(
        'select account_manager_id, ended_at from customer_association where id = ? for update',
        [association.id],
      );
      if (locked.ended_at) throw new DomainError(CustomerErrorCode.ASSOCIATION_ENDED, 'This association has ended.', 'associationId');
      const previousId = locked.account_manager_id ?? null;
      if (previousId === (manager?.id ?? null)) return association;
      const previous = previousId ? await em.findOneOrFail(Account, { id: previousId }, withoutTenantFilter) : null;
      association.accountManager = manager ? em.getReference(Account, manager.id, { wrapped: true }) : null;
      association.updatedAt = this.clock.now();
      this.record(em, association, AssociationEventKind.ACCOUNT_MANAGER_ASSIGNED, requireAccount(ctx).email, {
        from: previous ? summaryOf(previous) : null,
        to: manager ? summaryOf(manager) : null,
      });
      if (manager) {
        this.notifications.notify(em, [manager], {
          category: NotificationCategory.CUSTOMER,
          title: `${companyName} is assigned to you`,
          body: `You are now the account manager of ${companyName} (${MODEL_NAMES[association.model].toLowerCase()} customer).`,
          link: PARTNER_CUSTOMER_PATH(association.id),
        });
      }
      await em.flush();
      try {
        await reassignUsageRollups(executorOf(em), {
          partnerId: association.partner.id,
          customerId: association.customer.id,
          startedAt: association.startedAt,
          fromManagerId: previousId,
          toManagerId: manager?.id ?? null,
        });
      } catch (error) {
        // Only with amounts near ±92 billion: the transaction rolls back, the association keeps its manager.
        if (isRollupOverflow(error)) {
          throw new DomainError(
            CustomerErrorCode.MANAGER_STATISTICS_OUT_OF_RANGE,
            `The customer's usage added to this manager's statistics would pass ±${MAX_ROLLUP_MONEY} on a day or in a month; the manager was not changed.`,
            'accountManagerId',
          );
        }
        throw error;
      }
      return association;
    });
  }

  /** R-CU-11: the partner's account managers and directors, who leads whom, and how many active customers each has. */
  async team(ctx: Ctx): Promise<CustomerTeamMember[]> {
    const partnerId = requirePartnerId(ctx);
    const managerRole = await builtInRole(ctx.em, AccountTeamRole.ACCOUNT_MANAGER);
    const directorRole = await builtInRole(ctx.em, AccountTeamRole.ACCOUNT_DIRECTOR);
    const members = await ctx.em.find(
      Account,
      { partner: partnerId, kind: AccountKind.PARTNER_MEMBER, role: { $in: [managerRole.id, directorRole.id] } },
      { orderBy: { displayName: 'ASC', id: 'ASC' } },
    );
    const open = await ctx.em.find(CustomerAssociation, { endedAt: null, accountManager: { $in: members.map((m) => m.id) } }, { fields: ['accountManager'] });
    const perManager = new Map<string, number>();
    for (const row of open) perManager.set(row.accountManager!.id, (perManager.get(row.accountManager!.id) ?? 0) + 1);
    const byId = new Map(members.map((m) => [m.id, m]));
    return members.map((member) => {
      const isDirector = member.role?.id === directorRole.id;
      const leads = isDirector ? members.filter((m) => m.role?.id === managerRole.id && m.ledBy?.id === member.id) : [];
      const leader = !isDirector && member.ledBy ? byId.get(member.ledBy.id) : undefined;
      return {
        id: member.id,
        displayName: member.displayName,
        email: member.email,
        role: isDirector ? AccountTeamRole.ACCOUNT_DIRECTOR : AccountTeamRole.ACCOUNT_MANAGER,
        ledBy: leader ? summaryOf(leader) : null,
        leads: leads.map(summaryOf),
        customerCount: isDirector ? leads.reduce((sum, m) => sum + (perManager.get(m.id) ?? 0), 0) : (perManager.get(member.id) ?? 0),
      };
    });
  }

  /** R-CU-11: an account director leads account managers; the director sees their customers (see `scope`). */
  async setAccountDirector(ctx: Ctx, input: SetAccountDirectorInput): Promise<CustomerTeamMember> {
    const manager = await this.teamMember(ctx, input.managerId, AccountTeamRole.ACCOUNT_MANAGER, 'managerId');
    const director = input.directorId ? await this.teamMember(ctx, input.directorId, AccountTeamRole.ACCOUNT_DIRECTOR, 'directorId') : null;
    if ((manager.ledBy?.id ?? null) !== (director?.id ?? null)) {
      manager.ledBy = director ? ctx.em.getReference(Account, director.id, { wrapped: true }) : null;
      manager.updatedAt = this.clock.now();
      await ctx.em.flush();
    }
    return (await this.team(ctx)).find((m) => m.id === manager.id)!;
  }

  disassociationRequests(ctx: Ctx, args: DisassociationRequestsArgs): Promise<Connection<DisassociationRequest>> {
    const where: FilterQuery<DisassociationRequest>[] = [];
    if (args.status) where.push({ status: args.status });
    if (!this.seesAllCustomers(ctx)) where.push({ association: this.scope(ctx) });
    return paginate(ctx.em, DisassociationRequest, where.length ? { $and: where } : {}, args, { sortBy: 'createdAt', direction: 'DESC' });
  }

  /** R-CU-8: the partner completes a reseller customer's request; the association ends and the customer is told. */
  async completeDisassociation(ctx: Ctx, requestId: string): Promise<DisassociationRequest> {
    const request = isUuid(requestId) ? await ctx.em.findOne(DisassociationRequest, { id: requestId }) : null;
    if (!request) throw new NotFoundError('Disassociation request');
    if (request.status !== DisassociationRequestStatus.PENDING) {
      throw new DomainError(CustomerErrorCode.DISASSOCIATION_NOT_PENDING, `This request is ${request.status.toLowerCase()}, not pending.`, 'id');
    }
    const association = await request.association.loadOrFail();
    const now = this.clock.now();
    const me = requireAccount(ctx).email;
    request.status = DisassociationRequestStatus.COMPLETED;
    request.resolvedAt = now;
    request.resolvedBy = me;
    request.updatedAt = now;
    this.end(association, me, `Disassociation requested by the customer: ${request.reason}`);
    this.record(ctx.em, association, AssociationEventKind.DISASSOCIATED, me, { by: 'PARTNER', requestId: request.id, reason: request.reason });
    const partner = await association.partner.loadOrFail();
    await this.announceEnd(ctx.em, association, partner);
    await ctx.em.flush();
    return request;
  }

  /** R-CU-10: revokes (false) or restores (true) every reseller customer's permission to view Bills and Cost Center. */
  async setResellerBillVisibility(ctx: Ctx, visible: boolean): Promise<Partner> {
    const partner = await ctx.em.findOneOrFail(Partner, { id: requirePartnerId(ctx) });
    if (partner.resellerBillsVisible !== visible) {
      partner.resellerBillsVisible = visible;
      partner.updatedAt = this.clock.now();
      await ctx.em.flush();
    }
    return partner;
  }

  // ---- Operators ----

  /** R-CU-3: the model is permanent; only an operator changes it (after a ticket), with the reason kept. */
  async changeModel(ctx: Ctx, input: ChangeAssociationModelInput): Promise<CustomerAssociation> {
    const em = crossTenantEm(ctx.em);
    const association = await this.operatorAssociation(em, input.associationId);
    const reason = checkReason(input.reason);
    if (association.model === input.model) {
      throw new DomainError(CustomerErrorCode.ASSOCIATION_MODEL_UNCHANGED, `The association is ${MODEL_NAMES[input.model]} already.`, 'model');
    }
    const from = association.model;
    association.model = input.model;
    // R-CU-4: reseller customers have no discount.
    const discountCleared = input.model === AssociationModel.RESELLER && association.discountRate !== null;
    if (discountCleared) association.discountRate = null;
    association.updatedAt = this.clock.now();
    this.record(em, association, AssociationEventKind.MODEL_CHANGED, requireAccount(ctx).email, { from, to: input.model, reason, discountCleared });
    const [partner, profile] = await Promise.all([association.partner.loadOrFail(), association.customer.loadOrFail()]);
    const text = `The association between ${profile.companyName} and ${partner.name} changed from ${MODEL_NAMES[from]} to ${MODEL_NAMES[input.model]}. Reason: ${reason}`;
    this.notifications.notify(em, [profile.id], { category: NotificationCategory.ASSOCIATION, title: 'Your association model changed', body: text, link: CUSTOMER_PARTNER_PATH });
    this.notifications.notify(em, await this.partnerRecipients(em, association), {
      category: NotificationCategory.ASSOCIATION,
      title: `${profile.companyName}: model changed to ${MODEL_NAMES[input.model]}`,
      body: text,
      link: PARTNER_CUSTOMER_PATH(association.id),
    });
    await em.flush();
    return association;
  }

  /** R-CU-8: a referral association ends only by operator action (a reseller one by the customer's request). */
  async endReferral(ctx: Ctx, input: EndReferralAssociationInput): Promise<CustomerAssociation> {
    const em = crossTenantEm(ctx.em);
    const association = await this.operatorAssociation(em, input.associationId);
    const reason = checkReason(input.reason);
    if (association.model !== AssociationModel.REFERRAL) {
      throw new DomainError(
        CustomerErrorCode.ASSOCIATION_NOT_REFERRAL,
        'A reseller association ends when the customer requests disassociation and the partner completes it.',
        'associationId',
      );
    }
    const me = requireAccount(ctx).email;
    this.end(association, me, reason);
    this.record(em, association, AssociationEventKind.DISASSOCIATED, me, { by: 'OPERATOR', reason });
    await this.announceEnd(em, association, await association.partner.loadOrFail());
    await em.flush();
    return association;
  }

  /** R-CU-4: the range within which the partner may set referral customers' discounts; both null withdraws it. */
  async setReferralDiscountRange(ctx: Ctx, input: SetReferralDiscountRangeInput): Promise<Partner> {
    const em = crossTenantEm(ctx.em);
    const partner = isUuid(input.partnerId) ? await em.findOne(Partner, { id: input.partnerId }) : null;
    if (!partner) throw new NotFoundError('Partner', 'partnerId');
    const range = checkDiscountRange(input.min, input.max);
    partner.referralDiscountMin = range.min;
    partner.referralDiscountMax = range.max;
    partner.updatedAt = this.clock.now();
    await em.flush();
    return partner;
  }

  // ---- Helpers ----

  private async myOpenAssociation(em: EntityManager, customerId: string): Promise<CustomerAssociation> {
    const association = await em.findOne(CustomerAssociation, { customer: customerId, endedAt: null });
    if (!association) throw new DomainError(CustomerErrorCode.CUSTOMER_NOT_ASSOCIATED, 'You are not associated with a partner.', null);
    return association;
  }

  private async openForChange(ctx: Ctx, id: string): Promise<CustomerAssociation> {
    const association = await this.get(ctx, id, 'associationId');
    if (association.endedAt) throw new DomainError(CustomerErrorCode.ASSOCIATION_ENDED, 'This association has ended.', 'associationId');
    return association;
  }

  private async operatorAssociation(em: EntityManager, id: string): Promise<CustomerAssociation> {
    const association = isUuid(id) ? await em.findOne(CustomerAssociation, { id }) : null;
    if (!association) throw new NotFoundError('Association', 'associationId');
    if (association.endedAt) throw new DomainError(CustomerErrorCode.ASSOCIATION_ENDED, 'This association has ended.', 'associationId');
    return association;
  }

  /** A member of the caller's partner holding the given built-in role (another partner's member is not found). */
  private async teamMember(ctx: Ctx, id: string, role: AccountTeamRole, field: string): Promise<Account> {
    const member = isUuid(id)
      ? await ctx.em.findOne(Account, { id, partner: requirePartnerId(ctx), kind: AccountKind.PARTNER_MEMBER }, { populate: ['role'] })
      : null;
    if (!member) throw new NotFoundError('Member', field);
    if (member.role?.getEntity().builtInKey !== role || member.status !== AccountStatus.ACTIVE) {
      const [code, name] =
        role === AccountTeamRole.ACCOUNT_MANAGER
          ? [CustomerErrorCode.ACCOUNT_MANAGER_ROLE_REQUIRED, 'Account Manager']
          : [CustomerErrorCode.ACCOUNT_DIRECTOR_ROLE_REQUIRED, 'Account Director'];
      throw new DomainError(code, `Choose an active member with the built-in ${name} role.`, field);
    }
    return member;
  }

  private end(association: CustomerAssociation, by: string, reason: string): void {
    const now = this.clock.now();
    association.endedAt = now;
    association.endedBy = by;
    association.endReason = reason.slice(0, 1000);
    association.updatedAt = now;
  }

  private record(em: EntityManager, association: CustomerAssociation, kind: AssociationEventKind, actorEmail: string | null, details: Record<string, unknown>): void {
    const now = this.clock.now();
    em.create(AssociationEvent, { partner: association.partner, association, kind, details, actorEmail, at: now, createdAt: now, updatedAt: now });
  }

  /** Administrators, and the customer's account manager if it has one. */
  private async partnerRecipients(em: EntityManager, association: CustomerAssociation): Promise<string[]> {
    const administrators = await administratorsOf(em, association.partner.id);
    return [...administrators.map((a) => a.id), ...(association.accountManager ? [association.accountManager.id] : [])];
  }

  /** R-CU-7: the customer is notified (in the portal and by e-mail); the partner's administrators hear of their new customer. */
  private announceAssociation(
    em: EntityManager,
    association: CustomerAssociation,
    partner: Partner,
    profile: CustomerProfile,
    customer: Account,
    administrators: Account[],
  ): void {
    const model = MODEL_NAMES[association.model].toLowerCase();
    const balance =
      association.balanceDisposition === BalanceDisposition.TRANSFERRED_TO_PARTNER
        ? ` Your balance of USD ${association.balanceAmount.toFixed(2)} is transferred to the partner's sub-account.`
        : association.balanceDisposition === BalanceDisposition.WITHDRAWN
          ? ` Your balance of USD ${association.balanceAmount.toFixed(2)} is withdrawn; customer service contacts you about the refund.`
          : association.balanceDisposition === BalanceDisposition.KEPT
            ? ' You keep using your account balance.'
            : '';
    const body = `Your cloud account is now associated with ${partner.name} as a ${model} customer.${balance}`;
    this.notifications.notify(em, [customer], { category: NotificationCategory.ASSOCIATION, title: `You are now associated with ${partner.name}`, body, link: CUSTOMER_PARTNER_PATH });
    this.notifications.queueMail(em, { partnerId: partner.id, to: customer.email, subject: `You are now associated with ${partner.name}`, text: `Hello,\n\n${body}\n` });
    this.notifications.notify(em, administrators, {
      category: NotificationCategory.ASSOCIATION,
      title: `${profile.companyName} is now your customer`,
      body: `${profile.companyName} (${customer.email}) accepted your invitation and is associated as a ${model} customer.`,
      link: PARTNER_CUSTOMER_PATH(association.id),
    });
  }

  private async announceEnd(em: EntityManager, association: CustomerAssociation, partner: Partner): Promise<void> {
    const profile = await association.customer.loadOrFail();
    const account = await profile.account.loadOrFail();
    const body = `Your cloud account is no longer associated with ${partner.name}.`;
    this.notifications.notify(em, [account], { category: NotificationCategory.DISASSOCIATION, title: `Disassociated from ${partner.name}`, body, link: CUSTOMER_PARTNER_PATH });
    this.notifications.queueMail(em, { partnerId: partner.id, to: account.email, subject: `Disassociated from ${partner.name}`, text: `Hello,\n\n${body}\n` });
    this.notifications.notify(em, await this.partnerRecipients(em, association), {
      category: NotificationCategory.DISASSOCIATION,
      title: `${profile.companyName} is no longer your customer`,
      body: `The association with ${profile.companyName} ended. ${association.endReason ?? ''}`.trim(),
      link: PARTNER_CUSTOMER_PATH(association.id),
    });
  }
}

export function summaryOf(account: Account): TeamMemberSummary {
  return { id: account.id, displayName: account.displayName, email: account.email };
}
