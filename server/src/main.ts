import { ConfigError, loadConfig } from './app/config.js';
import { startServer } from './app/server.js';
import { DEMO_PASSWORD, demoLogins } from './seed/demo.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const server = await startServer({ config });
  const log = server.app.log;
  const where = server.database.embedded ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : 'PostgreSQL server (DATABASE_URL)';
  log.info({ database: where, url: server.url }, 'Partner Center is up');
  if (config.demoData) {
    const lines = demoLogins().map((l) => `  ${l.email.padEnd(34)} ${l.role}`).join('\n');
    console.log(
      `\nPartner Center: console http://localhost:${new URL(server.url).port}/  API http://localhost:${new URL(server.url).port}/graphql\n` +
        `Database: ${where}${server.seeded ? ' (demo data loaded)' : ''}\nDemo logins (password "${DEMO_PASSWORD}"):\n${lines}\n`,
    );
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (error) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error) => {
  console.error('Partner Center failed to start:', error instanceof Error ? error.message : error);
  if (error instanceof Error && error.stack) console.error(error.stack);
  process.exit(1);
});
