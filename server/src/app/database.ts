import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Config } from './config.js';

export const MEMORY = 'memory://';

export type Database = {
  /** Connection settings for the PostgreSQL driver. */
  connection: { clientUrl: string } | { host: string; port: number; user: string; dbName: string };
  /** Pool size: PGlite runs one connection; a server gets a real pool. */
  poolMax: number;
  embedded: boolean;
  close(): Promise<void>;
};

/**
 * With DATABASE_URL: that PostgreSQL server. Without: an embedded PostgreSQL (PGlite, WASM) whose data lives in
 * DATA_DIR, served over a private unix socket so the same official driver, SQL and migrations run in both modes.
 */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir' | 'dbPoolMax'>): Promise<Database> {
  if (config.databaseUrl) {
    return { connection: { clientUrl: config.databaseUrl }, poolMax: config.dbPoolMax, embedded: false, close: async () => {} };
  }
  const [{ PGlite }, { PGLiteSocketServer }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-socket'),
  ]);
  // "memory://" keeps the whole database in memory (tests); anything else is a directory that persists.
  const inMemory = config.dataDir === MEMORY;
  if (!inMemory) await fs.mkdir(config.dataDir, { recursive: true });
  const db = await PGlite.create(inMemory ? MEMORY : path.join(config.dataDir, 'pgdata'));
  // Unix socket paths are limited to ~100 bytes, so the socket lives in a short temp dir, not in DATA_DIR.
  const socketDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pc-pg-'));
  const server = new PGLiteSocketServer({ db, path: path.join(socketDir, '.s.PGSQL.5432'), maxConnections: 1 });
  await server.start();
  return {
    connection: { host: socketDir, port: 5432, user: 'postgres', dbName: 'postgres' },
    poolMax: 1,
    embedded: true,
    async close() {
      await server.stop();
      await db.close();
      await fs.rm(socketDir, { recursive: true, force: true });
    },
  };
}
