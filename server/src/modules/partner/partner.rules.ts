import type { Decimal } from 'decimal.js';
import { isCountryCode } from '@pc/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import { PartnerErrorCode } from '../../common/errors/error-codes.js';
import { Money } from '../../common/scalars/decimal.js';

/**
 * R-PA-2: Chinese or English only — Han characters, Latin letters, digits, spaces and common punctuation
 * (ASCII and the full-width forms Chinese company names use). At least one letter or Han character.
 */
const COMPANY_NAME = /^[\p{Script=Han}A-Za-z0-9 .,&'()\-/（）·、，。]+$/u;
const HAS_WORD = /[\p{Script=Han}A-Za-z]/u;

export function checkCompanyName(name: string, field = 'name'): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length < 2 || trimmed.length > 200) {
    throw new DomainError(PartnerErrorCode.PARTNER_NAME_INVALID, 'The company name must have 2 to 200 characters.', field);
  }
  if (!COMPANY_NAME.test(trimmed) || !HAS_WORD.test(trimmed)) {
    throw new DomainError(
      PartnerErrorCode.PARTNER_NAME_INVALID,
      'The company name can contain only Chinese or English: Chinese characters, Latin letters, digits, spaces and common punctuation.',
      field,
    );
  }
  return trimmed;
}

/** R-PA-1: the registered country is the legal entity's country, an ISO 3166-1 alpha-2 code. */
export function checkCountry(country: string, field = 'country'): string {
  const code = country.trim().toUpperCase();
  if (!isCountryCode(code)) {
    throw new DomainError(PartnerErrorCode.PARTNER_COUNTRY_INVALID, `"${country}" is not an ISO 3166-1 country code (e.g. CN, US, DE).`, field);
  }
  return code;
}

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export function checkCurrency(currency: string, field = 'settlementCurrency'): string {
  const code = currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !CURRENCIES.has(code)) {
    throw new DomainError(PartnerErrorCode.CURRENCY_INVALID, `"${currency}" is not an ISO 4217 currency code (e.g. USD, CNY, EUR).`, field);
  }
  return code;
}

/** R-PA-4: a VAT rate is a fraction from 0 (exempt) to below 1 (100 %). */
export function checkTaxRate(rate: Decimal, field = 'taxRate'): Decimal {
  if (rate.isNegative() || rate.gte(1)) {
    throw new DomainError(PartnerErrorCode.TAX_RATE_INVALID, 'The tax rate is a fraction from 0 to below 1 (0.06 = 6 %).', field);
  }
  return rate;
}

/** R-PA-4: the partner invoices incentives with VAT, so the payout is incentive × (1 + tax rate), kept exact. */
export function payoutWithTax(incentive: Decimal, taxRate: Decimal): Decimal {
  return new Money(incentive).times(new Money(1).plus(taxRate));
}

/** A URL-safe slug from the company name; names without Latin letters (e.g. Chinese) get a neutral prefix. */
export function slugBase(name: string): string {
  const base = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return base.length >= 2 ? base : 'partner';
}
