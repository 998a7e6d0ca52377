import { describe, expect, it } from 'vitest';
import { billingMonthStart, formatBeijingDateTime } from './dates';

describe('Beijing (billing) times', () => {
  it('formats an instant in Beijing time, labelled GMT+8, whatever the runtime time zone', () => {
    expect(formatBeijingDateTime('2026-03-31T15:59:59.999Z')).toBe('2026-03-31 23:59:59 (GMT+8)');
    expect(formatBeijingDateTime('2026-03-31T16:00:00Z')).toBe('2026-04-01 00:00:00 (GMT+8)');
    expect(formatBeijingDateTime('2026-12-31T16:00:00.000Z')).toBe('2027-01-01 00:00:00 (GMT+8)');
    expect(formatBeijingDateTime('2026-07-01T04:05:06+08:00')).toBe('2026-07-01 04:05:06 (GMT+8)');
  });

  it('keeps the placeholder for no value and the text of an unparsable one', () => {
    expect(formatBeijingDateTime(null)).toBe('—');
    expect(formatBeijingDateTime(undefined)).toBe('—');
    expect(formatBeijingDateTime('')).toBe('—');
    expect(formatBeijingDateTime('not a date')).toBe('not a date');
  });

  it('starts a billing month at 00:00 on its first day in Beijing time', () => {
    expect(billingMonthStart('2027-07-01').toISOString()).toBe('2027-06-30T16:00:00.000Z');
    expect(billingMonthStart('2027-01').toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });
});
