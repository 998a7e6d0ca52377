import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import relativeTime from 'dayjs/plugin/relativeTime';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(relativeTime);

/** Billing months are Beijing time. */
export const BILLING_TIME_ZONE = 'Asia/Shanghai';

/** "2026-11-22 15:04:05" in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm:ss') : iso;
}

const BEIJING_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: BILLING_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * "2026-03-31 23:59:59 (GMT+8)": an instant in Beijing time (the time zone of billing cycles), labelled, whatever the
 * browser's time zone. For usage and billing times, which belong to a Beijing month.
 */
export function formatBeijingDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const part = Object.fromEntries(BEIJING_PARTS.formatToParts(at).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}:${part.second} (GMT+8)`;
}

/** The instant a billing month ('YYYY-MM' or 'YYYY-MM-DD', its first day) begins: 00:00 on its first day, Beijing time. */
export function billingMonthStart(month: string): Dayjs {
  // Beijing time has no daylight saving: always UTC+8.
  return dayjs(`${month.slice(0, 7)}-01T00:00:00.000+08:00`);
}

/** "2026-11-22" in the browser's time zone. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY-MM-DD') : iso;
}

/** "3 hours ago". */
export function fromNow(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.fromNow() : '';
}

/** "2026-11" billing month (Beijing time) of an instant. */
export function billingMonth(iso: string): string {
  return dayjs(iso).tz(BILLING_TIME_ZONE).format('YYYY-MM');
}

/**
 * A [from, to] day range picked in the UI → ISO instants (browser time zone): `from` is the start of
 * the first day (inclusive), `to` the start of the day after the last one (exclusive).
 */
export function dayRangeToIso(range: [Dayjs | null, Dayjs | null] | null | undefined): { from?: string; to?: string } {
  if (!range) return {};
  const [from, to] = range;
  return {
    from: from ? from.startOf('day').toISOString() : undefined,
    to: to ? to.add(1, 'day').startOf('day').toISOString() : undefined,
  };
}
