import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { MEMORY, openDatabase, type Database } from '../src/app/database.js';

/**
 * A fresh, empty database for one test file: a database created (and later dropped) on the PostgreSQL server named
 * by TEST_DATABASE_URL, or else an in-memory embedded PGlite.
 */
export async function createTestDatabase(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openDatabase({ dataDir: MEMORY, dbPoolMax: 1 });
  return createServerDatabase(serverUrl);
}

/** A fresh database on the PostgreSQL server (dropped on close), for what needs the server whatever the test mode (COPY). */
export async function createServerDatabase(serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'): Promise<Database> {
  const name = `pc_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    connection: { clientUrl: url.toString() },
    poolMax: 5,
    embedded: false,
    async close() {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
