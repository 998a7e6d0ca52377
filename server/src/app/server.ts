import 'reflect-metadata';
import type { FastifyInstance } from 'fastify';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { DestinationStream } from 'pino';
import { loadConfig, type Config } from './config.js';
import { openDatabase, type Database } from './database.js';
import { openOrm } from './orm.js';
import { createSchema } from './schema.js';
import { createServices, type Services } from './services.js';
import { createHttpApp } from './http.js';
import { systemClock, type Clock } from '../common/clock.js';
import { seedDemoData } from '../seed/demo.js';
import { STALE_IMPORT_MS } from '../modules/expenditure/usage-import.service.js';

const HOUSEKEEPING_INTERVAL_MS = 3600_000;

export type RunningServer = {
  app: FastifyInstance;
  orm: MikroORM;
  database: Database;
  config: Config;
  url: string;
  seeded: boolean;
  services: Services;
  close(): Promise<void>;
};

/** Boot order: config → database → ORM + migrations → demo data (first start only) → HTTP. */
export async function startServer(
  options: { config?: Config; clock?: Clock; database?: Database; logStream?: DestinationStream } = {},
): Promise<RunningServer> {
  const config = options.config ?? loadConfig();
  const clock = options.clock ?? systemClock;
  const database = options.database ?? (await openDatabase(config));
  let orm: MikroORM | undefined;
  try {
    orm = await openOrm(database);
    const seeded = config.demoData ? await seedDemoData(orm.em.fork(), clock, { usage: config.demoUsage }) : false;
    const services = createServices(config, clock);
    await services.uploads.ensureDirectory();
    const openOrmRef = orm;
    const app = await createHttpApp({ config, orm, clock, services, schema: await createSchema(), logStream: options.logStream });
    await app.listen({ host: config.host, port: config.port });
    // R-PA-6: certificates renew on 31 January; an hourly check (and one at start) catches the day whenever it comes.
    const renewCertificates = () =>
      services.partnerPrograms
        .renewDueCertificates(openOrmRef.em.fork())
        .then((renewed) => renewed > 0 && app.log.info({ renewed }, 'program certificates renewed'))
        .catch((error) => app.log.error({ err: error }, 'certificate renewal failed'));
    await renewCertificates();
    // R-EX-6: the monthly bill run (due from 00:00 on the 4th, Beijing time); hourly, idempotent, catches up.
    const issueBills = () =>
      services.bills
        .issueDueBills(openOrmRef.em.fork())
        .then((issued) => issued > 0 && app.log.info({ issued }, 'partner bills issued'))
        .catch((error) => app.log.error({ err: error }, 'bill run failed'));
    await issueBills();
    // Imports whose process or client is gone fail (nothing of them was written); on the embedded database this process
    // is the only one, so every import still running at start was interrupted.
    const failInterruptedImports = (quietSince: Date) =>
      services.usageImports
        .failInterrupted(openOrmRef.em.fork(), quietSince)
        .then((failed) => failed > 0 && app.log.warn({ failed }, 'interrupted usage imports failed'))
        .catch((error) => app.log.error({ err: error }, 'usage import housekeeping failed'));
    const quietImportsSince = () => new Date(clock.now().getTime() - STALE_IMPORT_MS);
    await failInterruptedImports(database.embedded ? clock.now() : quietImportsSince());
    const housekeeping = setInterval(() => {
      services.auth.purgeExpired(openOrmRef.em.fork()).catch((error) => app.log.error({ err: error }, 'session housekeeping failed'));
      void renewCertificates();
      void issueBills();
      void failInterruptedImports(quietImportsSince());
      services.uploads.purgeUnattached(openOrmRef.em.fork()).catch((error) => app.log.error({ err: error }, 'upload housekeeping failed'));
    }, HOUSEKEEPING_INTERVAL_MS);
    housekeeping.unref();
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    let closing: Promise<void> | undefined;
    return {
      app,
      orm,
      database,
      config,
      url: `http://127.0.0.1:${port}`,
      seeded,
      services,
      close() {
        // Drain HTTP first (in-flight requests finish), then the ORM, then the embedded database.
        closing ??= (async () => {
          clearInterval(housekeeping);
          // Requests that began before the close keep their keep-alive sockets; reap each one as soon as it is idle.
          const reaper = setInterval(() => app.server.closeIdleConnections(), 250);
          try {
            await app.close();
          } finally {
            clearInterval(reaper);
          }
          await openOrmRef.close();
          if (!options.database) await database.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await orm?.close().catch(() => {});
    if (!options.database) await database.close().catch(() => {});
    throw error;
  }
}
