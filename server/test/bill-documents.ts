import { graphql } from './gql/index.js';

// Typed documents of Financial Information › Partner Bills (R-EX-6); codegen emits their types into ./gql.

export const BillingOverviewDocument = graphql(`
  query BillingOverview {
    billingOverview {
      amountDue unpaidLatestMonth unpaidPreviousMonths latestBilledMonth
      estimate { month expenditures refunds adjustments coupons total amountDue billIssueDate }
      estimates { month expenditures refunds adjustments coupons total amountDue billIssueDate }
    }
  }
`);

export const PartnerBillsDocument = graphql(`
  query PartnerBills($first: Int, $after: String) {
    partnerBills(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id partnerId month issuedAt expenditures refunds adjustments couponsDeducted total amountDue paid unpaid } }
    }
  }
`);

export const PartnerBillDocument = graphql(`
  query PartnerBill($id: ID!) {
    partnerBill(id: $id) {
      id partnerId month issuedAt expenditures refunds adjustments couponsDeducted total amountDue paid unpaid
      payments { id amount paidAt reference recordedBy createdAt }
      byProduct { key name expenditures refunds adjustments coupons total amountDue }
      byCustomer { key name expenditures refunds adjustments coupons total amountDue }
    }
  }
`);

export const OperatorPartnerBillsDocument = graphql(`
  query OperatorPartnerBills($partnerId: ID!, $first: Int, $after: String) {
    operatorPartnerBills(partnerId: $partnerId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id partnerId month issuedAt amountDue paid unpaid } }
    }
  }
`);

export const RecordBillPaymentDocument = graphql(`
  mutation RecordBillPayment($input: RecordBillPaymentInput!) {
    recordBillPayment(input: $input) {
      bill { id month amountDue paid unpaid payments { id amount paidAt reference recordedBy } }
      errors { code field message }
    }
  }
`);
