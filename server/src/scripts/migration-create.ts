/**
 * Writes a new migration under src/migrations from the difference between the entities and a database migrated
 * to the latest committed migration (a fresh embedded PGlite, so nothing to set up).
 */
import 'reflect-metadata';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../app/database.js';
import { openOrm } from '../app/orm.js';

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pc-migration-'));
const database = await openDatabase({ dataDir, dbPoolMax: 1 });
const orm = await openOrm(database);
try {
  const result = await orm.getMigrator().createMigration(undefined, false, process.argv.includes('--initial'));
  console.log(result.fileName ? `created ${result.fileName}` : 'no changes: the migrations match the entities');
} finally {
  await orm.close();
  await database.close();
  await fs.rm(dataDir, { recursive: true, force: true });
}
