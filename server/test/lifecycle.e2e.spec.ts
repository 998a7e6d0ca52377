import http from 'node:http';
import { runAsSystem } from '../src/common/audit/audit-scope.js';
import { describe, expect, it } from 'vitest';
import { Account, AccountKind } from '../src/modules/account/account.entity.js';
import { hashPassword } from '../src/modules/account/password.js';
import { Session } from '../src/modules/account/session.entity.js';
import { MeDocument } from './documents.js';
import { startTestServer } from './test-server.js';

describe('server lifecycle', () => {
  it('drains in-flight requests on shutdown, then stops listening', async () => {
    const server = await startTestServer();
    const client = await server.signIn('admin@acme-cloud.demo.test');
    // A request whose headers have arrived but whose body has not: it is in flight when shutdown begins.
    const body = JSON.stringify({ query: '{ me { email } }' });
    const request = http.request(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie: client.cookie! },
    });
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.on('response', (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      request.on('error', reject);
    });
    request.write(body.slice(0, 5));
    await new Promise((r) => setTimeout(r, 200));
    const closing = server.close();
    await new Promise((r) => setTimeout(r, 200));
    request.end(body.slice(5));
    const response = await answered;
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ data: { me: { email: 'admin@acme-cloud.demo.test' } } });
    await closing;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('reports 503 on /healthz when the database is unreachable', async () => {
    const server = await startTestServer();
    await server.orm.close(true);
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'error', database: 'unreachable' });
    await server.app.close();
    await server.database.close();
  });

  it('signs in every kind of account: individuals and customers get no partner and no permissions', async () => {
    const server = await startTestServer();
    try {
      const em = server.orm.em.fork();
      const now = server.clock.now();
      const passwordHash = await hashPassword('individual-password-1');
      for (const [kind, email] of [
        [AccountKind.INDIVIDUAL, 'li.wei@example.test'],
        [AccountKind.CUSTOMER, 'buyer@customer.test'],
      ] as const) {
        em.create(Account, { kind, email, displayName: email, passwordHash, partner: null, role: null, createdAt: now, updatedAt: now });
      }
      await runAsSystem('test:setup', server.clock, () => em.flush());
      for (const [kind, email] of [
        ['INDIVIDUAL', 'li.wei@example.test'],
        ['CUSTOMER', 'buyer@customer.test'],
      ] as const) {
        const client = await server.signIn(email, 'individual-password-1');
        const me = await client.data(MeDocument);
        expect(me.me).toMatchObject({ kind, email, partner: null, role: null, permissions: [] });
      }
      expect(await em.fork().count(Session, {})).toBe(2);
    } finally {
      await server.close();
    }
  });
});
