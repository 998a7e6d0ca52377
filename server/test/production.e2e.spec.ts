import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAdminEmail } from '../src/seed/demo.js';
import { startTestServer, type GqlClient, type TestServer } from './test-server.js';

/** The production profile (NODE_ENV=production): the limits a public GraphQL endpoint needs. */
describe('production profile', () => {
  let server: TestServer;
  let admin: GqlClient;

  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: 'production' } });
    admin = await server.signIn(demoAdminEmail('acme-cloud'));
  });
  afterAll(() => server.close());

  it('serves ordinary queries', async () => {
    const response = await admin.post({ query: '{ me { email } }' });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ me: { email: demoAdminEmail('acme-cloud') } });
  });

  it('rejects a query nested 20 levels deep', async () => {
    // The depth rule runs during validation, before fields are resolved, so the shape alone is refused.
    let selection = 'id';
    for (let i = 0; i < 19; i++) selection = `partner { ${selection} }`;
    const response = await admin.post({ query: `{ me { ${selection} } }` });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.errors)).toMatch(/depth/i);
  });

  it('rejects 100 aliases', async () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: me { id }`).join(' ');
    const response = await admin.post({ query: `{ ${aliases} }` });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.errors)).toMatch(/alias/i);
  });

  it('turns introspection off', async () => {
    const response = await admin.post({ query: '{ __schema { types { name } } }' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.errors)).toMatch(/introspection/i);
  });

  it('refuses batched requests', async () => {
    const response = await admin.post([{ query: '{ me { id } }' }, { query: '{ me { email } }' }]);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toMatch(/batch/i);
  });

  it('does not suggest field names', async () => {
    const response = await admin.post({ query: '{ me { emai } }' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.errors)).not.toMatch(/Did you mean/);
  });

  it('rejects too many directives and too many tokens', async () => {
    const directives = Array.from({ length: 60 }, () => '@include(if: true)').join(' ');
    expect((await admin.post({ query: `{ me ${directives} { id } }` })).status).toBe(400);
    const tokens = Array.from({ length: 6000 }, () => 'id').join(' ');
    const many = await admin.post({ query: `{ me { ${tokens} } }` });
    expect(many.status).toBe(400);
    expect(JSON.stringify(many.body.errors)).toMatch(/token/i);
  });

  it('rejects a query over the cost limit, while a full console page query passes', async () => {
    const entry = 'fragment F on AuditEntry { id at actorId actorEmail actorKind partnerId operation entityType entityId action before after diff requestId }';
    const costly = Array.from({ length: 15 }, (_, i) => `a${i}: auditLog(first: 100) { totalCount edges { cursor node { ...F ...F ...F ...F } } }`).join(' ');
    const refused = await admin.post({ query: `{ ${costly} } ${entry}` });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.errors)).toMatch(/Cost limit of 50000 exceeded/i);

    const page = `{ me { id email partner { id name } role { name } permissions }
      auditLog(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ...F } } }
      roles(first: 100) { totalCount edges { node { id name description permissions builtIn createdAt } } } } ${entry}`;
    const allowed = await admin.post({ query: page });
    expect(allowed.status).toBe(200);
    expect(allowed.body.errors).toBeUndefined();
  });

  it('rejects a request body over 1 MB', async () => {
    const big = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_100_000) } });
    const response = await admin.post(big);
    expect(response.status).toBe(413);
  });

  it('blocks CSRF-able GET requests without a preflight header', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { cookie: admin.cookie! },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('sends security headers', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age/);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
