import { numberedParameters } from '../../common/db/prepared-statements.js';
import { DELTA_KEYS, deltaSelectSql, NO_MANAGER, SUM_COLUMNS, ROLLUP_GRAINS, rollupCascadeSql, rollupUpsertSql, type RollupGrain } from './rollups.js';
import { UsageRecordError, type StagedUsageRecord } from './usage-record.validation.js';

/**
 * Runs SQL with `?` placeholders inside the caller's transaction and returns the rows. MikroORM's `em.execute` is one;
 * `pgExecutor` adapts a node-postgres client (the bulk loader).
 */
export type SqlExecutor = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export function pgExecutor(client: { query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }): SqlExecutor {
  return async (sql, params = []) => (await client.query(numberedParameters(sql), params)).rows;
}

/** A (partner, customer, billing month) whose spend changed: what budget alerts re-check (R-BU-2). */
export type AffectedCustomerMonth = { partnerId: string; customerId: string; month: string; reseller: boolean };

export type IngestionOutcome = { accepted: number; duplicates: number; affected: AffectedCustomerMonth[] };

export const STAGING_TABLE = 'usage_staging';
/** A reassignment's records pre-aggregated by `DELTA_KEYS`: what it moves between managers in every manager-keyed grain. */
export const DELTA_TABLE = 'usage_delta';

/** The staging columns, in COPY order (the bulk loader writes them in this order). */
export const STAGING_COLUMNS = [
  'row_no', 'transaction_id', 'customer_id', 'kind', 'transacted_at', 'billing_month', 'day', 'product', 'resource_type',
  'resource_id', 'specification', 'region', 'availability_zone', 'billing_mode', 'marketplace', 'list_price', 'discount',
  'amount_due', 'cash', 'coupon', 'monthly_settlement',
] as const;

const STAGING_TYPES: Record<(typeof STAGING_COLUMNS)[number], string> = {
  row_no: 'int', transaction_id: 'varchar(64)', customer_id: 'uuid', kind: 'varchar(20)', transacted_at: 'timestamptz(3)',
  billing_month: 'date', day: 'date', product: 'varchar(50)', resource_type: 'varchar(100)', resource_id: 'varchar(100)',
  specification: 'varchar(200)', region: 'varchar(50)', availability_zone: 'varchar(50)', billing_mode: 'varchar(20)',
  marketplace: 'boolean', list_price: 'numeric(20,8)', discount: 'numeric(20,8)', amount_due: 'numeric(20,8)',
  cash: 'numeric(20,8)', coupon: 'numeric(20,8)', monthly_settlement: 'numeric(20,8)',
};

const STAGED_DEFINITION = STAGING_COLUMNS.map((c) => `"${c}" ${STAGING_TYPES[c]}`).join(', ');
const STAGED_COLUMN_LIST = STAGING_COLUMNS.map((c) => `"${c}"`).join(', ');

const RECORD_COLUMNS = [...STAGING_COLUMNS.filter((c) => c !== 'row_no'), 'partner_id', 'billed_to_partner'];

/** A session-local table the batch is staged in; it disappears with the transaction (commit or rollback). */
export async function createStaging(exec: SqlExecutor): Promise<void> {
  await exec(`create temp table "${STAGING_TABLE}" (${STAGED_DEFINITION}, "partner_id" uuid, "manager_id" uuid, "billed_to_partner" boolean) on commit drop`);
}

/** The delta table of this transaction (see `DELTA_TABLE`). */
async function createDelta(exec: SqlExecutor): Promise<void> {
  const keys = DELTA_KEYS.map((k) => `"${k}" ${k === 'partner_id' || k === 'manager_id' ? 'uuid' : STAGING_TYPES[k]}`);
  const sums = SUM_COLUMNS.map((c) => `"${c}" bigint`);
  await exec(`create temp table "${DELTA_TABLE}" (${[...keys, ...sums].join(', ')}) on commit drop`);
}

/** Adds validated records to the staging table in one statement (one JSON parameter, exact numeric parsing). */
export async function stageRecords(exec: SqlExecutor, records: readonly StagedUsageRecord[]): Promise<void> {
  if (records.length === 0) return;
  await exec(
    `insert into "${STAGING_TABLE}" (${STAGED_COLUMN_LIST}) select ${STAGED_COLUMN_LIST} from jsonb_to_recordset(?::jsonb) as r(${STAGED_DEFINITION})`,
    [JSON.stringify(records)],
  );
}

/**
 * A CSV import's rows wait here (keyed by the import) while the file streams in, each chunk in its own short statement:
 * no transaction stays open for the length of an upload, so the single connection of the embedded database (and a
 * pooled one on a server) is free between chunks for progress and every other request. The rows reach the records only
 * through `moveImportRowsToStaging` in the applying transaction; a failed or interrupted import's rows are deleted.
 */
export const IMPORT_ROWS_TABLE = 'usage_import_row';

export async function stageImportRows(exec: SqlExecutor, importId: string, records: readonly StagedUsageRecord[]): Promise<void> {
  if (records.length === 0) return;
  await exec(
    `insert into "${IMPORT_ROWS_TABLE}" ("import_id", ${STAGED_COLUMN_LIST}) ` +
      `select ?::uuid, ${STAGED_COLUMN_LIST} from jsonb_to_recordset(?::jsonb) as r(${STAGED_DEFINITION})`,
    [importId, JSON.stringify(records)],
  );
}

/** In the applying transaction: the import's rows become this transaction's staging batch. */
export async function moveImportRowsToStaging(exec: SqlExecutor, importId: string): Promise<void> {
  await exec(
    `with moved as (delete from "${IMPORT_ROWS_TABLE}" where import_id = ?::uuid returning ${STAGED_COLUMN_LIST}) ` +
      `insert into "${STAGING_TABLE}" (${STAGED_COLUMN_LIST}) select ${STAGED_COLUMN_LIST} from moved order by row_no`,
    [importId],
  );
}

export async function deleteImportRows(exec: SqlExecutor, importId: string): Promise<void> {
  await exec(`delete from "${IMPORT_ROWS_TABLE}" where import_id = ?::uuid`, [importId]);
}

/** Rows of imports that are no longer running (failed, interrupted, or a delete that did not happen). */
export async function deleteOrphanImportRows(exec: SqlExecutor): Promise<void> {
  await exec(
    `delete from "${IMPORT_ROWS_TABLE}" r where not exists (select 1 from usage_import i where i.id = r.import_id and i.status = 'RUNNING')`,
  );
}

/**
 * Moves the staged batch into the records and rollups, all in the caller's transaction:
 * 1. a transaction id twice in the batch or stored before in another month, or a customer with no partner association
 *    at the record's time, rejects the whole batch (row number and reason);
 * 2. records whose transaction id is stored already are dropped (a resent batch adds nothing);
 * 3. the rest is appended to the month partitions and added to every rollup grain.
 */
export async function applyStaged(exec: SqlExecutor, now: Date, options: { trusted?: boolean } = {}): Promise<IngestionOutcome> {
  if (!options.trusted) {
    // One batch at a time: two batches sending one transaction id with times in two months do not conflict on the key
    // (transaction id, billing month), so each must see what the other stored. Held until commit; the bulk loader takes it
    // itself, once per chunk for all its lanes.
    await exec(`select pg_advisory_xact_lock(${INGESTION_LOCK})`);
    const [twice] = await exec(
      `select transaction_id, min(row_no) as first_row, max(row_no) as last_row from "${STAGING_TABLE}" group by transaction_id having count(*) > 1 order by 2 limit 1`,
    );
    if (twice) {
      throw new UsageRecordError(Number(twice.last_row), 'transactionId', `repeats the transaction id ${String(twice.transaction_id)} of row ${String(twice.first_row)}`);
    }
  }
  // The customers' associations are share-locked first: a reassignment of their account manager (which moves the
  // association's sums between managers) waits for this batch, and this batch sees a reassignment committed before.
  await exec(
    `select a.id from customer_association a where a.customer_id in (select distinct customer_id from "${STAGING_TABLE}") order by a.id for share`,
  );
  // The partner, model and account manager of the customer's association open at the time of the record (R-CU-1: at
  // most one).
  await exec(
    `update "${STAGING_TABLE}" s set partner_id = a.partner_id, billed_to_partner = (a.model = 'RESELLER'), ` +
      `manager_id = coalesce(a.account_manager_id, '${NO_MANAGER}'::uuid) from customer_association a ` +
      `where a.customer_id = s.customer_id and a.started_at <= s.transacted_at and (a.ended_at is null or a.ended_at > s.transacted_at)`,
  );
  const [orphan] = await exec(`select row_no, customer_id from "${STAGING_TABLE}" where partner_id is null order by row_no limit 1`);
  if (orphan) {
    throw new UsageRecordError(Number(orphan.row_no), 'customerId', `customer ${String(orphan.customer_id)} has no partner association at the transaction time`);
  }
  // The rollups group the whole batch once per grain: let those sorts run in memory (this transaction only).
  await exec(`set local work_mem = '128MB'`);
  await exec(`select ensure_expenditure_partition(m) from (select distinct billing_month as m from "${STAGING_TABLE}") months`);
  if (!options.trusted) {
    // The key is (transaction id, billing month): a record resent with a time in another month would not conflict and
    // would count twice. A plain join on the key's index: the planner probes each partition per row for a small batch
    // and merges whole indexes for a big import (100,000 rows against 2 M records: 0.13 s, where per-row probes took
    // 1.6 s). The trusted bulk loader's ids are new by construction.
    const [moved] = await exec(
      `select s.row_no, s.transaction_id, to_char(r.billing_month, 'YYYY-MM') as month from "${STAGING_TABLE}" s ` +
        `join expenditure_record r on r.transaction_id = s.transaction_id and r.billing_month <> s.billing_month order by s.row_no limit 1`,
    );
    if (moved) {
      throw new UsageRecordError(
        Number(moved.row_no),
        'transactionId',
        `the transaction id ${String(moved.transaction_id)} was ingested before in billing month ${String(moved.month)}; a record cannot move to another month (send an adjustment instead)`,
      );
    }
  }
  // Append what is new; a transaction id already stored (the billing system sends a record again with the same time, so
  // the same month) conflicts on the key and is dropped from the batch, so the rollups below see new records only.
  const columns = RECORD_COLUMNS.map((c) => `"${c}"`).join(', ');
  const [{ duplicates }] = await exec(
    `with inserted as (insert into expenditure_record (${columns}, "ingested_at") select ${columns}, ?::timestamptz from "${STAGING_TABLE}" ` +
      // Key order makes concurrent batches with shared ids lock in the same order; a trusted bulk load has no such peers.
      `${options.trusted ? '' : 'order by transaction_id '}on conflict (transaction_id, billing_month) do nothing returning transaction_id) ` +
      `, dropped as (delete from "${STAGING_TABLE}" s where not exists (select 1 from inserted i where i.transaction_id = s.transaction_id) returning 1) ` +
      `select count(*)::int as duplicates from dropped`,
    [now.toISOString()],
  );
  const [{ accepted }] = await exec(`select count(*)::int as accepted from "${STAGING_TABLE}"`);
  if (Number(accepted) === 0) return { accepted: 0, duplicates: Number(duplicates), affected: [] };

  for (const sql of rollupCascadeSql(`"${STAGING_TABLE}"`, 'records')) await exec(sql);
  await exec(
    `insert into expenditure_freshness (partner_id, last_ingested_at, last_transacted_at) ` +
      `select partner_id, ?::timestamptz, max(transacted_at) from "${STAGING_TABLE}" group by partner_id order by partner_id ` +
      `on conflict (partner_id) do update set last_ingested_at = excluded.last_ingested_at, ` +
      `last_transacted_at = greatest(expenditure_freshness.last_transacted_at, excluded.last_transacted_at)`,
    [now.toISOString()],
  );
  // The spends that changed, for budget alerts; the bulk loader (trusted) does not alert, so it skips this pass.
  const affected = options.trusted
    ? []
    : await exec(`select distinct partner_id, customer_id, to_char(billing_month, 'YYYY-MM-DD') as month, billed_to_partner from "${STAGING_TABLE}"`);
  return {
    accepted: Number(accepted),
    duplicates: Number(duplicates),
    affected: affected.map((r) => ({
      partnerId: String(r.partner_id),
      customerId: String(r.customer_id),
      month: String(r.month),
      reseller: Boolean(r.billed_to_partner),
    })),
  };
}

/**
 * The advisory lock key that serialises ingestion batches (`applyStaged`, not trusted), the bulk loader's chunks and the
 * bill runs that have bills to issue.
 */
export const INGESTION_LOCK = `hashtext('usage_ingestion')`;

/** 22003 numeric_value_out_of_range: a rollup sum (units of 10^-8 in a bigint) would pass its range. */
export function isRollupOverflow(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '22003';
}

/** The grains keyed by account manager: what a reassignment moves. */
const MANAGER_KEYED: readonly RollupGrain[] = ROLLUP_GRAINS.filter((g) => g.family !== 'partner');

export type UsageReassignment = {
  partnerId: string;
  customerId: string;
  /** When the (open) association started: its records are the customer's with this partner since then. */
  startedAt: Date;
  fromManagerId: string | null;
  toManagerId: string | null;
};

/**
 * R-EX-4 after R-CU-11: moves an open association's sums from its former account manager to the new one in every
 * manager-keyed grain (from the raw records: an association holds a customer's records only), in the caller's
 * transaction, which must hold the association's row lock (ingestion share-locks it, so no batch is half-counted).
 * Rows left with no records are deleted, so a manager's dashboard has no empty keys.
 */
export async function reassignUsageRollups(exec: SqlExecutor, move: UsageReassignment): Promise<void> {
  const from = move.fromManagerId ?? NO_MANAGER;
  const to = move.toManagerId ?? NO_MANAGER;
  if (from === to) return;
  await createDelta(exec);
  // The association's sums, negated under the former manager; then the same rows, positive, under the new one.
  const records =
    `(select r.*, ?::uuid as manager_id from expenditure_record r where r.partner_id = ?::uuid and r.customer_id = ?::uuid ` +
    `and r.transacted_at >= ?::timestamptz) x`;
  await exec(`insert into "${DELTA_TABLE}" ${deltaSelectSql(records, -1)}`, [from, move.partnerId, move.customerId, move.startedAt.toISOString()]);
  const keys = DELTA_KEYS.map((k) => (k === 'manager_id' ? '?::uuid' : `"${k}"`)).join(', ');
  await exec(`insert into "${DELTA_TABLE}" select ${keys}, ${SUM_COLUMNS.map((c) => `-"${c}"`).join(', ')} from "${DELTA_TABLE}"`, [to]);
  for (const grain of MANAGER_KEYED) {
    await exec(rollupUpsertSql(grain, `"${DELTA_TABLE}"`));
    await exec(`delete from "${grain.table}" where partner_id = ?::uuid and manager_id = ?::uuid and records = 0`, [move.partnerId, from]);
  }
  await exec(`drop table "${DELTA_TABLE}"`);
}
