import { Arg, Args, Authorized, Ctx as GqlCtx, Field, Float, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import type { Ctx } from '../../app/context.js';
import { OPERATOR } from '../../common/auth/auth-checker.js';
import { Permission } from '../../common/auth/permission.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { UserError, toPayload } from '../../common/errors/user-error.js';
import { ConnectionArgs, ConnectionType, type Connection } from '../../common/pagination/connection.js';
import {
  CustomerExpenditureSummary,
  ExpenditureDistribution,
  ExpenditureDistributionInput,
  ExpenditureOverview,
  ExpenditureRecord,
  ExpenditureRecordsArgs,
  IngestUsageRecordsInput,
  IngestUsageRecordsPayload,
  RevenueReport,
} from './expenditure.types.js';
import { UsageImport } from './usage-import.entity.js';
import { MAX_IMPORT_BYTES } from './usage-import.service.js';

const ExpenditureRecordConnection = ConnectionType(ExpenditureRecord, 'ExpenditureRecord');
const UsageImportConnection = ConnectionType(UsageImport, 'UsageImport');

@InputType()
class StartUsageImportInput {
  @Field(() => String)
  @Length(1, 200)
  fileName!: string;

  @Field(() => Float, { nullable: true, description: 'The file size in bytes, for progress.' })
  @IsOptional()
  @Min(0)
  @Max(MAX_IMPORT_BYTES)
  bytesTotal?: number;
}

@ObjectType()
class UsageImportPayload {
  @Field(() => UsageImport, { nullable: true })
  usageImport!: UsageImport | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

/** Operations Statistics › Expenditures, Customer Business › Customer Expenditure, revenue, and usage ingestion. */
@Resolver()
export class ExpenditureResolver {
  @Authorized(Permission.EXPENDITURE_VIEW)
  @Query(() => ExpenditureOverview, { description: 'Amount due this month, this and last month by kind, and the twelve-month trend (R-EX-4 scoping).' })
  expenditureOverview(@GqlCtx() ctx: Ctx): Promise<ExpenditureOverview> {
    return ctx.services.expenditureStatistics.overview(ctx);
  }

  @Authorized(Permission.EXPENDITURE_VIEW)
  @Query(() => ExpenditureDistribution, { description: 'Expenditure Distribution over a range of Beijing dates grouped by a dimension (R-EX-4), from the rollups.' })
  expenditureDistribution(@Arg('input', () => ExpenditureDistributionInput) input: ExpenditureDistributionInput, @GqlCtx() ctx: Ctx): Promise<ExpenditureDistribution> {
    return ctx.services.expenditureStatistics.distribution(ctx, input);
  }

  @Authorized(Permission.EXPENDITURE_VIEW)
  @Query(() => CustomerExpenditureSummary, { description: 'Customer Expenditure: expenditures, refunds and adjustments of a billing cycle per customer (§5.7.11).' })
  customerExpenditureSummary(@Arg('billingCycle', () => String) billingCycle: string, @GqlCtx() ctx: Ctx): Promise<CustomerExpenditureSummary> {
    return ctx.services.expenditureStatistics.customerSummary(ctx, billingCycle);
  }

  @Authorized(Permission.EXPENDITURE_VIEW)
  @Query(() => ExpenditureRecordConnection, { description: 'Expenditure records of a billing cycle, newest first (R-EX-2).' })
  expenditureRecords(@Args(() => ExpenditureRecordsArgs) args: ExpenditureRecordsArgs, @GqlCtx() ctx: Ctx): Promise<Connection<ExpenditureRecord>> {
    return ctx.services.expenditureStatistics.records(ctx, args);
  }

  @Authorized(Permission.EXPENDITURE_VIEW, Permission.INCENTIVES_VIEW)
  @Query(() => RevenueReport, { description: "The partner's revenue per month (R-EX-5), YYYY-MM to YYYY-MM inclusive, at most 36 months." })
  partnerRevenue(@Arg('fromMonth', () => String) fromMonth: string, @Arg('toMonth', () => String) toMonth: string, @GqlCtx() ctx: Ctx): Promise<RevenueReport> {
    return ctx.services.expenditureStatistics.revenue(ctx, fromMonth, toMonth);
  }

  @Authorized(OPERATOR)
  @Query(() => RevenueReport, { description: "A partner's revenue per month (R-EX-5), for operators." })
  operatorPartnerRevenue(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('fromMonth', () => String) fromMonth: string,
    @Arg('toMonth', () => String) toMonth: string,
    @GqlCtx() ctx: Ctx,
  ): Promise<RevenueReport> {
    return ctx.services.expenditureStatistics.revenueOf(ctx.em, partnerId, fromMonth, toMonth);
  }

  @Authorized(OPERATOR)
  @Mutation(() => IngestUsageRecordsPayload, {
    description: 'The billing system sends usage records: all valid or none stored; a record whose transaction id was ingested before is skipped.',
  })
  async ingestUsageRecords(@Arg('input', () => IngestUsageRecordsInput) input: IngestUsageRecordsInput, @GqlCtx() ctx: Ctx): Promise<IngestUsageRecordsPayload> {
    try {
      const outcome = await ctx.services.usageIngestion.ingestBatch(ctx.em, input.records);
      return { accepted: outcome.accepted, duplicates: outcome.duplicates, errors: [] };
    } catch (error) {
      if (error instanceof DomainError) return { accepted: null, duplicates: null, errors: [{ code: error.code, field: error.field, message: error.message }] };
      throw error;
    }
  }

  @Authorized(OPERATOR)
  @Mutation(() => UsageImportPayload, { description: 'Starts a CSV import; then PUT the file to /api/usage-imports/{id}/content.' })
  startUsageImport(@Arg('input', () => StartUsageImportInput) input: StartUsageImportInput, @GqlCtx() ctx: Ctx) {
    return toPayload('usageImport', () => ctx.services.usageImports.start(ctx, input.fileName, input.bytesTotal ?? null));
  }

  @Authorized(OPERATOR)
  @Query(() => UsageImport, { description: 'One import with its progress.' })
  usageImport(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<UsageImport> {
    return ctx.services.usageImports.get(ctx, id);
  }

  @Authorized(OPERATOR)
  @Query(() => UsageImportConnection, { description: 'CSV imports, newest first.' })
  usageImports(@Args(() => ConnectionArgs) args: ConnectionArgs, @GqlCtx() ctx: Ctx): Promise<Connection<UsageImport>> {
    return ctx.services.usageImports.list(ctx, args);
  }
}
