import { describe, expect, it } from 'vitest';
import { DomainError } from '../../common/errors/domain-error.js';
import { formatMoney, Money } from '../../common/scalars/decimal.js';
import { checkCompanyName, checkCountry, checkCurrency, checkTaxRate, payoutWithTax, slugBase } from './partner.rules.js';
import { nextRenewalDate, programShape } from './partner-program.rules.js';
import { CspTier, DevelopmentPhase, DevelopmentStatus, Program } from './partner.enums.js';

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

describe('partner rules', () => {
  it('R-PA-2 accepts company names in Chinese or English with digits and common punctuation', () => {
    for (const name of ['Acme Cloud Services', '华云数智科技有限公司', 'Contoso Cloud 有限公司', "O'Brien & Sons (Asia) Pte. Ltd.", '北京云（中国）有限公司', 'Cloud-9 Systems, Inc.']) {
      expect(checkCompanyName(name)).toBe(name);
    }
    expect(checkCompanyName('  Acme   Cloud  ')).toBe('Acme Cloud');
  });

  it('R-PA-2 refuses names in other scripts, symbols, digits only, or of the wrong length', () => {
    for (const name of ['Acme Клауд', 'Société Générale', 'クラウド株式会社', '클라우드', 'Acme ☁ Cloud', 'Acme <script>', '12345', 'A', 'x'.repeat(201)]) {
      expect(codeOf(() => checkCompanyName(name)), name).toBe('PARTNER_NAME_INVALID');
    }
  });

  it('R-PA-1 takes the registered country as an ISO 3166-1 code of the legal entity', () => {
    expect(checkCountry('cn')).toBe('CN');
    expect(checkCountry('DE')).toBe('DE');
    for (const country of ['UK', 'ZZ', 'XX', 'China']) expect(codeOf(() => checkCountry(country))).toBe('PARTNER_COUNTRY_INVALID');
  });

  it('R-PA-4 pays out incentive × (1 + tax rate), exactly', () => {
    expect(formatMoney(payoutWithTax(new Money('1000.00000000'), new Money('0.06')))).toBe('1060.00000000');
    expect(formatMoney(payoutWithTax(new Money('0.00000001'), new Money('0.13')))).toBe('0.00000001');
    expect(formatMoney(payoutWithTax(new Money('123456789.12345678'), new Money('0.09')))).toBe('134567900.14456789');
    expect(formatMoney(payoutWithTax(new Money('200'), new Money('0')))).toBe('200.00000000');
  });

  it('R-PA-4 takes a tax rate from 0 to below 1 and an ISO 4217 settlement currency', () => {
    expect(checkTaxRate(new Money('0')).toString()).toBe('0');
    expect(checkTaxRate(new Money('0.0675')).toString()).toBe('0.0675');
    expect(codeOf(() => checkTaxRate(new Money('1')))).toBe('TAX_RATE_INVALID');
    expect(codeOf(() => checkTaxRate(new Money('-0.01')))).toBe('TAX_RATE_INVALID');
    expect(checkCurrency('usd')).toBe('USD');
    expect(checkCurrency('CNY')).toBe('CNY');
    expect(codeOf(() => checkCurrency('US$'))).toBe('CURRENCY_INVALID');
    expect(codeOf(() => checkCurrency('ABC'))).toBe('CURRENCY_INVALID');
  });

  it('R-PA-5 gives Cloud Solution Provider a tier and development paths a phase and status, others neither', () => {
    expect(programShape(Program.CLOUD_SOLUTION_PROVIDER, { tier: CspTier.PREMIER })).toEqual({ tier: 'PREMIER', phase: null, developmentStatus: null });
    expect(codeOf(() => programShape(Program.CLOUD_SOLUTION_PROVIDER, {}))).toBe('PROGRAM_TIER_REQUIRED');
    expect(codeOf(() => programShape(Program.DISTRIBUTION_PARTNER, { tier: CspTier.CORE }))).toBe('PROGRAM_FIELD_NOT_APPLICABLE');
    expect(codeOf(() => programShape(Program.KOOGALLERY, { phase: DevelopmentPhase.VALIDATION }))).toBe('PROGRAM_FIELD_NOT_APPLICABLE');
    expect(programShape(Program.SOFTWARE_PARTNER, {})).toEqual({ tier: null, phase: 'SELECTION', developmentStatus: 'IN_PROGRESS' });
    const current = { tier: null, phase: DevelopmentPhase.SELECTION, developmentStatus: DevelopmentStatus.APPROVED };
    expect(programShape(Program.SERVICE_PARTNER, { phase: DevelopmentPhase.VALIDATION }, current)).toEqual({
      tier: null,
      phase: 'VALIDATION',
      developmentStatus: 'APPROVED',
    });
  });

  it('R-PA-6 runs a certificate to the next 31 January', () => {
    expect(nextRenewalDate('2026-11-23')).toBe('2027-01-31');
    expect(nextRenewalDate('2027-01-15')).toBe('2027-01-31');
    expect(nextRenewalDate('2027-01-31')).toBe('2028-01-31');
    expect(nextRenewalDate('2028-02-29')).toBe('2029-01-31');
  });

  it('makes URL-safe slugs, with a neutral one for Chinese names', () => {
    expect(slugBase('Acme Cloud Services')).toBe('acme-cloud-services');
    expect(slugBase('华云数智科技有限公司')).toBe('partner');
    expect(slugBase('Contoso Cloud 有限公司')).toBe('contoso-cloud');
  });
});
