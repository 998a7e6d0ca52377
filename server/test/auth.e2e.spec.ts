import { runAsSystem } from '../src/common/audit/audit-scope.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OPERATOR_EMAIL, DEMO_PASSWORD, demoAdminEmail } from '../src/seed/demo.js';
import { Account, AccountKind, AccountStatus } from '../src/modules/account/account.entity.js';
import { Role } from '../src/modules/organization/role.entity.js';
import { hashPassword } from '../src/modules/account/password.js';
import { withoutTenantFilter } from '../src/common/db/tenant.js';
import { Session } from '../src/modules/account/session.entity.js';
import { ChangePasswordDocument, LoginDocument, LogoutDocument, MeDocument } from './documents.js';
import { startTestServer, type TestServer } from './test-server.js';

const ACME_ADMIN = demoAdminEmail('acme-cloud');

describe('accounts and sessions over HTTP', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ config: { loginMaxFailures: 3, loginWindowMs: 15 * 60_000 } });
  });
  afterAll(() => server.close());

  it('logs in with e-mail and password and returns the account, its partner and role', async () => {
    const client = server.client();
    const response = await client.request(LoginDocument, { input: { email: ACME_ADMIN.toUpperCase(), password: DEMO_PASSWORD } });
    expect(response.status).toBe(200);
    const login = response.body.data!.login;
    expect(login.errors).toEqual([]);
    expect(login.account).toMatchObject({
      email: ACME_ADMIN,
      kind: 'PARTNER_MEMBER',
      partner: { name: 'Acme Cloud Services' },
      role: { name: 'Administrator' },
    });
    expect(login.account!.permissions).toContain('ROLES_MANAGE');
    const me = await client.data(MeDocument);
    expect(me.me.email).toBe(ACME_ADMIN);
  });

  it('sets an httpOnly, SameSite=Lax session cookie holding an opaque token', async () => {
    const client = server.client();
    const response = await client.request(LoginDocument, { input: { email: DEMO_OPERATOR_EMAIL, password: DEMO_PASSWORD } });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^pc_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=43200/);
    expect(cookie).not.toMatch(/Secure/); // off in development/test; COOKIE_SECURE=true turns it on
  });

  it('refuses a wrong password with a typed error and no cookie', async () => {
    const client = server.client();
    const response = await client.request(LoginDocument, { input: { email: demoAdminEmail('huayun'), password: 'wrong-password-123' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.body.data!.login).toEqual({
      account: null,
      errors: [{ code: 'LOGIN_INVALID_CREDENTIALS', field: 'password', message: 'The e-mail address or password is incorrect.' }],
    });
  });

  it('answers an unknown e-mail exactly like a wrong password (no account enumeration)', async () => {
    const response = await server.client().request(LoginDocument, { input: { email: 'nobody@nowhere.test', password: 'whatever-123456' } });
    expect(response.body.data!.login.errors[0]!.code).toBe('LOGIN_INVALID_CREDENTIALS');
  });

  it('rejects a malformed e-mail as bad input before any lookup', async () => {
    const response = await server.client().request(LoginDocument, { input: { email: 'not-an-email', password: 'x' } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors?.[0]?.extensions?.fields).toEqual([{ field: 'email', message: 'Enter a valid e-mail address.' }]);
  });

  it('throttles repeated failures for one e-mail, even with the right password, until the window passes', async () => {
    const email = demoAdminEmail('nordlicht');
    const client = server.client();
    for (let i = 0; i < 3; i++) {
      const r = await client.request(LoginDocument, { input: { email, password: `wrong-${i}-password` } });
      expect(r.body.data!.login.errors[0]!.code).toBe('LOGIN_INVALID_CREDENTIALS');
    }
    const throttled = await client.request(LoginDocument, { input: { email, password: DEMO_PASSWORD } });
    expect(throttled.body.data!.login.account).toBeNull();
    expect(throttled.body.data!.login.errors[0]).toMatchObject({
      code: 'LOGIN_THROTTLED',
      message: 'Too many failed sign-in attempts. Try again in 15 minutes.',
    });
    server.clock.advance(15 * 60_000 + 1);
    const later = await client.request(LoginDocument, { input: { email, password: DEMO_PASSWORD } });
    expect(later.body.data!.login.errors).toEqual([]);
  });

  it('throttles parallel guesses too: at most the allowance reaches the password check', async () => {
    const email = 'parallel-target@nowhere.test';
    const client = server.client();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => client.request(LoginDocument, { input: { email, password: `guess-${i}-password` } })),
    );
    const codes = answers.map((a) => a.body.data!.login.errors[0]!.code);
    expect(codes.filter((c) => c === 'LOGIN_INVALID_CREDENTIALS').length).toBeLessThanOrEqual(3);
    expect(codes.filter((c) => c === 'LOGIN_THROTTLED').length).toBeGreaterThanOrEqual(9);
    server.clock.advance(15 * 60_000 + 1);
  });

  it('throttles one address that tries many e-mails', async () => {
    const client = server.client();
    // The address allowance is 4 × the per-e-mail one (3): 12 failures over different e-mails.
    for (let i = 0; i < 12; i++) {
      await client.request(LoginDocument, { input: { email: `spray-${i}@nowhere.test`, password: 'wrong-password-1' } });
    }
    const r = await client.request(LoginDocument, { input: { email: DEMO_OPERATOR_EMAIL, password: DEMO_PASSWORD } });
    expect(r.body.data!.login.errors[0]!.code).toBe('LOGIN_THROTTLED');
    server.clock.advance(15 * 60_000 + 1);
  });

  it('R-ORG-3 answers 401 UNAUTHENTICATED to a call without a session', async () => {
    const response = await server.client().request(MeDocument);
    expect(response.status).toBe(401);
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.body.errors?.[0]?.extensions?.requestId).toEqual(expect.any(String));
  });

  it('R-ORG-3 answers 401 when login is combined with anything else in one anonymous operation', async () => {
    const response = await server.client().post({ query: 'mutation { login(input: {email: "a@b.test", password: "x"}) { errors { code } } logout { ok } }' });
    expect(response.status).toBe(401);
  });

  it('R-ORG-3 gives a member whose role grants nothing no data (401), but lets it sign out', async () => {
    const em = server.orm.em.fork();
    const admin = await em.findOneOrFail(Account, { email: ACME_ADMIN }, withoutTenantFilter);
    const now = server.clock.now();
    const empty = em.create(Role, { partner: admin.partner, name: 'Nothing', description: null, permissions: [], createdAt: now, updatedAt: now });
    em.create(Account, {
      kind: AccountKind.PARTNER_MEMBER,
      email: 'nobody@acme-cloud.demo.test',
      displayName: 'No Role',
      passwordHash: await hashPassword('no-role-password-1'),
      partner: admin.partner,
      role: empty,
      createdAt: now,
      updatedAt: now,
    });
    await runAsSystem('test:setup', server.clock, () => em.flush());
    const member = await server.signIn('nobody@acme-cloud.demo.test', 'no-role-password-1');
    const me = await member.request(MeDocument);
    expect(me.status).toBe(401);
    expect(me.body.errors?.[0]).toMatchObject({
      message: 'Your account has no role in Partner Center; ask your administrator for one.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect((await member.request(LogoutDocument)).body.data).toEqual({ logout: { ok: true } });
  });

  it('refuses a deactivated account at sign-in (after the password check) and ends its open sessions', async () => {
    const email = 'leaver@acme-cloud.demo.test';
    const em = server.orm.em.fork();
    const admin = await em.findOneOrFail(Account, { email: ACME_ADMIN }, withoutTenantFilter);
    const now = server.clock.now();
    const leaver = em.create(Account, {
      kind: AccountKind.PARTNER_MEMBER,
      email,
      displayName: 'Leaver',
      passwordHash: await hashPassword('leaver-password-1'),
      partner: admin.partner,
      role: admin.role,
      createdAt: now,
      updatedAt: now,
    });
    await runAsSystem('test:setup', server.clock, () => em.flush());
    const session = await server.signIn(email, 'leaver-password-1');
    expect((await session.request(MeDocument)).status).toBe(200);

    leaver.status = AccountStatus.INACTIVE;
    await runAsSystem('test:setup', server.clock, () => em.flush());
    expect((await session.request(MeDocument)).status).toBe(401);
    const wrong = await server.client().request(LoginDocument, { input: { email, password: 'not-the-password' } });
    expect(wrong.body.data!.login.errors[0]!.code).toBe('LOGIN_INVALID_CREDENTIALS');
    const right = await server.client().request(LoginDocument, { input: { email, password: 'leaver-password-1' } });
    expect(right.body.data!.login.errors).toEqual([
      { code: 'LOGIN_ACCOUNT_INACTIVE', field: 'email', message: 'This account has been deactivated. Ask your administrator.' },
    ]);
  });

  it('answers 401 to a forged or expired session cookie', async () => {
    const forged = server.client();
    forged.cookie = 'pc_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    expect((await forged.request(MeDocument)).status).toBe(401);

    const client = await server.signIn(ACME_ADMIN);
    expect((await client.request(MeDocument)).status).toBe(200);
    server.clock.advance(12 * 3600_000 + 1);
    expect((await client.request(MeDocument)).status).toBe(401);
  });

  it('keeps an active session alive (sliding expiry), renewing the cookie, up to the absolute maximum of 7 days', async () => {
    const client = await server.signIn(ACME_ADMIN);
    server.clock.advance(6 * 3600_000);
    const renewed = await client.request(MeDocument);
    expect(renewed.status).toBe(200);
    expect(renewed.headers.get('set-cookie')).toMatch(/^pc_session=[A-Za-z0-9_-]{43};.*Max-Age=43200/);
    // Within the touch interval nothing is written and no cookie is sent.
    expect((await client.request(MeDocument)).headers.get('set-cookie')).toBeNull();
    for (let step = 1; step < 27; step++) {
      server.clock.advance(6 * 3600_000);
      expect((await client.request(MeDocument)).status).toBe(200);
    }
    // 7 days after sign-in, activity no longer extends it.
    server.clock.advance(6 * 3600_000 + 1);
    expect((await client.request(MeDocument)).status).toBe(401);
  });

  it('purges expired sessions and stale login failures, keeping live ones', async () => {
    const live = await server.signIn(ACME_ADMIN);
    await server.client().request(LoginDocument, { input: { email: ACME_ADMIN, password: 'wrong-password-x' } });
    server.clock.advance(13 * 3600_000);
    await live.request(MeDocument); // expired by now: 401
    const fresh = await server.signIn(ACME_ADMIN);
    const em = server.orm.em.fork();
    const purged = await server.services.auth.purgeExpired(em);
    expect(purged.sessions).toBeGreaterThan(0);
    expect(purged.failures).toBeGreaterThan(0);
    expect(await em.count(Session, { expiresAt: { $lte: server.clock.now() } })).toBe(0);
    expect((await fresh.request(MeDocument)).status).toBe(200);
  });

  it('logs out: the session ends on the server and the cookie is cleared', async () => {
    const client = await server.signIn(ACME_ADMIN);
    const token = client.cookie!;
    const response = await client.request(LogoutDocument);
    expect(response.body.data).toEqual({ logout: { ok: true } });
    expect(response.headers.get('set-cookie')).toMatch(/^pc_session=;/);
    const replay = server.client();
    replay.cookie = token;
    expect((await replay.request(MeDocument)).status).toBe(401);
  });

  it('changes the password: checks the current one and the strength, ends other sessions', async () => {
    const email = demoAdminEmail('huayun');
    const device1 = await server.signIn(email);
    const device2 = await server.signIn(email);

    const wrong = await device1.data(ChangePasswordDocument, { input: { currentPassword: 'nope-nope-nope', newPassword: 'a-much-better-password' } });
    expect(wrong.changePassword.errors).toEqual([{ code: 'PASSWORD_INCORRECT', field: 'currentPassword', message: 'The current password is incorrect.' }]);

    const weak = await device1.data(ChangePasswordDocument, { input: { currentPassword: DEMO_PASSWORD, newPassword: 'short' } });
    expect(weak.changePassword.errors[0]).toMatchObject({ code: 'PASSWORD_TOO_WEAK', field: 'newPassword' });

    const ok = await device1.data(ChangePasswordDocument, { input: { currentPassword: DEMO_PASSWORD, newPassword: 'a-much-better-password' } });
    expect(ok.changePassword.errors).toEqual([]);
    expect((await device1.request(MeDocument)).status).toBe(200);
    expect((await device2.request(MeDocument)).status).toBe(401);

    const oldPassword = await server.client().request(LoginDocument, { input: { email, password: DEMO_PASSWORD } });
    expect(oldPassword.body.data!.login.errors[0]!.code).toBe('LOGIN_INVALID_CREDENTIALS');
    await server.signIn(email, 'a-much-better-password');
  });
});
