import { Badge } from 'antd';
import dayjs from 'dayjs';
import { compareMoney } from '@pc/shared';

export const billKeys = {
  all: ['partnerBills'] as const,
  overview: ['partnerBills', 'overview'] as const,
  list: (variables: object) => ['partnerBills', 'list', variables] as const,
  detail: (id: string) => ['partnerBills', 'detail', id] as const,
};

/** "2026-11" from a month's first day "2026-11-01". */
export function monthLabel(month: string): string {
  return month.slice(0, 7);
}

/** "Dec 04, 2026" from "2026-12-04" (a Beijing date: formatted as is, no time-zone shift). */
export function longDate(date: string): string {
  const d = dayjs(date, 'YYYY-MM-DD');
  return d.isValid() ? d.format('MMM DD, YYYY') : date;
}

/** Whether an amount from the API is non-zero (late usage is shown only when there is some). */
export function isNonZero(amount: string): boolean {
  return compareMoney(amount, '0') !== 0;
}

export type BillPaymentState = 'PAID' | 'PARTIALLY_PAID' | 'UNPAID' | 'NOTHING_DUE';

/** The status of a bill, from what is due, paid and unpaid (the API has no status field). */
export function billPaymentState(bill: { amountDue: string; paid: string; unpaid: string }): BillPaymentState {
  if (compareMoney(bill.amountDue, '0') <= 0 && compareMoney(bill.paid, '0') === 0) return 'NOTHING_DUE';
  if (compareMoney(bill.unpaid, '0') <= 0) return 'PAID';
  if (compareMoney(bill.paid, '0') > 0) return 'PARTIALLY_PAID';
  return 'UNPAID';
}

const STATE_BADGES: Record<BillPaymentState, { status: 'success' | 'warning' | 'error' | 'default'; text: string }> = {
  PAID: { status: 'success', text: 'Paid' },
  PARTIALLY_PAID: { status: 'warning', text: 'Partially paid' },
  UNPAID: { status: 'error', text: 'Unpaid' },
  NOTHING_DUE: { status: 'default', text: 'Nothing due' },
};

/** The status as a dot and a word (the word keeps the default text colour, for contrast). */
export function BillStatus({ bill }: { bill: { amountDue: string; paid: string; unpaid: string } }) {
  const badge = STATE_BADGES[billPaymentState(bill)];
  return <Badge status={badge.status} text={badge.text} />;
}
