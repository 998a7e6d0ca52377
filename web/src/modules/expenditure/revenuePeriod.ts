import { billingMonth } from '../../lib/dates';

/**
 * Periods of the Revenue card (R-EX-5) and their months. All month arithmetic is on 'YYYY-MM' strings (integers, no
 * dates, no time zones); "now" is a Beijing billing month.
 */

export type RevenuePeriodKind = 'MONTH' | 'QUARTER' | 'THREE_MONTHS';
export type Quarter = 1 | 2 | 3 | 4;

export type RevenuePeriod =
  | { kind: 'MONTH'; month: string }
  | { kind: 'QUARTER'; year: number; quarter: Quarter }
  | { kind: 'THREE_MONTHS'; lastMonth: string };

export interface MonthRange {
  fromMonth: string;
  toMonth: string;
}

export const REVENUE_PERIOD_LABELS: Record<RevenuePeriodKind, string> = { MONTH: 'Month', QUARTER: 'Quarter', THREE_MONTHS: 'Three months' };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** 'YYYY-MM' → year and month (1..12); throws on anything else. */
export function parseMonth(month: string): { year: number; month: number } {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`Not a month YYYY-MM: ${month}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** A year and month (1..12) → 'YYYY-MM'. */
export function formatMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** 'YYYY-MM' plus `count` months (negative to go back): addMonths('2026-01', -2) = '2025-11'. */
export function addMonths(month: string, count: number): string {
  const p = parseMonth(month);
  const index = p.year * 12 + (p.month - 1) + count;
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** The current billing month in Beijing time, 'YYYY-MM'. */
export function currentBeijingMonth(now: Date = new Date()): string {
  return billingMonth(now.toISOString());
}

/** The calendar quarter of a month: '2026-11' → 2026 Q4. */
export function quarterOf(month: string): { year: number; quarter: Quarter } {
  const p = parseMonth(month);
  return { year: p.year, quarter: (Math.floor((p.month - 1) / 3) + 1) as Quarter };
}

/** The months of a period, inclusive. */
export function revenuePeriodRange(period: RevenuePeriod): MonthRange {
  switch (period.kind) {
    case 'MONTH':
      parseMonth(period.month);
      return { fromMonth: period.month, toMonth: period.month };
    case 'QUARTER': {
      const fromMonth = formatMonth(period.year, (period.quarter - 1) * 3 + 1);
      return { fromMonth, toMonth: addMonths(fromMonth, 2) };
    }
    case 'THREE_MONTHS':
      return { fromMonth: addMonths(period.lastMonth, -2), toMonth: period.lastMonth };
  }
}

/** The default period of a kind: this month, this quarter, or the three months ending this month. */
export function defaultRevenuePeriod(kind: RevenuePeriodKind, currentMonth: string): RevenuePeriod {
  switch (kind) {
    case 'MONTH':
      return { kind, month: currentMonth };
    case 'QUARTER':
      return { kind, ...quarterOf(currentMonth) };
    case 'THREE_MONTHS':
      return { kind, lastMonth: currentMonth };
  }
}

/** "2026-11", "2026 Q4 (2026-10 to 2026-12)" or "2026-09 to 2026-11". */
export function describeRevenuePeriod(period: RevenuePeriod): string {
  const { fromMonth, toMonth } = revenuePeriodRange(period);
  if (period.kind === 'MONTH') return fromMonth;
  if (period.kind === 'QUARTER') return `${period.year} Q${period.quarter} (${fromMonth} to ${toMonth})`;
  return `${fromMonth} to ${toMonth}`;
}

/** Years offered by the quarter picker: this year and the `back` years before it, newest first. */
export function revenueYears(currentMonth: string, back = 5): number[] {
  const { year } = parseMonth(currentMonth);
  return Array.from({ length: back + 1 }, (_, i) => year - i);
}
