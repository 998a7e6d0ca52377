import { describe, expect, it } from 'vitest';
import { homePathFor, loginPathWithNext, safeNextPath } from './redirects';

describe('redirects after sign-in', () => {
  it('sends each kind of account to its own area', () => {
    expect(homePathFor('PARTNER_MEMBER')).toBe('/partner');
    expect(homePathFor('OPERATOR')).toBe('/operator');
    expect(homePathFor('INDIVIDUAL')).toBe('/individual');
    expect(homePathFor('CUSTOMER')).toBe('/customer');
  });

  it('honours `next` only inside the signed-in kind’s own area (no open redirect)', () => {
    expect(safeNextPath('/partner/organization/roles', 'PARTNER_MEMBER')).toBe('/partner/organization/roles');
    expect(safeNextPath('/partner', 'PARTNER_MEMBER')).toBe('/partner');
    expect(safeNextPath('/operator/audit', 'PARTNER_MEMBER')).toBe('/partner');
    expect(safeNextPath('//evil.example/partner', 'PARTNER_MEMBER')).toBe('/partner');
    expect(safeNextPath('https://evil.example/partner', 'PARTNER_MEMBER')).toBe('/partner');
    expect(safeNextPath('/partnerships', 'PARTNER_MEMBER')).toBe('/partner');
    expect(safeNextPath(null, 'CUSTOMER')).toBe('/customer');
  });

  it('sends a customer back to the invitation it signed in from', () => {
    expect(safeNextPath('/invite/AbC123_x-9', 'CUSTOMER')).toBe('/invite/AbC123_x-9');
    expect(safeNextPath('/invite/AbC123', 'PARTNER_MEMBER')).toBe('/partner');
    expect(safeNextPath('/invite/AbC123/../../evil', 'CUSTOMER')).toBe('/customer');
  });

  it('remembers where the user was when the session ended', () => {
    expect(loginPathWithNext({ pathname: '/partner/audit', search: '?x=1' })).toBe('/login?next=%2Fpartner%2Faudit%3Fx%3D1');
    expect(loginPathWithNext({ pathname: '/', search: '' })).toBe('/login');
    expect(loginPathWithNext({ pathname: '/login', search: '?next=%2Fpartner' })).toBe('/login');
  });
});
