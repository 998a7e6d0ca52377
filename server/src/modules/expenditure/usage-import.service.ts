import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireAccount, type Ctx } from '../../app/context.js';
import type { Clock } from '../../common/clock.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { isUuid } from '../../common/ids.js';
import { paginate, type Connection, type ConnectionArgs } from '../../common/pagination/connection.js';
import { UsageImport, UsageImportStatus } from './usage-import.entity.js';
import type { UsageIngestionService } from './usage-ingestion.service.js';
import type { RawUsageRecord } from './usage-record.validation.js';

/** The CSV columns (header names are matched without case, spaces, "_" or "-": "transaction_id" = "transactionId"). */
export const USAGE_CSV_COLUMNS: readonly (keyof RawUsageRecord)[] = [
  'transactionId', 'customerId', 'kind', 'transactedAt', 'product', 'resourceType', 'resourceId', 'specification', 'region',
  'availabilityZone', 'billingMode', 'marketplace', 'listPrice', 'discount', 'amountDue', 'cash', 'coupon', 'monthlySettlement',
];
const REQUIRED_COLUMNS: readonly (keyof RawUsageRecord)[] = ['transactionId', 'customerId', 'kind', 'transactedAt', 'product', 'resourceId', 'region', 'billingMode', 'amountDue', 'cash'];
export const MAX_IMPORT_BYTES = 2 * 1024 ** 3;

const normalise = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');
const BY_NORMALISED = new Map(USAGE_CSV_COLUMNS.map((c) => [normalise(c), c]));

export class ImportRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * CSV imports of usage records (R-EX-1..3): started by a mutation, then the file is streamed to
 * PUT /api/usage-imports/:id/content. Rows are validated and staged as they arrive and committed together, so a bad
 * row (reported with its number) or a dropped connection leaves nothing written. Progress of a running import is
 * kept in this process and shown by `usageImport(id)`.
 */
export class UsageImportService {
  private readonly progress = new Map<string, { bytesRead: number; rowsRead: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly ingestion: UsageIngestionService,
  ) {}

  async start(ctx: Ctx, fileName: string, bytesTotal: number | null): Promise<UsageImport> {
    const name = fileName.trim().replace(/[\\/]/g, '_').slice(0, 200);
    if (!name) throw new DomainError(ErrorCode.VALIDATION, 'Give the file name.', 'fileName');
    if (bytesTotal !== null && (bytesTotal < 0 || bytesTotal > MAX_IMPORT_BYTES)) {
      throw new DomainError(ErrorCode.VALIDATION, `A file may hold at most ${MAX_IMPORT_BYTES / 1024 ** 3} GB.`, 'bytesTotal');
    }
    const now = this.clock.now();
    const usageImport = ctx.em.create(UsageImport, {
      fileName: name,
      createdBy: requireAccount(ctx).email,
      status: UsageImportStatus.RUNNING,
      bytesTotal,
      createdAt: now,
      updatedAt: now,
    });
    await ctx.em.flush();
    return usageImport;
  }

  async get(ctx: Ctx, id: string): Promise<UsageImport> {
    const usageImport = isUuid(id) ? await ctx.em.findOne(UsageImport, { id }) : null;
    if (!usageImport) throw new NotFoundError('Usage import');
    return this.withProgress(usageImport);
  }

  async list(ctx: Ctx, args: ConnectionArgs): Promise<Connection<UsageImport>> {
    const page = await paginate(ctx.em, UsageImport, {}, args, { sortBy: 'createdAt', direction: 'DESC' });
    for (const edge of page.edges) this.withProgress(edge.node);
    return page;
  }

  /** Streams the body into the import; answers with the finished import (COMPLETED or FAILED). */
  async run(ctx: Ctx, id: string, body: Readable): Promise<UsageImport> {
    const usageImport = isUuid(id) ? await ctx.em.findOne(UsageImport, { id }) : null;
    if (!usageImport) throw new ImportRefusal(404, 'Usage import not found.');
    if (usageImport.status !== UsageImportStatus.RUNNING || this.progress.has(id) || usageImport.bytesRead > 0) {
      throw new ImportRefusal(409, 'This import has already received its file; start a new import.');
    }
    const progress = { bytesRead: 0, rowsRead: 0 };
    this.progress.set(id, progress);
    try {
      const outcome = await this.ingestion.ingestStream(ctx.em.fork(), this.rows(body, progress), (rows) => {
        progress.rowsRead = rows;
      });
      return await this.finish(ctx.em, id, progress, { status: UsageImportStatus.COMPLETED, accepted: outcome.accepted, duplicates: outcome.duplicates });
    } catch (error) {
      const { row, message } = describeFailure(error);
      if (!(error instanceof DomainError) && !(error instanceof ImportRefusal)) ctx.request.log.error({ err: error }, 'usage import failed');
      return await this.finish(ctx.em, id, progress, { status: UsageImportStatus.FAILED, errorRow: row, errorMessage: message });
    } finally {
      this.progress.delete(id);
    }
  }

  private async finish(em: EntityManager, id: string, progress: { bytesRead: number; rowsRead: number }, result: Partial<UsageImport>): Promise<UsageImport> {
    const fresh = em.fork();
    const usageImport = await fresh.findOneOrFail(UsageImport, { id });
    const now = this.clock.now();
    Object.assign(usageImport, { ...result, bytesRead: progress.bytesRead, rowsRead: progress.rowsRead, finishedAt: now, updatedAt: now });
    await fresh.flush();
    return usageImport;
  }

  private withProgress(usageImport: UsageImport): UsageImport {
    const live = this.progress.get(usageImport.id);
    if (live) Object.assign(usageImport, live);
    return usageImport;
  }

  /** Counts bytes (with a size cap) and parses CSV rows into records keyed by the canonical column names. */
  private async *rows(body: Readable, progress: { bytesRead: number }): AsyncIterable<RawUsageRecord> {
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        progress.bytesRead += chunk.length;
        if (progress.bytesRead > MAX_IMPORT_BYTES) callback(new ImportRefusal(413, 'The file is too large.'));
        else callback(null, chunk);
      },
    });
    const parser = parse({
      bom: true,
      trim: true,
      skip_empty_lines: true,
      max_record_size: 64 * 1024,
      columns: (header: string[]) => {
        const columns = header.map((h) => {
          const column = BY_NORMALISED.get(normalise(h));
          if (!column) throw new DomainError(ErrorCode.USAGE_RECORD_INVALID, `Unknown column "${h.slice(0, 50)}"; the columns are ${USAGE_CSV_COLUMNS.join(', ')}.`, 'file');
          return column;
        });
        const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
        if (missing.length) throw new DomainError(ErrorCode.USAGE_RECORD_INVALID, `Missing column(s): ${missing.join(', ')}.`, 'file');
        return columns;
      },
    });
    const done = pipeline(body, counter, parser).catch((error: unknown) => {
      parser.destroy(error as Error);
    });
    try {
      for await (const record of parser) yield record as RawUsageRecord;
    } finally {
      await done;
    }
  }
}

function describeFailure(error: unknown): { row: number | null; message: string } {
  if (error instanceof DomainError) {
    const match = /^records\.(\d+)/.exec(error.field ?? '');
    return { row: match ? Number(match[1]) : null, message: error.message };
  }
  const csvError = error as { code?: string; message?: string; lines?: number };
  if (csvError?.code?.startsWith('CSV_')) return { row: csvError.lines ? csvError.lines - 1 : null, message: `The file is not valid CSV: ${csvError.message}` };
  if (error instanceof ImportRefusal) return { row: null, message: error.message };
  return { row: null, message: 'The import failed and nothing was written; try again.' };
}
