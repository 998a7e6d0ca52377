import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataloaderType, MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Database } from './database.js';
import { entities } from './entities.js';
import { migrationsList } from '../migrations/index.js';
import { AuditSubscriber } from '../common/audit/audit.subscriber.js';

const migrationsPath = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

/**
 * Session settings of every API connection.
 * - No parallel plans. The API's statements are small and many run at once: a parallel plan's worker start-up (several
 *   ms) costs more than it saves, and on a shared server one request should not take the cores of others. (The planner
 *   overrates rollup scans and chose parallel plans that ran 10-20× slower.)
 * - Generic plans for prepared statements. Only the statistics reads are prepared with parameters (MikroORM writes the
 *   values into the text), in a few fixed shapes whose best plan does not depend on the values. Left to choose, the
 *   server planned them again on every read, because a range it cannot see looks dearer: 0.46 ms a read instead of 0.30.
 */
export const API_SESSION_SQL = 'set max_parallel_workers_per_gather = 0; set plan_cache_mode = force_generic_plan';
/**
 * Run on every new API connection before its settings. The embedded database keeps its one session when a client
 * disconnects (an idle pooled connection closes after 30 s), prepared statements included, while the new client knows
 * none of them and would prepare one under a name already taken (`preparedExecutorOf`). On a server it does nothing.
 */
const FORGET_PREPARED_SQL = 'deallocate all';

export function ormOptions(database: Pick<Database, 'connection' | 'poolMax'>): Options {
  return {
    ...database.connection,
    entities,
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    ignoreUndefinedInQuery: true,
    // Tenant scoping is a filter on each tenant-owned table; joining every relation to re-check it adds nothing.
    autoJoinRefsForFilters: false,
    pool: {
      min: 0,
      max: database.poolMax,
      afterCreate: (connection: { query: (sql: string, done: (error: Error | null) => void) => void }, done: (error: Error | null, connection: unknown) => void) => {
        connection.query(`${FORGET_PREPARED_SQL}; ${API_SESSION_SQL}`, (error) => done(error, connection));
      },
    },
    subscribers: [new AuditSubscriber()],
    extensions: [Migrator],
    migrations: {
      path: migrationsPath,
      pathTs: migrationsPath,
      glob: '!(*.d|index).{js,ts}',
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
    // No implicit schema changes: the committed migrations are the only source of DDL.
    // Usage records are partitioned and their rollups written in SQL; their DDL is hand-written in the migrations.
    schemaGenerator: { disableForeignKeys: false, skipTables: [/^expenditure_(record|freshness|rollup)/, /^usage_import_row$/] },
    debug: false,
  };
}

export async function openOrm(database: Pick<Database, 'connection' | 'poolMax'>, migrate = true): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(database));
  if (migrate) await orm.getMigrator().up();
  return orm;
}
