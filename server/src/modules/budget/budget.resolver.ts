import { Arg, Args, Authorized, Ctx as GqlCtx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../app/context.js';
import { OPERATOR } from '../../common/auth/auth-checker.js';
import { Permission } from '../../common/auth/permission.js';
import { toPayload } from '../../common/errors/user-error.js';
import { ConnectionType, type Connection } from '../../common/pagination/connection.js';
import { BudgetAdjustment } from './budget.entity.js';
import {
  AuthorizePurchaseInput,
  CustomerBudgetPayload,
  CustomerBudgetRow,
  CustomerBudgetsArgs,
  FreezeCustomerInput,
  PurchaseDecisionPayload,
  SetCustomerBudgetInput,
  UnfreezeCustomerInput,
} from './budget.types.js';

const CustomerBudgetRowConnection = ConnectionType(CustomerBudgetRow, 'CustomerBudgetRow');

const VIEW = [Permission.BUDGETS_MANAGE, Permission.CUSTOMERS_VIEW, Permission.CUSTOMERS_VIEW_ALL] as const;

/** Customer Business › Budgets (R-BU-1..4) and the purchase gate the cloud's order system calls. */
@Resolver()
export class BudgetResolver {
  @Authorized(...VIEW)
  @Query(() => CustomerBudgetRowConnection, { description: 'Reseller customers with their monthly budget and this Beijing month’s spend, newest association first.' })
  customerBudgets(@Args(() => CustomerBudgetsArgs) args: CustomerBudgetsArgs, @GqlCtx() ctx: Ctx): Promise<Connection<CustomerBudgetRow>> {
    return ctx.services.budgets.list(ctx, args);
  }

  @Authorized(...VIEW)
  @Query(() => [BudgetAdjustment], { description: 'Every change of a customer’s budget and freeze state, newest first (R-BU-1).' })
  budgetAdjustments(@Arg('customerId', () => ID) customerId: string, @GqlCtx() ctx: Ctx): Promise<BudgetAdjustment[]> {
    return ctx.services.budgets.adjustments(ctx, customerId);
  }

  @Authorized(Permission.BUDGETS_MANAGE)
  @Mutation(() => CustomerBudgetPayload, { description: 'Sets the monthly budget (USD, ≥ 0) of a reseller customer; kept as an adjustment (R-BU-1).' })
  setCustomerBudget(@Arg('input', () => SetCustomerBudgetInput) input: SetCustomerBudgetInput, @GqlCtx() ctx: Ctx): Promise<CustomerBudgetPayload> {
    return toPayload('budget', () => ctx.services.budgets.setBudget(ctx, input));
  }

  @Authorized(Permission.BUDGETS_MANAGE)
  @Mutation(() => CustomerBudgetPayload, { description: 'Freezes a reseller customer: it cannot purchase, renew or change resources (R-BU-4).' })
  freezeCustomer(@Arg('input', () => FreezeCustomerInput) input: FreezeCustomerInput, @GqlCtx() ctx: Ctx): Promise<CustomerBudgetPayload> {
    return toPayload('budget', () => ctx.services.budgets.freeze(ctx, input));
  }

  @Authorized(Permission.BUDGETS_MANAGE)
  @Mutation(() => CustomerBudgetPayload, { description: 'Unfreezes a reseller customer (R-BU-4).' })
  unfreezeCustomer(@Arg('input', () => UnfreezeCustomerInput) input: UnfreezeCustomerInput, @GqlCtx() ctx: Ctx): Promise<CustomerBudgetPayload> {
    return toPayload('budget', () => ctx.services.budgets.unfreeze(ctx, input));
  }

  @Authorized(OPERATOR)
  @Mutation(() => PurchaseDecisionPayload, { description: "The purchase gate the cloud's order system asks before a purchase, renewal or change (R-BU-2..4)." })
  authorizePurchase(@Arg('input', () => AuthorizePurchaseInput) input: AuthorizePurchaseInput, @GqlCtx() ctx: Ctx): Promise<PurchaseDecisionPayload> {
    return toPayload('decision', () => ctx.services.budgets.authorizePurchase(ctx, input));
  }
}
