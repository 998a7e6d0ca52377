import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createTestOrm } from '../../../test/orm.js';
import { preparedExecutorOf } from './prepared-statements.js';

describe('prepared statements (the expenditure statistics reads)', () => {
  let orm: MikroORM;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ orm, close } = await createTestOrm());
  });
  afterAll(() => close());

  const SQL = `select count(*)::int as n from expenditure_freshness where last_transacted_at >= ?::timestamptz`;

  it('prepares a text once per connection under a name derived from it, and answers with the parameters bound', async () => {
    const em = orm.em.fork();
    await em.transactional(async (tx) => {
      const exec = preparedExecutorOf(tx);
      expect(await exec(SQL, ['2000-01-01T00:00:00Z'])).toEqual([{ n: 0 }]);
      expect(await exec(SQL, ['2001-01-01T00:00:00Z'])).toEqual([{ n: 0 }]);
      const prepared = await exec(`select name from pg_prepared_statements where statement like '%expenditure_freshness%' and statement not like '%pg_prepared_statements%'`);
      expect(prepared).toHaveLength(1);
      expect(String(prepared[0].name)).toMatch(/^pc_[A-Za-z0-9_-]{24}$/);
    });
  });

  it('plans a statement once and reuses that plan, whatever the parameters (API sessions force generic plans)', async () => {
    await orm.em.fork().transactional(async (tx) => {
      const exec = preparedExecutorOf(tx);
      const text = `${SQL} and partner_id is not null`; // a text of its own, prepared by this test only
      for (const since of ['2000-01-01T00:00:00Z', '2010-01-01T00:00:00Z', '2020-01-01T00:00:00Z']) await exec(text, [since]);
      // Left to choose, the server would plan each of the first five executions for its own values (custom plans).
      const [plans] = await exec(
        `select generic_plans::int, custom_plans::int from pg_prepared_statements where statement like '%partner_id is not null%' and statement not like '%pg_prepared_statements%'`,
      );
      expect(plans).toEqual({ generic_plans: 3, custom_plans: 0 });
    });
  });

  it('reads through the transaction of the entity manager: it sees what that transaction wrote and has not committed', async () => {
    const em = orm.em.fork();
    await expect(
      em.transactional(async (tx) => {
        await tx.execute(`insert into expenditure_freshness (partner_id, last_ingested_at, last_transacted_at) values (gen_random_uuid(), now(), '2030-01-01T00:00:00Z')`);
        // On another connection the row would not be there (and with the embedded database's single connection, the
        // read would wait for this transaction for ever).
        expect(await preparedExecutorOf(tx)(SQL, ['2029-12-31T00:00:00Z'])).toEqual([{ n: 1 }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await preparedExecutorOf(orm.em.fork())(SQL, ['2029-12-31T00:00:00Z'])).toEqual([{ n: 0 }]);
  });

  it('keeps working after the pool reconnects (the embedded database keeps its session, and its prepared statements, across connections)', async () => {
    const read = () => preparedExecutorOf(orm.em.fork())(SQL, ['1999-01-01T00:00:00Z']);
    expect(await read()).toEqual([{ n: 0 }]);
    // A new pool: what happens when knex closes an idle connection and opens another later.
    await orm.reconnect();
    expect(await read()).toEqual([{ n: 0 }]);
  });
});
