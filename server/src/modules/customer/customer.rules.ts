import { randomBytes } from 'node:crypto';
import type { Decimal } from 'decimal.js';
import { isEmail } from 'class-validator';
import { DomainError } from '../../common/errors/domain-error.js';
import { CustomerErrorCode, ErrorCode } from '../../common/errors/error-codes.js';
import { Money } from '../../common/scalars/decimal.js';
import { normalizeEmail } from '../account/auth.service.js';
import type { CustomerProfile } from './customer-profile.entity.js';
import { AssociationModel, BalanceDisposition } from './customer.enums.js';

const DAY_MS = 86_400_000;

/** R-CU-5: a pre-registration protects its e-mail for 15 days. */
export const PRE_REGISTRATION_DAYS = 15;
/** R-CU-6: e-mail invitations are valid for the days the partner chose (stated in the e-mail). */
export const DEFAULT_INVITATION_DAYS = 7;
export const MIN_INVITATION_DAYS = 1;
export const MAX_INVITATION_DAYS = 30;
/** §5.3.1: above this value of outstanding invoices a reseller association needs a service ticket. */
export const OUTSTANDING_INVOICES_LIMIT_RMB = new Money(2000);

/** Whole days left before an instant, rounded up (a protection ending in 3 hours has 1 day left); 0 once passed. */
export function daysLeft(until: Date, now: Date): number {
  return Math.max(0, Math.ceil((until.getTime() - now.getTime()) / DAY_MS));
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

/** 144 random bits, URL-safe: the secret of an invitation URL. */
export function newInvitationCode(): string {
  return randomBytes(18).toString('base64url');
}

const CODE = /^[A-Za-z0-9_-]{16,64}$/;
export function isInvitationCode(code: string): boolean {
  return CODE.test(code);
}

/** "buyer@globex.com" → "b****@globex.com": enough for the invitee to recognise, not enough to harvest. */
export function emailHint(email: string): string {
  const [local, domain] = email.split('@');
  return `${local!.slice(0, 1)}****@${domain}`;
}

export function checkEmail(email: string, field = 'email'): string {
  const normalized = normalizeEmail(email);
  if (!isEmail(normalized) || normalized.length > 254) throw new DomainError(ErrorCode.VALIDATION, 'Enter a valid e-mail address.', field);
  return normalized;
}

export function checkCustomerName(name: string, field = 'companyName'): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length < 2 || trimmed.length > 200) {
    throw new DomainError(ErrorCode.VALIDATION, 'The company name must have 2 to 200 characters.', field);
  }
  return trimmed;
}

/** Operator actions on associations keep their reason (R-CU-3, R-CU-8). */
export function checkReason(reason: string, field = 'reason'): string {
  const trimmed = reason.trim();
  if (trimmed.length < 5) throw new DomainError(CustomerErrorCode.ASSOCIATION_REASON_REQUIRED, 'Give the reason (at least 5 characters).', field);
  return trimmed;
}

export function checkValidDays(days: number | null | undefined): number {
  const value = days ?? DEFAULT_INVITATION_DAYS;
  if (!Number.isInteger(value) || value < MIN_INVITATION_DAYS || value > MAX_INVITATION_DAYS) {
    throw new DomainError(ErrorCode.VALIDATION, `The validity is ${MIN_INVITATION_DAYS} to ${MAX_INVITATION_DAYS} days.`, 'validDays');
  }
  return value;
}

/** R-CU-2: the reserved instances have not expired while their expiry date is after today (Beijing time). */
export function hasUnexpiredReservedInstances(profile: Pick<CustomerProfile, 'reservedInstancesUntil'>, today: string): boolean {
  return profile.reservedInstancesUntil !== null && profile.reservedInstancesUntil > today;
}

/** R-CU-2: every account attribute that makes the customer impossible to associate, each with its own code and message. */
export function associationBlockers(profile: CustomerProfile, today: string): DomainError[] {
  const blockers: DomainError[] = [];
  if (profile.inArrears) {
    blockers.push(
      new DomainError(CustomerErrorCode.CUSTOMER_IN_ARREARS, 'A customer whose cloud account is in arrears cannot be associated with a partner. Pay the outstanding amount first.', null),
    );
  }
  if (profile.specialContract) {
    blockers.push(
      new DomainError(
        CustomerErrorCode.CUSTOMER_SPECIAL_CONTRACT,
        'A customer with a special contract with the cloud (offline directly-signed, telemarketing with discounts or special offer contract) cannot be associated with a partner.',
        null,
      ),
    );
  }
  if (profile.internalAccount) {
    blockers.push(new DomainError(CustomerErrorCode.CUSTOMER_INTERNAL_ACCOUNT, 'An internal cloud account cannot be associated with a partner.', null));
  }
  if (hasUnexpiredReservedInstances(profile, today)) {
    blockers.push(
      new DomainError(
        CustomerErrorCode.CUSTOMER_RESERVED_INSTANCES,
        `A customer with unexpired reserved instances cannot be associated with a partner (they expire on ${profile.reservedInstancesUntil}).`,
        null,
      ),
    );
  }
  return blockers;
}

/** R-CU-2: refuses with the first blocker. */
export function checkAssociable(profile: CustomerProfile, today: string): void {
  const [first] = associationBlockers(profile, today);
  if (first) throw first;
}

export type BalanceOutcome = { disposition: BalanceDisposition; amount: Decimal };

/**
 * R-CU-9 and §5.3.1. Referral customers keep using their own balance. For the reseller (prepayment) model: with rewards
 * for top-ups or outstanding invoices above 2,000 RMB the customer must go through a service ticket; otherwise a
 * positive balance must be transferred to the partner's sub-account or withdrawn, as the customer chooses.
 */
export function balanceOutcome(model: AssociationModel, profile: CustomerProfile, choice: BalanceDisposition | null | undefined): BalanceOutcome {
  const balance = new Money(profile.accountBalance);
  if (model === AssociationModel.REFERRAL) {
    return { disposition: balance.gt(0) ? BalanceDisposition.KEPT : BalanceDisposition.NONE, amount: balance };
  }
  if (profile.hasTopUpRewards || new Money(profile.outstandingInvoicesRmb).gt(OUTSTANDING_INVOICES_LIMIT_RMB)) {
    throw new DomainError(
      CustomerErrorCode.CUSTOMER_BALANCE_NEEDS_TICKET,
      'Your account has rewards for top-ups or more than 2,000 RMB of outstanding invoices: submit a service ticket or contact customer service to be associated in the reseller model.',
      null,
    );
  }
  if (balance.lte(0)) return { disposition: BalanceDisposition.NONE, amount: new Money(0) };
  if (choice !== BalanceDisposition.TRANSFERRED_TO_PARTNER && choice !== BalanceDisposition.WITHDRAWN) {
    throw new DomainError(
      CustomerErrorCode.CUSTOMER_BALANCE_DISPOSITION_REQUIRED,
      `Your account has a balance of USD ${balance.toFixed(2)}. Choose to transfer it to the partner's sub-account or to withdraw it before the reseller association.`,
      'balanceDisposition',
    );
  }
  return { disposition: choice, amount: balance };
}

/** R-CU-4: an operator authorises a range of fractions off list price, 0 ≤ min ≤ max < 1; both null clears it. */
export function checkDiscountRange(min: Decimal | null | undefined, max: Decimal | null | undefined): { min: Decimal | null; max: Decimal | null } {
  if (!min && !max) return { min: null, max: null };
  if (!min || !max) throw new DomainError(CustomerErrorCode.DISCOUNT_RANGE_INVALID, 'Give both ends of the range, or neither to withdraw it.', min ? 'max' : 'min');
  if (min.isNegative() || max.gte(1)) {
    throw new DomainError(CustomerErrorCode.DISCOUNT_RANGE_INVALID, 'Discounts are fractions of the list price from 0 to below 1 (0.05 = 5 % off).', min.isNegative() ? 'min' : 'max');
  }
  if (min.gt(max)) throw new DomainError(CustomerErrorCode.DISCOUNT_RANGE_INVALID, 'The lowest discount cannot exceed the highest.', 'min');
  return { min, max };
}

/** R-CU-4: referral only, within the authorised range; null removes the discount. */
export function checkDiscount(model: AssociationModel, rate: Decimal | null, range: { min: Decimal | null; max: Decimal | null }): Decimal | null {
  if (model === AssociationModel.RESELLER) {
    throw new DomainError(
      CustomerErrorCode.DISCOUNT_RESELLER,
      'Discounts cannot be set for reseller customers: the cloud does not control the price between a reseller partner and its customers.',
      'discountRate',
    );
  }
  if (rate === null) return null;
  if (!range.min || !range.max) {
    throw new DomainError(CustomerErrorCode.DISCOUNT_RANGE_NOT_AUTHORISED, 'No discount range has been authorised for your organization. Contact your ecosystem manager.', 'discountRate');
  }
  if (rate.lt(range.min) || rate.gt(range.max)) {
    throw new DomainError(
      CustomerErrorCode.DISCOUNT_OUT_OF_RANGE,
      `The discount must be within the authorised range, ${percent(range.min)} to ${percent(range.max)}.`,
      'discountRate',
    );
  }
  return rate;
}

export function percent(fraction: Decimal): string {
  return `${fraction.times(100).toDecimalPlaces(4).toString()} %`;
}

/** R-CU-10: reseller customers of a partner that revoked the permission cannot view Bills and Cost Center. */
export function canViewBills(model: AssociationModel, partner: { resellerBillsVisible: boolean }): boolean {
  return model !== AssociationModel.RESELLER || partner.resellerBillsVisible;
}
