import { graphql } from '../../gql';

/** Financial Information › Partner Bills: amount due and the estimate of months not billed yet (R-EX-6). */
export const BillingOverviewQuery = graphql(`
  query PartnerBillingOverview {
    billingOverview {
      amountDue
      unpaidLatestMonth
      unpaidPreviousMonths
      latestBilledMonth
      estimates {
        month
        expenditures
        refunds
        adjustments
        lateUsage
        lateCoupons
        coupons
        total
        amountDue
        billIssueDate
      }
    }
  }
`);

/** The figures of a monthly bill, shared by the list and the detail. */
export const PartnerBillFiguresFragment = graphql(`
  fragment PartnerBillFigures on PartnerBill {
    id
    month
    issuedAt
    expenditures
    refunds
    adjustments
    lateUsage
    lateCoupons
    couponsDeducted
    total
    amountDue
    paid
    unpaid
  }
`);

export const PartnerBillsQuery = graphql(`
  query PartnerBills($first: Int, $after: String) {
    partnerBills(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...PartnerBillFigures
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PartnerBillQuery = graphql(`
  query PartnerBill($id: ID!) {
    partnerBill(id: $id) {
      ...PartnerBillFigures
      usageReceivedAfterIssue
      byProduct {
        key
        name
        expenditures
        refunds
        adjustments
        coupons
        total
        amountDue
      }
      byCustomer {
        key
        name
        expenditures
        refunds
        adjustments
        coupons
        total
        amountDue
      }
      payments {
        id
        amount
        paidAt
        reference
        recordedBy
      }
    }
  }
`);
