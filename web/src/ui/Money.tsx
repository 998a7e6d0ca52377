import { Tooltip, Typography } from 'antd';
import { exactMoney, formatMoney } from '../lib/money';

export interface MoneyProps {
  /** Decimal string as the API returns it, e.g. "123.54680921". */
  value: string | null | undefined;
  /** Shown after the amount; defaults to USD. */
  currency?: string;
}

/** An amount with 2 decimals (rounded half-up); the exact 8-decimal value shows on hover/focus. */
export function Money({ value, currency = 'USD' }: MoneyProps) {
  if (value === null || value === undefined || value === '') {
    return <Typography.Text type="secondary">—</Typography.Text>;
  }
  let shown: string;
  let exact: string;
  try {
    shown = formatMoney(value);
    exact = exactMoney(value);
  } catch {
    return <span>{value}</span>;
  }
  return (
    <Tooltip title={`${exact} ${currency}`}>
      <span className="pc-money" tabIndex={0} aria-label={`${shown} ${currency} (exactly ${exact})`}>
        {shown} <span className="pc-money-currency">{currency}</span>
      </span>
    </Tooltip>
  );
}
