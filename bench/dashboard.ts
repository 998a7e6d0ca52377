/**
 * Expenditure dashboard benchmark (not a test) on a throwaway database on the PostgreSQL server:
 * bulk-load synthetic usage records, then time the dashboard queries (rollups) against the same answer computed from
 * the raw rows, and check both agree to the last decimal.
 *   pnpm bench:dashboard
 *   BENCH_DATABASE_URL   server (default postgres://postgres@127.0.0.1:5432/postgres)
 *   BENCH_PARTNERS=100 BENCH_CUSTOMERS=20000 BENCH_RECORDS=10000000 BENCH_CHUNK=500000
 *   BENCH_LANES (connections loading at the same time; default one per core, at most four)
 *   BENCH_ITERATIONS=30 (rollup queries per case) BENCH_RAW_ITERATIONS=BENCH_ITERATIONS (raw queries per case)
 *   BENCH_SEED=1  BENCH_PROFILE=1 (print the slow statements of each load chunk)
 *   BENCH_KEEP_DATABASE=1 (keep the loaded database for a look with psql; drop it yourself)
 *   BENCH_REUSE_DATABASE=<url of a kept database> (run the queries only, on data loaded earlier today)
 * Exits non-zero when a rollup answer differs from the raw one.
 */
import os from 'node:os';
import { systemClock } from '../server/src/common/clock.js';
import { beijingDate } from '../server/src/common/beijing-time.js';
import { API_SESSION_SQL, openOrm } from '../server/src/app/orm.js';
import { ExpenditureDimension } from '../server/src/modules/expenditure/expenditure.enums.js';
import { pgExecutor, type SqlExecutor } from '../server/src/modules/expenditure/usage-ingestion.js';
import { preparedExecutor } from '../server/src/common/db/prepared-statements.js';
import { distribution, rawDistribution, type FigureRow } from '../server/src/modules/expenditure/statistics.queries.js';
import { syncBuiltInRoles } from '../server/src/modules/organization/built-in-roles.js';
import { beijingMonthStart, generateUsageRecords } from '../server/src/seed/usage-generator.js';
import { connectLoader, createBaseData, defaultLoadingLanes, loadUsageRecords, openLoadingSessions, type BasePartner, type BaseData } from '../server/src/seed/usage-loader.js';
import { createTestDatabase } from '../server/test/database.js';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const PARTNERS = env('BENCH_PARTNERS', 100);
const CUSTOMERS = env('BENCH_CUSTOMERS', 20_000);
const RECORDS = env('BENCH_RECORDS', 10_000_000);
const CHUNK = env('BENCH_CHUNK', 500_000);
const LANES = env('BENCH_LANES', defaultLoadingLanes());
const ITERATIONS = env('BENCH_ITERATIONS', 30);
const RAW_ITERATIONS = env('BENCH_RAW_ITERATIONS', ITERATIONS);
const SEED = process.env.BENCH_SEED ?? '1';
const MONTHS = 12;

const TARGET_P95_MS = 50;
const TARGET_SPEEDUP = 20;
const TARGET_LOAD_1M_S = 60;

process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const line = (s = '') => console.log(s);
const fmt = (n: number) => n.toLocaleString('en-US');
if (process.env.BENCH_REUSE_DATABASE) process.exit(await queriesOnly(process.env.BENCH_REUSE_DATABASE));
const database = await createTestDatabase();
const url = 'clientUrl' in database.connection ? database.connection.clientUrl : undefined;
if (!url) throw new Error('the dashboard benchmark needs the PostgreSQL server (BENCH_DATABASE_URL)');

let failures = 0;
try {
  const now = new Date();
  const orm = await openOrm(database);
  await syncBuiltInRoles(orm.em.fork(), systemClock);
  await orm.close();

  const clients = await openLoadingSessions(url, LANES);
  const client = clients[0];
  try {
    const dataStart = beijingMonthStart(now, MONTHS - 1);
    line(await machineProbe(client));
    line(`Expenditure dashboard benchmark: ${fmt(PARTNERS)} partners, ${fmt(CUSTOMERS)} customers, ${fmt(RECORDS)} records over ${MONTHS} Beijing months from ${beijingDate(dataStart)}; database ${new URL(url).pathname.slice(1)}`);

    // ---- base data
    let t = performance.now();
    const associationStartedAt = beijingMonthStart(now, MONTHS); // a month before the data (≈13 months ago)
    const base = await createBaseData(client, { partners: PARTNERS, customers: CUSTOMERS, associationStartedAt, now, seed: SEED });
    line(`Base data: ${fmt(PARTNERS)} partners (administrator, director, 4 managers each), ${fmt(CUSTOMERS)} customers in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    // ---- records
    let firstMillionSeconds: number | null = null;
    const outcome = await loadUsageRecords(
      clients,
      generateUsageRecords({ customers: base.customers, records: RECORDS, months: MONTHS, now, seed: SEED, idPrefix: 'BENCH' }),
      {
        now,
        chunkSize: CHUNK,
        onStatement: process.env.BENCH_PROFILE ? (sql, ms) => ms > 200 && line(`    ${(ms / 1000).toFixed(2).padStart(6)} s  ${sql.slice(0, 110)}`) : undefined,
        onChunk: (p) => {
          if (firstMillionSeconds === null && p.loaded >= Math.min(1_000_000, RECORDS)) firstMillionSeconds = (p.elapsedMs / 1000) * (1_000_000 / p.loaded);
          line(
            `  loaded ${fmt(p.loaded).padStart(11)}  ${fmt(Math.round(p.loaded / (p.elapsedMs / 1000))).padStart(7)} records/s  ` +
              `chunk ${fmt(p.chunk.records)}: csv wait+copy ${(p.chunk.copyMs / 1000).toFixed(1)} s, apply ${(p.chunk.applyMs / 1000).toFixed(1)} s`,
          );
        },
      },
    );
    const loadSeconds = outcome.elapsedMs / 1000;
    const perMillion = firstMillionSeconds ?? 0;
    line(`Load (${LANES} lane${LANES === 1 ? '' : 's'}): ${fmt(outcome.accepted)} records in ${loadSeconds.toFixed(1)} s = ${fmt(Math.round(outcome.loaded / loadSeconds))} records/s`);
    line(`  first 1,000,000 records: ${perMillion.toFixed(1)} s${RECORDS < 1_000_000 ? ' (extrapolated)' : ''}   target ≤ ${TARGET_LOAD_1M_S} s  ${perMillion <= TARGET_LOAD_1M_S ? 'OK' : 'MISSED'}`);
    line(`  per 1,000,000 overall: ${((loadSeconds * 1_000_000) / Math.max(1, outcome.loaded)).toFixed(1)} s`);

    t = performance.now();
    await client.query('vacuum analyze');
    line(`VACUUM ANALYZE: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const sizes = await client.query<{ name: string; size: string }>(
      `select 'records' as name, pg_size_pretty(sum(pg_total_relation_size(c.oid))) as size from pg_class c where c.relname like 'expenditure_record_%' and c.relkind = 'r' ` +
        `union all select 'rollups', pg_size_pretty(sum(pg_total_relation_size(c.oid))) from pg_class c where c.relname like 'expenditure_rollup_%' and c.relkind = 'r'`,
    );
    line(`Sizes: ${sizes.rows.map((r) => `${r.name} ${r.size}`).join(', ')}`);

    // ---- queries
    // Fresh sessions (the loading session changed some settings): the rollup queries run as the API runs them (its
    // session settings, prepared statements), the raw GROUP BY with the server's defaults (parallel plans allowed).
    const api = await connectLoader(url);
    const raw = await connectLoader(url);
    try {
      await api.query(API_SESSION_SQL);
      failures += await runQueries(preparedExecutor(api), pgExecutor(raw), base, now);
    } finally {
      await api.end();
      await raw.end();
    }
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
} catch (error) {
  failures++;
  console.error(error);
} finally {
  if (process.env.BENCH_KEEP_DATABASE) line(`Kept the database: ${url}`);
  else await database.close();
}
if (failures > 0) {
  console.error(`FAILED: ${failures} mismatch(es) or error(s)`);
  process.exit(1);
}

/**
 * How fast this machine is, so figures from different machines (and sessions) can be compared: one CPU-bound loop in
 * this process, one CPU-bound aggregate in the database, and the round trip a rollup read cannot go below.
 */
async function machineProbe(client: { query: (sql: string) => Promise<unknown> }): Promise<string> {
  let t = performance.now();
  let sum = 0;
  for (let i = 0; i < 300_000_000; i++) sum += i;
  const loopS = (performance.now() - t) / 1000;
  t = performance.now();
  await client.query('select sum(g::numeric) from generate_series(1, 5000000) g');
  const aggregateMs = performance.now() - t;
  const trips: number[] = [];
  for (let i = 0; i < 200; i++) {
    t = performance.now();
    await client.query('select 1');
    trips.push(performance.now() - t);
  }
  trips.sort((a, b) => a - b);
  return (
    `Machine: ${os.cpus().length} cores; 3e8 JS additions ${loopS.toFixed(2)} s${sum > 0 ? '' : '!'}; ` +
    `sum of 5,000,000 numerics ${aggregateMs.toFixed(0)} ms; round trip (select 1, median) ${trips[100]!.toFixed(3)} ms`
  );
}

/** A persona's account managers (null: all customers); the raw queries filter by their customers instead. */
/** The queries on a database kept by an earlier run (BENCH_KEEP_DATABASE): its partners, members and customers. */
async function queriesOnly(reuseUrl: string): Promise<number> {
  const orm = await openOrm({ connection: { clientUrl: reuseUrl }, poolMax: 1 }); // applies new migrations, if any
  await orm.close();
  const [api, raw] = [await connectLoader(reuseUrl), await connectLoader(reuseUrl)];
  try {
    await api.query(API_SESSION_SQL);
    line(await machineProbe(raw));
    const members = await raw.query<{ id: string; partner_id: string; email: string; led_by_id: string | null }>(
      `select id, partner_id, email, led_by_id from account where kind = 'PARTNER_MEMBER' order by email`,
    );
    const partnerRows = await raw.query<{ id: string; slug: string }>(`select id, slug from partner where slug like 'bench-%' order by slug`);
    const partners: BasePartner[] = partnerRows.rows.map((p) => {
      const of = members.rows.filter((m) => m.partner_id === p.id);
      const id = (prefix: string) => of.find((m) => m.email.startsWith(`${prefix}@`))?.id ?? '';
      const managers = of.filter((m) => /^manager\d+@/.test(m.email));
      return {
        id: p.id,
        slug: p.slug,
        administratorId: id('admin'),
        directorId: id('director'),
        managerIds: managers.map((m) => m.id),
        ledManagerIds: managers.filter((m) => m.led_by_id === id('director')).map((m) => m.id),
      };
    });
    const customerRows = await raw.query<{ customer_id: string; partner_id: string; account_manager_id: string | null; started_at: Date }>(
      `select customer_id, partner_id, account_manager_id, started_at from customer_association where ended_at is null`,
    );
    const customers = customerRows.rows.map((c) => ({ id: c.customer_id, partnerId: c.partner_id, managerId: c.account_manager_id, associationStartedAt: c.started_at }));
    line(`Queries only, on ${new URL(reuseUrl).pathname.slice(1)}: ${fmt(partners.length)} partners, ${fmt(customers.length)} customers`);
    return await runQueries(preparedExecutor(api), pgExecutor(raw), { partners, customers }, new Date());
  } finally {
    await api.end();
    await raw.end();
  }
}

type Persona = { name: string; managers: (p: BasePartner) => readonly string[] | null };

async function runQueries(exec: SqlExecutor, rawExec: SqlExecutor, base: BaseData, now: Date): Promise<number> {
  const today = beijingDate(now);
  const firstMonth = beijingDate(beijingMonthStart(now, MONTHS - 1));
  const lastDayOfMonth = beijingDate(new Date(beijingMonthStart(now, -1).getTime() - 1));
  const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const monthAgo = (n: number) => beijingDate(beijingMonthStart(now, n));
  const ranges = {
    months: { label: `12 months ${firstMonth}..${lastDayOfMonth}`, range: { from: firstMonth, to: lastDayOfMonth } },
    days: { label: `30 days ${shift(today, -29)}..${today}`, range: { from: shift(today, -29), to: today } },
    partial: { label: `partial months ${shift(monthAgo(5), 9)}..${shift(monthAgo(2), 19)}`, range: { from: shift(monthAgo(5), 9), to: shift(monthAgo(2), 19) } },
  };
  const cases: { dimension: ExpenditureDimension; range: keyof typeof ranges }[] = [
    ...[ExpenditureDimension.CUSTOMER, ExpenditureDimension.PRODUCT, ExpenditureDimension.REGION, ExpenditureDimension.BILLING_MODE, ExpenditureDimension.MONTH].map((dimension) => ({ dimension, range: 'months' as const })),
    { dimension: ExpenditureDimension.DAY, range: 'days' },
    ...Object.values(ExpenditureDimension).map((dimension) => ({ dimension, range: 'partial' as const })),
  ];

  // A few partners: the largest, a middle one and a small one (by customers).
  const counts = new Map<string, number>();
  for (const c of base.customers) counts.set(c.partnerId, (counts.get(c.partnerId) ?? 0) + 1);
  const bySize = [...base.partners].filter((p) => counts.get(p.id)).sort((a, b) => counts.get(b.id)! - counts.get(a.id)!);
  const partners = [...new Set([bySize[0], bySize[Math.floor(bySize.length / 2)], bySize[bySize.length - 1]])];
  const personas: Persona[] = [
    { name: 'administrator', managers: () => null },
    { name: 'director', managers: (p) => [p.directorId, ...p.ledManagerIds] },
    { name: 'manager', managers: (p) => [p.managerIds[0]] },
  ];
  line();
  line(`Queries: partners ${partners.map((p) => `${p.slug} (${counts.get(p.id)} customers)`).join(', ')}; ${ITERATIONS} rollup / ${RAW_ITERATIONS} raw iterations per case, cycling over the partners`);
  for (const [key, r] of Object.entries(ranges)) line(`  ${key}: ${r.label}`);
  line(`Targets: rollup p95 ≤ ${TARGET_P95_MS} ms, ≥ ${TARGET_SPEEDUP}× faster than raw (p50), identical rows and totals`);
  line();
  line(`${'persona'.padEnd(14)}${'dimension'.padEnd(14)}${'range'.padEnd(9)}${'rows'.padStart(6)}  ${'rollup p50'.padStart(10)} ${'p95'.padStart(7)}  ${'raw p50'.padStart(9)} ${'p95'.padStart(8)}  ${'speed-up'.padStart(8)}  check`);

  let failures = 0;
  const allRollup: number[] = [];
  const speedups: number[] = [];
  // Per persona: all its cases one after the other, as a dashboard session would ask them (sums of the p50s).
  const sessions: { persona: string; rollup: number; raw: number; met: number; cases: number }[] = [];
  for (const persona of personas) {
    const session = { persona: persona.name, rollup: 0, raw: 0, met: 0, cases: 0 };
    sessions.push(session);
    const scopes = partners.map((p) => {
      const managerIds = persona.managers(p);
      const customerIds = managerIds && base.customers.filter((c) => c.partnerId === p.id && c.managerId && managerIds.includes(c.managerId)).map((c) => c.id);
      return { partnerId: p.id, managerIds, customerIds };
    });
    for (const c of cases) {
      const range = ranges[c.range].range;
      // Untimed warm-up, alike for both: a scope's first query of a case pays once for a new statement, cold pages and
      // code paths (a 30-day read took 0.9–11 ms the first time and 0.45–0.5 ms from then on).
      for (const scope of scopes) {
        await rawDistribution(rawExec, scope, range, c.dimension);
        await distribution(exec, scope, range, c.dimension);
      }
      const expected = new Map<string, string>();
      const rawTimes: number[] = [];
      for (let i = 0; i < Math.max(RAW_ITERATIONS, scopes.length); i++) {
        const scope = scopes[i % scopes.length];
        const t = performance.now();
        const answer = await rawDistribution(rawExec, scope, range, c.dimension);
        rawTimes.push(performance.now() - t);
        expected.set(scope.partnerId, canonical(answer));
      }
      const rollupTimes: number[] = [];
      let mismatch = '';
      let rows = 0;
      for (let i = 0; i < ITERATIONS; i++) {
        const scope = scopes[i % scopes.length];
        const t = performance.now();
        const answer = await distribution(exec, scope, range, c.dimension);
        rollupTimes.push(performance.now() - t);
        rows = Math.max(rows, answer.rows.length);
        const got = canonical(answer);
        if (got !== expected.get(scope.partnerId) && !mismatch) mismatch = firstDifference(expected.get(scope.partnerId)!, got);
      }
      const rollup = { p50: percentile(rollupTimes, 50), p95: percentile(rollupTimes, 95) };
      const raw = { p50: percentile(rawTimes, 50), p95: percentile(rawTimes, 95) };
      const speedup = raw.p50 / rollup.p50;
      allRollup.push(...rollupTimes);
      speedups.push(speedup);
      session.rollup += rollup.p50;
      session.raw += raw.p50;
      session.cases++;
      if (speedup >= TARGET_SPEEDUP) session.met++;
      if (mismatch) failures++;
      const flags = [rollup.p95 > TARGET_P95_MS ? 'p95>target' : '', speedup < TARGET_SPEEDUP ? 'slow-vs-raw' : ''].filter(Boolean).join(' ');
      line(
        `${persona.name.padEnd(14)}${c.dimension.padEnd(14)}${c.range.padEnd(9)}${String(rows).padStart(6)}  ${ms(rollup.p50).padStart(10)} ${ms(rollup.p95).padStart(7)}  ` +
          `${ms(raw.p50).padStart(9)} ${ms(raw.p95).padStart(8)}  ${`${speedup.toFixed(1)}×`.padStart(8)}  ${mismatch ? `MISMATCH ${mismatch}` : 'identical'}${flags ? `  [${flags}]` : ''}`,
      );
    }
  }
  line();
  const overallP95 = percentile(allRollup, 95);
  const minSpeedup = Math.min(...speedups);
  for (const s of sessions) {
    line(`  ${s.persona.padEnd(14)} all ${s.cases} cases: rollup ${ms(s.rollup)} ms, raw ${ms(s.raw)} ms (${(s.raw / s.rollup).toFixed(1)}×); ≥ ${TARGET_SPEEDUP}× in ${s.met} of ${s.cases}`);
  }
  line(`Summary: rollup p95 over all cases ${ms(overallP95)} ms (target ≤ ${TARGET_P95_MS}) ${overallP95 <= TARGET_P95_MS ? 'OK' : 'MISSED'}; ` +
    `speed-up min ${minSpeedup.toFixed(1)}×, median ${percentile(speedups, 50).toFixed(1)}× (target ≥ ${TARGET_SPEEDUP}×) ${minSpeedup >= TARGET_SPEEDUP ? 'OK' : 'MISSED'}; ` +
    `totals and rows ${failures === 0 ? 'identical in every case' : `DIFFER in ${failures} case(s)`}`);
  return failures;
}

/** Rows sorted by key plus totals, as text: identical answers give identical text, to the last decimal. */
function canonical(answer: { rows: FigureRow[]; totals: FigureRow }): string {
  const row = (r: FigureRow) => [r.key, r.records, r.listPrice, r.discount, r.amountDue, r.cash, r.coupon, r.amount, r.revenue].join('|');
  return [...answer.rows.map(row).sort(), `TOTAL ${row(answer.totals)}`].join('\n');
}

function firstDifference(expected: string, got: string): string {
  const a = expected.split('\n');
  const b = got.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return `raw «${a[i] ?? '(none)'}» vs rollup «${b[i] ?? '(none)'}» (${a.length} vs ${b.length} lines)`;
  return '';
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function ms(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}
