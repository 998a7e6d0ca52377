import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { applyStaged, createStaging, stageRecords, type AffectedCustomerMonth, type IngestionOutcome, type SqlExecutor } from './usage-ingestion.js';
import { UsageRecordError, validateUsageRecord, type RawUsageRecord, type StagedUsageRecord } from './usage-record.validation.js';

/** Modules that react to new usage in the ingestion transaction (budgets: R-BU-2 threshold alerts). */
export interface UsageListener {
  afterIngest(em: EntityManager, affected: readonly AffectedCustomerMonth[]): Promise<void>;
}

export const MAX_BATCH_RECORDS = 1000;
const STAGE_CHUNK = 1000;

export function executorOf(em: EntityManager): SqlExecutor {
  return (sql, params = []) => em.execute(sql, params as never[]);
}

/** A streamed import: rows arrive in order; the whole file commits or nothing does. */
export type ImportProgress = (rowsRead: number) => void;

/**
 * Ingestion of usage records as the cloud's billing system sends them (R-EX-1..3): validated row by row, idempotent by
 * transaction id, appended with their rollups and the listeners' effects in one transaction.
 */
export class UsageIngestionService {
  private readonly listeners: UsageListener[] = [];

  constructor(private readonly clock: Clock) {}

  addListener(listener: UsageListener): void {
    this.listeners.push(listener);
  }

  /** One batch (GraphQL): every row valid, or a DomainError naming the first bad row; nothing is written then. */
  async ingestBatch(em: EntityManager, records: readonly RawUsageRecord[]): Promise<IngestionOutcome> {
    if (records.length === 0) throw new DomainError(ErrorCode.VALIDATION, 'The batch holds no records.', 'records');
    if (records.length > MAX_BATCH_RECORDS) {
      throw new DomainError(ErrorCode.VALIDATION, `A batch holds at most ${MAX_BATCH_RECORDS} records; use the CSV import for more.`, 'records');
    }
    const now = this.clock.now();
    const staged = asDomainErrors(() => records.map((record, i) => validateUsageRecord(i + 1, record, now)));
    return this.ingest(em, async (exec) => {
      for (let i = 0; i < staged.length; i += STAGE_CHUNK) await stageRecords(exec, staged.slice(i, i + STAGE_CHUNK));
    });
  }

  /** A stream of rows (CSV import): staged in chunks as they arrive, applied at the end, all in one transaction. */
  async ingestStream(em: EntityManager, rows: AsyncIterable<RawUsageRecord>, onProgress: ImportProgress = () => {}): Promise<IngestionOutcome> {
    const now = this.clock.now();
    return this.ingest(em, async (exec) => {
      let chunk: StagedUsageRecord[] = [];
      let row = 0;
      for await (const raw of rows) {
        row += 1;
        chunk.push(asDomainErrors(() => validateUsageRecord(row, raw, now)));
        if (chunk.length >= STAGE_CHUNK) {
          await stageRecords(exec, chunk);
          chunk = [];
          onProgress(row);
        }
      }
      await stageRecords(exec, chunk);
      onProgress(row);
      if (row === 0) throw new DomainError(ErrorCode.VALIDATION, 'The file holds no records.', 'file');
    });
  }

  private async ingest(em: EntityManager, stage: (exec: SqlExecutor) => Promise<void>): Promise<IngestionOutcome> {
    return em.transactional(async (tx) => {
      const exec = executorOf(tx);
      await createStaging(exec);
      await stage(exec);
      const outcome = await asDomainErrorsAsync(() => applyStaged(exec, this.clock.now()));
      for (const listener of this.listeners) await listener.afterIngest(tx, outcome.affected);
      await tx.flush();
      return outcome;
    });
  }
}

function toDomainError(error: unknown): unknown {
  if (error instanceof UsageRecordError) return new DomainError(ErrorCode.USAGE_RECORD_INVALID, error.message, `records.${error.row}${error.field ? `.${error.field}` : ''}`);
  return error;
}

function asDomainErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw toDomainError(error);
  }
}

async function asDomainErrorsAsync<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toDomainError(error);
  }
}
