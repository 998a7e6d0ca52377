import { Typography } from 'antd';

export interface JsonBlockProps {
  label: string;
  value: unknown;
}

/** Pretty-printed JSON with a heading; "—" when there is nothing. */
export function JsonBlock({ label, value }: JsonBlockProps) {
  const empty = value === null || value === undefined;
  return (
    <section className="pc-json-block" aria-label={label}>
      <Typography.Text strong>{label}</Typography.Text>
      {empty ? (
        <div className="pc-json-empty">—</div>
      ) : (
        <pre className="pc-json">{JSON.stringify(value, null, 2)}</pre>
      )}
    </section>
  );
}
