/** Billing dates and certificate dates are Beijing time (Asia/Shanghai, GMT+8, no daylight saving). */
const BEIJING_OFFSET_MS = 8 * 3600_000;

/** The Beijing calendar date of an instant, as YYYY-MM-DD. */
export function beijingDate(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Beijing calendar date (YYYY-MM-DD) begins. */
export function beijingDayStart(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - BEIJING_OFFSET_MS);
}
