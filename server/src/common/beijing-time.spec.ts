import { describe, expect, it } from 'vitest';
import { beijingDate, beijingDayStart } from './beijing-time.js';

describe('Beijing time', () => {
  it('turns the date at 16:00 UTC', () => {
    expect(beijingDate(new Date('2027-01-30T15:59:59.999Z'))).toBe('2027-01-30');
    expect(beijingDate(new Date('2027-01-30T16:00:00.000Z'))).toBe('2027-01-31');
  });

  it('starts a Beijing day at 16:00 UTC the day before', () => {
    expect(beijingDayStart('2027-01-31').toISOString()).toBe('2027-01-30T16:00:00.000Z');
  });
});
