import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements } from '../src/common/db/sql-counter.js';
import { runAsSystem } from '../src/common/audit/audit-scope.js';
import { withoutTenantFilter } from '../src/common/db/tenant.js';
import { Account, AccountKind } from '../src/modules/account/account.entity.js';
import { hashPassword } from '../src/modules/account/password.js';
import { DEMO_CUSTOMER, DEMO_OPERATOR_EMAIL, demoAdminEmail, demoMemberEmail } from '../src/seed/demo.js';
import {
  AssignMemberRoleDocument,
  AuditLogDocument,
  CreateMemberDocument,
  CreateRoleDocument,
  DeactivateMemberDocument,
  DeleteRoleDocument,
  GrantablePermissionsDocument,
  LoginDocument,
  MeDocument,
  MemberDocument,
  MembersDocument,
  PasswordLinkDocument,
  ReactivateMemberDocument,
  ResendSetPasswordLinkDocument,
  RolesWithMemberCountDocument,
  SetPasswordDocument,
  UpdateMemberDocument,
  UpdateRoleDocument,
} from './documents.js';
import type { Permission } from './gql/graphql.js';
import { startTestServer, type GqlClient, type TestServer } from './test-server.js';

const ACME_ADMIN = demoAdminEmail('acme-cloud');
const MEMBER_PASSWORD = 'member-password-2026';
const EMAIL_REGISTERED = { code: 'EMAIL_REGISTERED', field: 'email', message: 'The email address has been registered' };

function tokenOf(link: string | null | undefined): string {
  const token = new URL(link ?? '', 'http://console.test').searchParams.get('token');
  if (!token) throw new Error(`not a set-password link: ${link}`);
  return token;
}

describe('Organisation › Members and Roles, and the set-password link', () => {
  let server: TestServer;
  let acme: GqlClient;
  let huayun: GqlClient;
  const roleIds = new Map<string, string>();

  /** Role name → id as the acme administrator sees them (built-in and acme's own). */
  async function roleId(name: string): Promise<string> {
    if (!roleIds.has(name)) {
      const roles = await acme.data(RolesWithMemberCountDocument, { first: 100 });
      for (const { node } of roles.roles.edges) roleIds.set(node.name, node.id);
    }
    const id = roleIds.get(name);
    if (!id) throw new Error(`no role ${name}`);
    return id;
  }

  async function createRole(name: string, permissions: Permission[]): Promise<string> {
    const created = await acme.data(CreateRoleDocument, { input: { name, permissions } });
    expect(created.createRole.errors).toEqual([]);
    roleIds.set(name, created.createRole.role!.id);
    return created.createRole.role!.id;
  }

  async function createMember(email: string, role: string, by: GqlClient = acme) {
    const created = await by.data(CreateMemberDocument, { input: { displayName: `Member ${email}`, email, roleId: await roleId(role) } });
    expect(created.createMember.errors).toEqual([]);
    return { member: created.createMember.member!, link: created.createMember.setPasswordLink! };
  }

  /** A member created by the acme administrator who has set a password through the link, signed in. */
  async function signedInMember(email: string, role: string): Promise<{ id: string; client: GqlClient }> {
    const { member, link } = await createMember(email, role);
    const set = await server.client().data(SetPasswordDocument, { input: { token: tokenOf(link), password: MEMBER_PASSWORD } });
    expect(set.setPassword.errors).toEqual([]);
    return { id: member.id, client: await server.signIn(email, MEMBER_PASSWORD) };
  }

  beforeAll(async () => {
    server = await startTestServer();
    [acme, huayun] = await Promise.all([server.signIn(ACME_ADMIN), server.signIn(demoAdminEmail('huayun'))]);
  });
  afterAll(() => server.close());

  describe('creating members', () => {
    it('R-ORG-1 creates a member without a password, with a normalised e-mail and a set-password link', async () => {
      const created = await acme.data(CreateMemberDocument, {
        input: { displayName: '  Ada Lovelace ', email: '  Ada.Lovelace@Acme-Cloud.Example ', mobile: '+1 555 010 2030', roleId: await roleId('Viewer') },
      });
      expect(created.createMember.errors).toEqual([]);
      expect(created.createMember.member).toMatchObject({
        email: 'ada.lovelace@acme-cloud.example',
        displayName: 'Ada Lovelace',
        mobile: '+1 555 010 2030',
        status: 'ACTIVE',
        isAdministrator: false,
        passwordSet: false,
        role: { name: 'Viewer' },
      });
      expect(created.createMember.setPasswordLink).toMatch(/^\/set-password\?token=[A-Za-z0-9_-]{43}$/);
      // No password works until the member sets one.
      const login = await server.client().request(LoginDocument, { input: { email: 'ada.lovelace@acme-cloud.example', password: '!no-password-set' } });
      expect(login.body.data!.login.errors[0]!.code).toBe('LOGIN_INVALID_CREDENTIALS');
    });

    it('R-ORG-1 refuses the built-in Administrator role: a master account cannot be added through member management', async () => {
      const refused = await acme.data(CreateMemberDocument, {
        input: { displayName: 'Second Master', email: 'second.master@acme-cloud.example', roleId: await roleId('Administrator') },
      });
      expect(refused.createMember).toEqual({
        member: null,
        setPasswordLink: null,
        errors: [{ code: 'MEMBER_ADMINISTRATOR_ROLE', field: 'roleId', message: expect.stringContaining('Administrator role') }],
      });
      const found = await acme.data(MembersDocument, { search: 'second.master' });
      expect(found.members.totalCount).toBe(0);
    });

    it("R-ORG-1 refuses another partner's custom role as NOT_FOUND on roleId", async () => {
      const huayunRole = await huayun.data(CreateRoleDocument, { input: { name: 'Huayun only', permissions: ['CUSTOMERS_VIEW'] } });
      const refused = await acme.data(CreateMemberDocument, {
        input: { displayName: 'X', email: 'x@acme-cloud.example', roleId: huayunRole.createRole.role!.id },
      });
      expect(refused.createMember.errors).toEqual([{ code: 'NOT_FOUND', field: 'roleId', message: 'Role not found' }]);
    });

    it('rejects a malformed e-mail (at the email field) or mobile number', async () => {
      const badEmail = await acme.data(CreateMemberDocument, { input: { displayName: 'X', email: 'not-an-email', roleId: await roleId('Viewer') } });
      expect(badEmail.createMember.errors).toEqual([{ code: 'VALIDATION', field: 'email', message: 'Enter a valid e-mail address.' }]);
      const badMobile = await acme.request(CreateMemberDocument, {
        input: { displayName: 'X', email: 'x@acme-cloud.example', mobile: 'call me', roleId: await roleId('Viewer') },
      });
      expect(badMobile.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'mobile' }] });
    });

    it('R-ORG-2 refuses an e-mail that is already registered, on the email field: a member, an operator, a customer, another partner’s administrator', async () => {
      for (const email of [demoMemberEmail('viewer', 'acme-cloud'), DEMO_OPERATOR_EMAIL, DEMO_CUSTOMER.email, demoAdminEmail('huayun')]) {
        const refused = await acme.data(CreateMemberDocument, { input: { displayName: 'Dup', email, roleId: await roleId('Viewer') } });
        expect(refused.createMember, email).toEqual({ member: null, setPasswordLink: null, errors: [EMAIL_REGISTERED] });
      }
    });

    it('R-ORG-2 compares e-mails case-insensitively', async () => {
      const refused = await acme.data(CreateMemberDocument, {
        input: { displayName: 'Dup', email: ' ADMIN@Huayun.Demo.Test', roleId: await roleId('Viewer') },
      });
      expect(refused.createMember.errors).toEqual([EMAIL_REGISTERED]);
      const again = await huayun.data(CreateMemberDocument, {
        input: { displayName: 'Dup', email: 'Ada.LOVELACE@acme-cloud.example', roleId: await roleId('Viewer') },
      });
      expect(again.createMember.errors).toEqual([EMAIL_REGISTERED]);
    });

    it('R-ORG-2 lets exactly one of two parallel creations of the same e-mail succeed', async () => {
      const viewer = await roleId('Viewer');
      const results = await Promise.all(
        [acme, huayun, acme].map((client, i) =>
          client.data(CreateMemberDocument, { input: { displayName: `Racer ${i}`, email: 'racer@race.example', roleId: viewer } }),
        ),
      );
      expect(results.filter((r) => r.createMember.member)).toHaveLength(1);
      expect(results.filter((r) => !r.createMember.member).map((r) => r.createMember.errors)).toEqual([[EMAIL_REGISTERED], [EMAIL_REGISTERED]]);
      const count = await server.orm.em.fork().count(Account, { email: 'racer@race.example' });
      expect(count).toBe(1);
    });

    it('records the creation in the audit log without password or token', async () => {
      const log = await acme.data(AuditLogDocument, { first: 20, filter: { operation: 'createMember' } });
      const entry = log.auditLog.edges.map((e) => e.node).find((e) => e.entityType === 'Account' && (e.after as { email?: string }).email === 'ada.lovelace@acme-cloud.example');
      expect(entry).toMatchObject({ action: 'CREATE', actorEmail: ACME_ADMIN, after: expect.objectContaining({ passwordHash: '[redacted]' }) });
      expect(log.auditLog.edges.some((e) => e.node.entityType === 'PasswordLink')).toBe(true);
    });
  });

  describe('the set-password link', () => {
    it('describes whom the link is for to an anonymous visitor, sets the password once, then stops working', async () => {
      const { link } = await createMember('grace@acme-cloud.example', 'Viewer');
      const anonymous = server.client();
      const info = await anonymous.data(PasswordLinkDocument, { token: tokenOf(link) });
      expect(info.passwordLink).toMatchObject({ email: 'grace@acme-cloud.example', displayName: 'Member grace@acme-cloud.example' });
      expect(new Date(info.passwordLink.expiresAt).getTime() - server.clock.now().getTime()).toBe(7 * 86_400_000);

      const weak = await anonymous.data(SetPasswordDocument, { input: { token: tokenOf(link), password: 'short' } });
      expect(weak.setPassword.errors).toEqual([{ code: 'PASSWORD_TOO_WEAK', field: 'password', message: 'The password must have at least 12 characters.' }]);

      const set = await anonymous.data(SetPasswordDocument, { input: { token: tokenOf(link), password: MEMBER_PASSWORD } });
      expect(set.setPassword).toEqual({ account: { email: 'grace@acme-cloud.example' }, errors: [] });
      expect(anonymous.cookie).toBeNull(); // setting a password does not sign in

      const reuse = await anonymous.data(SetPasswordDocument, { input: { token: tokenOf(link), password: 'another-password-2026' } });
      expect(reuse.setPassword.errors[0]).toMatchObject({ code: 'PASSWORD_LINK_INVALID', field: 'token' });
      const describeUsed = await anonymous.request(PasswordLinkDocument, { token: tokenOf(link) });
      expect(describeUsed.status).toBe(200);
      expect(describeUsed.body.errors?.[0]?.extensions).toMatchObject({ code: 'PASSWORD_LINK_INVALID', field: 'token' });

      await server.signIn('grace@acme-cloud.example', MEMBER_PASSWORD);
      const members = await acme.data(MembersDocument, { search: 'grace@' });
      expect(members.members.edges[0]!.node.passwordSet).toBe(true);
    });

    it('expires after 7 days; a resent link works and replaces the earlier one', async () => {
      const { member, link } = await createMember('late@acme-cloud.example', 'Viewer');
      const second = await acme.data(ResendSetPasswordLinkDocument, { id: member.id });
      expect(second.resendSetPasswordLink.errors).toEqual([]);
      const replaced = await server.client().request(PasswordLinkDocument, { token: tokenOf(link) });
      expect(replaced.body.errors?.[0]?.extensions?.code).toBe('PASSWORD_LINK_INVALID');

      server.clock.advanceDays(8);
      const expired = await server.client().data(SetPasswordDocument, { input: { token: tokenOf(second.resendSetPasswordLink.setPasswordLink), password: MEMBER_PASSWORD } });
      expect(expired.setPassword.errors[0]!.code).toBe('PASSWORD_LINK_INVALID');

      acme = await server.signIn(ACME_ADMIN); // the administrator's session did not survive eight idle days either
      huayun = await server.signIn(demoAdminEmail('huayun'));
      const fresh = await acme.data(ResendSetPasswordLinkDocument, { id: member.id });
      const set = await server.client().data(SetPasswordDocument, { input: { token: tokenOf(fresh.resendSetPasswordLink.setPasswordLink), password: MEMBER_PASSWORD } });
      expect(set.setPassword.errors).toEqual([]);
      await server.signIn('late@acme-cloud.example', MEMBER_PASSWORD);
    });

    it('answers garbage tokens like unknown ones', async () => {
      for (const token of ['', 'x', 'a'.repeat(500)]) {
        const response = await server.client().request(PasswordLinkDocument, { token });
        expect(response.body.errors?.[0]?.extensions?.code).toBe('PASSWORD_LINK_INVALID');
      }
    });
  });

  describe('who may manage members and roles', () => {
    it('R-ORG-1 refuses administrator-only permissions in custom roles, and does not offer them', async () => {
      const create = await acme.data(CreateRoleDocument, { input: { name: 'Deputy', permissions: ['MEMBERS_VIEW', 'MEMBERS_MANAGE'] } });
      expect(create.createRole.errors).toEqual([
        { code: 'ROLE_ADMINISTRATOR_ONLY_PERMISSION', field: 'permissions', message: 'Only the administrator may hold MEMBERS_MANAGE; a custom role cannot include it.' },
      ]);
      const deputy = await createRole('Deputy', ['MEMBERS_VIEW']);
      const update = await acme.data(UpdateRoleDocument, { input: { id: deputy, permissions: ['ROLES_MANAGE', 'MEMBERS_MANAGE'] } });
      expect(update.updateRole.errors[0]).toMatchObject({ code: 'ROLE_ADMINISTRATOR_ONLY_PERMISSION', field: 'permissions' });

      const grantable = await acme.data(GrantablePermissionsDocument);
      expect(grantable.grantablePermissions).toContain('CUSTOMERS_VIEW');
      expect(grantable.grantablePermissions).not.toContain('MEMBERS_MANAGE');
      expect(grantable.grantablePermissions).not.toContain('ROLES_MANAGE');
    });

    it('R-ORG-1 a member with a custom role sees only what the role allows and cannot create members or assign roles (FORBIDDEN)', async () => {
      await createRole('Member readers', ['MEMBERS_VIEW', 'CUSTOMERS_VIEW']);
      const { client: reader } = await signedInMember('reader@acme-cloud.example', 'Member readers');
      const me = await reader.data(MeDocument);
      expect(me.me.permissions.sort()).toEqual(['CUSTOMERS_VIEW', 'MEMBERS_VIEW']);
      const list = await reader.data(MembersDocument, { first: 100 });
      expect(list.members.edges.map((e) => e.node.email)).toContain(ACME_ADMIN);

      const anyMember = list.members.edges.find((e) => !e.node.isAdministrator && e.node.email !== 'reader@acme-cloud.example')!.node;
      const attempts = [
        reader.request(CreateMemberDocument, { input: { displayName: 'X', email: 'sneaky@acme-cloud.example', roleId: await roleId('Viewer') } }),
        reader.request(AssignMemberRoleDocument, { input: { id: anyMember.id, roleId: await roleId('Finance') } }),
        reader.request(DeactivateMemberDocument, { id: anyMember.id }),
        reader.request(UpdateMemberDocument, { input: { id: anyMember.id, displayName: 'Renamed' } }),
        reader.request(CreateRoleDocument, { input: { name: 'Mine', permissions: [] } }),
        reader.request(AuditLogDocument, { first: 1 }),
      ];
      for (const response of await Promise.all(attempts)) {
        expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(response.body.data ?? null).toBeNull();
      }
    });

    it('R-ORG-1 a demo Finance member cannot even list members', async () => {
      const finance = await server.signIn(demoMemberEmail('finance', 'acme-cloud'));
      const response = await finance.request(MembersDocument, {});
      expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('R-ORG-3 a member created with a role that grants nothing gets 401 and no data', async () => {
      await createRole('Nothing yet', []);
      const { client } = await signedInMember('idle@acme-cloud.example', 'Nothing yet');
      for (const response of [await client.request(MeDocument), await client.request(MembersDocument, {})]) {
        expect(response.status).toBe(401);
        expect(response.body.data ?? null).toBeNull();
        expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    });

    it("R-ORG-1 refuses the Administrator role on assignment, and never changes the administrator's or one's own role", async () => {
      const { member } = await createMember('promote@acme-cloud.example', 'Viewer');
      const toAdmin = await acme.data(AssignMemberRoleDocument, { input: { id: member.id, roleId: await roleId('Administrator') } });
      expect(toAdmin.assignMemberRole.errors[0]).toMatchObject({ code: 'MEMBER_ADMINISTRATOR_ROLE', field: 'roleId' });

      const toFinance = await acme.data(AssignMemberRoleDocument, { input: { id: member.id, roleId: await roleId('Finance') } });
      expect(toFinance.assignMemberRole).toEqual({ member: { id: member.id, role: { id: await roleId('Finance'), name: 'Finance' } }, errors: [] });

      const admins = await acme.data(MembersDocument, { roleId: await roleId('Administrator') });
      const self = admins.members.edges[0]!.node;
      expect(self).toMatchObject({ email: ACME_ADMIN, isAdministrator: true });
      const own = await acme.data(AssignMemberRoleDocument, { input: { id: self.id, roleId: await roleId('Viewer') } });
      expect(own.assignMemberRole.errors[0]).toMatchObject({ code: 'MEMBER_SELF', field: 'id' });
      const ownDeactivation = await acme.data(DeactivateMemberDocument, { id: self.id });
      expect(ownDeactivation.deactivateMember.errors[0]).toMatchObject({ code: 'MEMBER_SELF', field: 'id' });

      // A second master account (only partner registration or an operator creates one) is protected from the first.
      const em = server.orm.em.fork();
      const admin = await em.findOneOrFail(Account, { email: ACME_ADMIN }, withoutTenantFilter);
      const now = server.clock.now();
      const other = em.create(Account, {
        kind: AccountKind.PARTNER_MEMBER,
        email: 'co-admin@acme-cloud.example',
        displayName: 'Co-admin',
        passwordHash: await hashPassword(MEMBER_PASSWORD),
        partner: admin.partner,
        role: admin.role,
        createdAt: now,
        updatedAt: now,
      });
      await runAsSystem('test:setup', server.clock, () => em.flush());
      const reassign = await acme.data(AssignMemberRoleDocument, { input: { id: other.id, roleId: await roleId('Viewer') } });
      expect(reassign.assignMemberRole.errors[0]).toMatchObject({ code: 'MEMBER_IS_ADMINISTRATOR', field: 'id' });
      const deactivate = await acme.data(DeactivateMemberDocument, { id: other.id });
      expect(deactivate.deactivateMember.errors[0]).toMatchObject({ code: 'MEMBER_IS_ADMINISTRATOR', field: 'id' });
      expect((await acme.data(MemberDocument, { id: other.id })).member).toMatchObject({ status: 'ACTIVE', role: { name: 'Administrator' } });
    });

    it("changing a role's permissions takes effect on its members' next request", async () => {
      const roleId = await createRole('Changing', ['MEMBERS_VIEW', 'CUSTOMERS_VIEW']);
      const { client } = await signedInMember('changing@acme-cloud.example', 'Changing');
      expect((await client.request(MembersDocument, {})).body.errors).toBeUndefined();

      await acme.data(UpdateRoleDocument, { input: { id: roleId, permissions: ['CUSTOMERS_VIEW', 'AUDIT_VIEW'] } });
      const refused = await client.request(MembersDocument, {});
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await client.data(MeDocument)).me.permissions.sort()).toEqual(['AUDIT_VIEW', 'CUSTOMERS_VIEW']);
      expect((await client.request(AuditLogDocument, { first: 1 })).body.errors).toBeUndefined();
    });
  });

  describe('updating, deactivating and reactivating', () => {
    it('updates name and mobile; null clears the mobile', async () => {
      const { member } = await createMember('edit@acme-cloud.example', 'Viewer');
      const updated = await acme.data(UpdateMemberDocument, { input: { id: member.id, displayName: ' Edited Name ', mobile: '+86 138 0013 8000' } });
      expect(updated.updateMember).toEqual({ member: { id: member.id, displayName: 'Edited Name', mobile: '+86 138 0013 8000' }, errors: [] });
      const cleared = await acme.data(UpdateMemberDocument, { input: { id: member.id, mobile: null } });
      expect(cleared.updateMember.member).toEqual({ id: member.id, displayName: 'Edited Name', mobile: null });
      const blank = await acme.data(UpdateMemberDocument, { input: { id: member.id, displayName: '   ' } });
      expect(blank.updateMember.errors[0]).toMatchObject({ code: 'VALIDATION', field: 'displayName' });
    });

    it("deactivation ends the member's existing session at once; reactivation lets them sign in again", async () => {
      const { id, client } = await signedInMember('leaver@acme-cloud.example', 'Viewer');
      expect((await client.request(MeDocument)).status).toBe(200);

      const deactivated = await acme.data(DeactivateMemberDocument, { id });
      expect(deactivated.deactivateMember).toEqual({ member: { id, status: 'INACTIVE' }, errors: [] });
      expect((await client.request(MeDocument)).status).toBe(401);
      const login = await server.client().request(LoginDocument, { input: { email: 'leaver@acme-cloud.example', password: MEMBER_PASSWORD } });
      expect(login.body.data!.login.errors[0]!.code).toBe('LOGIN_ACCOUNT_INACTIVE');
      const inactive = await acme.data(MembersDocument, { status: 'INACTIVE' });
      expect(inactive.members.edges.map((e) => e.node.email)).toEqual(['leaver@acme-cloud.example']);

      const reactivated = await acme.data(ReactivateMemberDocument, { id });
      expect(reactivated.reactivateMember).toEqual({ member: { id, status: 'ACTIVE' }, errors: [] });
      const again = await server.signIn('leaver@acme-cloud.example', MEMBER_PASSWORD);
      expect((await again.request(MeDocument)).status).toBe(200);
    });
  });

  describe('tenant isolation', () => {
    it("answers NOT_FOUND for another partner's member on read and on every mutation, and never lists it", async () => {
      const { member } = await createMember('private@acme-cloud.example', 'Viewer');
      const read = await huayun.request(MemberDocument, { id: member.id });
      expect(read.body.data ?? null).toBeNull();
      expect(read.body.errors?.[0]).toMatchObject({ message: 'Member not found', extensions: { code: 'NOT_FOUND' } });

      const notFound = [{ code: 'NOT_FOUND', field: 'id', message: 'Member not found' }];
      const huayunViewer = (await huayun.data(RolesWithMemberCountDocument, { first: 100 })).roles.edges.find((e) => e.node.name === 'Viewer')!.node.id;
      expect((await huayun.data(UpdateMemberDocument, { input: { id: member.id, displayName: 'Hijacked' } })).updateMember.errors).toEqual(notFound);
      expect((await huayun.data(AssignMemberRoleDocument, { input: { id: member.id, roleId: huayunViewer } })).assignMemberRole.errors).toEqual(notFound);
      expect((await huayun.data(DeactivateMemberDocument, { id: member.id })).deactivateMember.errors).toEqual(notFound);
      expect((await huayun.data(ReactivateMemberDocument, { id: member.id })).reactivateMember.errors).toEqual(notFound);
      expect((await huayun.data(ResendSetPasswordLinkDocument, { id: member.id })).resendSetPasswordLink.errors).toEqual(notFound);

      expect((await acme.data(MemberDocument, { id: member.id })).member).toMatchObject({ displayName: 'Member private@acme-cloud.example', status: 'ACTIVE' });
      const huayunList = await huayun.data(MembersDocument, { first: 100 });
      expect(huayunList.members.edges.length).toBeGreaterThan(0);
      // An earlier test races both partners to create racer@race.example, so Huayun's list may hold a foreign domain:
      // what matters is that none of Acme's members is in it.
      const acmeEmails = new Set((await acme.data(MembersDocument, { first: 100 })).members.edges.map((e) => e.node.email));
      expect(huayunList.members.edges.map((e) => e.node.id)).not.toContain(member.id);
      expect(huayunList.members.edges.filter((e) => acmeEmails.has(e.node.email))).toEqual([]);
      const searched = await huayun.data(MembersDocument, { search: 'acme' });
      expect(searched.members.totalCount).toBe(0);
    });

    it('answers NOT_FOUND for ids that are not UUIDs', async () => {
      const read = await acme.request(MemberDocument, { id: 'nope' });
      expect(read.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('listing', () => {
    it('searches by name or e-mail (LIKE wildcards are literal) and filters by role and status', async () => {
      const byName = await acme.data(MembersDocument, { search: 'edited name' });
      expect(byName.members.edges.map((e) => e.node.email)).toEqual(['edit@acme-cloud.example']);
      const byEmail = await acme.data(MembersDocument, { search: 'FINANCE@acme' });
      expect(byEmail.members.edges.map((e) => e.node.email)).toEqual([demoMemberEmail('finance', 'acme-cloud')]);
      expect((await acme.data(MembersDocument, { search: '%' })).members.totalCount).toBe(0);
      expect((await acme.data(MembersDocument, { search: '_' })).members.totalCount).toBe(0);

      const viewers = await acme.data(MembersDocument, { first: 100, roleId: await roleId('Viewer'), status: 'ACTIVE' });
      expect(viewers.members.edges.length).toBeGreaterThan(1);
      expect(viewers.members.edges.every((e) => e.node.role?.name === 'Viewer' && e.node.status === 'ACTIVE')).toBe(true);
    });

    it('costs the same number of SQL statements for a page of 1 member and a page of many (no N+1)', async () => {
      // Not the administrator's row: its role is already loaded with the session, which would save the small page a query.
      const small = await countStatements(server.orm, () => acme.data(MembersDocument, { first: 1, search: 'viewer@' }));
      const large = await countStatements(server.orm, () => acme.data(MembersDocument, { first: 100 }));
      expect(small.result.members.edges).toHaveLength(1);
      expect(large.result.members.edges.length).toBeGreaterThan(10);
      expect(large.count).toBe(small.count);
    });
  });

  describe('roles: member counts and deletion', () => {
    it('counts the members of each role with one query for the whole page (no N+1)', async () => {
      const roles = await acme.data(RolesWithMemberCountDocument, { first: 100 });
      const count = (name: string) => roles.roles.edges.find((e) => e.node.name === name)!.node.memberCount;
      expect(count('Administrator')).toBe(2); // the demo administrator and the co-admin added above
      expect(count('Finance')).toBe(2); // the demo finance member and the promoted one
      expect(count('Deputy')).toBe(0);
      const viewers = await acme.data(MembersDocument, { first: 100, roleId: await roleId('Viewer') });
      expect(count('Viewer')).toBe(viewers.members.totalCount);

      const small = await countStatements(server.orm, () => acme.data(RolesWithMemberCountDocument, { first: 1 }));
      const large = await countStatements(server.orm, () => acme.data(RolesWithMemberCountDocument, { first: 100 }));
      expect(large.result.roles.edges.length).toBeGreaterThan(8);
      expect(large.count).toBe(small.count);
    });

    it('refuses to delete a built-in role, or a role members hold (saying how many), and deletes an unused one', async () => {
      const builtIn = await acme.data(DeleteRoleDocument, { id: await roleId('Viewer') });
      expect(builtIn.deleteRole).toEqual({ deletedRoleId: null, errors: [{ code: 'ROLE_BUILT_IN', field: 'id', message: 'Built-in roles cannot be deleted.' }] });

      const held = await createRole('Held', ['CUSTOMERS_VIEW']);
      await createMember('held1@acme-cloud.example', 'Held');
      const { member: second } = await createMember('held2@acme-cloud.example', 'Held');
      await acme.data(DeactivateMemberDocument, { id: second.id });
      const inUse = await acme.data(DeleteRoleDocument, { id: held });
      expect(inUse.deleteRole).toEqual({
        deletedRoleId: null,
        errors: [{ code: 'ROLE_IN_USE', field: 'id', message: 'This role is held by 2 members; give each of them another role first.' }],
      });

      const fromHuayun = await huayun.data(DeleteRoleDocument, { id: await roleId('Deputy') });
      expect(fromHuayun.deleteRole.errors).toEqual([{ code: 'NOT_FOUND', field: 'id', message: 'Role not found' }]);

      const deleted = await acme.data(DeleteRoleDocument, { id: await roleId('Deputy') });
      expect(deleted.deleteRole).toEqual({ deletedRoleId: await roleId('Deputy'), errors: [] });
      const roles = await acme.data(RolesWithMemberCountDocument, { first: 100 });
      expect(roles.roles.edges.map((e) => e.node.name)).not.toContain('Deputy');
      const log = await acme.data(AuditLogDocument, { first: 1, filter: { operation: 'deleteRole' } });
      expect(log.auditLog.edges[0]!.node).toMatchObject({ action: 'DELETE', entityType: 'Role', before: expect.objectContaining({ name: 'Deputy' }) });
    });
  });
});
