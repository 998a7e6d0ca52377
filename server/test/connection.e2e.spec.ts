import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '../src/common/db/sql-counter.js';
import { demoAdminEmail } from '../src/seed/demo.js';
import { CreateRoleDocument, RolesDocument, RolesWithCountDocument } from './documents.js';
import { startTestServer, type GqlClient, type TestServer } from './test-server.js';

describe('Relay connections', () => {
  let server: TestServer;
  let acme: GqlClient;

  beforeAll(async () => {
    server = await startTestServer();
    acme = await server.signIn(demoAdminEmail('acme-cloud'));
    for (let i = 0; i < 30; i++) {
      server.clock.advance(1000);
      await acme.data(CreateRoleDocument, { input: { name: `Role ${String(i).padStart(2, '0')}`, permissions: ['PARTNER_VIEW'] } });
    }
  });
  afterAll(() => server.close());

  it('walks every row exactly once with first/after, in stable (created_at, id) order', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    do {
      const page = await acme.data(RolesDocument, { first: 7, after });
      seen.push(...page.roles.edges.map((e) => e.node.name));
      after = page.roles.pageInfo.hasNextPage ? page.roles.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(seen).toHaveLength(35); // 5 built-in + 30 custom
    expect(new Set(seen).size).toBe(35);
    expect(pages).toBe(5);
    const custom = seen.filter((n) => n.startsWith('Role '));
    expect(custom).toEqual([...custom].sort());
  });

  it('caps first at 100 and rejects 0 with a clear error', async () => {
    const tooMany = await acme.request(RolesDocument, { first: 101 });
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.body.errors?.[0]?.extensions?.fields).toEqual([{ field: 'first', message: 'first must not be greater than 100' }]);
    const zero = await acme.request(RolesDocument, { first: 0 });
    expect(zero.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a tampered cursor with a typed error, never a database error', async () => {
    const forged = (data: unknown) => Buffer.from(JSON.stringify(data)).toString('base64url');
    for (const after of [
      'garbage',
      forged({ v: '2026-01-01T00:00:00.000Z', d: 1, id: 'not-a-uuid' }),
      forged({ v: 'not a date', d: 1, id: '00000000-0000-4000-8000-000000000000' }),
      forged({ v: { $gt: 1 }, id: '00000000-0000-4000-8000-000000000000' }),
    ]) {
      const response = await acme.request(RolesDocument, { first: 5, after });
      expect(response.status).toBe(200);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field: 'after' });
    }
  });

  it('filters with search and counts only when totalCount is selected', async () => {
    const found = await acme.data(RolesDocument, { first: 50, search: 'role 1' });
    expect(found.roles.edges.map((e) => e.node.name)).toEqual(expect.arrayContaining(['Role 10', 'Role 19']));
    expect(found.roles.edges).toHaveLength(10);

    const withoutCount = await countStatements(server.orm, () => acme.data(RolesDocument, { first: 10 }));
    const withCount = await countStatements(server.orm, () => acme.data(RolesWithCountDocument, { first: 10 }));
    expect(withoutCount.statements.some((s) => /count\(/i.test(s))).toBe(false);
    expect(withCount.statements.filter((s) => /count\(/i.test(s))).toHaveLength(1);
    expect(withCount.result.roles.totalCount).toBe(35);
  });

  it('costs the same number of SQL statements for a page of 1 and a page of 35 (no N+1)', async () => {
    const small = await countStatements(server.orm, () => acme.data(RolesDocument, { first: 1 }));
    const large = await countStatements(server.orm, () => acme.data(RolesDocument, { first: 35 }));
    expect(large.result.roles.edges).toHaveLength(35);
    expect(large.count).toBe(small.count);
  });

  it('pages exactly over rows stamped by SQL with microseconds (columns keep milliseconds, like the cursor)', async () => {
    const [{ partner_id: partnerId }] = await server.orm.em
      .getConnection()
      .execute<{ partner_id: string }[]>(`select partner_id from role where name = 'Role 00'`);
    await server.orm.em.getConnection().execute(
      `insert into role (id, partner_id, name, permissions, created_at, updated_at)
       select gen_random_uuid(), ?, 'Micro ' || i, '{}', '2030-01-01 00:00:00.123456+00', now()
       from generate_series(1, 4) as i`,
      [partnerId],
    );
    const seen: string[] = [];
    let after: string | null | undefined;
    for (let page = 0; page < 50; page++) {
      const result = await acme.data(RolesDocument, { first: 1, after, search: 'Micro' });
      seen.push(...result.roles.edges.map((e) => e.node.name));
      if (!result.roles.pageInfo.hasNextPage) break;
      after = result.roles.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(['Micro 1', 'Micro 2', 'Micro 3', 'Micro 4']);
  });
});
