import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import {
  applyStaged,
  createStaging,
  deleteImportRows,
  isRollupOverflow,
  moveImportRowsToStaging,
  stageImportRows,
  stageRecords,
  type AffectedCustomerMonth, type IngestionOutcome, type SqlExecutor } from './usage-ingestion.js';
import { MAX_ROLLUP_MONEY } from './rollups.js';
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

/** What the import (UsageImportService) does at each step of `ingestImport`. */
export type ImportHooks = {
  /** After each staged chunk, with the rows read so far: records progress (and that the import is alive). */
  staged(rowsRead: number): Promise<void>;
  /** First thing in the applying transaction: locks the import, which must still be running. */
  applying(tx: EntityManager): Promise<void>;
  /** Last thing in the applying transaction: the import's outcome, committed with the records. */
  settle(tx: EntityManager, outcome: IngestionOutcome): Promise<void>;
};

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
    return this.ingest(em, async (tx) => {
      for (let i = 0; i < staged.length; i += STAGE_CHUNK) await stageRecords(executorOf(tx), staged.slice(i, i + STAGE_CHUNK));
    });
  }

  /**
   * A streamed import (CSV): rows are validated and staged chunk by chunk as they arrive, each chunk committed on its own
   * into the import's rows (so no transaction is held open for the upload), then applied in one transaction. A bad row,
   * a refusal or a dropped connection deletes the staged rows: nothing reaches the records.
   */
  async ingestImport(em: EntityManager, importId: string, rows: AsyncIterable<RawUsageRecord>, hooks: ImportHooks): Promise<IngestionOutcome> {
    const now = this.clock.now();
    const exec = executorOf(em);
    try {
      let chunk: StagedUsageRecord[] = [];
      let row = 0;
      for await (const raw of rows) {
        row += 1;
        chunk.push(asDomainErrors(() => validateUsageRecord(row, raw, now)));
        if (chunk.length >= STAGE_CHUNK) {
          await stageImportRows(exec, importId, chunk);
          chunk = [];
          await hooks.staged(row);
        }
      }
      await stageImportRows(exec, importId, chunk);
      await hooks.staged(row);
      if (row === 0) throw new DomainError(ErrorCode.VALIDATION, 'The file holds no records.', 'file');
      return await this.ingest(
        em,
        async (tx) => {
          await hooks.applying(tx);
          await moveImportRowsToStaging(executorOf(tx), importId);
        },
        hooks.settle,
      );
    } finally {
      // After a commit the rows are gone already; after a failure this removes them (housekeeping retries if it fails).
      await deleteImportRows(exec, importId).catch(() => {});
    }
  }

  private async ingest(
    em: EntityManager,
    stage: (tx: EntityManager) => Promise<void>,
    settle?: (tx: EntityManager, outcome: IngestionOutcome) => Promise<void>,
  ): Promise<IngestionOutcome> {
    return em.transactional(async (tx) => {
      const exec = executorOf(tx);
      await createStaging(exec);
      await stage(tx);
      const outcome = await asDomainErrorsAsync(() => applyStaged(exec, this.clock.now()));
      for (const listener of this.listeners) await listener.afterIngest(tx, outcome.affected);
      await settle?.(tx, outcome);
      await tx.flush();
      return outcome;
    });
  }
}

function toDomainError(error: unknown): unknown {
  if (error instanceof UsageRecordError) return new DomainError(ErrorCode.USAGE_RECORD_INVALID, error.message, `records.${error.row}${error.field ? `.${error.field}` : ''}`);
  // A rollup sum would overflow; the batch rolls back.
  if (isRollupOverflow(error)) {
    return new DomainError(ErrorCode.USAGE_RECORD_INVALID, `The batch would take a statistics sum (of a partner's day or month) past ±${MAX_ROLLUP_MONEY}; nothing was stored.`, 'records');
  }
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
