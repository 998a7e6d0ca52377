import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryName, isCountryCode } from './countries.js';

describe('countries', () => {
  it('knows current ISO 3166-1 alpha-2 codes and refuses obsolete or made-up ones', () => {
    expect(COUNTRY_CODES.length).toBeGreaterThan(240);
    for (const code of ['CN', 'US', 'DE', 'SG', 'HK']) expect(isCountryCode(code)).toBe(true);
    for (const code of ['UK', 'YU', 'ZZ', 'EU', 'cn', 'USA', '']) expect(isCountryCode(code)).toBe(false);
  });

  it('names countries in English', () => {
    expect(countryName('DE')).toBe('Germany');
    expect(countryName('XX')).toBe('XX');
  });
});
