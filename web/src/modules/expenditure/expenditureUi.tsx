import { useId } from 'react';
import { Space, Tag, Typography } from 'antd';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoneyForDisplay } from '@pc/shared';
import type { ExpenditureDimension, ExpenditureScope } from '../../gql/graphql';
import { formatDateTime } from '../../lib/dates';
import { EXPENDITURE_SCOPE_LABELS } from '../../lib/labels';

/** TanStack Query key prefixes of this module. */
export const expenditureKeys = {
  all: ['expenditure'] as const,
  overview: ['expenditure', 'overview'] as const,
  distribution: ['expenditure', 'distribution'] as const,
  summary: ['expenditure', 'customerSummary'] as const,
  records: ['expenditure', 'records'] as const,
};

/** "As of …", "Data through …" and whose customers the figures cover. */
export function FiguresMeta({ asOf, dataThrough, scope }: { asOf: string; dataThrough?: string | null; scope: ExpenditureScope }) {
  return (
    <Space size={[12, 4]} wrap className="pc-figures-meta">
      <Tag color={scope === 'ALL_CUSTOMERS' ? 'blue' : 'purple'} data-testid="expenditure-scope">
        {EXPENDITURE_SCOPE_LABELS[scope] ?? scope}
      </Tag>
      <Typography.Text type="secondary">As of {formatDateTime(asOf)}</Typography.Text>
      {dataThrough ? <Typography.Text type="secondary">Data through {formatDateTime(dataThrough)}</Typography.Text> : null}
    </Space>
  );
}

/** A Decimal string as a chart value (charts need numbers; screens and exports keep the exact string). */
export const chartNumber = (value: string): number => Number(value);

const money = (value: number | string) => formatMoneyForDisplay(String(typeof value === 'number' ? value.toFixed(8) : value));

export interface ChartSeries {
  key: string;
  name: string;
  color: string;
}

export interface ChartProps {
  /** The accessible name of the chart ("Amount due per month"). */
  title: string;
  /** A text summary of what the chart shows, for screen readers. */
  description: string;
  data: Record<string, string | number>[];
  categoryKey: string;
  series: ChartSeries[];
  kind: 'bar' | 'horizontal-bar' | 'line';
  height?: number;
}

/**
 * A Recharts chart wrapped in role="img" with an accessible name and description. The chart's own keyboard layer is
 * off: its content is presentational inside the image role; the same figures are in the table next to it.
 */
export function ExpenditureChart({ title, description, data, categoryKey, series, kind, height = 320 }: ChartProps) {
  const descriptionId = useId();
  const chartHeight = kind === 'horizontal-bar' ? Math.max(height, data.length * 36 + 60) : height;
  const tooltip = <Tooltip formatter={(value) => `${money(value as number)} USD`} />;
  const legend = <Legend />;
  return (
    <figure className="pc-chart" style={{ margin: 0 }}>
      <div role="img" aria-label={title} aria-describedby={descriptionId} data-testid="expenditure-chart" style={{ width: '100%', height: chartHeight }}>
        <ResponsiveContainer width="100%" height="100%" minWidth={200}>
          {kind === 'line' ? (
            <LineChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 8, left: 24 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey={categoryKey} />
              <YAxis tickFormatter={(v: number) => money(v)} width={90} />
              {tooltip}
              {legend}
              {series.map((s) => (
                <Line key={s.key} type="monotone" dataKey={s.key} name={s.name} stroke={s.color} dot={data.length <= 62} isAnimationActive={false} />
              ))}
            </LineChart>
          ) : kind === 'horizontal-bar' ? (
            <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 8, left: 24 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" tickFormatter={(v: number) => money(v)} />
              <YAxis type="category" dataKey={categoryKey} width={220} />
              {tooltip}
              {legend}
              {series.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
              ))}
            </BarChart>
          ) : (
            <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 8, left: 24 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey={categoryKey} />
              <YAxis tickFormatter={(v: number) => money(v)} width={90} />
              {tooltip}
              {legend}
              {series.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
              ))}
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
      <figcaption id={descriptionId} className="pc-visually-hidden" style={VISUALLY_HIDDEN}>
        {description}
      </figcaption>
    </figure>
  );
}

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** The chart kind of a grouping: bars per category; a line over days; bars over months. */
export function chartKindOf(groupBy: ExpenditureDimension): ChartProps['kind'] {
  if (groupBy === 'DAY') return 'line';
  if (groupBy === 'MONTH') return 'bar';
  return 'horizontal-bar';
}

/** "Contoso: 120.00 USD; Fabrikam: 80.00 USD" (the first `limit` entries) for a chart's description. */
export function describeFigures(rows: { label: string; value: string }[], limit = 12): string {
  if (rows.length === 0) return 'No data.';
  const shown = rows.slice(0, limit).map((r) => `${r.label}: ${formatMoneyForDisplay(r.value)} USD`);
  return `${shown.join('; ')}${rows.length > limit ? `; and ${rows.length - limit} more` : ''}.`;
}

export const CHART_COLORS = { amountDue: '#1668dc', revenue: '#389e0d', coupon: '#d48806' };
