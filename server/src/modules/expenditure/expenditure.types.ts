import type { Decimal } from 'decimal.js';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination/connection.js';
import { DecimalScalar } from '../../common/scalars/decimal.js';
import { UserError } from '../../common/errors/user-error.js';
import { BillingMode, ExpenditureDimension, UsageKind } from './expenditure.enums.js';
import { MAX_BATCH_RECORDS } from './usage-ingestion.service.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

export enum ExpenditureScope {
  ALL_CUSTOMERS = 'ALL_CUSTOMERS',
  ASSIGNED_CUSTOMERS = 'ASSIGNED_CUSTOMERS',
}
registerEnumType(ExpenditureScope, {
  name: 'ExpenditureScope',
  description: "Whose figures: every customer of the partner (administrators, finance) or the member's own and their managers' customers (R-EX-4).",
});

@ObjectType({ description: 'Summed usage records (R-EX-2): amount = cash + coupons; 8 decimals.' })
export class ExpenditureFigures {
  @Field(() => String, { description: 'The group: customer id, product, region, billing mode, YYYY-MM or YYYY-MM-DD; empty for totals.' })
  key!: string;

  @Field(() => String, { description: 'What to show for the key (customer name, product, …).' })
  label!: string;

  @Field(() => Int)
  records!: number;

  @Field(() => DecimalScalar)
  listPrice!: Decimal | string;

  @Field(() => DecimalScalar)
  discount!: Decimal | string;

  @Field(() => DecimalScalar)
  amountDue!: Decimal | string;

  @Field(() => DecimalScalar)
  cash!: Decimal | string;

  @Field(() => DecimalScalar)
  coupon!: Decimal | string;

  @Field(() => DecimalScalar, { description: 'Cash + coupons.' })
  amount!: Decimal | string;

  @Field(() => DecimalScalar, { description: 'Revenue (R-EX-5): cash consumption outside KooGallery.' })
  revenue!: Decimal | string;
}

@InputType()
export class ExpenditureDistributionInput {
  @Field(() => String, { description: 'First day (YYYY-MM-DD, Beijing time), inclusive.' })
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from!: string;

  @Field(() => String, { description: 'Last day (YYYY-MM-DD, Beijing time), inclusive.' })
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to!: string;

  @Field(() => ExpenditureDimension)
  groupBy!: ExpenditureDimension;
}

@ObjectType({ description: 'Operations Statistics › Expenditures › Expenditure Distribution (R-EX-4).' })
export class ExpenditureDistribution {
  @Field(() => Date, { description: 'When these figures were computed; they include every record ingested until then.' })
  asOf!: Date;

  @Field(() => Date, { nullable: true, description: 'Time of the latest record of the partner ingested so far.' })
  dataThrough!: Date | null;

  @Field(() => ExpenditureScope)
  scope!: ExpenditureScope;

  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => ExpenditureDimension)
  groupBy!: ExpenditureDimension;

  @Field(() => [ExpenditureFigures])
  rows!: ExpenditureFigures[];

  @Field(() => ExpenditureFigures)
  totals!: ExpenditureFigures;
}

@ObjectType({ description: 'Expenditures, refunds and adjustments of a period, and their sum.' })
export class KindTotals {
  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => ExpenditureFigures)
  expenditures!: ExpenditureFigures;

  @Field(() => ExpenditureFigures)
  refunds!: ExpenditureFigures;

  @Field(() => ExpenditureFigures)
  adjustments!: ExpenditureFigures;

  @Field(() => ExpenditureFigures, { description: 'All three together.' })
  net!: ExpenditureFigures;
}

@ObjectType({ description: 'Operations Statistics › Expenditures › Overview.' })
export class ExpenditureOverview {
  @Field(() => Date)
  asOf!: Date;

  @Field(() => Date, { nullable: true })
  dataThrough!: Date | null;

  @Field(() => ExpenditureScope)
  scope!: ExpenditureScope;

  @Field(() => DecimalScalar, { description: 'Amount due of the current billing month so far (Beijing time).' })
  amountDue!: Decimal | string;

  @Field(() => KindTotals)
  thisMonth!: KindTotals;

  @Field(() => KindTotals)
  lastMonth!: KindTotals;

  @Field(() => [ExpenditureFigures], { description: 'The last twelve months, oldest first, one row per month (key YYYY-MM).' })
  trend!: ExpenditureFigures[];
}

/** Amount = cash + coupons (R-EX-2), with the discount off list price. */
@ObjectType()
abstract class AmountParts {
  @Field(() => DecimalScalar, { description: 'Cash + coupons.' })
  amount!: Decimal | string;

  @Field(() => DecimalScalar)
  cash!: Decimal | string;

  @Field(() => DecimalScalar)
  coupon!: Decimal | string;

  @Field(() => DecimalScalar)
  discount!: Decimal | string;
}

@ObjectType()
export class CustomerExpenditureRow extends AmountParts {
  @Field(() => ID)
  customerId!: string;

  @Field(() => String)
  companyName!: string;

  @Field(() => String, { description: "The customer's account name (e-mail)." })
  accountName!: string;

  @Field(() => Int)
  records!: number;
}

@ObjectType({ description: 'One kind of record in a billing cycle: the total and the per-customer breakdown (§5.7.11).' })
export class ExpenditureSection extends AmountParts {
  @Field(() => UsageKind)
  kind!: UsageKind;

  @Field(() => [CustomerExpenditureRow])
  rows!: CustomerExpenditureRow[];
}

@ObjectType({ description: 'Customer Business › Customer Expenditure: a billing cycle summarised (R-EX-3, §5.7.11).' })
export class CustomerExpenditureSummary {
  @Field(() => String, { description: 'YYYY-MM (Beijing time).' })
  billingCycle!: string;

  @Field(() => Date)
  asOf!: Date;

  @Field(() => ExpenditureScope)
  scope!: ExpenditureScope;

  @Field(() => ExpenditureSection)
  expenditures!: ExpenditureSection;

  @Field(() => ExpenditureSection)
  refunds!: ExpenditureSection;

  @Field(() => ExpenditureSection)
  adjustments!: ExpenditureSection;

  @Field(() => DecimalScalar, { description: 'Discount of the cycle over all records.' })
  discountTotal!: Decimal | string;
}

@ObjectType({ description: 'One usage record (R-EX-2); append-only.' })
export class ExpenditureRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  transactionId!: string;

  @Field(() => UsageKind)
  kind!: UsageKind;

  @Field(() => Date)
  transactedAt!: Date;

  @Field(() => String, { description: 'Billing cycle YYYY-MM (Beijing time).' })
  billingCycle!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => String)
  customerName!: string;

  @Field(() => String)
  product!: string;

  @Field(() => String)
  resourceType!: string;

  @Field(() => String)
  resourceId!: string;

  @Field(() => String)
  specification!: string;

  @Field(() => String)
  region!: string;

  @Field(() => String, { nullable: true })
  availabilityZone!: string | null;

  @Field(() => BillingMode)
  billingMode!: BillingMode;

  @Field(() => Boolean, { description: 'KooGallery (marketplace) consumption, which is not revenue (R-EX-5).' })
  marketplace!: boolean;

  @Field(() => DecimalScalar)
  listPrice!: string;

  @Field(() => DecimalScalar)
  discount!: string;

  @Field(() => DecimalScalar)
  amountDue!: string;

  @Field(() => DecimalScalar)
  cash!: string;

  @Field(() => DecimalScalar)
  coupon!: string;

  @Field(() => DecimalScalar)
  monthlySettlement!: string;
}

@ArgsType()
export class ExpenditureRecordsArgs extends ConnectionArgs {
  @Field(() => String, { description: 'Billing cycle YYYY-MM (Beijing time).' })
  @Matches(MONTH, { message: 'billingCycle must be YYYY-MM' })
  billingCycle!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  customerId?: string;

  @Field(() => UsageKind, { nullable: true })
  @IsOptional()
  kind?: UsageKind;

  @Field(() => String, { nullable: true, description: 'Order/transaction id, exact.' })
  @IsOptional()
  transactionId?: string;

  @Field(() => String, { nullable: true, description: 'Resource id, exact.' })
  @IsOptional()
  resourceId?: string;
}

@ObjectType()
export class MonthRevenue {
  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => DecimalScalar)
  revenue!: Decimal | string;
}

@ObjectType({ description: 'Revenue (R-EX-5): cash consumption of the partner\'s customers; coupons, test coupons and KooGallery excluded.' })
export class RevenueReport {
  @Field(() => String)
  fromMonth!: string;

  @Field(() => String)
  toMonth!: string;

  @Field(() => DecimalScalar)
  total!: Decimal | string;

  @Field(() => [MonthRevenue])
  months!: MonthRevenue[];

  @Field(() => ExpenditureScope, {
    description: "Whose revenue: the partner's (administrators, finance, incentive viewers, operators) or the member's customers' (R-EX-4).",
  })
  scope!: ExpenditureScope;
}

@InputType({ description: 'One usage record from the billing system (R-EX-2).' })
export class UsageRecordInput {
  @Field(() => String, { description: 'Unique id of the billing transaction: a record sent twice is stored once.' })
  transactionId!: string;

  @Field(() => ID, { description: "The customer's account id." })
  customerId!: string;

  @Field(() => UsageKind)
  kind!: UsageKind;

  @Field(() => Date)
  transactedAt!: Date;

  @Field(() => String, { description: 'Product / resource type code, e.g. ECS.' })
  product!: string;

  @Field(() => String, { nullable: true })
  resourceType?: string;

  @Field(() => String)
  resourceId!: string;

  @Field(() => String, { nullable: true })
  specification?: string;

  @Field(() => String)
  region!: string;

  @Field(() => String, { nullable: true })
  availabilityZone?: string;

  @Field(() => BillingMode)
  billingMode!: BillingMode;

  @Field(() => Boolean, { nullable: true, description: 'KooGallery consumption.' })
  marketplace?: boolean;

  @Field(() => DecimalScalar, { nullable: true, description: 'List price; 0 for adjustments.' })
  listPrice?: Decimal;

  @Field(() => DecimalScalar, { nullable: true })
  discount?: Decimal;

  @Field(() => DecimalScalar)
  amountDue!: Decimal;

  @Field(() => DecimalScalar)
  cash!: Decimal;

  @Field(() => DecimalScalar, { nullable: true })
  coupon?: Decimal;

  @Field(() => DecimalScalar, { nullable: true })
  monthlySettlement?: Decimal;
}

@InputType()
export class IngestUsageRecordsInput {
  @Field(() => [UsageRecordInput], { description: `1 to ${MAX_BATCH_RECORDS} records; all are stored or none.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_RECORDS)
  records!: UsageRecordInput[];
}

@ObjectType()
export class IngestUsageRecordsPayload {
  @Field(() => Int, { nullable: true, description: 'Records added.' })
  accepted!: number | null;

  @Field(() => Int, { nullable: true, description: 'Records skipped because their transaction id was ingested before.' })
  duplicates!: number | null;

  @Field(() => [UserError])
  errors!: UserError[];
}
