import { Tooltip } from 'antd';
import { formatMoneyExact, formatMoneyForDisplay } from '@pc/shared';

export interface MoneyProps {
  /** A Decimal string from the API ("1250.50000000"). */
  value: string;
  /** ISO 4217 code shown after the amount, e.g. "USD". */
  currency?: string;
}

/**
 * An amount as screens show it: 2 decimals rounded half-up, with the exact 8-decimal value in a tooltip
 * (on hover and on keyboard focus).
 */
export function Money({ value, currency }: MoneyProps) {
  const exact = `${formatMoneyExact(value)}${currency ? ` ${currency}` : ''}`;
  return (
    <Tooltip title={`Exact: ${exact}`}>
      <span className="pc-money" tabIndex={0} data-exact={formatMoneyExact(value)}>
        {formatMoneyForDisplay(value)}
        {currency ? ` ${currency}` : null}
      </span>
    </Tooltip>
  );
}
