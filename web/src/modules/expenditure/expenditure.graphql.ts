import { graphql } from '../../gql';

/** Operations Statistics › Expenditures › Overview (R-EX-4). */
export const ExpenditureOverviewQuery = graphql(`
  query ExpenditureOverview {
    expenditureOverview {
      asOf
      dataThrough
      scope
      amountDue
      thisMonth {
        ...ExpenditureKindTotals
      }
      lastMonth {
        ...ExpenditureKindTotals
      }
      trend {
        ...ExpenditureFiguresFields
      }
    }
  }
`);

export const ExpenditureFiguresFragment = graphql(`
  fragment ExpenditureFiguresFields on ExpenditureFigures {
    key
    label
    records
    listPrice
    discount
    amountDue
    cash
    coupon
    amount
    revenue
  }
`);

export const ExpenditureKindTotalsFragment = graphql(`
  fragment ExpenditureKindTotals on KindTotals {
    month
    expenditures {
      amountDue
      amount
      records
    }
    refunds {
      amountDue
      amount
      records
    }
    adjustments {
      amountDue
      amount
      records
    }
    net {
      amountDue
      amount
      records
    }
  }
`);

/** Operations Statistics › Expenditures › Expenditure Distribution (R-EX-4). */
export const ExpenditureDistributionQuery = graphql(`
  query ExpenditureDistribution($input: ExpenditureDistributionInput!) {
    expenditureDistribution(input: $input) {
      asOf
      dataThrough
      scope
      from
      to
      groupBy
      rows {
        ...ExpenditureFiguresFields
      }
      totals {
        ...ExpenditureFiguresFields
      }
    }
  }
`);

/** Customer Business › Customer Expenditure: a billing cycle summarised (R-EX-3). */
export const CustomerExpenditureSummaryQuery = graphql(`
  query CustomerExpenditureSummary($billingCycle: String!) {
    customerExpenditureSummary(billingCycle: $billingCycle) {
      billingCycle
      asOf
      scope
      discountTotal
      expenditures {
        ...ExpenditureSectionFields
      }
      refunds {
        ...ExpenditureSectionFields
      }
      adjustments {
        ...ExpenditureSectionFields
      }
    }
  }
`);

export const ExpenditureSectionFragment = graphql(`
  fragment ExpenditureSectionFields on ExpenditureSection {
    kind
    amount
    cash
    coupon
    discount
    rows {
      customerId
      companyName
      accountName
      records
      amount
      cash
      coupon
      discount
    }
  }
`);

/** Expenditure records of a billing cycle (R-EX-2). */
export const ExpenditureRecordsQuery = graphql(`
  query ExpenditureRecords(
    $billingCycle: String!
    $customerId: ID
    $kind: UsageKind
    $transactionId: String
    $resourceId: String
    $first: Int
    $after: String
  ) {
    expenditureRecords(
      billingCycle: $billingCycle
      customerId: $customerId
      kind: $kind
      transactionId: $transactionId
      resourceId: $resourceId
      first: $first
      after: $after
    ) {
      totalCount
      edges {
        cursor
        node {
          id
          transactionId
          kind
          transactedAt
          billingCycle
          customerId
          customerName
          product
          resourceType
          resourceId
          specification
          region
          availabilityZone
          billingMode
          marketplace
          listPrice
          discount
          amountDue
          cash
          coupon
          monthlySettlement
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RevenueReportFragment = graphql(`
  fragment RevenueReportFields on RevenueReport {
    fromMonth
    toMonth
    total
    scope
    months {
      month
      revenue
    }
  }
`);

/** Operations Statistics › Expenditures › Revenue (R-EX-5): cash consumption per month of the partner's (or the member's) customers. */
export const PartnerRevenueQuery = graphql(`
  query PartnerRevenue($fromMonth: String!, $toMonth: String!) {
    partnerRevenue(fromMonth: $fromMonth, toMonth: $toMonth) {
      ...RevenueReportFields
    }
  }
`);

/** Operator › Partners › one partner › Revenue (R-EX-5): the same report for the partner an operator looks at. */
export const OperatorPartnerRevenueQuery = graphql(`
  query OperatorPartnerRevenue($partnerId: ID!, $fromMonth: String!, $toMonth: String!) {
    operatorPartnerRevenue(partnerId: $partnerId, fromMonth: $fromMonth, toMonth: $toMonth) {
      ...RevenueReportFields
    }
  }
`);
