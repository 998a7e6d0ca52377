import type { MikroORM } from '@mikro-orm/postgresql';

export type SqlCount<T> = { result: T; count: number; statements: string[] };

/**
 * Counts the SQL statements sent while `work` runs (via knex's query event), so tests can prove that a list query
 * costs the same number of statements for 1 row as for 100 (no N+1).
 */
export async function countStatements<T>(orm: MikroORM, work: () => Promise<T>): Promise<SqlCount<T>> {
  const knex = orm.em.getConnection().getKnex();
  const statements: string[] = [];
  const listener = (query: { sql: string }) => statements.push(query.sql);
  knex.on('query', listener);
  try {
    const result = await work();
    return { result, count: statements.length, statements };
  } finally {
    knex.off('query', listener);
  }
}
