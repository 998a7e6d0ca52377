import { describe, expect, it } from 'vitest';
import { CertificateLevel as L, familyOf, isAtLeast, isUploadable, levelRank, levelsAtLeast } from './certificate.levels.js';
import { eligibilityOn, isDeliveryEligible, isFundingHeadEligible } from '../personnel/eligibility.js';
import { PersonnelPosition as P } from '../personnel/personnel.enums.js';

describe('certificate levels', () => {
  it('R-DP-9 orders HCIA < HCIP < HCIE and HCCDA < HCCDP < HCCDE', () => {
    expect([L.HCIA, L.HCIP, L.HCIE].map(levelRank)).toEqual([0, 1, 2]);
    expect([L.HCCDA, L.HCCDP, L.HCCDE].map(levelRank)).toEqual([0, 1, 2]);
    expect(familyOf(L.HCIP)).toBe('HCIX');
    expect(familyOf(L.HCCDE)).toBe('HCCDX');
  });

  it('R-DP-9 "HCIA or higher" means HCIA, HCIP or HCIE — never another family', () => {
    expect(levelsAtLeast(L.HCIA)).toEqual([L.HCIA, L.HCIP, L.HCIE]);
    expect(levelsAtLeast(L.HCIP)).toEqual([L.HCIP, L.HCIE]);
    expect(levelsAtLeast(L.HCCDA)).toEqual([L.HCCDA, L.HCCDP, L.HCCDE]);
    expect(isAtLeast(L.HCIE, L.HCIA)).toBe(true);
    expect(isAtLeast(L.HCIA, L.HCIP)).toBe(false);
    expect(isAtLeast(L.HCCDE, L.HCIA)).toBe(false);
    expect(isAtLeast(L.CLOUD_MIGRATION, L.HCIA)).toBe(false);
  });

  it('R-DP-6 every level but Cloud Migration can be uploaded', () => {
    expect(Object.values(L).filter((level) => !isUploadable(level))).toEqual([L.CLOUD_MIGRATION]);
  });
});

describe('eligibility', () => {
  const valid = (level: L) => ({ level, issuedOn: '2026-01-01', expiresOn: '2028-12-31' });
  const expired = (level: L) => ({ level, issuedOn: '2020-01-01', expiresOn: '2023-12-31' });

  it('R-DP-9 Funding Head needs a BD or SA holding a valid HCIA or higher', () => {
    expect(isFundingHeadEligible(P.BD, [valid(L.HCIA)], '2026-11-23')).toBe(true);
    expect(isFundingHeadEligible(P.SA, [valid(L.HCIE)], '2026-11-23')).toBe(true);
    expect(isFundingHeadEligible(P.PM, [valid(L.HCIE)], '2026-11-23')).toBe(false);
    expect(isFundingHeadEligible(P.BD, [expired(L.HCIP)], '2026-11-23')).toBe(false);
    expect(isFundingHeadEligible(P.BD, [valid(L.HCCDE)], '2026-11-23')).toBe(false);
    expect(isFundingHeadEligible(P.BD, [valid(L.HCIA)], '2025-12-31')).toBe(false); // not yet issued
  });

  it('R-DP-9 delivery personnel hold a valid PM, HCIA-or-higher or HCCDA-or-higher on the date', () => {
    for (const level of [L.PROJECT_MANAGEMENT, L.HCIA, L.HCIP, L.HCCDA, L.HCCDE]) expect(isDeliveryEligible([valid(level)], '2026-11-23')).toBe(true);
    expect(isDeliveryEligible([valid(L.CLOUD_MIGRATION)], '2026-11-23')).toBe(false);
    expect(isDeliveryEligible([expired(L.HCIE)], '2026-11-23')).toBe(false);
    expect(isDeliveryEligible([valid(L.HCIA)], '2028-12-31')).toBe(true);
    expect(isDeliveryEligible([valid(L.HCIA)], '2029-01-01')).toBe(false);
    expect(eligibilityOn(P.SA, [valid(L.HCIP)], '2026-11-23').labels).toEqual(['BD/SA with HCIA or higher', 'Valid PM/HCIA/HCCDA or higher']);
  });
});
