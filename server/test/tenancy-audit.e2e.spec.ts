import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OPERATOR_EMAIL, DEMO_PASSWORD, demoAdminEmail } from '../src/seed/demo.js';
import { AuditLogDocument, ChangePasswordDocument, CreateRoleDocument, RoleDocument, RolesDocument, UpdateRoleDocument } from './documents.js';
import { startTestServer, type GqlClient, type TestServer } from './test-server.js';
import { Account, AccountKind } from '../src/modules/account/account.entity.js';
import { Role } from '../src/modules/organization/role.entity.js';
import { hashPassword } from '../src/modules/account/password.js';
import { withoutTenantFilter } from '../src/common/db/tenant.js';
import { Permission } from '../src/common/auth/permission.js';
import { runAsSystem } from '../src/common/audit/audit-scope.js';

describe('tenant isolation and the audit log', () => {
  let server: TestServer;
  let acme: GqlClient;
  let huayun: GqlClient;
  let operator: GqlClient;

  beforeAll(async () => {
    server = await startTestServer();
    [acme, huayun, operator] = await Promise.all([
      server.signIn(demoAdminEmail('acme-cloud')),
      server.signIn(demoAdminEmail('huayun')),
      server.signIn(DEMO_OPERATOR_EMAIL),
    ]);
  });
  afterAll(() => server.close());

  it("answers NOT_FOUND for another partner's role, never FORBIDDEN", async () => {
    const created = await acme.data(CreateRoleDocument, { input: { name: 'Acme Sales', permissions: ['CUSTOMERS_VIEW'] } });
    const id = created.createRole.role!.id;
    expect((await acme.data(RoleDocument, { id })).role.name).toBe('Acme Sales');

    const read = await huayun.request(RoleDocument, { id });
    expect(read.body.data ?? null).toBeNull();
    expect(read.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(read.body.errors?.[0]?.message).toBe('Role not found');

    const write = await huayun.data(UpdateRoleDocument, { input: { id, name: 'Hijacked' } });
    expect(write.updateRole).toEqual({ role: null, errors: [{ code: 'NOT_FOUND', field: 'id', message: 'Role not found' }] });
    expect((await acme.data(RoleDocument, { id })).role.name).toBe('Acme Sales');

    const huayunRoles = await huayun.data(RolesDocument, { first: 100 });
    expect(huayunRoles.roles.edges.map((e) => e.node.name)).not.toContain('Acme Sales');
    // Built-in roles are shared by every partner.
    expect(huayunRoles.roles.edges.filter((e) => e.node.builtIn).map((e) => e.node.name)).toEqual(
      expect.arrayContaining(['Administrator', 'Account Director', 'Account Manager', 'Finance', 'Viewer']),
    );
  });

  it('answers NOT_FOUND for ids that are not UUIDs', async () => {
    const read = await acme.request(RoleDocument, { id: 'not-a-uuid' });
    expect(read.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses to change a built-in role', async () => {
    const roles = await acme.data(RolesDocument, { first: 100 });
    const admin = roles.roles.edges.find((e) => e.node.name === 'Administrator')!.node;
    const result = await acme.data(UpdateRoleDocument, { input: { id: admin.id, permissions: [] } });
    expect(result.updateRole.errors[0]!.code).toBe('ROLE_BUILT_IN');
  });

  it('R-ORG-1 lets a role manager grant only permissions it holds, and never edit its own role', async () => {
    const em = server.orm.em.fork();
    const admin = await em.findOneOrFail(Account, { email: demoAdminEmail('acme-cloud') }, withoutTenantFilter);
    const now = server.clock.now();
    const keepers = em.create(Role, { partner: admin.partner, name: 'Role keepers', description: null, permissions: [Permission.ROLES_MANAGE], createdAt: now, updatedAt: now });
    em.create(Account, {
      kind: AccountKind.PARTNER_MEMBER,
      email: 'keeper@acme-cloud.demo.test',
      displayName: 'Keeper',
      passwordHash: await hashPassword('keeper-password-1'),
      partner: admin.partner,
      role: keepers,
      createdAt: now,
      updatedAt: now,
    });
    await runAsSystem('test:setup', server.clock, () => em.flush());
    const keeper = await server.signIn('keeper@acme-cloud.demo.test', 'keeper-password-1');

    const escalate = await keeper.data(UpdateRoleDocument, { input: { id: keepers.id, permissions: ['ROLES_MANAGE', 'MEMBERS_MANAGE'] } });
    expect(escalate.updateRole.errors[0]).toMatchObject({ code: 'ROLE_OWN', field: 'id' });
    const grant = await keeper.data(CreateRoleDocument, { input: { name: 'Superpowers', permissions: ['ROLES_MANAGE', 'PARTNER_MANAGE', 'AUDIT_VIEW'] } });
    expect(grant.createRole.errors).toEqual([
      { code: 'ROLE_PERMISSION_NOT_HELD', field: 'permissions', message: 'You cannot grant permissions you do not hold: PARTNER_MANAGE, AUDIT_VIEW.' },
    ]);
    // ROLES_MANAGE itself is administrator-only now (members.e2e.spec.ts), so the held permission cannot be passed on.
    const fine = await keeper.data(CreateRoleDocument, { input: { name: 'Role keepers 2', permissions: [] } });
    expect(fine.createRole.errors).toEqual([]);
    expect((await em.fork().findOneOrFail(Role, { id: keepers.id }, withoutTenantFilter)).permissions).toEqual(['ROLES_MANAGE']);
  });

  it('forbids operations the caller lacks permission for (operators have no partner roles)', async () => {
    const response = await operator.request(CreateRoleDocument, { input: { name: 'x', permissions: [] } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R-SV-3 records a mutation in the audit log: actor, partner, operation, entity, before/after diff, request id', async () => {
    const requestId = 'test-request-0001';
    const created = await acme.request(CreateRoleDocument, { input: { name: 'Auditors', description: 'reads', permissions: ['AUDIT_VIEW'] } }, { 'x-request-id': requestId });
    expect(created.headers.get('x-request-id')).toBe(requestId);
    const roleId = created.body.data!.createRole.role!.id;
    server.clock.advance(1000);
    await acme.data(UpdateRoleDocument, { input: { id: roleId, permissions: ['AUDIT_VIEW', 'MEMBERS_VIEW'] } });

    const log = await acme.data(AuditLogDocument, { first: 10, filter: { entityType: 'Role', entityId: roleId } });
    const [update, create] = log.auditLog.edges.map((e) => e.node);
    expect(log.auditLog.totalCount).toBe(2);
    expect(create).toMatchObject({
      operation: 'createRole',
      action: 'CREATE',
      entityType: 'Role',
      entityId: roleId,
      actorEmail: demoAdminEmail('acme-cloud'),
      requestId,
      before: null,
      after: expect.objectContaining({ name: 'Auditors', permissions: ['AUDIT_VIEW'] }),
    });
    expect(create.partnerId).toEqual(expect.any(String));
    expect(update).toMatchObject({
      operation: 'updateRole',
      action: 'UPDATE',
      diff: { permissions: [['AUDIT_VIEW'], ['AUDIT_VIEW', 'MEMBERS_VIEW']] },
      before: expect.objectContaining({ permissions: ['AUDIT_VIEW'] }),
    });
  });

  it('R-SV-3 writes no audit entry when the mutation fails', async () => {
    const before = await acme.data(AuditLogDocument, { first: 1, filter: { entityType: 'Role' } });
    const duplicate = await acme.data(CreateRoleDocument, { input: { name: 'auditors', permissions: [] } });
    expect(duplicate.createRole.errors[0]!.code).toBe('ROLE_NAME_TAKEN');
    const invalid = await acme.request(CreateRoleDocument, { input: { name: '', permissions: [] } });
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const after = await acme.data(AuditLogDocument, { first: 1, filter: { entityType: 'Role' } });
    expect(after.auditLog.totalCount).toBe(before.auditLog.totalCount);
    expect(after.auditLog.edges[0]!.node.id).toBe(before.auditLog.edges[0]!.node.id);
  });

  it('R-SV-3 rolls back the audit entry with the change when the database refuses it (race on a unique name)', async () => {
    const before = await acme.data(AuditLogDocument, { first: 1, filter: { entityType: 'Role' } });
    // Both pass the name check before either commits; the unique key lets one win.
    const results = await Promise.all([
      acme.data(CreateRoleDocument, { input: { name: 'Race', permissions: [] } }),
      acme.data(CreateRoleDocument, { input: { name: 'Race', permissions: [] } }),
    ]);
    const winners = results.filter((r) => r.createRole.role);
    expect(winners).toHaveLength(1);
    expect(results.find((r) => !r.createRole.role)!.createRole.errors[0]!.code).toBe('ROLE_NAME_TAKEN');
    const after = await acme.data(AuditLogDocument, { first: 10, filter: { entityType: 'Role' } });
    expect(after.auditLog.totalCount).toBe(before.auditLog.totalCount + 1);
  });

  it("shows a partner administrator only its own partner's entries, and operators everything", async () => {
    await huayun.data(CreateRoleDocument, { input: { name: '华云 销售', permissions: ['CUSTOMERS_VIEW'] } });
    const acmeLog = await acme.data(AuditLogDocument, { first: 100 });
    const acmePartner = acmeLog.auditLog.edges.find((e) => e.node.operation === 'createRole')!.node.partnerId;
    expect(acmeLog.auditLog.edges.every((e) => e.node.partnerId === acmePartner)).toBe(true);

    const all = await operator.data(AuditLogDocument, { first: 100, filter: { operation: 'createRole' } });
    const partners = new Set(all.auditLog.edges.map((e) => e.node.partnerId));
    expect(partners.size).toBe(2);

    const onlyHuayun = await operator.data(AuditLogDocument, {
      first: 100,
      filter: { partnerId: [...partners].find((p) => p !== acmePartner)! },
    });
    expect(onlyHuayun.auditLog.edges.length).toBeGreaterThan(0);
    expect(onlyHuayun.auditLog.edges.every((e) => e.node.partnerId !== acmePartner)).toBe(true);

    // A partner cannot widen its view with the operator-only filter.
    const sneaky = await huayun.data(AuditLogDocument, { first: 100, filter: { partnerId: acmePartner! } });
    expect(sneaky.auditLog.edges.every((e) => e.node.partnerId !== acmePartner)).toBe(true);
  });

  it('never writes password or token hashes into the audit log', async () => {
    // Demo data alone writes more than a page of entries: read each entity type's own.
    const accounts = await operator.data(AuditLogDocument, { first: 100, filter: { entityType: 'Account' } });
    const sessions = await operator.data(AuditLogDocument, { first: 100, filter: { entityType: 'Session' } });
    expect(accounts.auditLog.edges.length).toBeGreaterThan(0);
    expect(JSON.stringify([accounts, sessions])).not.toMatch(/\$argon2id\$/);
    const session = sessions.auditLog.edges[0]!.node;
    expect((session.after as Record<string, unknown>).tokenHash).toBe('[redacted]');
  });

  it('R-SV-3 records a password change (redacted) and the sessions it ended, with what they were', async () => {
    const email = demoAdminEmail('nordlicht');
    const device1 = await server.signIn(email);
    await server.signIn(email);
    const changed = await device1.data(ChangePasswordDocument, { input: { currentPassword: DEMO_PASSWORD, newPassword: 'another-strong-password' } });
    expect(changed.changePassword.errors).toEqual([]);
    const log = await operator.data(AuditLogDocument, { first: 10, filter: { operation: 'changePassword' } });
    const entries = log.auditLog.edges.map((e) => e.node);
    const account = entries.find((e) => e.entityType === 'Account')!;
    expect(account.diff).toMatchObject({ passwordHash: ['[redacted]', '[redacted]'] });
    const ended = entries.find((e) => e.entityType === 'Session')!;
    expect(ended.action).toBe('DELETE');
    expect(ended.before).toMatchObject({ account: account.entityId, tokenHash: '[redacted]' });
    expect(JSON.stringify(entries)).not.toMatch(/\$argon2id\$/);
  });

  it('R-SV-3 refuses to write an audited entity outside an audit scope', async () => {
    const em = server.orm.em.fork();
    const role = await em.findOneOrFail(Role, { name: 'Acme Sales' }, withoutTenantFilter);
    role.description = 'changed behind the audit log';
    await expect(em.flush()).rejects.toThrow(/outside an audit scope/);
    const reread = await server.orm.em.fork().findOneOrFail(Role, { id: role.id }, withoutTenantFilter);
    expect(reread.description).toBeNull();
  });

  it('filters the audit log by time range', async () => {
    const future = new Date(server.clock.now().getTime() + 3600_000).toISOString();
    const none = await operator.data(AuditLogDocument, { first: 10, filter: { from: future } });
    expect(none.auditLog.totalCount).toBe(0);
  });
});
