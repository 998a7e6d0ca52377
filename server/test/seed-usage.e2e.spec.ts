import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/app/database.js';
import { Account } from '../src/modules/account/account.entity.js';
import { demoAdminEmail } from '../src/seed/demo.js';
import { generateUsageRecords } from '../src/seed/usage-generator.js';
import { loadUsageRecords, openLoadingSessions } from '../src/seed/usage-loader.js';
import { createServerDatabase } from './database.js';
import { startTestServer, type GqlClient, type TestServer } from './test-server.js';
import { run } from './usage-kit.js';
import { fromUnits } from '../src/modules/expenditure/rollups.js';
import { INGESTION_LOCK } from '../src/modules/expenditure/usage-ingestion.js';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SET_BUDGET = `mutation($input: SetCustomerBudgetInput!) { setCustomerBudget(input: $input) { errors { code message } } }`;
const TAILSPIN = 'admin@tailspin.demo.test'; // acme-cloud, reseller

/** `pnpm seed:usage` as an operator runs it, against the database of the test server. */
async function seedUsage(databaseUrl: string, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/scripts/seed-usage.ts', ...args, '--database-url', databaseUrl], {
    cwd: serverDir,
    timeout: 120_000,
  });
  return stdout;
}

// COPY needs the PostgreSQL server, so this file uses it in both test modes.
describe('pnpm seed:usage (bulk loader)', () => {
  let database: Database;
  let server: TestServer;
  let acme: GqlClient;
  let url = '';

  beforeAll(async () => {
    database = await createServerDatabase();
    url = 'clientUrl' in database.connection ? String(database.connection.clientUrl) : '';
    server = await startTestServer({ database });
    acme = await server.signIn(demoAdminEmail('acme-cloud'));
  });

  afterAll(async () => {
    await server?.close();
  });

  const sql = (text: string) => server.orm.em.fork().getConnection().execute<Record<string, string>[]>(text);
  const recordCount = async () => Number((await sql(`select count(*)::text as n from expenditure_record`))[0].n);

  /** Synthetic records of this month for the customers with an open association (several partners). */
  async function synthetic(records: number, seed: string, now: Date) {
    const customers = (await sql(`select customer_id, started_at from customer_association where ended_at is null`)).map((r) => ({
      id: r.customer_id,
      associationStartedAt: new Date(r.started_at),
    }));
    return [...generateUsageRecords({ customers, records, months: 1, now, seed, idPrefix: seed.toUpperCase() })];
  }

  const pidOf = async (client: pg.Client) => (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
  /** How many lock requests of these sessions (of one lock type) wait, as `observer` sees it. */
  const waitingLocks = async (observer: pg.Client, pids: number[], locktype: 'advisory' | 'transactionid') =>
    (await observer.query<{ n: number }>(`select count(*)::int as n from pg_locks where not granted and locktype = $2 and pid = any($1::int[])`, [pids, locktype])).rows[0]!.n;

  /**
   * Two loading lanes on the test database, ended afterwards. A lane that waits for another's rows would wait for ever
   * (the other commits only once both have applied): here it fails after 30 s instead, and later tests are not held up.
   */
  async function withTwoLanes(work: (clients: Awaited<ReturnType<typeof openLoadingSessions>>) => Promise<void>) {
    const clients = await openLoadingSessions(url, 2);
    await Promise.all(clients.map((c) => c.query(`set lock_timeout = '30s'`)));
    try {
      await work(clients);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  }

  it('R-BU-2 R-EX-2 loads records with COPY into records and rollups, adds nothing with the same seed, and alerts the budgets reached this month once', async () => {
    const tailspin = (await server.orm.em.fork().findOneOrFail(Account, { email: TAILSPIN })).id;
    expect((await run(acme, SET_BUDGET, { input: { customerId: tailspin, amount: '0.01' } })).setCustomerBudget.errors).toEqual([]);

    // Three lanes: each chunk is applied by three connections at once, each with the customers of its own partners.
    const first = await seedUsage(url, '--records', '3000', '--months', '1', '--seed', 'loader-test', '--chunk', '1000', '--lanes', '3');
    expect(first).toMatch(/Done: 3,000 records added, 0 already there/);
    expect(first).toMatch(/Budget alerts of \d{4}-\d{2}: 3 threshold\(s\) reached and notified\./);

    const [records] = await sql(`select count(*)::text as n, sum(cash)::text as cash from expenditure_record`);
    const [rollup] = await sql(`select sum(records)::text as n, ${fromUnits('sum(cash)')}::text as cash from expenditure_rollup_partner_month_total`);
    expect(records).toEqual({ n: '3000', cash: expect.any(String) });
    expect(rollup).toEqual(records);
    const perCustomer = `select customer_id::text as customer, sum(records)::text as n, ${fromUnits('sum(cash)')}::text as cash from expenditure_rollup_customer_day group by 1 order by 1`;
    const perCustomerRecords = `select customer_id::text as customer, count(*)::text as n, sum(cash)::text as cash from expenditure_record group by 1 order by 1`;
    expect(await sql(perCustomer)).toEqual(await sql(perCustomerRecords));
    const alerts = await sql(`select threshold::text from budget_alert where customer_id = '${tailspin}' order by budget_alert.threshold`);
    expect(alerts.map((a) => a.threshold)).toEqual(['75', '90', '100']);

    // The same seed gives the same transaction ids: nothing is added, nothing alerts twice.
    const again = await seedUsage(url, '--records', '3000', '--months', '1', '--seed', 'loader-test', '--chunk', '1000');
    expect(again).toMatch(/Done: 0 records added, 3,000 already there/);
    expect(again).toMatch(/: 0 threshold\(s\) reached and notified\./);
    expect((await sql(`select count(*)::text as n from expenditure_record`))[0]).toEqual({ n: '3000' });
    const notified = await sql(`select title from notification where title like 'Tailspin Toys reached %' order by title`);
    expect(new Set(notified.map((n) => n.title))).toEqual(
      new Set(['Tailspin Toys reached 75 % of its monthly budget', 'Tailspin Toys reached 90 % of its monthly budget', 'Tailspin Toys reached 100 % of its monthly budget']),
    );
  });

  it('R-EX-2 a chunk whose records fail in one lane is rolled back in every lane: nothing of it is stored', async () => {
    const before = await recordCount();
    const now = new Date();
    const good = await synthetic(500, 'lane-failure', now);
    // Customers of several partners, so both lanes get records; the last record's customer has no association.
    expect(new Set(good.map((r) => r.customer_id)).size).toBeGreaterThan(3);
    const orphan = { ...good[0], row_no: 501, transaction_id: 'LANE-ORPHAN', customer_id: '00000000-0000-4000-8000-0000000000aa' };
    await withTwoLanes(async (clients) => {
      await expect(loadUsageRecords(clients, [...good, orphan], { now, chunkSize: 1000 })).rejects.toThrow(/has no partner association/);
      expect(await recordCount()).toBe(before);
      // The same records without the bad one load in full.
      const outcome = await loadUsageRecords(clients, good, { now, chunkSize: 1000 });
      expect(outcome).toMatchObject({ loaded: 500, accepted: 500, duplicates: 0 });
      expect(await recordCount()).toBe(before + 500);
    });
  });

  it('R-EX-6 a chunk waits for the ingestion lock (held by a bill run or an API batch)', async () => {
    const before = await recordCount();
    const now = new Date();
    const records = await synthetic(400, 'lock-wait', now);
    const [holder] = await openLoadingSessions(url, 1);
    try {
      await holder.query('begin');
      await holder.query(`select pg_advisory_xact_lock(${INGESTION_LOCK})`);
      await withTwoLanes(async (clients) => {
        const pids = await Promise.all(clients.map(pidOf));
        const loading = loadUsageRecords(clients, records, { now, chunkSize: 1000 });
        loading.catch(() => undefined);
        // A lane of the loader queues for the lock; nothing is stored meanwhile.
        await expect.poll(() => waitingLocks(holder!, pids, 'advisory'), { timeout: 10_000 }).toBe(1);
        expect(await recordCount()).toBe(before);
        await holder.query('commit');
        expect(await loading).toMatchObject({ loaded: 400, accepted: 400 });
        expect(await recordCount()).toBe(before + 400);
      });
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await holder.end();
    }
  });

  it('R-EX-6 a chunk holds the ingestion lock until every lane has applied: a bill run waiting for it sees the whole chunk', async () => {
    const before = await recordCount();
    const now = new Date();
    const records = await synthetic(400, 'lock-hold', now);
    const [bergmann] = await sql(
      `select a.id, a.customer_id from customer_association a join customer_profile c on c.id = a.customer_id where c.company_name = 'Bergmann Maschinenbau AG' and a.ended_at is null`,
    );
    expect(records.some((r) => r.customer_id === bergmann!.customer_id)).toBe(true);
    const [rowHolder, billRun] = await openLoadingSessions(url, 2);
    await billRun!.query(`set lock_timeout = '30s'`);
    try {
      // The lane with Bergmann's records stops at its association, row-locked here, while the chunk is being applied.
      await rowHolder!.query('begin');
      await rowHolder!.query(`select id from customer_association where id = $1 for update`, [bergmann!.id]);
      await withTwoLanes(async (clients) => {
        const lanePids = await Promise.all(clients.map(pidOf));
        const billRunPid = await pidOf(billRun!);
        const loading = loadUsageRecords(clients, records, { now, chunkSize: 1000 });
        loading.catch(() => undefined);
        await expect.poll(() => waitingLocks(rowHolder!, lanePids, 'transactionid'), { timeout: 10_000 }).toBe(1);
        // A bill run asks for the ingestion lock meanwhile: it waits, and once it has it, it sees all of the chunk. (A lock
        // released before the lanes apply fails this at once; the first lane committing before the others only sometimes.)
        await billRun!.query('begin');
        const locked = billRun!.query(`select pg_advisory_xact_lock(${INGESTION_LOCK})`);
        const counted = billRun!.query<{ n: string }>(`select count(*)::text as n from expenditure_record`);
        locked.catch(() => undefined);
        counted.catch(() => undefined);
        await expect.poll(() => waitingLocks(rowHolder!, [billRunPid], 'advisory'), { timeout: 10_000 }).toBe(1);
        await rowHolder!.query('commit');
        await locked;
        expect(Number((await counted).rows[0]!.n)).toBe(before + 400);
        await billRun!.query('commit');
        expect(await loading).toMatchObject({ loaded: 400, accepted: 400 });
      });
    } finally {
      await rowHolder!.query('rollback').catch(() => undefined);
      await billRun!.query('rollback').catch(() => undefined);
      await Promise.all([rowHolder!.end(), billRun!.end()]);
    }
  });

  it('R-EX-2 records of a customer\'s earlier partner load over several lanes: partners that share a customer share a lane', async () => {
    const before = await recordCount();
    const now = new Date();
    // Contoso's Acme association, and the (Beijing) day ten days before it started.
    const [contoso] = await sql(
      `select a.id, a.customer_id, to_char((a.started_at - interval '10 days') at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day ` +
        `from customer_association a join customer_profile c on c.id = a.customer_id where c.company_name = 'Contoso Retail Inc.' and a.ended_at is null`,
    );
    const [dongfang] = await sql(`select a.customer_id, a.partner_id from customer_association a join customer_profile c on c.id = a.customer_id where c.company_name = '东方物流有限公司'`);
    const huayun = dongfang!.partner_id;
    const day = contoso!.day!;
    // Contoso was Huayun's for ten days before it came to Acme, while Dongfang was Huayun's already.
    await sql(
      `insert into customer_association select (jsonb_populate_record(null::customer_association, to_jsonb(a) || jsonb_build_object('id', gen_random_uuid(), ` +
        `'partner_id', '${huayun}', 'account_manager_id', null, 'invitation_id', null, 'discount_rate', null, 'started_at', a.started_at - interval '15 days', 'ended_at', a.started_at - interval '5 days'))).* ` +
        `from customer_association a where a.id = '${contoso!.id}'`,
    );
    const [template] = await synthetic(1, 'moved', now);
    const on = (customer: string, n: number) => ({
      ...template!,
      row_no: n,
      transaction_id: `MOVED-${n}`,
      customer_id: customer,
      transacted_at: `${day}T04:00:00.000Z`,
      billing_month: `${day.slice(0, 7)}-01`,
      day,
    });
    const records = [on(contoso!.customer_id!, 1), on(dongfang!.customer_id!, 2)];
    await withTwoLanes(async (clients) => {
      // Both records are Huayun's: in two lanes, one would wait for the other's rows, which commit only after both apply.
      expect(await loadUsageRecords(clients, records, { now, chunkSize: 1000 })).toMatchObject({ loaded: 2, accepted: 2 });
    });
    expect(await recordCount()).toBe(before + 2);
    const [{ n }] = await sql(`select count(*)::text as n from expenditure_record where transaction_id like 'MOVED-%' and partner_id = '${huayun}'`);
    expect(n).toBe('2');
  });

  it('R-EX-2 a record source that fails while a chunk is applied stops the load with its error; the chunks before it stay', async () => {
    const before = await recordCount();
    const now = new Date();
    const records = await synthetic(300, 'source-failure', now);
    // The second chunk is read while the first is applied, and the source breaks in it.
    function* breaking() {
      yield* records;
      throw new Error('the billing export broke');
    }
    await withTwoLanes(async (clients) => {
      await expect(loadUsageRecords(clients, breaking(), { now, chunkSize: 200 })).rejects.toThrow('the billing export broke');
      expect(await recordCount()).toBe(before + 200);
    });
  });
});
