import { describe, expect, it } from 'vitest';
import { FixedClock, systemClock } from './clock.js';

describe('Clock', () => {
  it('FixedClock stands still until moved, and moves by days', () => {
    const clock = new FixedClock('2026-01-31T15:59:59.999Z');
    expect(clock.now().toISOString()).toBe('2026-01-31T15:59:59.999Z');
    clock.advance(1);
    expect(clock.now().toISOString()).toBe('2026-01-31T16:00:00.000Z');
    clock.advanceDays(7);
    expect(clock.now().toISOString()).toBe('2026-02-07T16:00:00.000Z');
    clock.set('2027-01-01T00:00:00Z');
    expect(clock.now().toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('FixedClock hands out copies, so callers cannot move it by mutating a Date', () => {
    const clock = new FixedClock('2026-01-01T00:00:00Z');
    clock.now().setUTCFullYear(1999);
    expect(clock.now().getUTCFullYear()).toBe(2026);
  });

  it('systemClock follows real time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now - before).toBeLessThan(1000);
  });
});
