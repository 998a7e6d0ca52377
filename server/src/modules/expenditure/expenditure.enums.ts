import { registerEnumType } from 'type-graphql';

/** R-EX-3: what a usage record is. Refunds carry negative amounts; adjustments carry cash and coupon parts. */
export enum UsageKind {
  EXPENDITURE = 'EXPENDITURE',
  REFUND = 'REFUND',
  ADJUSTMENT = 'ADJUSTMENT',
}
registerEnumType(UsageKind, { name: 'UsageKind', description: 'Expenditure, refund (negative amounts) or adjustment (R-EX-3).' });

/** R-EX-2: how the resource is billed. R-BU-2 gates yearly/monthly and reserved-instance purchases. */
export enum BillingMode {
  PAY_PER_USE = 'PAY_PER_USE',
  YEARLY_MONTHLY = 'YEARLY_MONTHLY',
  RESERVED_INSTANCE = 'RESERVED_INSTANCE',
}
registerEnumType(BillingMode, { name: 'BillingMode', description: 'Pay-per-use, yearly/monthly or reserved instance (R-EX-2).' });

/** R-EX-4: what the Expenditure Distribution groups by. */
export enum ExpenditureDimension {
  CUSTOMER = 'CUSTOMER',
  PRODUCT = 'PRODUCT',
  REGION = 'REGION',
  BILLING_MODE = 'BILLING_MODE',
  MONTH = 'MONTH',
  DAY = 'DAY',
}
registerEnumType(ExpenditureDimension, {
  name: 'ExpenditureDimension',
  description: 'Grouping of the Expenditure Distribution: customer account, product (resource type), region, billing mode, month or day (Beijing time).',
});
