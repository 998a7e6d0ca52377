/**
 * Loads synthetic usage records for the customers already in a PostgreSQL server database (their open associations):
 *   pnpm seed:usage --records 1000000 [--months 12] [--seed 1] [--chunk 500000] [--lanes N] [--database-url postgres://…]
 * DATABASE_URL (or --database-url) must name the PostgreSQL server: COPY does not work with the embedded PGlite.
 * The same seed gives the same transaction ids (the Beijing month is part of them), so running it twice the same day adds
 * nothing; use another --seed to add more. --lanes: connections applying at the same time (default: one per core, at
 * most four; each takes the records of its own partners).
 * The chunks skip the per-batch budget alerts; once loaded, the current month's budget thresholds are checked once
 * (R-BU-2), as an ingestion would have.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../app/config.js';
import { openOrm } from '../app/orm.js';
import { createServices } from '../app/services.js';
import { runAsSystem } from '../common/audit/audit-scope.js';
import { systemClock } from '../common/clock.js';
import { crossTenantEm } from '../common/db/tenant.js';
import { beijingMonth } from '../modules/budget/budget.service.js';
import { generateUsageRecords } from '../seed/usage-generator.js';
import { defaultLoadingLanes, loadUsageRecords, openLoadingSessions } from '../seed/usage-loader.js';

// `pnpm seed:usage -- --records N` passes the `--` through: drop it, or every option would be a positional.
const args = process.argv.slice(2);
if (args[0] === '--') args.shift();
const { values } = parseArgs({
  args,
  options: {
    records: { type: 'string' },
    months: { type: 'string', default: '12' },
    seed: { type: 'string', default: '1' },
    chunk: { type: 'string', default: '500000' },
    lanes: { type: 'string' },
    'database-url': { type: 'string' },
  },
  allowPositionals: true,
});

const records = Number(values.records);
const months = Number(values.months);
const chunkSize = Number(values.chunk);
const lanes = values.lanes === undefined ? defaultLoadingLanes() : Number(values.lanes);
if (
  !Number.isInteger(records) || records <= 0 || !Number.isInteger(months) || months < 1 || months > 120 ||
  !Number.isInteger(chunkSize) || chunkSize <= 0 || !Number.isInteger(lanes) || lanes < 1 || lanes > 16
) {
  console.error('usage: pnpm seed:usage --records N [--months 12] [--seed S] [--chunk 500000] [--lanes 1..16] [--database-url postgres://…]');
  process.exit(1);
}
const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) {
  console.error(
    'seed:usage loads with COPY FROM STDIN, which needs the PostgreSQL server (the embedded PGlite cannot do it).\n' +
      'Set DATABASE_URL or pass --database-url, e.g. --database-url postgres://postgres@127.0.0.1:5432/partner_center',
  );
  process.exit(2);
}

const clients = await openLoadingSessions(databaseUrl, lanes);
const client = clients[0];
try {
  const { rows } = await client.query<{ customer_id: string; started_at: Date }>(
    `select customer_id, started_at from customer_association where ended_at is null order by customer_id`,
  );
  if (rows.length === 0) {
    console.error('No customer has an open association in this database: nothing to generate records for.');
    process.exit(1);
  }
  const now = new Date();
  const customers = rows.map((r) => ({ id: r.customer_id, associationStartedAt: new Date(r.started_at) }));
  console.log(`Generating ${records.toLocaleString('en-US')} records over ${months} Beijing months for ${customers.length} customers (seed ${values.seed}, ${chunkSize.toLocaleString('en-US')} per chunk, ${lanes} lane(s))…`);
  const outcome = await loadUsageRecords(clients, generateUsageRecords({ customers, records, months, now, seed: values.seed }), {
    now,
    chunkSize,
    onChunk: (p) =>
      console.log(
        `  ${p.loaded.toLocaleString('en-US').padStart(12)} / ${records.toLocaleString('en-US')}  ` +
          `${Math.round(p.loaded / (p.elapsedMs / 1000)).toLocaleString('en-US')} records/s  ` +
          `(chunk: copy ${(p.chunk.copyMs / 1000).toFixed(1)} s, apply ${(p.chunk.applyMs / 1000).toFixed(1)} s)`,
      ),
  });
  const seconds = outcome.elapsedMs / 1000;
  console.log(
    `Done: ${outcome.accepted.toLocaleString('en-US')} records added, ${outcome.duplicates.toLocaleString('en-US')} already there, ` +
      `in ${seconds.toFixed(1)} s (${Math.round(outcome.loaded / seconds).toLocaleString('en-US')} records/s).`,
  );
  console.log(`Budget alerts of ${beijingMonth(now).slice(0, 7)}: ${await alertBudgets(databaseUrl, now)} threshold(s) reached and notified.`);
} finally {
  await Promise.all(clients.map((c) => c.end()));
}

/** R-BU-2 after a bulk load: every reseller budget's thresholds of the current month, once (already notified ones stay quiet). */
async function alertBudgets(clientUrl: string, now: Date): Promise<number> {
  const orm = await openOrm({ connection: { clientUrl }, poolMax: 2 }, false);
  try {
    const { budgets } = createServices(loadConfig({ ...process.env, DATABASE_URL: clientUrl }), systemClock);
    const month = beijingMonth(now);
    return await runAsSystem('system:seedUsageBudgetAlerts', systemClock, () =>
      crossTenantEm(orm.em.fork()).transactional(async (em) => {
        const rows = await em.execute<{ partner_id: string; customer_id: string }[]>(`select b.partner_id, b.customer_id from customer_budget b join customer_association a on a.partner_id = b.partner_id and a.customer_id = b.customer_id ` +
            `where b.amount is not null and a.ended_at is null and a.model = 'RESELLER'`);
        const alerted = await budgets.checkThresholds(em, rows.map((r) => ({ partnerId: r.partner_id, customerId: r.customer_id, month })));
        await em.flush();
        return alerted;
      }),
    );
  } finally {
    await orm.close();
  }
}
