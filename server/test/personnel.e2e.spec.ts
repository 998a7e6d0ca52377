import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OPERATOR_EMAIL, DEMO_PASSWORD, demoAdminEmail } from '../src/seed/demo.js';
import { demoIndividualEmail } from '../src/seed/demo-personnel.js';
import { countStatements } from '../src/common/db/sql-counter.js';
import { runAsSystem } from '../src/common/audit/audit-scope.js';
import { withoutTenantFilter } from '../src/common/db/tenant.js';
import { Permission } from '../src/common/auth/permission.js';
import { Account, AccountKind } from '../src/modules/account/account.entity.js';
import { Role } from '../src/modules/organization/role.entity.js';
import { hashPassword } from '../src/modules/account/password.js';
import { AuditLogDocument } from './documents.js';
import {
  AcceptPersonnelInvitationDocument,
  CancelPersonnelInvitationDocument,
  CertificateHistoryDocument,
  DeclinePersonnelInvitationDocument,
  DedicatedPersonDocument,
  EndPersonnelAssociationDocument,
  InvitePersonnelDocument,
  MyCertificatesDocument,
  MyIndividualProfileDocument,
  MyPersonnelAssociationsDocument,
  MyPersonnelInvitationsDocument,
  PartnerCertificatesDocument,
  PersonnelDocument,
  PersonnelInvitationsDocument,
  SetEnterpriseAuthenticationDocument,
  SynchronizeCloudMigrationCertificateDocument,
  TransferCertificateDocument,
  UpdatePersonnelDocument,
  UploadCertificateDocument,
} from './personnel-documents.js';
import { startTestServer, type GqlClient, type TestServer } from './test-server.js';

const DAY = 86_400_000;
const PDF = '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';

describe('dedicated personnel and certificates', () => {
  let server: TestServer;
  let acme: GqlClient;
  let huayun: GqlClient;
  let operator: GqlClient;

  const individual = (loginId: string) => server.signIn(demoIndividualEmail(loginId));

  /** Signs everyone in again after the clock moved past the sessions' lifetime. */
  async function signInAgain() {
    [acme, huayun, operator] = await Promise.all([
      server.signIn(demoAdminEmail('acme-cloud')),
      server.signIn(demoAdminEmail('huayun')),
      server.signIn(DEMO_OPERATOR_EMAIL),
    ]);
  }

  async function uploadProof(client: GqlClient): Promise<string> {
    const form = new FormData();
    form.append('purpose', 'CERTIFICATE_PROOF');
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'hcip-proof.pdf');
    const response = await fetch(`${server.url}/api/uploads`, { method: 'POST', body: form, headers: { cookie: client.cookie! } });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  }

  async function personnelOf(client: GqlClient, variables: Record<string, unknown> = {}) {
    return (await client.data(PersonnelDocument, { first: 100, ...variables })).personnel.edges.map((e) => e.node);
  }

  async function invite(client: GqlClient, loginId: string) {
    return (await client.data(InvitePersonnelDocument, { input: { loginId } })).invitePersonnel;
  }

  async function pendingInvitationId(person: GqlClient): Promise<string> {
    const invitations = await person.data(MyPersonnelInvitationsDocument, { status: 'PENDING' });
    return invitations.myPersonnelInvitations.edges[0]!.node.id;
  }

  beforeAll(async () => {
    server = await startTestServer();
    await signInAgain();
  });
  afterAll(() => server.close());

  describe('verification of an invitation', () => {
    it('R-DP-1 answers "login ID cannot be found" for anything that is not an individual tenant name', async () => {
      for (const loginId of ['no_such_person', 'li.wei@individual.demo.test', 'operator']) {
        const result = await invite(acme, loginId);
        expect(result.invitation).toBeNull();
        expect(result.errors[0]).toMatchObject({ code: 'PERSONNEL_LOGIN_ID_NOT_FOUND', field: 'loginId' });
        expect(result.errors[0]!.message).toMatch(/login ID cannot be found/);
      }
    });

    it('R-DP-3 refuses an enterprise-authenticated ID, an ID associated with another partner and a partner account', async () => {
      expect((await invite(acme, 'sun_li')).errors[0]!.code).toBe('PERSONNEL_ENTERPRISE_AUTHENTICATED');
      expect((await invite(huayun, 'li_wei')).errors[0]!.code).toBe('PERSONNEL_ASSOCIATED_ELSEWHERE');
      expect((await invite(acme, 'li_wei')).errors[0]!.code).toBe('PERSONNEL_ALREADY_ASSOCIATED');
      expect((await invite(acme, 'nordlicht')).errors[0]!.code).toBe('PERSONNEL_IS_PARTNER_ACCOUNT');
      expect((await acme.data(PersonnelInvitationsDocument, { status: 'PENDING' })).personnelInvitations.edges.map((e) => e.node.individual.loginId)).toEqual(['zhao_lei']);
    });

    it('R-DP-3 an operator sets enterprise authentication, which then fails verification', async () => {
      const set = await operator.data(SetEnterpriseAuthenticationDocument, { input: { loginId: 'wu_hao', enterpriseAuthenticated: true } });
      expect(set.setEnterpriseAuthentication.individual).toEqual({ loginId: 'wu_hao', enterpriseAuthenticated: true });
      expect((await invite(acme, 'wu_hao')).errors[0]!.code).toBe('PERSONNEL_ENTERPRISE_AUTHENTICATED');
      await operator.data(SetEnterpriseAuthenticationDocument, { input: { loginId: 'wu_hao', enterpriseAuthenticated: false } });
      const wu = await individual('wu_hao');
      expect((await wu.data(MyIndividualProfileDocument)).myIndividualProfile).toMatchObject({ loginId: 'wu_hao', enterpriseAuthenticated: false });
    });

    it('R-DP-4 refuses an ID associated with three partners within the past 365 days, and allows it once one falls out', async () => {
      const refused = await invite(acme, 'liu_yang');
      expect(refused.errors[0]).toMatchObject({ code: 'PERSONNEL_THREE_PARTNERS_IN_YEAR', field: 'loginId' });
      // The Acme association ended 300 days ago: 66 days later it is more than 365 days old.
      server.clock.advance(64 * DAY);
      await signInAgain();
      expect((await invite(acme, 'liu_yang')).errors[0]!.code).toBe('PERSONNEL_THREE_PARTNERS_IN_YEAR');
      server.clock.advance(2 * DAY);
      await signInAgain();
      const allowed = await invite(acme, 'liu_yang');
      expect(allowed.errors).toEqual([]);
      expect(allowed.invitation).toMatchObject({ status: 'PENDING', individual: { loginId: 'liu_yang' } });
    });

    it('R-ORG-4 only the administrator invites and ends associations; a member with personnel rights cannot', async () => {
      const em = server.orm.em.fork();
      const admin = await em.findOneOrFail(Account, { email: demoAdminEmail('acme-cloud') }, withoutTenantFilter);
      const now = server.clock.now();
      await runAsSystem('test:setup', server.clock, async () => {
        const role = em.create(Role, { partner: admin.partner, name: 'Personnel keepers', description: null, permissions: [Permission.PERSONNEL_VIEW, Permission.PERSONNEL_MANAGE], createdAt: now, updatedAt: now });
        em.create(Account, { kind: AccountKind.PARTNER_MEMBER, email: 'hr@acme-cloud.demo.test', displayName: 'HR', passwordHash: await hashPassword(DEMO_PASSWORD), partner: admin.partner, role, createdAt: now, updatedAt: now });
        await em.flush();
      });
      const hr = await server.signIn('hr@acme-cloud.demo.test', DEMO_PASSWORD);
      const refused = await invite(hr, 'zhou_xin');
      expect(refused.errors).toEqual([{ code: 'PERSONNEL_ADMINISTRATOR_ONLY', field: null, message: 'Only the administrator account can invite personnel or end an association.' }]);
      const people = await personnelOf(hr);
      const ended = await hr.data(EndPersonnelAssociationDocument, { id: people[0]!.id });
      expect(ended.endPersonnelAssociation.errors[0]!.code).toBe('PERSONNEL_ADMINISTRATOR_ONLY');
      // Position and employment (R-DP-8) are theirs to keep.
      const updated = await hr.data(UpdatePersonnelDocument, { input: { id: people[0]!.id, position: people[0]!.position } });
      expect(updated.updatePersonnel.errors).toEqual([]);
      const viewer = await server.signIn('viewer@acme-cloud.demo.test');
      expect((await viewer.request(InvitePersonnelDocument, { input: { loginId: 'zhou_xin' } })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('invitations (R-DP-2)', () => {
    it('R-DP-2 an invitation is valid for 7 days; after that it cannot be accepted and the partner re-invites', async () => {
      const sent = await invite(acme, 'zhou_xin');
      expect(sent.errors).toEqual([]);
      expect(new Date(sent.invitation!.expiresAt).getTime() - server.clock.now().getTime()).toBe(7 * DAY);
      expect((await invite(acme, 'zhou_xin')).errors[0]!.code).toBe('PERSONNEL_INVITATION_PENDING');

      let zhou = await individual('zhou_xin');
      const seen = (await zhou.data(MyPersonnelInvitationsDocument, {})).myPersonnelInvitations.edges.map((e) => e.node);
      expect(seen[0]).toMatchObject({ status: 'PENDING', partner: { name: 'Acme Cloud Services' } });

      server.clock.advance(7 * DAY);
      await signInAgain();
      zhou = await individual('zhou_xin');
      const late = await zhou.data(AcceptPersonnelInvitationDocument, { id: seen[0]!.id });
      expect(late.acceptPersonnelInvitation.errors[0]).toMatchObject({ code: 'PERSONNEL_INVITATION_EXPIRED', field: 'id' });
      expect((await zhou.data(MyPersonnelInvitationsDocument, {})).myPersonnelInvitations.edges[0]!.node.status).toBe('EXPIRED');
      expect((await acme.data(PersonnelInvitationsDocument, { status: 'EXPIRED' })).personnelInvitations.edges.map((e) => e.node.individual.loginId)).toContain('zhou_xin');

      const again = await invite(acme, 'zhou_xin');
      expect(again.errors).toEqual([]);
      const accepted = await zhou.data(AcceptPersonnelInvitationDocument, { id: again.invitation!.id });
      expect(accepted.acceptPersonnelInvitation.invitation!.status).toBe('ACCEPTED');
      const associations = (await zhou.data(MyPersonnelAssociationsDocument)).myPersonnelAssociations;
      expect(associations).toEqual([expect.objectContaining({ endedAt: null, partner: { name: 'Acme Cloud Services' } })]);
    });

    it('declines and cancels: neither can be accepted afterwards', async () => {
      // The invitation of the R-DP-4 test expired with the 7 days of the previous test.
      expect((await invite(acme, 'liu_yang')).errors).toEqual([]);
      const liu = await individual('liu_yang');
      const id = await pendingInvitationId(liu);
      expect((await liu.data(DeclinePersonnelInvitationDocument, { id })).declinePersonnelInvitation.invitation!.status).toBe('DECLINED');
      expect((await liu.data(AcceptPersonnelInvitationDocument, { id })).acceptPersonnelInvitation.errors[0]!.code).toBe('PERSONNEL_INVITATION_NOT_PENDING');

      const second = await invite(acme, 'liu_yang');
      const cancelled = await acme.data(CancelPersonnelInvitationDocument, { id: second.invitation!.id });
      expect(cancelled.cancelPersonnelInvitation.invitation!.status).toBe('CANCELLED');
      expect((await liu.data(AcceptPersonnelInvitationDocument, { id: second.invitation!.id })).acceptPersonnelInvitation.errors[0]!.code).toBe('PERSONNEL_INVITATION_NOT_PENDING');
      // Another individual cannot touch someone else's invitation.
      const zhou = await individual('zhou_xin');
      expect((await zhou.data(AcceptPersonnelInvitationDocument, { id: second.invitation!.id })).acceptPersonnelInvitation.errors[0]!.code).toBe('NOT_FOUND');
    });

    it('R-DP-3 two partners inviting one ID at once: accepting both in parallel leaves exactly one association', async () => {
      await Promise.all([invite(acme, 'wu_hao'), invite(huayun, 'wu_hao')]);
      const wu = await individual('wu_hao');
      const ids = (await wu.data(MyPersonnelInvitationsDocument, { status: 'PENDING' })).myPersonnelInvitations.edges.map((e) => e.node.id);
      expect(ids).toHaveLength(2);
      const results = await Promise.all(ids.map((id) => wu.data(AcceptPersonnelInvitationDocument, { id })));
      const outcomes = results.map((r) => r.acceptPersonnelInvitation);
      expect(outcomes.filter((o) => o.invitation?.status === 'ACCEPTED')).toHaveLength(1);
      expect(outcomes.flatMap((o) => o.errors).map((e) => e.code)).toEqual(['PERSONNEL_ASSOCIATED_ELSEWHERE']);
      const open = (await wu.data(MyPersonnelAssociationsDocument)).myPersonnelAssociations.filter((a) => !a.endedAt);
      expect(open).toHaveLength(1);
    });
  });

  describe('certificates', () => {
    it('R-DP-6 an individual uploads an HCIP certificate with a proof; Cloud Migration cannot be uploaded', async () => {
      const zhou = await individual('zhou_xin');
      const refused = await zhou.data(UploadCertificateDocument, {
        input: { level: 'CLOUD_MIGRATION', track: 'Cloud Migration', number: 'CM-2026-0001', issuedOn: '2026-01-10', expiresOn: '2028-01-10', proofUploadId: await uploadProof(zhou) },
      });
      expect(refused.uploadCertificate.errors[0]).toMatchObject({ code: 'CERTIFICATE_NOT_UPLOADABLE', field: 'level' });
      expect(refused.uploadCertificate.errors[0]!.message).toMatch(/synchronised automatically/);

      const today = new Date(server.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
      const uploaded = await zhou.data(UploadCertificateDocument, {
        input: { level: 'HCIP', track: 'Security', number: 'hcip-sec-7788', issuedOn: '2026-01-10', expiresOn: '2029-01-10', proofUploadId: await uploadProof(zhou) },
      });
      expect(uploaded.uploadCertificate.errors).toEqual([]);
      expect(uploaded.uploadCertificate.certificate).toMatchObject({ level: 'HCIP', number: 'HCIP-SEC-7788', source: 'UPLOADED' });
      const duplicate = await zhou.data(UploadCertificateDocument, {
        input: { level: 'HCIP', track: 'Security', number: 'HCIP-SEC-7788', issuedOn: '2026-01-10', expiresOn: '2029-01-10', proofUploadId: await uploadProof(zhou) },
      });
      expect(duplicate.uploadCertificate.errors[0]!.code).toBe('CERTIFICATE_NUMBER_TAKEN');
      const future = await zhou.data(UploadCertificateDocument, {
        input: { level: 'HCIA', track: 'Security', number: 'HCIA-X-1', issuedOn: '2099-01-01', expiresOn: '2100-01-01', proofUploadId: await uploadProof(zhou) },
      });
      expect(future.uploadCertificate.errors[0]).toMatchObject({ code: 'CERTIFICATE_DATES_INVALID', field: 'issuedOn' });
      const backwards = await zhou.data(UploadCertificateDocument, {
        input: { level: 'HCIA', track: 'Security', number: 'HCIA-X-2', issuedOn: today, expiresOn: '2020-01-01', proofUploadId: await uploadProof(zhou) },
      });
      expect(backwards.uploadCertificate.errors[0]).toMatchObject({ code: 'CERTIFICATE_DATES_INVALID', field: 'expiresOn' });
      // A proof cannot be used twice.
      const proof = await uploadProof(zhou);
      await zhou.data(UploadCertificateDocument, { input: { level: 'HCCDA', track: 'Dev', number: 'HCCDA-1-A', issuedOn: '2026-01-10', expiresOn: '2029-01-10', proofUploadId: proof } });
      const reused = await zhou.data(UploadCertificateDocument, { input: { level: 'HCCDA', track: 'Dev', number: 'HCCDA-1-B', issuedOn: '2026-01-10', expiresOn: '2029-01-10', proofUploadId: proof } });
      expect(reused.uploadCertificate.errors[0]!.field).toBe('proofUploadId');
    });

    it('R-DP-6 Cloud Migration certificates arrive by an operator synchronisation', async () => {
      const synced = await operator.data(SynchronizeCloudMigrationCertificateDocument, {
        input: { loginId: 'zhou_xin', track: 'Cloud Migration', number: 'CM-2026-0042', issuedOn: '2026-02-01', expiresOn: '2028-02-01' },
      });
      expect(synced.synchronizeCloudMigrationCertificate.certificate).toMatchObject({ level: 'CLOUD_MIGRATION', source: 'SYNCHRONIZED' });
      const zhou = await individual('zhou_xin');
      const mine = (await zhou.data(MyCertificatesDocument)).myCertificates;
      expect(mine.find((c) => c.number === 'CM-2026-0042')).toMatchObject({ family: 'CLOUD_MIGRATION', source: 'SYNCHRONIZED', proofUrl: null });
      expect((await acme.request(SynchronizeCloudMigrationCertificateDocument, { input: { loginId: 'zhou_xin', track: 'x', number: 'CM-1-1', issuedOn: '2026-02-01', expiresOn: '2028-02-01' } })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('R-DP-5 the partner sees every certificate of its associated personnel, including new uploads, and their proofs', async () => {
      const certificates = (await acme.data(PartnerCertificatesDocument, {})).partnerCertificates.edges.map((e) => e.node);
      const zhou = certificates.filter((c) => c.holder.loginId === 'zhou_xin').map((c) => c.number);
      expect(zhou).toEqual(expect.arrayContaining(['HCIP-SEC-7788', 'CM-2026-0042']));
      expect(certificates.map((c) => c.holder.loginId)).toEqual(expect.arrayContaining(['li_wei', 'zhang_min']));
      const withProof = certificates.find((c) => c.number === 'HCIP-SEC-7788')!;
      const proof = await fetch(`${server.url}${withProof.proofUrl}`, { headers: { cookie: acme.cookie! } });
      expect(proof.status).toBe(200);
      expect(await proof.text()).toBe(PDF);
      // Huayun sees none of them, nor the proof.
      const theirs = (await huayun.data(PartnerCertificatesDocument, {})).partnerCertificates.edges.map((e) => e.node.holder.loginId);
      expect(theirs).not.toContain('zhou_xin');
      expect((await fetch(`${server.url}${withProof.proofUrl}`, { headers: { cookie: huayun.cookie! } })).status).toBe(404);
      const person = (await personnelOf(acme, { search: 'zhou' }))[0]!;
      expect(person.certificates.map((c) => c.number)).toEqual(expect.arrayContaining(['HCIP-SEC-7788']));
      expect((await huayun.request(DedicatedPersonDocument, { id: person.id })).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('R-DP-7 the partner moves a certificate from one member to another; the move is in its history and the audit log', async () => {
      const people = await personnelOf(acme);
      const li = people.find((p) => p.individual.loginId === 'li_wei')!;
      const zhang = people.find((p) => p.individual.loginId === 'zhang_min')!;
      const hcip = li.certificates.find((c) => c.level === 'HCIP')!;
      const moved = await acme.data(TransferCertificateDocument, { input: { certificateId: hcip.id, toPersonnelId: zhang.id } });
      expect(moved.transferCertificate.certificate).toEqual({ id: hcip.id, holder: { loginId: 'zhang_min' } });
      const history = (await acme.data(CertificateHistoryDocument, { id: hcip.id })).certificateHistory;
      expect(history).toEqual([expect.objectContaining({ fromLoginId: 'li_wei', toLoginId: 'zhang_min', transferredBy: demoAdminEmail('acme-cloud') })]);
      const audit = await acme.data(AuditLogDocument, { first: 10, filter: { entityType: 'Certificate', entityId: hcip.id } });
      expect(audit.auditLog.edges.map((e) => e.node.operation)).toContain('transferCertificate');
      const li_ = await individual('li_wei');
      expect((await li_.data(MyCertificatesDocument)).myCertificates.map((c) => c.id)).not.toContain(hcip.id);

      const same = await acme.data(TransferCertificateDocument, { input: { certificateId: hcip.id, toPersonnelId: zhang.id } });
      expect(same.transferCertificate.errors[0]!.code).toBe('CERTIFICATE_TRANSFER_INVALID');
      const foreign = await huayun.data(TransferCertificateDocument, { input: { certificateId: hcip.id, toPersonnelId: zhang.id } });
      expect(foreign.transferCertificate.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'certificateId' });
      const huayunPerson = (await personnelOf(huayun))[0]!;
      const outside = await acme.data(TransferCertificateDocument, { input: { certificateId: hcip.id, toPersonnelId: huayunPerson.id } });
      expect(outside.transferCertificate.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'toPersonnelId' });
    });
  });

  describe('the personnel list', () => {
    it('R-DP-8 keeps position and employment dates, refusing an end before the start', async () => {
      const zhou = (await personnelOf(acme, { search: 'zhou_xin' }))[0]!;
      const updated = await acme.data(UpdatePersonnelDocument, { input: { id: zhou.id, position: 'SA', employmentStart: '2025-03-01', employmentEnd: null } });
      expect(updated.updatePersonnel.person).toMatchObject({ position: 'SA', employmentStart: '2025-03-01', employmentEnd: null, eligibility: { fundingHead: true } });
      const wrong = await acme.data(UpdatePersonnelDocument, { input: { id: zhou.id, employmentEnd: '2025-02-01' } });
      expect(wrong.updatePersonnel.errors[0]).toMatchObject({ code: 'PERSONNEL_DATES_INVALID', field: 'employmentEnd' });
      expect((await personnelOf(acme, { search: 'zhou_xin' }))[0]!.employmentEnd).toBeNull();
    });

    it('R-DP-9 filters by position and by certificate level or higher, with an eligibility column', async () => {
      const logins = (people: { individual: { loginId: string } }[]) => people.map((p) => p.individual.loginId).sort();
      expect(logins(await personnelOf(acme, { position: 'SA' }))).toEqual(['zhang_min', 'zhou_xin']);
      expect(logins(await personnelOf(acme, { minimumLevel: 'HCIP' }))).toEqual(['zhang_min', 'zhou_xin']); // li_wei's HCIP moved to zhang_min
      expect(logins(await personnelOf(acme, { minimumLevel: 'HCCDA', validOnly: true }))).toEqual(['li_wei', 'zhou_xin']);
      const zhang = (await personnelOf(acme, { search: 'Zhang' }))[0]!;
      expect(zhang.eligibility).toEqual({ fundingHead: true, delivery: true, labels: ['BD/SA with HCIA or higher', 'Valid PM/HCIA/HCCDA or higher'] });
    });

    it('reads a page of any size with the same number of statements', async () => {
      const small = await countStatements(server.orm, () => acme.data(PersonnelDocument, { first: 1 }));
      const large = await countStatements(server.orm, () => acme.data(PersonnelDocument, { first: 50 }));
      expect(large.count).toBe(small.count);
      // totalCount is counted only when selected, also for a connection of views.
      const withoutCount = await countStatements(server.orm, () => acme.post({ query: '{ personnel(first: 5) { edges { node { id } } } }' }));
      expect(withoutCount.statements.some((statement) => /count\(/i.test(statement))).toBe(false);
      expect(small.statements.filter((statement) => /count\(/i.test(statement))).toHaveLength(1);
    });

    it('R-DP-5 ending an association hides the person and their certificates from the partner', async () => {
      const zhou = (await personnelOf(acme, { search: 'zhou_xin' }))[0]!;
      const ended = await acme.data(EndPersonnelAssociationDocument, { id: zhou.id });
      expect(ended.endPersonnelAssociation.person).toMatchObject({ certificates: [] });
      expect(ended.endPersonnelAssociation.person!.endedAt).not.toBeNull();
      expect(logins(await personnelOf(acme))).not.toContain('zhou_xin');
      expect(logins(await personnelOf(acme, { includeEnded: true }))).toContain('zhou_xin');
      const certificates = (await acme.data(PartnerCertificatesDocument, {})).partnerCertificates.edges.map((e) => e.node.holder.loginId);
      expect(certificates).not.toContain('zhou_xin');
      const zhouClient = await individual('zhou_xin');
      const associations = (await zhouClient.data(MyPersonnelAssociationsDocument)).myPersonnelAssociations;
      expect(associations[0]!.endedAt).not.toBeNull();
      const proofUrl = (await zhouClient.data(MyCertificatesDocument)).myCertificates.find((c) => c.proofUrl)!.proofUrl!;
      expect((await fetch(`${server.url}${proofUrl}`, { headers: { cookie: acme.cookie! } })).status).toBe(404);
      expect((await fetch(`${server.url}${proofUrl}`, { headers: { cookie: zhouClient.cookie! } })).status).toBe(200);
    });
  });
});

function logins(people: { individual: { loginId: string } }[]): string[] {
  return people.map((p) => p.individual.loginId).sort();
}
