import type { Decimal } from 'decimal.js';
import { IsOptional, IsUUID, Length } from 'class-validator';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../common/errors/user-error.js';
import { ConnectionArgs } from '../../common/pagination/connection.js';
import { DecimalScalar } from '../../common/scalars/decimal.js';
import { PartnerBill } from './bill.entity.js';

@ObjectType({ description: 'A month not billed yet: the estimate of what its bill will hold (tax not included).' })
export class BillEstimate {
  @Field(() => String, { description: 'First day of the Beijing month (YYYY-MM-DD).' })
  month!: string;

  @Field(() => DecimalScalar)
  expenditures!: Decimal;

  @Field(() => DecimalScalar)
  refunds!: Decimal;

  @Field(() => DecimalScalar)
  adjustments!: Decimal;

  @Field(() => DecimalScalar, {
    description: 'Usage of already billed months that arrived after their bills were issued (cash + coupons), waiting for the next bill; only on the oldest estimate.',
  })
  lateUsage!: Decimal;

  @Field(() => DecimalScalar, { description: 'The cash coupons of that late usage (part of coupons).' })
  lateCoupons!: Decimal;

  @Field(() => DecimalScalar, { description: 'Cash coupons used so far (the month’s and those of the late usage).' })
  coupons!: Decimal;

  @Field(() => DecimalScalar, { description: 'Expenditures + refunds + adjustments + late usage.' })
  total!: Decimal;

  @Field(() => DecimalScalar, { description: 'Total − coupons.' })
  amountDue!: Decimal;

  @Field(() => String, { description: 'The Beijing date the bill is issued (the 4th of the next month; before 00:00 on the 5th).' })
  billIssueDate!: string;
}

@ObjectType({ description: 'Financial Information › Partner Bills: the amount due and the estimate (R-EX-6).' })
export class BillingOverview {
  @Field(() => DecimalScalar, { description: 'Unpaid amounts of every issued bill = unpaidLatestMonth + unpaidPreviousMonths.' })
  amountDue!: Decimal;

  @Field(() => DecimalScalar, { description: 'Unpaid amount of the latest billed month.' })
  unpaidLatestMonth!: Decimal;

  @Field(() => DecimalScalar, { description: 'Unpaid amounts of the months before it.' })
  unpaidPreviousMonths!: Decimal;

  @Field(() => String, { nullable: true, description: 'The latest month with an issued bill (YYYY-MM-DD), if any.' })
  latestBilledMonth!: string | null;

  @Field(() => BillEstimate, { description: 'The current Beijing month.' })
  estimate!: BillEstimate;

  @Field(() => [BillEstimate], { description: 'Every month not billed yet, newest first: the current month, the previous one until its bill is issued, and any month whose bill is due but not issued yet.' })
  estimates!: BillEstimate[];
}

@ObjectType({ description: 'One line of a bill’s breakdown (by product or by customer).' })
export class BillBreakdownLine {
  @Field(() => String, { description: 'The product code, or the customer’s account id.' })
  key!: string;

  @Field(() => String, { description: 'The product, or the customer’s company name.' })
  name!: string;

  @Field(() => DecimalScalar)
  expenditures!: Decimal;

  @Field(() => DecimalScalar)
  refunds!: Decimal;

  @Field(() => DecimalScalar)
  adjustments!: Decimal;

  @Field(() => DecimalScalar)
  coupons!: Decimal;

  @Field(() => DecimalScalar)
  total!: Decimal;

  @Field(() => DecimalScalar)
  amountDue!: Decimal;
}

@ArgsType()
export class OperatorPartnerBillsArgs extends ConnectionArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnerId must be a partner id.' })
  partnerId!: string;
}

@InputType()
export class RecordBillPaymentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'billId must be a bill id.' })
  billId!: string;

  @Field(() => DecimalScalar, { description: 'USD, more than 0 and at most the unpaid amount.' })
  amount!: Decimal;

  @Field(() => Date, { nullable: true, description: 'When it was paid; now when omitted.' })
  @IsOptional()
  paidAt?: Date | null;

  @Field(() => String)
  @Length(1, 200)
  reference!: string;
}

@ObjectType()
export class PartnerBillPayload {
  @Field(() => PartnerBill, { nullable: true })
  bill!: PartnerBill | null;

  @Field(() => [UserError])
  errors!: UserError[];
}
