/**
 * Bulk loading for benchmarks on the PostgreSQL server (not PGlite: COPY FROM STDIN needs the wire protocol):
 * - `createBaseData`: partners with an administrator, an account director and account managers, and customers
 *   (account + profile + association) spread over the partners, in multi-row inserts;
 * - `loadUsageRecords`: records COPY'd into the ingestion staging table and applied with `applyStaged` (trusted: the
 *   generator's ids are unique), in chunks applied by several connections (lanes) at a time.
 */
import os from 'node:os';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { hashPassword } from '../modules/account/password.js';
import { applyStaged, createStaging, INGESTION_LOCK, pgExecutor, STAGING_COLUMNS, STAGING_TABLE } from '../modules/expenditure/usage-ingestion.js';
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
  /**
   * This chunk: records, and milliseconds for COPY (waiting for the chunk's CSV, generated during the previous apply,
   * and COPY in every lane) and for applying (until the last lane is done).
   */
  chunk: { records: number; copyMs: number; applyMs: number };
};

export type LoadOptions = {
  now: Date;
  /** Records per chunk (default 500,000), split over the lanes; each lane applies its part in one transaction. */
  chunkSize?: number;
  onChunk?: (progress: LoadProgress) => void;
  /** Called with each statement's duration in applyStaged (to find the slow step). */
  onStatement?: (sql: string, ms: number) => void;
};

export type LoadOutcome = { loaded: number; accepted: number; duplicates: number; elapsedMs: number };

/** Lanes (connections applying at the same time) that suit this machine: one per core, at most four. */
export function defaultLoadingLanes(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

/** `lanes` connections prepared for loading (`prepareLoadingSession`); the caller ends them. */
export async function openLoadingSessions(connectionString: string, lanes: number): Promise<pg.Client[]> {
  const clients: pg.Client[] = [];
  try {
    for (let i = 0; i < lanes; i++) {
      clients.push(await connectLoader(connectionString));
      await prepareLoadingSession(clients[i]);
    }
  } catch (error) {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
    throw error;
  }
  return clients;
}

const COPY_SQL = `copy "${STAGING_TABLE}" (${STAGING_COLUMNS.map((c) => `"${c}"`).join(', ')}) from stdin with (format csv)`;

type LaneCsv = { blocks: Buffer[]; records: number };
type CsvChunk = { lanes: LaneCsv[]; records: number; months: string[]; done: boolean };

/** CSV text gathered in buffers of 1 MiB: kept outside the JavaScript heap, a chunk waiting for COPY costs the collector nothing. */
const BLOCK_BYTES = 1 << 20;

class CsvBlocks {
  readonly blocks: Buffer[] = [];
  records = 0;
  private buffer = Buffer.allocUnsafe(BLOCK_BYTES);
  private used = 0;

  add(line: string): void {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    if (this.used + line.length * 3 > BLOCK_BYTES) this.flush();
    this.used += this.buffer.write(line, this.used);
    this.records++;
  }

  done(): LaneCsv {
    if (this.used > 0) this.flush();
    return { blocks: this.blocks, records: this.records };
  }

  private flush(): void {
    this.blocks.push(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(BLOCK_BYTES);
    this.used = 0;
  }
}

/**
 * The CSV text (COPY's input) of up to `limit` records from `source`, split by lane. Yields to the event loop every
 * 2,000 records, so that it runs while the database applies the previous chunk.
 */
async function csvChunk(source: Iterator<StagedUsageRecord>, limit: number, laneOf: (customerId: string) => number, lanes: number): Promise<CsvChunk> {
  const out = Array.from({ length: lanes }, () => new CsvBlocks());
  const months = new Set<string>();
  let records = 0;
  let done = false;
  while (records < limit && !done) {
    for (let i = 0; i < 2000 && records < limit; i++) {
      const next = source.next();
      if (next.done) {
        done = true;
        break;
      }
      out[laneOf(next.value.customer_id)].add(usageCsvLine(next.value));
      months.add(next.value.billing_month);
      records++;
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return { lanes: out.map((l) => l.done()), records, months: [...months], done };
}

/**
 * The lane of each customer: all customers of a partner share a lane, so lanes never add to the same rollup rows (every
 * rollup key starts with the partner) and never wait for each other's row locks. That matters: a lane waiting for
 * another's row would wait for its commit, which comes only after every lane has applied, and neither could go on.
 * Partners that share a customer (one that moved between them: its records belong to the partner of their time) share
 * a lane too (with many such moves, few groups and so few busy lanes are left). Groups are dealt out by size, the
 * largest first, to the lane with the fewest customers so far. This holds for the associations as they are when the
 * load starts; nothing limits a wait caused by one made during the load. A customer with no association goes to lane 0
 * (its records are refused anyway).
 */
async function customerLanes(client: pg.Client, lanes: number): Promise<(customerId: string) => number> {
  if (lanes === 1) return () => 0;
  const { rows } = await client.query<{ customer_id: string; partner_id: string }>(`select distinct customer_id, partner_id from customer_association`);
  // Union-find over partners: a customer links every partner it was ever associated with.
  const parent = new Map<string, string>();
  const root = (partner: string): string => {
    let r = partner;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const firstPartner = new Map<string, string>();
  for (const { customer_id: customer, partner_id: partner } of rows) {
    if (!parent.has(partner)) parent.set(partner, partner);
    const first = firstPartner.get(customer);
    if (first === undefined) firstPartner.set(customer, partner);
    else parent.set(root(partner), root(first));
  }
  const byGroup = new Map<string, string[]>();
  for (const [customer, partner] of firstPartner) {
    const group = root(partner);
    const customers = byGroup.get(group);
    if (customers) customers.push(customer);
    else byGroup.set(group, [customer]);
  }
  const load = new Array<number>(lanes).fill(0);
  const laneOfCustomer = new Map<string, number>();
  for (const customers of [...byGroup.values()].sort((a, b) => b.length - a.length)) {
    const lane = load.indexOf(Math.min(...load));
    load[lane] += customers.length;
    for (const id of customers) laneOfCustomer.set(id, lane);
  }
  return (customerId) => laneOfCustomer.get(customerId) ?? 0;
}

/** The values of every promise once all have settled; the first failure if any failed. */
async function settled<T>(work: readonly Promise<T>[]): Promise<T[]> {
  const results = await Promise.allSettled(work);
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  return results.map((r) => (r as PromiseFulfilledResult<T>).value);
}

/**
 * Loads the records in chunks. Each chunk is split over the lanes (one connection each, `openLoadingSessions`), which
 * apply their part at the same time, each in its own transaction: staging table, COPY, `applyStaged` (partner
 * resolution, idempotency, partitions, every rollup grain, freshness). The lanes commit only when all of them have
 * applied, and a failure until then rolls back every lane of the chunk and is rethrown. The commits themselves are one
 * per lane: a failure between them (a lost connection) leaves part of the chunk stored. Either way earlier chunks stay,
 * and loading the same records again adds only what is missing (the ids are the key).
 */
export async function loadUsageRecords(clients: readonly pg.Client[], records: Iterable<StagedUsageRecord>, options: LoadOptions): Promise<LoadOutcome> {
  if (clients.length === 0) throw new Error('loadUsageRecords needs at least one connection');
  const chunkSize = options.chunkSize ?? 500_000;
  const onStatement = options.onStatement;
  const executors = clients.map((client) => {
    const plain = pgExecutor(client);
    const exec: typeof plain = onStatement
      ? async (sql, params) => {
          const t = performance.now();
          const rows = await plain(sql, params);
          onStatement(sql, performance.now() - t);
          return rows;
        }
      : plain;
    return exec;
  });
  const laneOf = await customerLanes(clients[0], clients.length);
  const source = records[Symbol.iterator]();
  const started = performance.now();
  let loaded = 0;
  let accepted = 0;
  let duplicates = 0;
  // The next chunk is generated while the current one is applied; a failure of the source is kept for the await that
  // asks for that chunk (without a handler meanwhile, Node would end the process on an unhandled rejection).
  const nextChunk = (): Promise<CsvChunk> => {
    const chunk = csvChunk(source, chunkSize, laneOf, clients.length);
    chunk.catch(() => undefined);
    return chunk;
  };
  let pending = nextChunk();
  for (;;) {
    const copyStarted = performance.now();
    const chunk = await pending;
    if (chunk.records === 0) break;
    // The month partitions first, committed: lanes creating one in their own transactions would wait for each other.
    await clients[0].query(`select ensure_expenditure_partition(m) from unnest($1::date[]) m`, [chunk.months]);
    const lanes = chunk.lanes.map((csv, i) => ({ csv, client: clients[i], exec: executors[i] })).filter((l) => l.csv.records > 0);
    try {
      await settled(lanes.map(({ client }) => client.query('begin')));
      // The chunk holds the ingestion lock, in its first lane, which commits last: a bill run (which takes it to read
      // consistent sums) sees all of the chunk or none of it, and batches sent through the API wait. The other lanes
      // need no lock of their own: whoever waits for this one holds no lock a lane needs.
      await lanes[0]!.client.query(`select pg_advisory_xact_lock(${INGESTION_LOCK})`);
      await settled(
        lanes.map(async ({ csv, client, exec }) => {
          await createStaging(exec);
          await pipeline(Readable.from(csv.blocks), client.query(copyFrom(COPY_SQL)));
          // A temporary table has no statistics until analysed (a small sample is enough for the plans of applyStaged).
          await client.query(`set local default_statistics_target = 10`);
          await client.query(`analyze "${STAGING_TABLE}"`);
        }),
      );
      // The next chunk is generated while the database applies this one.
      pending = chunk.done ? Promise.resolve({ lanes: [], records: 0, months: [], done: true }) : nextChunk();
      const applyStarted = performance.now();
      const outcomes = await settled(lanes.map(({ exec }) => applyStaged(exec, options.now, { trusted: true })));
      await Promise.all(lanes.slice(1).map(({ client }) => client.query('commit')));
      await lanes[0]!.client.query('commit');
      loaded += chunk.records;
      for (const outcome of outcomes) {
        accepted += outcome.accepted;
        duplicates += outcome.duplicates;
      }
      options.onChunk?.({
        loaded,
        accepted,
        duplicates,
        elapsedMs: performance.now() - started,
        chunk: { records: chunk.records, copyMs: applyStarted - copyStarted, applyMs: performance.now() - applyStarted },
      });
    } catch (error) {
      // Every lane of the chunk, including those that had not failed (a rollback outside a transaction only warns); no
      // lane has a statement running any more (`settled`), so none runs on after its rollback.
      await Promise.all(lanes.map(({ client }) => client.query('rollback').catch(() => undefined)));
      await pending.catch(() => undefined); // nothing keeps running after the error is thrown
      throw error;
    }
    if (chunk.done) break;
  }
  return { loaded, accepted, duplicates, elapsedMs: performance.now() - started };
}
