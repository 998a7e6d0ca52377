import { describe, expect, it } from 'vitest';
import {
  addMonths,
  currentBeijingMonth,
  defaultRevenuePeriod,
  describeRevenuePeriod,
  parseMonth,
  quarterOf,
  revenuePeriodRange,
  revenueYears,
} from './revenuePeriod';

describe('Revenue card periods (R-EX-5)', () => {
  it('adds and subtracts months on YYYY-MM strings across years', () => {
    expect(addMonths('2026-11', 0)).toBe('2026-11');
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -2)).toBe('2025-11');
    expect(addMonths('2026-03', -2)).toBe('2026-01');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-06', -36)).toBe('2023-06');
    expect(() => addMonths('2026-13', 1)).toThrow();
    expect(() => parseMonth('2026-1')).toThrow();
  });

  it('takes the current month in Beijing time, whatever the runtime time zone', () => {
    expect(currentBeijingMonth(new Date('2026-03-31T15:59:59.999Z'))).toBe('2026-03');
    expect(currentBeijingMonth(new Date('2026-03-31T16:00:00.000Z'))).toBe('2026-04');
    expect(currentBeijingMonth(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01');
  });

  it('finds the calendar quarter of a month', () => {
    expect(quarterOf('2026-01')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-03')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-04')).toEqual({ year: 2026, quarter: 2 });
    expect(quarterOf('2026-09')).toEqual({ year: 2026, quarter: 3 });
    expect(quarterOf('2026-12')).toEqual({ year: 2026, quarter: 4 });
  });

  it('computes fromMonth and toMonth of each kind of period', () => {
    expect(revenuePeriodRange({ kind: 'MONTH', month: '2026-11' })).toEqual({ fromMonth: '2026-11', toMonth: '2026-11' });
    expect(revenuePeriodRange({ kind: 'QUARTER', year: 2026, quarter: 1 })).toEqual({ fromMonth: '2026-01', toMonth: '2026-03' });
    expect(revenuePeriodRange({ kind: 'QUARTER', year: 2026, quarter: 2 })).toEqual({ fromMonth: '2026-04', toMonth: '2026-06' });
    expect(revenuePeriodRange({ kind: 'QUARTER', year: 2026, quarter: 3 })).toEqual({ fromMonth: '2026-07', toMonth: '2026-09' });
    expect(revenuePeriodRange({ kind: 'QUARTER', year: 2026, quarter: 4 })).toEqual({ fromMonth: '2026-10', toMonth: '2026-12' });
    expect(revenuePeriodRange({ kind: 'THREE_MONTHS', lastMonth: '2026-11' })).toEqual({ fromMonth: '2026-09', toMonth: '2026-11' });
    expect(revenuePeriodRange({ kind: 'THREE_MONTHS', lastMonth: '2026-02' })).toEqual({ fromMonth: '2025-12', toMonth: '2026-02' });
  });

  it('defaults to this month, this quarter and the three months ending this month', () => {
    expect(defaultRevenuePeriod('MONTH', '2026-11')).toEqual({ kind: 'MONTH', month: '2026-11' });
    expect(defaultRevenuePeriod('QUARTER', '2026-11')).toEqual({ kind: 'QUARTER', year: 2026, quarter: 4 });
    expect(defaultRevenuePeriod('THREE_MONTHS', '2026-01')).toEqual({ kind: 'THREE_MONTHS', lastMonth: '2026-01' });
    expect(revenuePeriodRange(defaultRevenuePeriod('THREE_MONTHS', '2026-01'))).toEqual({ fromMonth: '2025-11', toMonth: '2026-01' });
  });

  it('describes a period and lists the years of the quarter picker', () => {
    expect(describeRevenuePeriod({ kind: 'MONTH', month: '2026-11' })).toBe('2026-11');
    expect(describeRevenuePeriod({ kind: 'QUARTER', year: 2026, quarter: 4 })).toBe('2026 Q4 (2026-10 to 2026-12)');
    expect(describeRevenuePeriod({ kind: 'THREE_MONTHS', lastMonth: '2026-01' })).toBe('2025-11 to 2026-01');
    expect(revenueYears('2026-11', 2)).toEqual([2026, 2025, 2024]);
  });
});
