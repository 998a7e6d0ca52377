import { PassThrough, type Writable } from 'node:stream';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';

export type ExportFormat = 'csv' | 'xlsx';
export type ExportColumn = { header: string; money?: boolean; width?: number };
export type ExportCell = string | number | boolean | Date | null;

/**
 * Writes rows to CSV or XLSX as they come (R-EX-1: money keeps all 8 decimals). Nothing is buffered beyond the stream's
 * high-water mark: `write` waits for the consumer to drain. In XLSX a money value is a number cell with an 8-decimal
 * format when a double holds it exactly, and text otherwise, so no digit is ever lost.
 */
export interface ExportWriter {
  readonly output: PassThrough;
  write(row: readonly ExportCell[]): Promise<void>;
  end(): Promise<void>;
  fail(error: Error): void;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

async function drained(stream: Writable, ok: boolean): Promise<void> {
  if (!ok) await once(stream, 'drain');
}

export function exactAsNumber(value: string): number | null {
  const n = Number(value);
  return Number.isFinite(n) && n.toFixed(8) === value ? n : null;
}

export function createExportWriter(format: ExportFormat, sheetName: string, columns: readonly ExportColumn[]): ExportWriter {
  const output = new PassThrough();
  if (format === 'csv') {
    // A BOM so that spreadsheet programs read UTF-8 (Chinese company names) correctly.
    output.write('\uFEFF');
    const csv = stringify({ header: true, columns: columns.map((c) => c.header), cast: { date: (d) => d.toISOString(), boolean: (b) => (b ? 'true' : 'false') } });
    csv.pipe(output);
    return {
      output,
      write: (row) => drained(csv, csv.write(row)),
      end: async () => {
        csv.end();
        await once(output, 'finish').catch(() => {});
      },
      fail: (error) => {
        csv.destroy(error);
        output.destroy(error);
      },
    };
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? (c.money ? 18 : 22), style: c.money ? { numFmt: '0.00000000' } : {} }));
  return {
    output,
    write: async (row) => {
      const cells = row.map((value, i) => (columns[i]?.money && typeof value === 'string' ? (exactAsNumber(value) ?? value) : value));
      sheet.addRow(cells).commit();
      if (output.writableNeedDrain) await once(output, 'drain');
    },
    end: async () => {
      sheet.commit();
      await workbook.commit();
    },
    fail: (error) => output.destroy(error),
  };
}
