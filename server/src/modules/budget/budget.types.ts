import type { Decimal } from 'decimal.js';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../common/errors/user-error.js';
import { ConnectionArgs } from '../../common/pagination/connection.js';
import { DecimalScalar } from '../../common/scalars/decimal.js';
import { CustomerSummary } from '../customer/customer.types.js';
import { BillingMode } from '../expenditure/expenditure.enums.js';
import { CustomerBudget } from './budget.entity.js';

/** Why the purchase gate refused (R-BU-2, R-BU-4). */
export enum PurchaseRefusal {
  CUSTOMER_FROZEN = 'CUSTOMER_FROZEN',
  BUDGET_EXHAUSTED = 'BUDGET_EXHAUSTED',
}
registerEnumType(PurchaseRefusal, {
  name: 'PurchaseRefusal',
  description: 'Frozen by the partner (nothing can be bought), or the month budget is used up (no yearly/monthly or reserved instances).',
});

// ---- Inputs ----

@InputType()
export class SetCustomerBudgetInput {
  @Field(() => ID, { description: "The customer's account id." })
  @IsUUID('all', { message: 'customerId must be a customer id.' })
  customerId!: string;

  @Field(() => DecimalScalar, { description: 'Monthly budget in USD, 0 or more (8 decimals at most).' })
  amount!: Decimal;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@InputType()
export class FreezeCustomerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'customerId must be a customer id.' })
  customerId!: string;

  @Field(() => String)
  @MaxLength(1000)
  reason!: string;
}

@InputType()
export class UnfreezeCustomerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'customerId must be a customer id.' })
  customerId!: string;
}

@InputType({ description: "A purchase the cloud's order system is about to make for a customer." })
export class AuthorizePurchaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'customerId must be a customer id.' })
  customerId!: string;

  @Field(() => BillingMode)
  billingMode!: BillingMode;

  @Field(() => DecimalScalar, { description: 'Amount of the order (USD, list price), more than 0.' })
  amount!: Decimal;
}

@ArgsType()
export class CustomerBudgetsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the company name or e-mail.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

// ---- Views ----

@ObjectType({ description: 'A reseller customer with its budget and this Beijing month’s spend (Customer Business › Budgets).' })
export class CustomerBudgetRow {
  @Field(() => ID, { description: 'The association id.' })
  id!: string;

  @Field(() => CustomerSummary)
  customer!: CustomerSummary;

  @Field(() => DecimalScalar, { nullable: true, description: 'Monthly budget (USD); null when none is set.' })
  amount!: Decimal | null;

  @Field(() => Boolean)
  frozen!: boolean;

  @Field(() => String, { nullable: true })
  freezeReason!: string | null;

  @Field(() => String, { description: 'The Beijing month the spend is for (first day, YYYY-MM-DD).' })
  month!: string;

  @Field(() => DecimalScalar, { description: 'Spend of the month at list price (what the budget is compared with).' })
  monthSpendAtListPrice!: Decimal;

  @Field(() => DecimalScalar, { description: 'Current estimate: amount due of the month so far.' })
  currentEstimate!: Decimal;

  @Field(() => DecimalScalar, { nullable: true, description: 'Spend as a percent of the budget, rounded down to 8 decimals (never above a threshold not reached); null without a budget or with a budget of 0.' })
  percentUsed!: Decimal | null;

  @Field(() => [Int], { description: 'Thresholds (75, 90, 100) already reached and notified this month.' })
  alertedThresholds!: number[];
}

@ObjectType({ description: 'The purchase gate’s answer (R-BU-2, R-BU-3, R-BU-4).' })
export class PurchaseDecision {
  @Field(() => Boolean)
  allowed!: boolean;

  @Field(() => PurchaseRefusal, { nullable: true })
  reason!: PurchaseRefusal | null;

  @Field(() => String)
  message!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'The monthly budget, if the customer has one.' })
  budget!: Decimal | null;

  @Field(() => DecimalScalar, { description: 'This Beijing month’s spend at list price with the customer’s partner.' })
  monthSpendAtListPrice!: Decimal;

  @Field(() => Boolean)
  frozen!: boolean;
}

// ---- Payloads ----

@ObjectType()
export class CustomerBudgetPayload {
  @Field(() => CustomerBudget, { nullable: true })
  budget!: CustomerBudget | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class PurchaseDecisionPayload {
  @Field(() => PurchaseDecision, { nullable: true })
  decision!: PurchaseDecision | null;

  @Field(() => [UserError])
  errors!: UserError[];
}
