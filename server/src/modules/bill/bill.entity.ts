import type { Decimal } from 'decimal.js';
import { Entity, Enum, Filter, Index, ManyToOne, Opt, OptionalProps, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/db/base.entity.js';
import { MoneyType } from '../../common/db/money.type.js';
import { tenantFilter } from '../../common/db/tenant.js';
import { DecimalScalar, Money } from '../../common/scalars/decimal.js';
import { Partner } from '../partner/partner.entity.js';

/**
 * R-EX-6: the partner's monthly bill (Beijing month) for its own payable consumption, i.e. its reseller customers'
 * usage (the billed_* rollup columns). Issued once, by the bill run, from the 4th day of the next month (Beijing time),
 * so that it exists before 00:00 on the 5th. Amounts are fixed at issue; payments raise `paid`. Usage of a month that
 * arrives after its bill was issued is carried into the next bill issued (`lateUsage`), so every billed record is
 * billed exactly once: the bills of a partner add up to its billed usage up to the latest billed month.
 */
@ObjectType({ description: 'A monthly partner bill (Beijing time) of the reseller customers’ consumption (R-EX-6).' })
@Entity({ tableName: 'partner_bill' })
@Filter(tenantFilter)
@Unique({ properties: ['partner', 'month'] })
@Index({ properties: ['partner', 'month', 'id'] })
export class PartnerBill extends BaseEntity {
  [OptionalProps]?: 'partnerId' | 'unpaid' | 'lateUsage' | 'lateCoupons';

  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @Field(() => ID)
  get partnerId(): string {
    return this.partner.id;
  }

  @Field(() => String, { description: 'The billing month: its first day (YYYY-MM-DD, Beijing time).' })
  @Property({ type: 'date' })
  month!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  issuedAt!: Date;

  @Field(() => DecimalScalar, { description: 'Amount due of expenditure records.' })
  @Property({ type: MoneyType })
  expenditures!: Decimal;

  @Field(() => DecimalScalar, { description: 'Amount due of refunds (negative).' })
  @Property({ type: MoneyType })
  refunds!: Decimal;

  @Field(() => DecimalScalar, { description: 'Amount due of adjustments.' })
  @Property({ type: MoneyType })
  adjustments!: Decimal;

  @Field(() => DecimalScalar, {
    description: 'Amount due (cash + coupons) of usage of earlier months that arrived after their bills were issued, carried into this bill.',
  })
  @Property({ type: MoneyType, default: '0' })
  lateUsage: Decimal & Opt = new Money(0);

  @Field(() => DecimalScalar, { description: 'The cash coupons of that late usage (part of couponsDeducted).' })
  @Property({ type: MoneyType, default: '0' })
  lateCoupons: Decimal & Opt = new Money(0);

  @Field(() => DecimalScalar, { description: 'Cash coupons deducted in the bill run (the month’s and those of the late usage).' })
  @Property({ type: MoneyType })
  couponsDeducted!: Decimal;

  @Field(() => DecimalScalar, { description: 'Expenditures + refunds + adjustments + late usage.' })
  @Property({ type: MoneyType })
  total!: Decimal;

  @Field(() => DecimalScalar, { description: 'Total − coupons deducted: what the partner pays.' })
  @Property({ type: MoneyType })
  amountDue!: Decimal;

  @Field(() => DecimalScalar)
  @Property({ type: MoneyType, default: '0' })
  paid: Decimal & Opt = new Money(0);

  @Field(() => DecimalScalar, { description: 'Amount due − paid.' })
  get unpaid(): Decimal {
    return new Money(this.amountDue).minus(this.paid);
  }

  declare updatedAt: Date & Opt;
}

/** R-EX-6: a payment of a partner bill, recorded by an operator (finance). */
@ObjectType({ description: 'A payment of a partner bill.' })
@Entity({ tableName: 'bill_payment' })
@Filter(tenantFilter)
@Index({ properties: ['bill', 'paidAt', 'id'] })
export class BillPayment extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @ManyToOne(() => PartnerBill, { ref: true, deleteRule: 'cascade' })
  bill!: Ref<PartnerBill>;

  @Field(() => DecimalScalar)
  @Property({ type: MoneyType })
  amount!: Decimal;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  paidAt!: Date;

  @Field(() => String, { description: 'Bank transfer or receipt reference.' })
  @Property({ type: 'string', length: 200 })
  reference!: string;

  @Field(() => String, { description: 'E-mail of the operator who recorded it.' })
  @Property({ type: 'string', length: 254 })
  recordedBy!: string;

  @Field(() => Date)
  declare createdAt: Date;

  declare updatedAt: Date & Opt;
}

export enum BillBreakdown {
  PRODUCT = 'PRODUCT',
  CUSTOMER = 'CUSTOMER',
}

/**
 * R-EX-6: a line of a bill's breakdown (by product or by customer) as the bill run issued it, so that the breakdown adds
 * up to the bill's own sums (expenditures, refunds, adjustments, coupons) however much of the month arrives later. Late
 * usage carried into the bill from earlier months is the bill's `lateUsage`, not a line. Read through the bill.
 */
@Entity({ tableName: 'partner_bill_line' })
@Filter(tenantFilter)
@Index({ properties: ['bill', 'breakdown', 'name', 'key'] })
@Index({ properties: ['partner'] })
export class PartnerBillLine extends BaseEntity {
  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @ManyToOne(() => PartnerBill, { ref: true, deleteRule: 'cascade' })
  bill!: Ref<PartnerBill>;

  @Enum({ items: () => BillBreakdown, nativeEnumName: 'bill_breakdown' })
  breakdown!: BillBreakdown;

  /** The product code, or the customer's account id. */
  @Property({ type: 'string', length: 64 })
  key!: string;

  /** The product, or the customer's company name at issue. */
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: MoneyType })
  expenditures!: Decimal;

  @Property({ type: MoneyType })
  refunds!: Decimal;

  @Property({ type: MoneyType })
  adjustments!: Decimal;

  @Property({ type: MoneyType })
  coupons!: Decimal;

  declare updatedAt: Date & Opt;
}
