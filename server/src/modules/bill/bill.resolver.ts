import { Arg, Args, Authorized, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Decimal } from 'decimal.js';
import type { Ctx } from '../../app/context.js';
import { OPERATOR } from '../../common/auth/auth-checker.js';
import { Permission } from '../../common/auth/permission.js';
import { toPayload } from '../../common/errors/user-error.js';
import { DecimalScalar } from '../../common/scalars/decimal.js';
import { ConnectionArgs, ConnectionType, type Connection } from '../../common/pagination/connection.js';
import { BillPayment, PartnerBill } from './bill.entity.js';
import { BillBreakdownLine, BillingOverview, OperatorPartnerBillsArgs, PartnerBillPayload, RecordBillPaymentInput } from './bill.types.js';

const PartnerBillConnection = ConnectionType(PartnerBill, 'PartnerBill');

/** Financial Information › Partner Bills (R-EX-6), and the operators' side: bills of any partner, payments. */
@Resolver()
export class BillResolver {
  @Authorized(Permission.BILLS_VIEW)
  @Query(() => BillingOverview, { description: 'Amount due (unpaid of the latest and previous months) and the estimate of months not billed yet.' })
  billingOverview(@GqlCtx() ctx: Ctx): Promise<BillingOverview> {
    return ctx.services.bills.overview(ctx);
  }

  @Authorized(Permission.BILLS_VIEW)
  @Query(() => PartnerBillConnection, { description: 'Issued bills, newest month first.' })
  partnerBills(@Args(() => ConnectionArgs) args: ConnectionArgs, @GqlCtx() ctx: Ctx): Promise<Connection<PartnerBill>> {
    return ctx.services.bills.list(ctx, args);
  }

  @Authorized(Permission.BILLS_VIEW)
  @Query(() => PartnerBill)
  partnerBill(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<PartnerBill> {
    return ctx.services.bills.get(ctx, id);
  }

  @Authorized(OPERATOR)
  @Query(() => PartnerBillConnection, { description: 'Operators: the bills of one partner, newest month first.' })
  operatorPartnerBills(@Args(() => OperatorPartnerBillsArgs) args: OperatorPartnerBillsArgs, @GqlCtx() ctx: Ctx): Promise<Connection<PartnerBill>> {
    return ctx.services.bills.operatorList(ctx, args);
  }

  @Authorized(OPERATOR)
  @Mutation(() => PartnerBillPayload, { description: 'Operators: records a payment of a bill (more than 0, at most the unpaid amount); the partner is notified.' })
  recordBillPayment(@Arg('input', () => RecordBillPaymentInput) input: RecordBillPaymentInput, @GqlCtx() ctx: Ctx): Promise<PartnerBillPayload> {
    return toPayload('bill', () => ctx.services.bills.recordPayment(ctx, input));
  }
}

@Resolver(() => PartnerBill)
export class PartnerBillFields {
  @FieldResolver(() => [BillPayment], { description: 'Newest first.' })
  payments(@Root() bill: PartnerBill, @GqlCtx() ctx: Ctx): Promise<BillPayment[]> {
    return ctx.services.bills.payments(ctx, bill);
  }

  @FieldResolver(() => DecimalScalar, {
    description: 'Usage of this bill’s month that arrived after it was issued (cash + coupons): not in this bill, carried into the next one issued.',
  })
  async usageReceivedAfterIssue(@Root() bill: PartnerBill, @GqlCtx() ctx: Ctx): Promise<Decimal> {
    return (await ctx.services.bills.usageReceivedAfterIssue(ctx, bill)).total;
  }

  @FieldResolver(() => [BillBreakdownLine], {
    description: 'By product: the month’s billed usage as the bill was issued; the lines add up to the bill’s own sums (late usage aside; usage received after issue is not in them). Exact here, rounded on screen.',
  })
  byProduct(@Root() bill: PartnerBill, @GqlCtx() ctx: Ctx): Promise<BillBreakdownLine[]> {
    return ctx.services.bills.byProduct(ctx, bill);
  }

  @FieldResolver(() => [BillBreakdownLine], { description: 'By customer, like byProduct.' })
  byCustomer(@Root() bill: PartnerBill, @GqlCtx() ctx: Ctx): Promise<BillBreakdownLine[]> {
    return ctx.services.bills.byCustomer(ctx, bill);
  }
}
