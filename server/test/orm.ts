import type { MikroORM } from '@mikro-orm/postgresql';
import { openOrm } from '../src/app/orm.js';
import { createTestDatabase } from './database.js';

/** A migrated ORM on a fresh database, for service-level tests that need no HTTP server. */
export async function createTestOrm(): Promise<{ orm: MikroORM; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const orm = await openOrm(database);
  return {
    orm,
    async close() {
      await orm.close();
      await database.close();
    },
  };
}
