import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { requireAccount, type Ctx } from '../../app/context.js';
import type { Clock } from '../../common/clock.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { isUuid } from '../../common/ids.js';
import { paginate, type Connection, type ConnectionArgs } from '../../common/pagination/connection.js';
import { UsageImport, UsageImportStatus } from './usage-import.entity.js';
import { executorOf, type UsageIngestionService } from './usage-ingestion.service.js';
import { deleteOrphanImportRows } from './usage-ingestion.js';
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

/** A running import that has shown no sign of life for this long has lost its process or its client. */
export const STALE_IMPORT_MS = 15 * 60_000;

/**
 * CSV imports of usage records (R-EX-1..3): started by a mutation, then the file is streamed to
 * PUT /api/usage-imports/:id/content. Rows are validated and staged as they arrive and committed together, so a bad
 * row (reported with its number) or a dropped connection leaves nothing written. Progress is written after every staged
 * chunk, so `usageImport(id)` shows it from any process, and on the embedded database while the file still streams.
 */
export class UsageImportService {
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
    return usageImport;
  }

  async list(ctx: Ctx, args: ConnectionArgs): Promise<Connection<UsageImport>> {
    return paginate(ctx.em, UsageImport, {}, args, { sortBy: 'createdAt', direction: 'DESC' });
  }

  /** Streams the body into the import; answers with the finished import (COMPLETED or FAILED). */
  async run(ctx: Ctx, id: string, body: Readable): Promise<UsageImport> {
    if (!isUuid(id)) throw new ImportRefusal(404, 'Usage import not found.');
    // An import takes one file: the first upload claims it, atomically, whichever process it reaches.
    const claimedAt = this.clock.now();
    const claimed = await ctx.em.nativeUpdate(UsageImport, { id, status: UsageImportStatus.RUNNING, uploadStartedAt: null }, { uploadStartedAt: claimedAt, updatedAt: claimedAt });
    if (claimed === 0) {
      if ((await ctx.em.count(UsageImport, { id })) === 0) throw new ImportRefusal(404, 'Usage import not found.');
      throw new ImportRefusal(409, 'This import has already received its file; start a new import.');
    }
    const em = ctx.em.fork();
    const progress = { bytesRead: 0, rowsRead: 0 };
    const running = { id, status: UsageImportStatus.RUNNING };
    try {
      await this.ingestion.ingestImport(em, id, this.rows(body, progress), {
        staged: async (rowsRead) => {
          progress.rowsRead = rowsRead;
          const now = this.clock.now();
          const alive = await em.nativeUpdate(UsageImport, running, { rowsRead, bytesRead: progress.bytesRead, updatedAt: now });
          if (alive === 0) throw new ImportRefusal(409, 'The import was stopped while its file arrived; start a new import.');
        },
        applying: async (tx) => {
          // The row lock makes housekeeping (failInterrupted) wait for this transaction instead of failing the import.
          const live = await tx.findOne(UsageImport, running, { lockMode: LockMode.PESSIMISTIC_WRITE });
          if (!live) throw new ImportRefusal(409, 'The import was stopped while its file arrived; start a new import.');
        },
        settle: async (tx, outcome) => {
          const now = this.clock.now();
          await tx.nativeUpdate(UsageImport, running, {
            status: UsageImportStatus.COMPLETED,
            accepted: outcome.accepted,
            duplicates: outcome.duplicates,
            rowsRead: progress.rowsRead,
            bytesRead: progress.bytesRead,
            finishedAt: now,
            updatedAt: now,
          });
        },
      });
    } catch (error) {
      const { row, message } = describeFailure(error);
      if (!(error instanceof DomainError) && !(error instanceof ImportRefusal)) ctx.request.log.error({ err: error }, 'usage import failed');
      const now = this.clock.now();
      await em.nativeUpdate(UsageImport, running, {
        status: UsageImportStatus.FAILED,
        errorRow: row,
        errorMessage: message,
        rowsRead: progress.rowsRead,
        bytesRead: progress.bytesRead,
        finishedAt: now,
        updatedAt: now,
      });
    }
    return em.fork().findOneOrFail(UsageImport, { id });
  }

  /**
   * Fails the running imports that show no sign of life since `quietSince` (their process ended, or their client went
   * quiet) and deletes their staged rows, and any rows an ended import left. Nothing of theirs reached the records.
   * On the embedded database nothing else can be importing at start, so start passes the current time.
   */
  async failInterrupted(em: EntityManager, quietSince: Date): Promise<number> {
    const now = this.clock.now();
    const failed = await em.nativeUpdate(
      UsageImport,
      { status: UsageImportStatus.RUNNING, updatedAt: { $lt: quietSince } },
      {
        status: UsageImportStatus.FAILED,
        errorMessage: 'The import was interrupted (its upload stopped or the server restarted) and nothing was written; start it again.',
        finishedAt: now,
        updatedAt: now,
      },
    );
    await deleteOrphanImportRows(executorOf(em));
    return failed;
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
