import { graphql } from './gql/index.js';

export const IngestUsageRecordsDocument = graphql(`
  mutation IngestUsageRecords($input: IngestUsageRecordsInput!) {
    ingestUsageRecords(input: $input) { accepted duplicates errors { code field message } }
  }
`);

export const ExpenditureDistributionDocument = graphql(`
  query ExpenditureDistribution($input: ExpenditureDistributionInput!) {
    expenditureDistribution(input: $input) {
      asOf dataThrough scope from to groupBy
      rows { key label records listPrice discount amountDue cash coupon amount revenue }
      totals { key label records listPrice discount amountDue cash coupon amount revenue }
    }
  }
`);

export const ExpenditureOverviewDocument = graphql(`
  query ExpenditureOverview {
    expenditureOverview {
      asOf dataThrough scope amountDue
      thisMonth { month expenditures { amount amountDue } refunds { amount } adjustments { amount } net { amount amountDue records } }
      lastMonth { month net { amount } }
      trend { key amount amountDue records }
    }
  }
`);

export const CustomerExpenditureSummaryDocument = graphql(`
  query CustomerExpenditureSummary($billingCycle: String!) {
    customerExpenditureSummary(billingCycle: $billingCycle) {
      billingCycle asOf scope discountTotal
      expenditures { kind amount cash coupon discount rows { customerId companyName accountName records amount cash coupon discount } }
      refunds { kind amount cash coupon rows { customerId amount cash coupon } }
      adjustments { kind amount cash coupon rows { customerId amount cash coupon } }
    }
  }
`);

export const ExpenditureRecordsDocument = graphql(`
  query ExpenditureRecords($billingCycle: String!, $customerId: ID, $kind: UsageKind, $transactionId: String, $resourceId: String, $first: Int, $after: String) {
    expenditureRecords(billingCycle: $billingCycle, customerId: $customerId, kind: $kind, transactionId: $transactionId, resourceId: $resourceId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id transactionId kind transactedAt billingCycle customerId customerName product resourceType resourceId specification region availabilityZone billingMode marketplace listPrice discount amountDue cash coupon monthlySettlement } }
    }
  }
`);

export const PartnerRevenueDocument = graphql(`
  query PartnerRevenue($fromMonth: String!, $toMonth: String!) {
    partnerRevenue(fromMonth: $fromMonth, toMonth: $toMonth) { fromMonth toMonth total scope months { month revenue } }
  }
`);

export const StartUsageImportDocument = graphql(`
  mutation StartUsageImport($input: StartUsageImportInput!) {
    startUsageImport(input: $input) { usageImport { id status fileName } errors { code field message } }
  }
`);

export const UsageImportDocument = graphql(`
  query UsageImport($id: ID!) {
    usageImport(id: $id) { id status rowsRead bytesRead bytesTotal accepted duplicates errorRow errorMessage finishedAt }
  }
`);
