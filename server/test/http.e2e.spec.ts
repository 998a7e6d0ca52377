import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { demoAdminEmail } from '../src/seed/demo.js';
import { startTestServer, type GqlClient, type TestServer } from './test-server.js';

describe('HTTP surface', () => {
  let server: TestServer;
  let admin: GqlClient;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await server.signIn(demoAdminEmail('acme-cloud'));
  });
  afterAll(() => server.close());

  it('GET /healthz checks the database', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('gives every response a request id, and repeats it in GraphQL errors', async () => {
    const response = await server.client().post({ query: '{ me { id } }' });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.body.errors?.[0]?.extensions?.requestId).toBe(id);
  });

  it('ignores an unsafe incoming request id', async () => {
    const response = await server.client().post({ query: '{ me { id } }' }, { 'x-request-id': 'bad id <script>alert(1)</script>' });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await fetch(`${server.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'Not Found' });
  });

  it('serves the console: index at /, deep links fall back to index.html, files by path, 404 for missing files', async () => {
    const dist = await fs.mkdtemp(path.join(os.tmpdir(), 'pc-dist-'));
    await fs.mkdir(path.join(dist, 'assets'));
    await fs.writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Partner Center</title>');
    await fs.writeFile(path.join(dist, 'assets', 'app-1.js'), 'console.log(1)');
    const site = await startTestServer({ config: { webDist: dist } });
    try {
      const get = (p: string) => fetch(`${site.url}${p}`);
      for (const page of ['/', '/partner/organization/roles', '/login?next=%2Fpartner']) {
        const response = await get(page);
        expect(response.status, page).toBe(200);
        expect(await response.text()).toContain('<title>Partner Center</title>');
      }
      // A file added after start (a rebuilt console) is served without a restart.
      await fs.writeFile(path.join(dist, 'assets', 'app-2.js'), 'console.log(2)');
      const asset = await get('/assets/app-2.js');
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      expect((await get('/assets/missing.js')).status).toBe(404);
    } finally {
      await site.close();
      await fs.rm(dist, { recursive: true, force: true });
    }
  });

  describe('GraphQL over HTTP conformance (graphql-http audit)', () => {
    // The audit talks to the dev profile as a signed-in admin; CSRF prevention needs its preflight header on GETs.
    const audits = serverAudits({
      url: () => `${server.url}/graphql`,
      fetchFn: (input: string | URL | Request, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('cookie', admin.cookie!);
        headers.set('apollo-require-preflight', 'true');
        return fetch(input, { ...init, headers });
      },
    });
    for (const audit of audits) {
      const must = audit.name.startsWith('MUST');
      it(audit.name, async () => {
        const result = await audit.fn();
        if (must) expect(result.status, result.status === 'ok' ? '' : result.reason).toBe('ok');
      });
    }
  });
});
