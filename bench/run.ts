/**
 * Load benchmark (not a test): the real server in its own process on a throwaway database, autocannon on loopback.
 *   pnpm bench                      → PostgreSQL server at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
 *   BENCH_SECONDS=10 pnpm bench     → seconds per scenario (default 10)
 *   BENCH_CONNECTIONS=20 pnpm bench → concurrent connections (default 20)
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { demoAdminEmail, DEMO_PASSWORD } from '../server/src/seed/demo.js';
import { createTestDatabase } from '../server/test/database.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const port = 4900 + Math.floor(Math.random() * 90);
const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../server');

process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = await createTestDatabase();
const clientUrl = 'clientUrl' in database.connection ? database.connection.clientUrl : '';

const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  cwd: serverDir,
  env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'error', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: clientUrl },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
try {
  await waitForHealth(base);
  const login = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: LoginInput!) { login(input: $i) { errors { code } } }',
      variables: { i: { email: demoAdminEmail('acme-cloud'), password: DEMO_PASSWORD } },
    }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];

  const scenarios = [
    { name: 'GET /healthz (select 1)', path: '/healthz' },
    { name: 'me (session + account + role)', query: '{ me { id email role { name } permissions } }' },
    { name: 'roles(first: 20) + totalCount', query: '{ roles(first: 20) { totalCount edges { node { id name permissions } } } }' },
    { name: 'auditLog(first: 50)', query: '{ auditLog(first: 50) { edges { node { id operation entityType at } } } }' },
  ];
  console.log(`Partner Center load: ${seconds}s per scenario, ${connections} connections, server process on PostgreSQL, NODE_ENV=production`);
  for (const s of scenarios) {
    const result = await autocannon({
      url: `${base}${s.path ?? '/graphql'}`,
      method: s.query ? 'POST' : 'GET',
      connections,
      duration: seconds,
      headers: { 'content-type': 'application/json', cookie },
      body: s.query ? JSON.stringify({ query: s.query }) : undefined,
    });
    console.log(
      `${s.name.padEnd(32)} ${String(Math.round(result.requests.average)).padStart(6)} req/s  ` +
        `p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  non-2xx ${result.non2xx}  errors ${result.errors}`,
    );
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await database.close();
}

async function waitForHealth(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not become healthy within 60 s');
}
