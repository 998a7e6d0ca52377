import { randomUUID } from 'node:crypto';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Decimal } from 'decimal.js';
import type { Ctx } from '../../app/context.js';
import { requireAccount, requirePartnerId } from '../../app/context.js';
import { beijingDate } from '../../common/beijing-time.js';
import type { Clock } from '../../common/clock.js';
import { crossTenantEm } from '../../common/db/tenant.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { BudgetErrorCode, ErrorCode } from '../../common/errors/error-codes.js';
import { isUuid } from '../../common/ids.js';
import { mapConnection, paginate, type Connection } from '../../common/pagination/connection.js';
import { formatMoney, formatMoneyUnits, Money, moneyUnits, UNITS_PER_MONEY } from '../../common/scalars/decimal.js';
import { Account } from '../account/account.entity.js';
import { CustomerAssociation } from '../customer/customer-association.entity.js';
import type { CustomerAssociationService } from '../customer/customer-association.service.js';
import { CustomerProfile } from '../customer/customer-profile.entity.js';
import { AssociationModel } from '../customer/customer.enums.js';
import { administratorsOf } from '../customer/customer.queries.js';
import { escapeLike } from '../organization/role.service.js';
import { BillingMode } from '../expenditure/expenditure.enums.js';
import { fromUnits } from '../expenditure/rollups.js';
import type { AffectedCustomerMonth } from '../expenditure/usage-ingestion.js';
import type { UsageListener } from '../expenditure/usage-ingestion.service.js';
import { NotificationCategory } from '../notification/notification.entity.js';
import type { NotificationService } from '../notification/notification.service.js';
import { BUDGET_THRESHOLDS, BudgetAdjustment, BudgetAdjustmentKind, BudgetAlert, CustomerBudget } from './budget.entity.js';
import {
  PurchaseRefusal,
  type AuthorizePurchaseInput,
  type CustomerBudgetRow,
  type CustomerBudgetsArgs,
  type FreezeCustomerInput,
  type PurchaseDecision,
  type SetCustomerBudgetInput,
  type UnfreezeCustomerInput,
} from './budget.types.js';

const BUDGETS_PATH = '/partner/customers/budgets';
const ZERO = new Money(0);

/** The Beijing month (first day, YYYY-MM-DD) an instant falls in: budgets restart each such month (R-BU-4). */
export function beijingMonth(at: Date): string {
  return `${beijingDate(at).slice(0, 7)}-01`;
}

/** R-BU-2: the thresholds (percent) the spend has reached. Nothing spent, nothing reached: a budget of 0 alone alerts nobody. */
export function reachedThresholds(spend: Decimal, budget: Decimal): number[] {
  if (spend.lte(0)) return [];
  return BUDGET_THRESHOLDS.filter((t) => spend.gte(budget.times(t).dividedBy(100)));
}

/** R-BU-2: at or above 100 % of the budget (a budget of 0 is used up from the start). */
export function budgetExhausted(spend: Decimal, budget: Decimal | null): boolean {
  return budget !== null && spend.gte(budget);
}

/**
 * R-BU-2: spend as a percent of a budget (> 0), rounded DOWN (towards −∞) to 8 decimals, in integers so it is exact: a
 * percentage shown is never above the true one, so 999.99999999 of 1000 is 99.99999999 %, not 100 %, while the gate
 * still lets subscriptions through (rounding half-up would report a threshold the spend has not reached).
 */
export function percentUsed(spend: Decimal, budget: Decimal): Decimal {
  const numerator = moneyUnits(formatMoney(spend)) * 100n * UNITS_PER_MONEY; // percent × 1e8, over the budget's units
  const denominator = moneyUnits(formatMoney(budget));
  let quotient = numerator / denominator; // truncated towards 0
  if (quotient * denominator > numerator) quotient -= 1n; // a negative spend (refunds): floor, not towards 0
  return new Money(formatMoneyUnits(quotient));
}

type MonthSpend = { listPrice: Decimal; amountDue: Decimal };

/**
 * Reseller budgets (R-BU-1..4): monthly budgets with their history, freezing, the threshold alerts that ingestion
 * triggers (a UsageListener, in the ingestion transaction), and the purchase gate the cloud's order system asks.
 */
export class BudgetService implements UsageListener {
  constructor(
    private readonly clock: Clock,
    private readonly notifications: NotificationService,
    private readonly associations: CustomerAssociationService,
  ) {}

  // ---- Partner side ----

  /** R-BU-1: sets the month budget of a reseller customer; the change is kept; lowering it may reach thresholds now. */
  async setBudget(ctx: Ctx, input: SetCustomerBudgetInput): Promise<CustomerBudget> {
    if (input.amount.isNegative()) throw new DomainError(BudgetErrorCode.BUDGET_AMOUNT_INVALID, 'A budget is 0 or more USD.', 'amount');
    const note = input.note?.trim() || null;
    return ctx.em.transactional(async (em) => {
      await this.resellerAssociation(em, ctx, input.customerId);
      const now = this.clock.now();
      const budget = await this.lockedBudget(em, ctx, input.customerId);
      const previous = budget.amount;
      budget.amount = new Money(input.amount);
      budget.updatedAt = now;
      this.recordAdjustment(em, ctx, budget, BudgetAdjustmentKind.AMOUNT, previous, budget.amount, note);
      await em.flush();
      await this.checkThresholds(em, [{ partnerId: requirePartnerId(ctx), customerId: input.customerId, month: beijingMonth(now) }]);
      await em.flush();
      return budget;
    });
  }

  /** R-BU-4: a frozen customer cannot purchase, renew or change resources (the purchase gate refuses everything). */
  async freeze(ctx: Ctx, input: FreezeCustomerInput): Promise<CustomerBudget> {
    const reason = input.reason.trim();
    if (!reason) throw new DomainError(ErrorCode.VALIDATION, 'Say why the customer is frozen.', 'reason');
    return ctx.em.transactional(async (em) => {
      await this.resellerAssociation(em, ctx, input.customerId);
      const budget = await this.lockedBudget(em, ctx, input.customerId);
      if (budget.frozen) throw new DomainError(BudgetErrorCode.CUSTOMER_ALREADY_FROZEN, 'This customer is already frozen.', 'customerId');
      const now = this.clock.now();
      budget.frozen = true;
      budget.frozenAt = now;
      budget.frozenBy = requireAccount(ctx).email;
      budget.freezeReason = reason;
      budget.updatedAt = now;
      this.recordAdjustment(em, ctx, budget, BudgetAdjustmentKind.FROZEN, budget.amount, budget.amount, reason);
      await em.flush();
      return budget;
    });
  }

  async unfreeze(ctx: Ctx, input: UnfreezeCustomerInput): Promise<CustomerBudget> {
    return ctx.em.transactional(async (em) => {
      await this.resellerAssociation(em, ctx, input.customerId);
      const budget = await em.findOne(CustomerBudget, { customer: input.customerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!budget?.frozen) throw new DomainError(BudgetErrorCode.CUSTOMER_NOT_FROZEN, 'This customer is not frozen.', 'customerId');
      budget.frozen = false;
      budget.frozenAt = null;
      budget.frozenBy = null;
      budget.freezeReason = null;
      budget.updatedAt = this.clock.now();
      this.recordAdjustment(em, ctx, budget, BudgetAdjustmentKind.UNFROZEN, budget.amount, budget.amount, null);
      await em.flush();
      return budget;
    });
  }

  /** Customer Business › Budgets: the open reseller customers the member may see, with this month's spend; N+1-free. */
  async list(ctx: Ctx, args: CustomerBudgetsArgs): Promise<Connection<CustomerBudgetRow>> {
    const where: FilterQuery<CustomerAssociation>[] = [this.associations.scope(ctx), { model: AssociationModel.RESELLER, endedAt: null }];
    if (args.search?.trim()) {
      const like = `%${escapeLike(args.search.trim())}%`;
      where.push({ customer: { $or: [{ companyName: { $ilike: like } }, { account: { email: { $ilike: like } } }] } });
    }
    const page = await paginate(ctx.em, CustomerAssociation, { $and: where }, args, { sortBy: 'startedAt', direction: 'DESC' });
    const ids = page.edges.map((edge) => edge.node.customer.id);
    const month = beijingMonth(this.clock.now());
    if (ids.length === 0) return mapConnection(page, () => []);
    const [profiles, budgets, alerts, spend] = await Promise.all([
      ctx.em.find(CustomerProfile, { id: { $in: ids } }, { populate: ['account'] }),
      ctx.em.find(CustomerBudget, { customer: { $in: ids } }),
      ctx.em.find(BudgetAlert, { customer: { $in: ids }, month }, { orderBy: { threshold: 'ASC' } }),
      monthSpend(ctx.em, requirePartnerId(ctx), ids, month),
    ]);
    const profileOf = new Map(profiles.map((p) => [p.id, p]));
    const budgetOf = new Map(budgets.map((b) => [b.customer.id, b]));
    return mapConnection(page, (nodes) =>
      nodes.map((association) => {
        const id = association.customer.id;
        const profile = profileOf.get(id)!;
        const budget = budgetOf.get(id);
        const amount = budget?.amount ?? null;
        const spent = spend.get(id) ?? { listPrice: ZERO, amountDue: ZERO };
        return {
          id: association.id,
          customer: { id, companyName: profile.companyName, country: profile.country, email: profile.account.getEntity().email },
          amount,
          frozen: budget?.frozen ?? false,
          freezeReason: budget?.freezeReason ?? null,
          month,
          monthSpendAtListPrice: spent.listPrice,
          currentEstimate: spent.amountDue,
          percentUsed: amount && !amount.isZero() ? percentUsed(spent.listPrice, amount) : null,
          alertedThresholds: alerts.filter((a) => a.customer.id === id).map((a) => a.threshold),
        };
      }),
    );
  }

  /** R-BU-1: the budget history of a customer of the partner, newest first; another partner's customer is NOT_FOUND. */
  async adjustments(ctx: Ctx, customerId: string): Promise<BudgetAdjustment[]> {
    const visible = isUuid(customerId) && (await ctx.em.count(CustomerAssociation, { $and: [{ customer: customerId }, this.associations.scope(ctx)] })) > 0;
    if (!visible) throw new NotFoundError('Customer', 'customerId');
    return ctx.em.find(BudgetAdjustment, { customer: customerId }, { orderBy: { createdAt: 'DESC', id: 'DESC' } });
  }

  // ---- The cloud's order system (operators) ----

  /**
   * The purchase gate. R-BU-4: a frozen customer buys nothing. R-BU-2: once the month's spend at list price reaches the
   * budget, yearly/monthly and reserved instances are refused, pay-per-use still goes through; R-BU-3 the same with a
   * budget of 0 (the partner pays). Referral customers and customers without a partner have no budget.
   */
  async authorizePurchase(ctx: Ctx, input: AuthorizePurchaseInput): Promise<PurchaseDecision> {
    if (!input.amount.isPositive() || input.amount.isZero()) {
      throw new DomainError(BudgetErrorCode.PURCHASE_AMOUNT_INVALID, 'A purchase amount is more than 0 USD.', 'amount');
    }
    const em = crossTenantEm(ctx.em);
    if (!(await em.findOne(CustomerProfile, { id: input.customerId }))) throw new NotFoundError('Customer', 'customerId');
    const association = await em.findOne(CustomerAssociation, { customer: input.customerId, endedAt: null });
    if (!association) return { allowed: true, reason: null, message: 'The customer has no partner: no budget applies.', budget: null, monthSpendAtListPrice: ZERO, frozen: false };
    const partnerId = association.partner.id;
    const month = beijingMonth(this.clock.now());
    const [budget, spend] = await Promise.all([
      em.findOne(CustomerBudget, { partner: partnerId, customer: input.customerId }),
      monthSpend(em, partnerId, [input.customerId], month),
    ]);
    const spent = spend.get(input.customerId)?.listPrice ?? ZERO;
    // Budgets and freezing are the reseller model's: a customer whose association changed to Referral is not held by a
    // freeze or budget of its reseller days (which nobody could lift: unfreezing is for reseller customers only).
    if (association.model !== AssociationModel.RESELLER) {
      return { allowed: true, reason: null, message: 'Referral customers have no partner budget.', budget: null, monthSpendAtListPrice: spent, frozen: false };
    }
    const amount = budget?.amount ?? null;
    const base = { budget: amount, monthSpendAtListPrice: spent, frozen: budget?.frozen ?? false };
    if (budget?.frozen) {
      return { ...base, allowed: false, reason: PurchaseRefusal.CUSTOMER_FROZEN, message: 'The partner froze this customer: it cannot purchase, renew or change resources.' };
    }
    if (budgetExhausted(spent, amount) && input.billingMode !== BillingMode.PAY_PER_USE) {
      return {
        ...base,
        allowed: false,
        reason: PurchaseRefusal.BUDGET_EXHAUSTED,
        message: `The monthly budget (${formatMoney(amount!)} USD) is used up: yearly/monthly products and reserved instances cannot be bought this month; pay-per-use can.`,
      };
    }
    return { ...base, allowed: true, reason: null, message: amount === null ? 'No budget is set.' : 'Within the budget, or pay-per-use.' };
  }

  // ---- Threshold alerts (R-BU-2) ----

  /** Called by ingestion inside its transaction with the (partner, customer, month) spends that changed. */
  async afterIngest(em: EntityManager, affected: readonly AffectedCustomerMonth[]): Promise<void> {
    const resellers = affected.filter((a) => a.reseller);
    if (resellers.length > 0) await this.checkThresholds(em, resellers);
  }

  /**
   * For each (partner, customer, month) with a budget amount, every threshold reached (spend ≥ t % × budget, exact) and
   * not yet notified for that month gets a BudgetAlert (the insert ignores an existing one, so concurrent ingestions
   * notify once) and notifications: in-app to the administrators and the customer's account manager, and a mail to the
   * administrators. The caller flushes (the notifications join its unit of work).
   */
  async checkThresholds(em: EntityManager, tuples: readonly { partnerId: string; customerId: string; month: string }[]): Promise<number> {
    const rows = await em.execute(
      `select t.partner_id, t.customer_id, to_char(t.month, 'YYYY-MM') as month_label, to_char(t.month, 'YYYY-MM-DD') as month, ` +
        `b.amount::text as amount, p.company_name, ` +
        `(select a.account_manager_id from customer_association a where a.partner_id = t.partner_id and a.customer_id = t.customer_id and a.ended_at is null limit 1) as account_manager_id, ` +
        `${fromUnits('coalesce((select sum(r.list_price) from expenditure_rollup_customer_month r where r.partner_id = t.partner_id and r.customer_id = t.customer_id and r.month = t.month), 0)')}::text as spend ` +
        `from (select distinct partner_id, customer_id, month from jsonb_to_recordset(?::jsonb) as x(partner_id uuid, customer_id uuid, month date)) t ` +
        `join customer_budget b on b.partner_id = t.partner_id and b.customer_id = t.customer_id ` +
        `join customer_profile p on p.id = t.customer_id ` +
        // Share-locked: a budget being changed (setBudget holds it for update) is read once that change commits, and a
        // change waits for this check, then sees this spend; either way a threshold reached is not missed.
        `where b.amount is not null order by t.partner_id, t.customer_id, t.month for share of b`,
      [JSON.stringify(tuples.map((t) => ({ partner_id: t.partnerId, customer_id: t.customerId, month: t.month })))] as never[],
    );
    const administrators = new Map<string, Account[]>();
    let alerted = 0;
    for (const row of rows as Record<string, string | null>[]) {
      const budget = new Money(row.amount!);
      const spend = new Money(row.spend!);
      for (const threshold of reachedThresholds(spend, budget)) {
        const inserted = await em.execute(
          `insert into budget_alert (id, created_at, updated_at, partner_id, customer_id, month, threshold, budget_amount, spend_at_list_price) ` +
            `values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (partner_id, customer_id, month, threshold) do nothing returning id`,
          [randomUUID(), this.clock.now(), this.clock.now(), row.partner_id, row.customer_id, row.month, threshold, formatMoney(budget), formatMoney(spend)] as never[],
        );
        if (inserted.length === 0) continue;
        alerted += 1;
        const partnerId = row.partner_id!;
        if (!administrators.has(partnerId)) administrators.set(partnerId, await administratorsOf(em, partnerId));
        const admins = administrators.get(partnerId)!;
        const title = `${row.company_name} reached ${threshold} % of its monthly budget`;
        const body =
          `${row.company_name} has spent ${formatMoney(spend)} USD at list price in ${row.month_label} (Beijing time), ${threshold} % or more of its ` +
          `monthly budget of ${formatMoney(budget)} USD.` +
          (threshold >= 100 ? ' It can no longer buy yearly/monthly products or reserved instances this month; pay-per-use still goes through.' : '');
        this.notifications.notify(em, [...admins.map((a) => a.id), ...(row.account_manager_id ? [row.account_manager_id] : [])], {
          category: NotificationCategory.BUDGET,
          title,
          body,
          link: BUDGETS_PATH,
        });
        for (const admin of admins) this.notifications.queueMail(em, { to: admin.email, subject: title, text: body, partnerId });
      }
    }
    return alerted;
  }

  // ---- Helpers ----

  /**
   * The customer's open association with the caller's partner, within the member's customer scope (R-CU-11, R-EX-4: as
   * the list and the history), must be a reseller one (R-BU-1). Another partner's customer, or one outside the member's
   * scope, is NOT_FOUND: what a member cannot see, it cannot change.
   */
  private async resellerAssociation(em: EntityManager, ctx: Ctx, customerId: string): Promise<CustomerAssociation> {
    const visible = isUuid(customerId)
      ? await em.find(CustomerAssociation, { $and: [{ customer: customerId }, this.associations.scope(ctx)] }, { orderBy: { startedAt: 'DESC' } })
      : [];
    if (visible.length === 0) throw new NotFoundError('Customer', 'customerId');
    const open = visible.find((a) => a.endedAt === null);
    // Only a past association is in scope and the current one is outside it: invisible, as in the list.
    if (!open && (await em.count(CustomerAssociation, { customer: customerId, endedAt: null })) > 0) throw new NotFoundError('Customer', 'customerId');
    if (!open || open.model !== AssociationModel.RESELLER) {
      throw new DomainError(BudgetErrorCode.BUDGET_RESELLER_ONLY, 'Budgets and freezing apply only to customers associated with you in the Reseller model.', 'customerId');
    }
    return open;
  }

  /**
   * The customer's budget row, locked for update; created first when missing. The insert ignores a row another request
   * created meanwhile, so two first changes at once wait for each other instead of failing on the unique key.
   */
  private async lockedBudget(em: EntityManager, ctx: Ctx, customerId: string): Promise<CustomerBudget> {
    const now = this.clock.now();
    await em.execute(
      `insert into customer_budget (id, created_at, updated_at, partner_id, customer_id) values (?, ?, ?, ?, ?) on conflict (partner_id, customer_id) do nothing`,
      [randomUUID(), now, now, requirePartnerId(ctx), customerId] as never[],
    );
    return em.findOneOrFail(CustomerBudget, { customer: customerId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  private recordAdjustment(
    em: EntityManager,
    ctx: Ctx,
    budget: CustomerBudget,
    kind: BudgetAdjustmentKind,
    previousAmount: Decimal | null,
    newAmount: Decimal | null,
    note: string | null,
  ): BudgetAdjustment {
    const now = this.clock.now();
    return em.create(BudgetAdjustment, {
      partner: budget.partner,
      customer: budget.customer,
      kind,
      previousAmount,
      newAmount,
      actorEmail: requireAccount(ctx).email,
      note,
      createdAt: now,
      updatedAt: now,
    });
  }
}

/** The month's spend at list price and amount due (all kinds) of some customers with one partner: one rollup query. */
export async function monthSpend(em: EntityManager, partnerId: string, customerIds: readonly string[], month: string): Promise<Map<string, MonthSpend>> {
  const rows = await em.execute(
    `select customer_id, ${fromUnits('sum(list_price)')}::text as list_price, ${fromUnits('sum(cash) + sum(coupon)')}::text as amount_due from expenditure_rollup_customer_month ` +
      `where partner_id = ? and month = ? and customer_id in (select value::uuid from jsonb_array_elements_text(?::jsonb)) group by customer_id`,
    [partnerId, month, JSON.stringify(customerIds)] as never[],
  );
  return new Map(
    (rows as Record<string, string>[]).map((r) => [String(r.customer_id), { listPrice: new Money(r.list_price!), amountDue: new Money(r.amount_due!) }]),
  );
}
