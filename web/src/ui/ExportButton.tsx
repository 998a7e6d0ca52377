import { useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Progress, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportButtonProps {
  /** The export endpoint without the extension, e.g. "/api/exports/expenditure-records". */
  path: string;
  /** Query parameters (the same filters as the screen); empty values are left out. */
  params: Record<string, string | number | null | undefined>;
  formats?: readonly ExportFormat[];
  /** What is exported, for the buttons' accessible names ("Export CSV of the records"). */
  what?: string;
  disabled?: boolean;
}

interface ExportProgress {
  format: ExportFormat;
  bytes: number;
  /** Data rows received so far (CSV only: counted line ends outside quotes, minus the header). */
  rows: number | undefined;
  totalRows: number | undefined;
  totalBytes: number | undefined;
}

export interface DownloadResult {
  fileName: string;
  bytes: number;
  rows: number | undefined;
}

/** The URL of an export: path + "." + format + query string without empty parameters. */
export function exportUrl(path: string, format: ExportFormat, params: ExportButtonProps['params']): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  }
  const qs = query.toString();
  return `${path}.${format}${qs ? `?${qs}` : ''}`;
}

/** The file name of a Content-Disposition header (RFC 6266 `filename*` first), or undefined. */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(disposition);
  return plain ? (plain[1] ?? plain[2])?.trim() : undefined;
}

/** The server's message of a failed export: `{ error }` / `{ message }` JSON, or the text. */
async function failureMessage(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown; errors?: { message?: string }[] };
    const message = body.error ?? body.message ?? body.errors?.[0]?.message;
    if (typeof message === 'string' && message) return message;
  } catch {
    // not JSON
  }
  if (response.status === 401) return 'Your session has ended. Please sign in again.';
  if (response.status === 403) return 'You do not have permission to export this.';
  if (response.status === 404) return 'This export is not available.';
  return text.trim().slice(0, 300) || `The export failed (HTTP ${response.status}).`;
}

/** Counts line ends outside double-quoted fields across chunks. */
function csvLineCounter() {
  let quoted = false;
  let lines = 0;
  let lastByte = -1;
  return {
    push(chunk: Uint8Array) {
      for (const byte of chunk) {
        if (byte === 0x22) quoted = !quoted;
        else if (byte === 0x0a && !quoted) lines += 1;
        lastByte = byte;
      }
    },
    /** Complete records (a last line without a line end counts too). */
    records(done: boolean): number {
      return lines + (done && lastByte !== -1 && lastByte !== 0x0a ? 1 : 0);
    },
  };
}

/**
 * Downloads a REST export: reads the body as a stream to report progress (rows against X-Total-Rows for CSV, bytes
 * otherwise), then saves it through a temporary object URL and an `<a download>` click.
 */
export async function downloadExport(url: string, format: ExportFormat, onProgress: (p: ExportProgress) => void): Promise<DownloadResult> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(await failureMessage(response));
  const totalRowsHeader = response.headers.get('x-total-rows');
  const totalRows = totalRowsHeader !== null && totalRowsHeader !== '' && Number.isFinite(Number(totalRowsHeader)) ? Number(totalRowsHeader) : undefined;
  const lengthHeader = response.headers.get('content-length');
  const totalBytes = lengthHeader ? Number(lengthHeader) : undefined;
  const counter = format === 'csv' ? csvLineCounter() : undefined;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  const report = (done: boolean) =>
    onProgress({
      format,
      bytes,
      // The header line is not a data row.
      rows: counter ? Math.max(0, counter.records(done) - 1) : undefined,
      totalRows,
      totalBytes,
    });
  report(false);
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.byteLength;
      counter?.push(value);
      report(false);
    }
  } else {
    const buffer = new Uint8Array(await response.arrayBuffer());
    chunks.push(buffer);
    bytes = buffer.byteLength;
    counter?.push(buffer);
  }
  report(true);
  const type = response.headers.get('content-type') ?? (format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const fileName = fileNameOf(response.headers.get('content-disposition')) ?? `export.${format}`;
  const blob = new Blob(chunks, { type });
  const objectUrl = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = objectUrl;
    link.download = fileName;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Give the browser a moment to start the download before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
  }
  return { fileName, bytes, rows: counter ? Math.max(0, counter.records(true) - 1) : undefined };
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function progressText(p: ExportProgress): string {
  if (p.rows !== undefined && p.totalRows !== undefined) return `${p.rows} of ${p.totalRows} rows`;
  if (p.totalBytes) return `${formatBytes(p.bytes)} of ${formatBytes(p.totalBytes)}`;
  return `${formatBytes(p.bytes)} received${p.totalRows !== undefined ? ` (${p.totalRows} rows)` : ''}`;
}

function progressPercent(p: ExportProgress): number | undefined {
  if (p.rows !== undefined && p.totalRows) return Math.min(100, Math.floor((p.rows / p.totalRows) * 100));
  if (p.totalBytes) return Math.min(100, Math.floor((p.bytes / p.totalBytes) * 100));
  return undefined;
}

/** "Export CSV" / "Export XLSX" buttons for a REST export, with progress and the server's error message. */
export function ExportButton({ path, params, formats = ['csv', 'xlsx'], what, disabled }: ExportButtonProps) {
  const [progress, setProgress] = useState<ExportProgress>();
  const [done, setDone] = useState<DownloadResult>();
  const running = useRef(false);
  const download = useMutation({
    mutationFn: async (format: ExportFormat) => downloadExport(exportUrl(path, format, params), format, setProgress),
    onMutate: () => {
      running.current = true;
      setDone(undefined);
      setProgress(undefined);
    },
    onSuccess: (result) => setDone(result),
    onSettled: () => {
      running.current = false;
    },
  });
  const percent = progress ? progressPercent(progress) : undefined;
  return (
    <Space orientation="vertical" size={4} className="pc-export">
      <Space wrap>
        {formats.map((format) => (
          <Button
            key={format}
            icon={<DownloadOutlined />}
            disabled={disabled || download.isPending}
            loading={download.isPending && download.variables === format}
            aria-label={`Export ${format.toUpperCase()}${what ? ` of ${what}` : ''}`}
            onClick={() => {
              if (!running.current) download.mutate(format);
            }}
          >
            Export {format.toUpperCase()}
          </Button>
        ))}
      </Space>
      {download.isPending && progress ? (
        <div role="status" aria-live="polite" style={{ minWidth: 240 }}>
          {percent !== undefined ? (
            <Progress percent={percent} size="small" aria-label={`Export progress ${percent} %`} />
          ) : (
            <Progress percent={100} status="active" showInfo={false} size="small" aria-label="Export in progress" />
          )}
          <Typography.Text type="secondary">Downloading… {progressText(progress)}</Typography.Text>
        </div>
      ) : null}
      {done && !download.isPending ? (
        <Typography.Text type="secondary" role="status">
          Saved {done.fileName}
          {done.rows !== undefined ? ` (${done.rows} ${done.rows === 1 ? 'row' : 'rows'})` : ` (${formatBytes(done.bytes)})`}.
        </Typography.Text>
      ) : null}
      {download.isError ? (
        <Alert type="error" showIcon role="alert" title="The export failed" description={download.error.message} closable onClose={() => download.reset()} />
      ) : null}
    </Space>
  );
}
