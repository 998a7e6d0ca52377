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
