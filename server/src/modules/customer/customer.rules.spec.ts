import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import { Money } from '../../common/scalars/decimal.js';
import { CustomerProfile } from './customer-profile.entity.js';
import { AssociationModel, BalanceDisposition } from './customer.enums.js';
import {
  associationBlockers,
  balanceOutcome,
  canViewBills,
  checkDiscount,
  checkDiscountRange,
  checkValidDays,
  daysLeft,
  emailHint,
  hasUnexpiredReservedInstances,
  isInvitationCode,
  newInvitationCode,
} from './customer.rules.js';

const DAY = 86_400_000;

function profile(values: Partial<CustomerProfile> = {}): CustomerProfile {
  return Object.assign(new CustomerProfile(), { companyName: 'Test', country: 'US' }, values);
}

function codeOf(work: () => unknown): string | null {
  try {
    work();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('customer rules', () => {
  it('R-CU-5 counts whole days of protection left, rounded up, and 0 once expired', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    expect(daysLeft(new Date(now.getTime() + 15 * DAY), now)).toBe(15);
    expect(daysLeft(new Date(now.getTime() + 3 * 3600_000), now)).toBe(1);
    expect(daysLeft(now, now)).toBe(0);
    expect(daysLeft(new Date(now.getTime() - DAY), now)).toBe(0);
  });

  it('R-CU-2 lists every blocker; reserved instances block while their expiry date is after today (Beijing)', () => {
    expect(associationBlockers(profile(), '2026-03-01')).toEqual([]);
    const all = profile({ inArrears: true, specialContract: true, internalAccount: true, reservedInstancesUntil: '2026-03-02' });
    expect(associationBlockers(all, '2026-03-01').map((e) => e.code)).toEqual([
      'CUSTOMER_IN_ARREARS',
      'CUSTOMER_SPECIAL_CONTRACT',
      'CUSTOMER_INTERNAL_ACCOUNT',
      'CUSTOMER_RESERVED_INSTANCES',
    ]);
    expect(hasUnexpiredReservedInstances(profile({ reservedInstancesUntil: '2026-03-01' }), '2026-03-01')).toBe(false);
    expect(hasUnexpiredReservedInstances(profile({ reservedInstancesUntil: null }), '2026-03-01')).toBe(false);
  });

  it('R-CU-9 referral keeps the balance; reseller needs a ticket with rewards or > 2,000 RMB invoices, else a choice', () => {
    const rich = { accountBalance: new Money('10.5') };
    expect(balanceOutcome(AssociationModel.REFERRAL, profile({ ...rich, hasTopUpRewards: true }), null).disposition).toBe(BalanceDisposition.KEPT);
    expect(balanceOutcome(AssociationModel.REFERRAL, profile(), null).disposition).toBe(BalanceDisposition.NONE);
    expect(codeOf(() => balanceOutcome(AssociationModel.RESELLER, profile({ hasTopUpRewards: true }), null))).toBe('CUSTOMER_BALANCE_NEEDS_TICKET');
    expect(codeOf(() => balanceOutcome(AssociationModel.RESELLER, profile({ outstandingInvoicesRmb: new Money('2000.00000001') }), null))).toBe(
      'CUSTOMER_BALANCE_NEEDS_TICKET',
    );
    expect(balanceOutcome(AssociationModel.RESELLER, profile({ outstandingInvoicesRmb: new Money('2000') }), null).disposition).toBe(BalanceDisposition.NONE);
    expect(codeOf(() => balanceOutcome(AssociationModel.RESELLER, profile(rich), BalanceDisposition.KEPT))).toBe('CUSTOMER_BALANCE_DISPOSITION_REQUIRED');
    const moved = balanceOutcome(AssociationModel.RESELLER, profile(rich), BalanceDisposition.TRANSFERRED_TO_PARTNER);
    expect([moved.disposition, moved.amount.toFixed(8)]).toEqual([BalanceDisposition.TRANSFERRED_TO_PARTNER, '10.50000000']);
  });

  it('R-CU-4 discounts: referral only, inside an authorised range of fractions below 1', () => {
    const range = checkDiscountRange(new Money('0.02'), new Money('0.12'));
    expect(checkDiscount(AssociationModel.REFERRAL, new Money('0.02'), range)!.toFixed(2)).toBe('0.02');
    expect(checkDiscount(AssociationModel.REFERRAL, null, range)).toBeNull();
    expect(codeOf(() => checkDiscount(AssociationModel.REFERRAL, new Money('0.13'), range))).toBe('DISCOUNT_OUT_OF_RANGE');
    expect(codeOf(() => checkDiscount(AssociationModel.RESELLER, new Money('0.05'), range))).toBe('DISCOUNT_RESELLER');
    expect(codeOf(() => checkDiscount(AssociationModel.REFERRAL, new Money('0.05'), { min: null, max: null }))).toBe('DISCOUNT_RANGE_NOT_AUTHORISED');
    expect(checkDiscountRange(null, null)).toEqual({ min: null, max: null });
    expect(codeOf(() => checkDiscountRange(new Money('0.1'), null))).toBe('DISCOUNT_RANGE_INVALID');
    expect(codeOf(() => checkDiscountRange(new Money('-0.1'), new Money('0.1')))).toBe('DISCOUNT_RANGE_INVALID');
    expect(codeOf(() => checkDiscountRange(new Money('0.2'), new Money('0.1')))).toBe('DISCOUNT_RANGE_INVALID');
  });

  it('R-CU-10 only reseller customers of a partner that revoked the permission lose bills', () => {
    expect(canViewBills(AssociationModel.RESELLER, { resellerBillsVisible: false })).toBe(false);
    expect(canViewBills(AssociationModel.REFERRAL, { resellerBillsVisible: false })).toBe(true);
    expect(canViewBills(AssociationModel.RESELLER, { resellerBillsVisible: true })).toBe(true);
  });

  it('R-CU-6 e-mail validity is 1 to 30 days (default 7); codes are random and URL-safe; hints hide the address', () => {
    expect(checkValidDays(undefined)).toBe(7);
    expect(checkValidDays(30)).toBe(30);
    expect(codeOf(() => checkValidDays(0))).toBe('VALIDATION');
    expect(codeOf(() => checkValidDays(31))).toBe('VALIDATION');
    const codes = new Set(Array.from({ length: 100 }, newInvitationCode));
    expect(codes.size).toBe(100);
    expect([...codes].every(isInvitationCode)).toBe(true);
    expect(isInvitationCode('../../etc/passwd')).toBe(false);
    expect(emailHint('buyer@globex.demo.test')).toBe('b****@globex.demo.test');
  });
});
