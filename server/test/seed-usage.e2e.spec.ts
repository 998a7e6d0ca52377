import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/app/database.js';
import { Account } from '../src/modules/account/account.entity.js';
import { demoAdminEmail } from '../src/seed/demo.js';
import { createServerDatabase } from './database.js';
import { startTestServer, type GqlClient, type TestServer } from './test-server.js';
import { run } from './usage-kit.js';

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

  it('R-BU-2 R-EX-2 loads records with COPY into records and rollups, adds nothing with the same seed, and alerts the budgets reached this month once', async () => {
    const tailspin = (await server.orm.em.fork().findOneOrFail(Account, { email: TAILSPIN })).id;
    expect((await run(acme, SET_BUDGET, { input: { customerId: tailspin, amount: '0.01' } })).setCustomerBudget.errors).toEqual([]);

    const first = await seedUsage(url, '--records', '3000', '--months', '1', '--seed', 'loader-test', '--chunk', '1000');
    expect(first).toMatch(/Done: 3,000 records added, 0 already there/);
    expect(first).toMatch(/Budget alerts of \d{4}-\d{2}: 3 threshold\(s\) reached and notified\./);

    const sql = (text: string) => server.orm.em.fork().getConnection().execute<Record<string, string>[]>(text);
    const [records] = await sql(`select count(*)::text as n, sum(cash)::text as cash from expenditure_record`);
    const [rollup] = await sql(`select sum(records)::text as n, sum(cash)::text as cash from expenditure_rollup_partner_month_total`);
    expect(records).toEqual({ n: '3000', cash: expect.any(String) });
    expect(rollup).toEqual(records);
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
});
