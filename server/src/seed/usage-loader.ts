/**
 * Bulk loading for benchmarks on the PostgreSQL server (not PGlite: COPY FROM STDIN needs the wire protocol):
 * - `createBaseData`: partners with an administrator, an account director and account managers, and customers
 *   (account + profile + association) spread over the partners, in multi-row inserts;
 * - `loadUsageRecords`: records COPY'd into the ingestion staging table and applied with `applyStaged` (trusted: the
 *   generator's ids are unique), one transaction per chunk.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { hashPassword } from '../modules/account/password.js';
import { applyStaged, createStaging, pgExecutor, STAGING_COLUMNS, STAGING_TABLE } from '../modules/expenditure/usage-ingestion.js';
import type { StagedUsageRecord } from '../modules/expenditure/usage-record.validation.js';
import { Prng, usageCsvLine } from './usage-generator.js';

/** The password of every synthetic member and customer account. */
export const BENCH_PASSWORD = 'bench-password-2026';

/** A connected node-postgres client (for callers outside the server package, e.g. the benchmarks). */
export async function connectLoader(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  return client;
}

/** Session settings that suit one big loading session (memory for the temp staging table, sorts and hashes). */
export async function prepareLoadingSession(client: pg.Client): Promise<void> {
  // temp_buffers must be set before the session first touches a temporary table.
  await client.query(`set temp_buffers = '2GB'`);
  await client.query(`set work_mem = '512MB'`);
  await client.query(`set maintenance_work_mem = '1GB'`);
  await client.query(`set synchronous_commit = off`);
  // JIT compiling the wide aggregates of the rollup upserts costs seconds per statement and gains nothing here.
  await client.query(`set jit = off`);
  // Grouping a chunk into the rollups: sorting beats hashing thousands of groups of wide numeric sums.
  await client.query(`set enable_hashagg = off`);
}

// ---------------------------------------------------------------------------------------------------------------------
// Base data

export type BasePartner = {
  id: string;
  slug: string;
  administratorId: string;
  directorId: string;
  /** The managers the director leads, then one manager led by nobody. */
  managerIds: string[];
  ledManagerIds: string[];
};

export type BaseCustomer = { id: string; partnerId: string; managerId: string | null; associationStartedAt: Date };

export type BaseData = { partners: BasePartner[]; customers: BaseCustomer[] };

export type BaseDataOptions = {
  partners: number;
  customers: number;
  /** Associations start at this instant (minus up to five days). */
  associationStartedAt: Date;
  now: Date;
  seed?: string | number;
  /** Makes slugs and e-mails unique when loading several times into one database (default: the seed). */
  tag?: string;
  /** Account managers per partner (default 4: three led by the director, one by nobody). */
  managersPerPartner?: number;
};

const COUNTRIES = ['CN', 'US', 'DE', 'SG', 'BR', 'ZA', 'IE', 'TH', 'GB', 'FR'];

type Column = readonly [name: string, pgType: string];

/** Multi-row insert of `rows` (column-major through unnest: one statement per 5,000 rows). */
async function insertRows(client: pg.Client, table: string, columns: readonly Column[], rows: readonly unknown[][]): Promise<void> {
  const names = columns.map(([c]) => `"${c}"`).join(', ');
  const unnest = columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ');
  for (let start = 0; start < rows.length; start += 5000) {
    const slice = rows.slice(start, start + 5000);
    const params = columns.map((_, i) => slice.map((row) => row[i]));
    await client.query(`insert into "${table}" (${names}) select * from unnest(${unnest})`, params);
  }
}

async function builtInRoleIds(client: pg.Client): Promise<Record<string, string>> {
  const { rows } = await client.query<{ id: string; built_in_key: string }>(`select id, built_in_key from role where built_in_key is not null and partner_id is null`);
  const ids = Object.fromEntries(rows.map((r) => [r.built_in_key, r.id]));
  for (const key of ['ADMINISTRATOR', 'ACCOUNT_DIRECTOR', 'ACCOUNT_MANAGER']) {
    if (!ids[key]) throw new Error(`The built-in role ${key} is missing: start the server once (or call syncBuiltInRoles) before loading base data.`);
  }
  return ids;
}

/**
 * Creates `partners` partners (administrator, account director, account managers) and `customers` customers spread
 * unevenly over them (both association models; ~20 % of customers without an account manager), in one transaction.
 * The director leads all managers but the last, as `Account.ledBy` records it (R-CU-11, see the customer scope).
 */
export async function createBaseData(client: pg.Client, options: BaseDataOptions): Promise<BaseData> {
  const seed = options.seed ?? 1;
  const tag = (options.tag ?? String(seed)).toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const rng = new Prng(`${seed}:base`);
  const now = options.now.toISOString();
  const managersPerPartner = options.managersPerPartner ?? 4;
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const roles = await builtInRoleIds(client);

  const partners: BasePartner[] = [];
  const partnerRows: unknown[][] = [];
  const memberRows: unknown[][] = [];
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  for (let p = 0; p < options.partners; p++) {
    const id = rng.uuid();
    const slug = `bench-${tag}-p${pad(p + 1, 4)}`;
    const country = COUNTRIES[p % COUNTRIES.length];
    partnerRows.push([id, now, now, `Bench Partner ${pad(p + 1, 4)}`, slug, country]);
    const member = (prefix: string, name: string, roleId: string, ledBy: string | null) => {
      const memberId = rng.uuid();
      memberRows.push([memberId, now, now, 'PARTNER_MEMBER', `${prefix}@${slug}.bench.test`, passwordHash, `${name} (Bench Partner ${pad(p + 1, 4)})`, id, roleId, ledBy]);
      return memberId;
    };
    const administratorId = member('admin', 'Administrator', roles.ADMINISTRATOR, null);
    const directorId = member('director', 'Account Director', roles.ACCOUNT_DIRECTOR, null);
    const managerIds: string[] = [];
    const ledManagerIds: string[] = [];
    for (let m = 0; m < managersPerPartner; m++) {
      const led = m < managersPerPartner - 1;
      const managerId = member(`manager${m + 1}`, `Account Manager ${m + 1}`, roles.ACCOUNT_MANAGER, led ? directorId : null);
      managerIds.push(managerId);
      if (led) ledManagerIds.push(managerId);
    }
    partners.push({ id, slug, administratorId, directorId, managerIds, ledManagerIds });
  }

  // Uneven partner sizes: weights 1..10, a few partners with many customers.
  const partnerWeights = partners.map((_, i) => [i, i < 3 ? 12 : rng.between(1, 10)] as const);
  const customers: BaseCustomer[] = [];
  const customerAccounts: unknown[][] = [];
  const profiles: unknown[][] = [];
  const associations: unknown[][] = [];
  for (let c = 0; c < options.customers; c++) {
    const id = rng.uuid();
    const partner = partners[rng.weighted(partnerWeights)];
    const managerId = rng.chance(200) ? null : rng.pick(partner.managerIds);
    const startedAt = new Date(options.associationStartedAt.getTime() - rng.int(5 * 86_400_000));
    const company = `Bench Customer ${pad(c + 1, 6)}`;
    customerAccounts.push([id, now, now, 'CUSTOMER', `customer${pad(c + 1, 6)}@${tag}.bench.test`, passwordHash, company, null, null, null]);
    profiles.push([id, now, now, id, company, COUNTRIES[rng.int(COUNTRIES.length)]]);
    const reseller = rng.chance(400);
    associations.push([rng.uuid(), now, now, partner.id, id, reseller ? 'RESELLER' : 'REFERRAL', startedAt.toISOString(), managerId]);
    customers.push({ id, partnerId: partner.id, managerId, associationStartedAt: startedAt });
  }

  const accountColumns: Column[] = [
    ['id', 'uuid'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['kind', 'account_kind'], ['email', 'varchar'],
    ['password_hash', 'varchar'], ['display_name', 'varchar'], ['partner_id', 'uuid'], ['role_id', 'uuid'], ['led_by_id', 'uuid'],
  ];
  await client.query('begin');
  try {
    await insertRows(client, 'partner', [['id', 'uuid'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['name', 'varchar'], ['slug', 'varchar'], ['country', 'varchar']], partnerRows);
    // Directors first: managers point at them.
    await insertRows(client, 'account', accountColumns, memberRows.filter((r) => r[9] === null));
    await insertRows(client, 'account', accountColumns, memberRows.filter((r) => r[9] !== null));
    await insertRows(client, 'account', accountColumns, customerAccounts);
    await insertRows(client, 'customer_profile', [['id', 'uuid'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['account_id', 'uuid'], ['company_name', 'varchar'], ['country', 'varchar']], profiles);
    await insertRows(
      client,
      'customer_association',
      [['id', 'uuid'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['partner_id', 'uuid'], ['customer_id', 'uuid'], ['model', 'association_model'], ['started_at', 'timestamptz'], ['account_manager_id', 'uuid']],
      associations,
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  return { partners, customers };
}

// ---------------------------------------------------------------------------------------------------------------------
// Records

export type LoadProgress = {
  /** Records loaded so far (all chunks committed). */
  loaded: number;
  accepted: number;
  duplicates: number;
  elapsedMs: number;
  /** This chunk: records, and milliseconds for COPY and for applying. */
  chunk: { records: number; copyMs: number; applyMs: number };
  /* copyMs: waiting for the chunk's CSV (generated during the previous apply) and COPY. */
};

export type LoadOptions = {
  now: Date;
  /** Records per transaction (default 500,000). */
  chunkSize?: number;
  onChunk?: (progress: LoadProgress) => void;
  /** Called with each statement's duration in applyStaged (to find the slow step). */
  onStatement?: (sql: string, ms: number) => void;
};

export type LoadOutcome = { loaded: number; accepted: number; duplicates: number; elapsedMs: number };

const COPY_SQL = `copy "${STAGING_TABLE}" (${STAGING_COLUMNS.map((c) => `"${c}"`).join(', ')}) from stdin with (format csv)`;

type CsvChunk = { blocks: string[]; records: number; done: boolean };

/**
 * The CSV text (COPY's input, in blocks of 2,000 lines) of up to `limit` records from `source`. Yields to the event
 * loop between blocks, so that it runs while the database applies the previous chunk.
 */
async function csvChunk(source: Iterator<StagedUsageRecord>, limit: number): Promise<CsvChunk> {
  const blocks: string[] = [];
  let records = 0;
  let done = false;
  while (records < limit && !done) {
    let block = '';
    for (let i = 0; i < 2000 && records < limit; i++) {
      const next = source.next();
      if (next.done) {
        done = true;
        break;
      }
      block += usageCsvLine(next.value);
      records++;
    }
    if (block) blocks.push(block);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return { blocks, records, done };
}

/**
 * Loads the records, one transaction per chunk: staging table, COPY, `applyStaged` (partner resolution, idempotency,
 * partitions, every rollup grain, freshness). A chunk that fails rolls back alone; the error is rethrown.
 * Call `prepareLoadingSession` on the client first for speed.
 */
export async function loadUsageRecords(client: pg.Client, records: Iterable<StagedUsageRecord>, options: LoadOptions): Promise<LoadOutcome> {
  const chunkSize = options.chunkSize ?? 500_000;
  const plain = pgExecutor(client);
  const onStatement = options.onStatement;
  const exec: typeof plain = onStatement
    ? async (sql, params) => {
        const t = performance.now();
        const rows = await plain(sql, params);
        onStatement(sql, performance.now() - t);
        return rows;
      }
    : plain;
  const source = records[Symbol.iterator]();
  const started = performance.now();
  let loaded = 0;
  let accepted = 0;
  let duplicates = 0;
  let pending = csvChunk(source, chunkSize);
  for (;;) {
    const copyStarted = performance.now();
    const chunk = await pending;
    if (chunk.records === 0) break;
    await client.query('begin');
    try {
      await createStaging(exec);
      await pipeline(Readable.from(chunk.blocks), client.query(copyFrom(COPY_SQL)));
      // A temporary table has no statistics until analysed (a small sample is enough for the plans of applyStaged).
      await client.query(`set local default_statistics_target = 10`);
      await client.query(`analyze "${STAGING_TABLE}"`);
      // The next chunk is generated while the database applies this one.
      pending = chunk.done ? Promise.resolve({ blocks: [], records: 0, done: true }) : csvChunk(source, chunkSize);
      const applyStarted = performance.now();
      const outcome = await applyStaged(exec, options.now, { trusted: true });
      await client.query('commit');
      loaded += chunk.records;
      accepted += outcome.accepted;
      duplicates += outcome.duplicates;
      options.onChunk?.({
        loaded,
        accepted,
        duplicates,
        elapsedMs: performance.now() - started,
        chunk: { records: chunk.records, copyMs: applyStarted - copyStarted, applyMs: performance.now() - applyStarted },
      });
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      await pending.catch(() => undefined);
      throw error;
    }
    if (chunk.done) break;
  }
  return { loaded, accepted, duplicates, elapsedMs: performance.now() - started };
}
