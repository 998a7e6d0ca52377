import type { Decimal } from 'decimal.js';
import { Entity, Enum, Filter, Index, ManyToOne, Opt, OptionalProps, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/db/base.entity.js';
import { MoneyType } from '../../common/db/money.type.js';
import { tenantFilter } from '../../common/db/tenant.js';
import { DecimalScalar } from '../../common/scalars/decimal.js';
import { CustomerProfile } from '../customer/customer-profile.entity.js';
import { Partner } from '../partner/partner.entity.js';

/** R-BU-1 / R-BU-4: what a budget history entry records. */
export enum BudgetAdjustmentKind {
  AMOUNT = 'AMOUNT',
  FROZEN = 'FROZEN',
  UNFROZEN = 'UNFROZEN',
}
registerEnumType(BudgetAdjustmentKind, { name: 'BudgetAdjustmentKind', description: 'A budget amount change, a freeze or an unfreeze.' });

/** R-BU-2: the share of the monthly budget at which the partner is told, once per month each. */
export const BUDGET_THRESHOLDS = [75, 90, 100] as const;

/**
 * R-BU-1 / R-BU-4: the monthly budget (USD, at list price) a partner sets for one reseller customer, and whether the
 * partner froze the customer. One row per (partner, customer); the amount is null when the customer was frozen before
 * any budget was set. The budget applies to every Beijing calendar month afresh (spend is counted per month).
 */
@ObjectType({ description: 'The monthly budget of a reseller customer and its freeze state (R-BU-1, R-BU-4).' })
@Entity({ tableName: 'customer_budget' })
@Filter(tenantFilter)
@Unique({ properties: ['partner', 'customer'] })
export class CustomerBudget extends BaseEntity {
  [OptionalProps]?: 'customerId';

  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @ManyToOne(() => CustomerProfile, { ref: true, deleteRule: 'cascade' })
  customer!: Ref<CustomerProfile>;

  @Field(() => ID, { description: "The customer's account id." })
  get customerId(): string {
    return this.customer.id;
  }

  @Field(() => DecimalScalar, { nullable: true, description: 'Monthly budget (USD, compared with spend at list price); null when none is set.' })
  @Property({ type: MoneyType, nullable: true })
  amount: Decimal | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  frozen: boolean & Opt = false;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  frozenAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'E-mail of the member who froze the customer.' })
  @Property({ type: 'string', length: 254, nullable: true })
  frozenBy: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 1000, nullable: true })
  freezeReason: string | null = null;

  @Field(() => Date)
  declare updatedAt: Date & Opt;
}

/** R-BU-1: every change of a budget (and every freeze and unfreeze), kept for the partner's history. */
@ObjectType({ description: 'One change of a customer budget: amount before and after, who, when, why (R-BU-1).' })
@Entity({ tableName: 'budget_adjustment' })
@Filter(tenantFilter)
@Index({ properties: ['partner', 'customer', 'createdAt', 'id'] })
export class BudgetAdjustment extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @ManyToOne(() => CustomerProfile, { ref: true, deleteRule: 'cascade' })
  customer!: Ref<CustomerProfile>;

  @Field(() => BudgetAdjustmentKind)
  @Enum({ items: () => BudgetAdjustmentKind, nativeEnumName: 'budget_adjustment_kind' })
  kind!: BudgetAdjustmentKind;

  @Field(() => DecimalScalar, { nullable: true })
  @Property({ type: MoneyType, nullable: true })
  previousAmount: Decimal | null = null;

  @Field(() => DecimalScalar, { nullable: true })
  @Property({ type: MoneyType, nullable: true })
  newAmount: Decimal | null = null;

  @Field(() => String, { description: 'E-mail of who made the change.' })
  @Property({ type: 'string', length: 254 })
  actorEmail!: string;

  @Field(() => String, { nullable: true, description: 'The note of a budget change, or the reason of a freeze.' })
  @Property({ type: 'string', length: 1000, nullable: true })
  note: string | null = null;

  @Field(() => Date, { description: 'When it was made.' })
  declare createdAt: Date;

  declare updatedAt: Date & Opt;
}

/**
 * R-BU-2: a threshold the customer's month spend reached, notified once. Inserted with `on conflict do nothing` on the
 * unique key, so concurrent ingestions crossing the same threshold notify exactly once.
 */
@ObjectType({ description: 'A budget threshold (75, 90, 100 %) reached in a Beijing month, notified once (R-BU-2).' })
@Entity({ tableName: 'budget_alert' })
@Filter(tenantFilter)
@Unique({ name: 'budget_alert_once', properties: ['partner', 'customer', 'month', 'threshold'] })
export class BudgetAlert extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @ManyToOne(() => CustomerProfile, { ref: true, deleteRule: 'cascade' })
  customer!: Ref<CustomerProfile>;

  @Field(() => String, { description: 'First day of the Beijing month (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  month!: string;

  @Field(() => Int, { description: 'Percent of the budget: 75, 90 or 100.' })
  @Property({ type: 'smallint' })
  threshold!: number;

  @Field(() => DecimalScalar)
  @Property({ type: MoneyType })
  budgetAmount!: Decimal;

  @Field(() => DecimalScalar, { description: 'Month spend at list price when the threshold was reached.' })
  @Property({ type: MoneyType, columnType: 'numeric(24,8)' })
  spendAtListPrice!: Decimal;

  @Field(() => Date)
  declare createdAt: Date;

  declare updatedAt: Date & Opt;
}
