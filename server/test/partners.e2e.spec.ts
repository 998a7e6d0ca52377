import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText } from 'unpdf';
import { DEMO_OPERATOR_EMAIL, demoAdminEmail } from '../src/seed/demo.js';
import { countStatements } from '../src/common/db/sql-counter.js';
import { AuditLogDocument, SetPasswordDocument } from './documents.js';
import {
  AuthenticationReviewsDocument,
  ChangePartnerCountryDocument,
  DeregisterPartnerAccountDocument,
  EnrolPartnerInProgramDocument,
  MyPartnerDocument,
  PartnerDocument,
  PartnersDocument,
  RegisterPartnerDocument,
  RequestResourcePurchaseDocument,
  ResendPartnerAdministratorLinkDocument,
  ReviewAuthenticationDocument,
  SetPartnerAccountFiguresDocument,
  SubmitBusinessAuthenticationDocument,
  SubmitPaymentAuthenticationDocument,
  UpdatePartnerInformationDocument,
  UpdatePartnerProgramDocument,
} from './partner-documents.js';
import { startTestServer, type GqlClient, type TestServer } from './test-server.js';
import { PartnerProgram } from '../src/modules/partner/partner-program.entity.js';
import { AuditEntry } from '../src/common/audit/audit-entry.entity.js';
import { withoutTenantFilter } from '../src/common/db/tenant.js';

const NEW_PASSWORD = 'contoso-password-2026';
const business = { legalEntityName: 'Contoso Cloud Pte. Ltd.', registrationNumber: '201912345K', legalRepresentative: 'Mei Tan', registeredAddress: '1 Marina Boulevard, Singapore' };
const payment = { bankName: 'DBS Bank', bankAccountName: 'Contoso Cloud Pte. Ltd.', bankAccountNumber: '0721234567', bankCode: 'DBSSSGSG', taxRate: '0.09', settlementCurrency: 'SGD' };

describe('partners: registration, authentications, programs and certificates', () => {
  let server: TestServer;
  let operator: GqlClient;
  let acme: GqlClient;
  /** A partner registered by the test: its administrator's client and ids. */
  let contoso: { id: string; admin: GqlClient; email: string };

  async function registerPartner(name: string, country: string, email: string) {
    const result = await operator.data(RegisterPartnerDocument, { input: { name, country, administratorEmail: email, administratorName: 'First Admin' } });
    expect(result.registerPartner.errors).toEqual([]);
    const { partner, setPasswordLink } = result.registerPartner.registration!;
    const token = new URL(setPasswordLink, server.url).searchParams.get('token')!;
    const set = await server.client().data(SetPasswordDocument, { input: { token, password: NEW_PASSWORD } });
    expect(set.setPassword.errors).toEqual([]);
    return { id: partner.id, admin: await server.signIn(email, NEW_PASSWORD), email };
  }

  beforeAll(async () => {
    server = await startTestServer();
    server.clock.set('2026-11-23T04:00:00.000Z');
    [operator, acme] = await Promise.all([server.signIn(DEMO_OPERATOR_EMAIL), server.signIn(demoAdminEmail('acme-cloud'))]);
    contoso = await registerPartner('Contoso Cloud 有限公司', 'SG', 'admin@contoso.test');
  });
  afterAll(() => server.close());

  describe('registration (operator)', () => {
    it('registers a partner whose administrator sets a password through the link and signs in', async () => {
      const mine = await contoso.admin.data(MyPartnerDocument);
      expect(mine.myPartner).toMatchObject({ name: 'Contoso Cloud 有限公司', country: 'SG', status: 'ACTIVE', businessAuthStatus: 'NOT_SUBMITTED', paymentAuthStatus: 'NOT_SUBMITTED', canReceiveIncentives: false, amountDue: '0.00000000', programs: [] });
      const detail = await operator.data(PartnerDocument, { id: contoso.id });
      expect(detail.partner.administrator).toEqual({ email: 'admin@contoso.test', displayName: 'First Admin', passwordSet: true });
    });

    it('R-ORG-2 refuses an administrator e-mail that is already registered, on its field', async () => {
      const result = await operator.data(RegisterPartnerDocument, {
        input: { name: 'Another Cloud', country: 'US', administratorEmail: 'ADMIN@Acme-Cloud.demo.test', administratorName: 'X' },
      });
      expect(result.registerPartner).toEqual({ registration: null, errors: [{ code: 'EMAIL_REGISTERED', field: 'administratorEmail', message: 'The email address has been registered' }] });
      const search = await operator.data(PartnersDocument, { search: 'Another Cloud' });
      expect(search.partners.totalCount).toBe(0);
    });

    it('R-PA-2 refuses company names that are not Chinese or English, and changes nothing', async () => {
      const result = await operator.data(RegisterPartnerDocument, { input: { name: 'Облако Ltd', country: 'US', administratorEmail: 'new@oblako.test', administratorName: 'X' } });
      expect(result.registerPartner.errors).toEqual([expect.objectContaining({ code: 'PARTNER_NAME_INVALID', field: 'name' })]);
      const update = await acme.data(UpdatePartnerInformationDocument, { input: { name: 'Acme Клауд' } });
      expect(update.updatePartnerInformation.errors[0]).toMatchObject({ code: 'PARTNER_NAME_INVALID', field: 'name' });
      expect((await acme.data(MyPartnerDocument)).myPartner.name).toBe('Acme Cloud Services');
    });

    it('R-PA-1 sets the country at registration from the legal entity and refuses unknown countries', async () => {
      const result = await operator.data(RegisterPartnerDocument, { input: { name: 'Nowhere Cloud', country: 'XX', administratorEmail: 'a@nowhere.test', administratorName: 'X' } });
      expect(result.registerPartner.errors[0]).toMatchObject({ code: 'PARTNER_COUNTRY_INVALID', field: 'country' });
    });

    it('gives a new set-password link that replaces the previous one', async () => {
      const registered = await operator.data(RegisterPartnerDocument, { input: { name: 'Linkless Cloud', country: 'DE', administratorEmail: 'admin@linkless.test', administratorName: 'L' } });
      const first = registered.registerPartner.registration!;
      const again = await operator.data(ResendPartnerAdministratorLinkDocument, { partnerId: first.partner.id });
      const oldToken = new URL(first.setPasswordLink, server.url).searchParams.get('token')!;
      const refused = await server.client().data(SetPasswordDocument, { input: { token: oldToken, password: NEW_PASSWORD } });
      expect(refused.setPassword.errors[0]!.code).toBe('PASSWORD_LINK_INVALID');
      const newToken = new URL(again.resendPartnerAdministratorLink.setPasswordLink!, server.url).searchParams.get('token')!;
      expect((await server.client().data(SetPasswordDocument, { input: { token: newToken, password: NEW_PASSWORD } })).setPassword.errors).toEqual([]);
    });

    it('keeps partner operations for operators: a partner administrator is refused', async () => {
      const list = await acme.request(PartnersDocument, {});
      expect(list.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const register = await acme.request(RegisterPartnerDocument, { input: { name: 'Sneaky', country: 'US', administratorEmail: 's@sneaky.test', administratorName: 'S' } });
      expect(register.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('registered country (R-PA-1)', () => {
    it('R-PA-1 the partner cannot change its country: the input has no such field and the operation is operators only', async () => {
      const withCountry = await acme.post({
        query: 'mutation { updatePartnerInformation(input: { country: "CN" }) { partner { country } } }',
      });
      expect(withCountry.status).toBe(400);
      const change = await acme.request(ChangePartnerCountryDocument, { input: { partnerId: contoso.id, country: 'CN', reason: 'Moved headquarters' } });
      expect(change.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await acme.data(MyPartnerDocument)).myPartner.country).toBe('US');
    });

    it('R-PA-1 an operator changes the country only with a reason, and the change is recorded', async () => {
      const noReason = await operator.data(ChangePartnerCountryDocument, { input: { partnerId: contoso.id, country: 'MY', reason: ' ' } });
      expect(noReason.changePartnerCountry.errors[0]).toMatchObject({ code: 'PARTNER_REASON_REQUIRED', field: 'reason' });
      const changed = await operator.data(ChangePartnerCountryDocument, {
        input: { partnerId: contoso.id, country: 'MY', reason: 'Legal entity re-registered in Malaysia (ticket 4711)' },
      });
      expect(changed.changePartnerCountry.partner).toEqual({ id: contoso.id, country: 'MY' });
      const mine = await contoso.admin.data(MyPartnerDocument);
      expect(mine.myPartner.country).toBe('MY');
      expect(mine.myPartner.countryChanges).toEqual([
        { fromCountry: 'SG', toCountry: 'MY', reason: 'Legal entity re-registered in Malaysia (ticket 4711)', changedBy: DEMO_OPERATOR_EMAIL },
      ]);
      const audit = await operator.data(AuditLogDocument, { first: 5, filter: { entityType: 'Partner', entityId: contoso.id } });
      expect(audit.auditLog.edges.map((e) => e.node.operation)).toContain('changePartnerCountry');
    });
  });

  describe('authentications (R-PA-3, R-PA-4)', () => {
    it('R-PA-3 runs business and payment authentication as separate workflows; incentives need both approved', async () => {
      const submittedBusiness = await contoso.admin.data(SubmitBusinessAuthenticationDocument, { input: business });
      expect(submittedBusiness.submitBusinessAuthentication.authentication).toMatchObject({ kind: 'BUSINESS', status: 'PENDING', submittedBy: 'admin@contoso.test' });
      const submittedPayment = await contoso.admin.data(SubmitPaymentAuthenticationDocument, { input: payment });
      expect(submittedPayment.submitPaymentAuthentication.authentication).toMatchObject({ kind: 'PAYMENT', status: 'PENDING', payment: { taxRate: '0.09000000', settlementCurrency: 'SGD' } });

      const queue = await operator.data(AuthenticationReviewsDocument, { first: 100 });
      const mine = queue.authenticationReviews.edges.filter((e) => e.node.partner.id === contoso.id);
      expect(mine.map((e) => e.node.kind).sort()).toEqual(['BUSINESS', 'PAYMENT']);
      const businessId = mine.find((e) => e.node.kind === 'BUSINESS')!.node.id;
      const paymentId = mine.find((e) => e.node.kind === 'PAYMENT')!.node.id;

      // The operator rejects the payment information with a reason; the partner sees it.
      const noReason = await operator.data(ReviewAuthenticationDocument, { input: { id: paymentId, decision: 'REJECT' } });
      expect(noReason.reviewAuthentication.errors[0]).toMatchObject({ code: 'AUTHENTICATION_REASON_REQUIRED', field: 'reason' });
      const rejected = await operator.data(ReviewAuthenticationDocument, { input: { id: paymentId, decision: 'REJECT', reason: 'The account holder does not match the legal entity.' } });
      expect(rejected.reviewAuthentication.authentication).toMatchObject({ status: 'REJECTED', reviewedBy: DEMO_OPERATOR_EMAIL });
      const approvedBusiness = await operator.data(ReviewAuthenticationDocument, { input: { id: businessId, decision: 'APPROVE' } });
      expect(approvedBusiness.reviewAuthentication.authentication!.status).toBe('APPROVED');
      let partner = (await contoso.admin.data(MyPartnerDocument)).myPartner;
      expect(partner).toMatchObject({ businessAuthStatus: 'APPROVED', paymentAuthStatus: 'REJECTED', canReceiveIncentives: false });
      expect(partner.authentications.find((a) => a.kind === 'PAYMENT')!.rejectionReason).toBe('The account holder does not match the legal entity.');

      // Reviewed once is final.
      const twice = await operator.data(ReviewAuthenticationDocument, { input: { id: paymentId, decision: 'APPROVE' } });
      expect(twice.reviewAuthentication.errors[0]!.code).toBe('AUTHENTICATION_NOT_PENDING');

      // Corrected and resubmitted; approved: now incentives can be received.
      server.clock.advance(60_000);
      const resubmitted = await contoso.admin.data(SubmitPaymentAuthenticationDocument, { input: { ...payment, bankAccountName: 'Contoso Cloud 有限公司' } });
      const resubmittedId = resubmitted.submitPaymentAuthentication.authentication!.id;
      await operator.data(ReviewAuthenticationDocument, { input: { id: resubmittedId, decision: 'APPROVE' } });
      partner = (await contoso.admin.data(MyPartnerDocument)).myPartner;
      expect(partner).toMatchObject({ businessAuthStatus: 'APPROVED', paymentAuthStatus: 'APPROVED', canReceiveIncentives: true });
      expect(partner.authentications.filter((a) => a.kind === 'PAYMENT').map((a) => a.status)).toEqual(['APPROVED', 'REJECTED']);
    });

    it('R-PA-4 corrected bank information is resubmitted and reviewed again before incentives resume', async () => {
      const corrected = await contoso.admin.data(SubmitPaymentAuthenticationDocument, { input: { ...payment, bankAccountNumber: '0729999999' } });
      expect(corrected.submitPaymentAuthentication.authentication!.status).toBe('PENDING');
      const partner = (await contoso.admin.data(MyPartnerDocument)).myPartner;
      expect(partner).toMatchObject({ paymentAuthStatus: 'PENDING', canReceiveIncentives: false });
      await operator.data(ReviewAuthenticationDocument, { input: { id: corrected.submitPaymentAuthentication.authentication!.id, decision: 'APPROVE' } });
      expect((await contoso.admin.data(MyPartnerDocument)).myPartner.canReceiveIncentives).toBe(true);
    });

    it('R-PA-4 refuses a tax rate outside 0 to below 1 and an unknown currency, changing nothing', async () => {
      const before = (await acme.data(MyPartnerDocument)).myPartner;
      const rate = await acme.data(SubmitPaymentAuthenticationDocument, { input: { ...payment, taxRate: '1.5' } });
      expect(rate.submitPaymentAuthentication.errors[0]).toMatchObject({ code: 'TAX_RATE_INVALID', field: 'taxRate' });
      const currency = await acme.data(SubmitPaymentAuthenticationDocument, { input: { ...payment, settlementCurrency: 'XYZ' } });
      expect(currency.submitPaymentAuthentication.errors[0]).toMatchObject({ code: 'CURRENCY_INVALID', field: 'settlementCurrency' });
      const after = (await acme.data(MyPartnerDocument)).myPartner;
      expect(after.paymentAuthStatus).toBe(before.paymentAuthStatus);
      expect(after.authentications).toHaveLength(before.authentications.length);
    });

    it('R-PA-3 keeps one submission waiting per kind, also when two are sent at once', async () => {
      const [a, b] = await Promise.all([
        acme.data(SubmitPaymentAuthenticationDocument, { input: payment }),
        acme.data(SubmitPaymentAuthenticationDocument, { input: payment }),
      ]);
      const outcomes = [a.submitPaymentAuthentication, b.submitPaymentAuthentication];
      expect(outcomes.filter((o) => o.authentication)).toHaveLength(1);
      expect(outcomes.flatMap((o) => o.errors).map((e) => e.code)).toEqual(['AUTHENTICATION_PENDING']);
      // The demo Acme business information is already pending too.
      const again = await acme.data(SubmitBusinessAuthenticationDocument, { input: business });
      expect(again.submitBusinessAuthentication.errors[0]!.code).toBe('AUTHENTICATION_PENDING');
    });
  });

  describe('programs, tiers and certificates (R-PA-5, R-PA-6)', () => {
    let cspId: string;

    it('R-PA-5 an operator enrols a partner in programs with a tier, or a phase and status', async () => {
      const noTier = await operator.data(EnrolPartnerInProgramDocument, { input: { partnerId: contoso.id, program: 'CLOUD_SOLUTION_PROVIDER' } });
      expect(noTier.enrolPartnerInProgram.errors[0]).toMatchObject({ code: 'PROGRAM_TIER_REQUIRED', field: 'tier' });
      const csp = await operator.data(EnrolPartnerInProgramDocument, { input: { partnerId: contoso.id, program: 'CLOUD_SOLUTION_PROVIDER', tier: 'ADVANCED' } });
      expect(csp.enrolPartnerInProgram.partnerProgram).toMatchObject({ program: 'CLOUD_SOLUTION_PROVIDER', tier: 'ADVANCED', joinedOn: '2026-11-23', validFrom: '2026-11-23', validUntil: '2027-01-31' });
      cspId = csp.enrolPartnerInProgram.partnerProgram!.id;
      const twice = await operator.data(EnrolPartnerInProgramDocument, { input: { partnerId: contoso.id, program: 'CLOUD_SOLUTION_PROVIDER', tier: 'CORE' } });
      expect(twice.enrolPartnerInProgram.errors[0]!.code).toBe('PROGRAM_ALREADY_JOINED');
      const path = await operator.data(EnrolPartnerInProgramDocument, { input: { partnerId: contoso.id, program: 'SOFTWARE_PARTNER' } });
      expect(path.enrolPartnerInProgram.partnerProgram).toMatchObject({ phase: 'SELECTION', developmentStatus: 'IN_PROGRESS', tier: null });
      const moved = await operator.data(UpdatePartnerProgramDocument, { input: { id: path.enrolPartnerInProgram.partnerProgram!.id, phase: 'VALIDATION', developmentStatus: 'UNDER_REVIEW' } });
      expect(moved.updatePartnerProgram.partnerProgram).toMatchObject({ phase: 'VALIDATION', developmentStatus: 'UNDER_REVIEW' });
      const tierOnPath = await operator.data(UpdatePartnerProgramDocument, { input: { id: path.enrolPartnerInProgram.partnerProgram!.id, tier: 'CORE' } });
      expect(tierOnPath.updatePartnerProgram.errors[0]!.code).toBe('PROGRAM_FIELD_NOT_APPLICABLE');
      const upgraded = await operator.data(UpdatePartnerProgramDocument, { input: { id: cspId, tier: 'PREMIER' } });
      expect(upgraded.updatePartnerProgram.partnerProgram!.tier).toBe('PREMIER');

      const programs = (await contoso.admin.data(MyPartnerDocument)).myPartner.programs;
      expect(programs.map((p) => [p.program, p.tier ?? p.phase])).toEqual([
        ['CLOUD_SOLUTION_PROVIDER', 'PREMIER'],
        ['SOFTWARE_PARTNER', 'VALIDATION'],
      ]);
    });

    it('R-PA-5 the partner downloads the program certificate PDF with partner, program, tier and validity', async () => {
      const response = await fetch(`${server.url}/api/partner-programs/${cspId}/certificate.pdf`, { headers: { cookie: contoso.admin.cookie! } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="PC-CSP-2026-[0-9A-F]{10}\.pdf"$/);
      const pdf = new Uint8Array(await response.arrayBuffer());
      const { text } = await extractText(pdf, { mergePages: true });
      expect(text).toContain('Contoso Cloud 有限公司');
      expect(text).toContain('Cloud Solution Provider Program');
      expect(text).toContain('Tier: Premier');
      expect(text).toContain('Valid from 2026-11-23 to 2027-01-31');
    });

    it("R-PA-5 another partner's certificate is not found, and anonymous callers are refused", async () => {
      const url = `${server.url}/api/partner-programs/${cspId}/certificate.pdf`;
      expect((await fetch(url, { headers: { cookie: acme.cookie! } })).status).toBe(404);
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { cookie: operator.cookie! } })).status).toBe(200);
      expect((await fetch(`${server.url}/api/partner-programs/not-an-id/certificate.pdf`, { headers: { cookie: acme.cookie! } })).status).toBe(404);
    });

    it('R-PA-6 certificates renew automatically on 31 January (Beijing time), once', async () => {
      const programs = server.services.partnerPrograms;
      const certificate = async () => server.orm.em.fork().findOneOrFail(PartnerProgram, { id: cspId }, withoutTenantFilter);
      try {
        server.clock.set('2027-01-30T15:59:59.999Z'); // 23:59:59.999 on 30 January in Beijing
        expect(await programs.renewDueCertificates(server.orm.em.fork())).toBe(0);
        server.clock.set('2027-01-30T16:00:00.000Z'); // 00:00 on 31 January in Beijing
        const renewed = await programs.renewDueCertificates(server.orm.em.fork());
        expect(renewed).toBeGreaterThanOrEqual(5); // Contoso's two and every demo partner's
        expect(await programs.renewDueCertificates(server.orm.em.fork())).toBe(0);
        expect(await certificate()).toMatchObject({ validFrom: '2027-01-31', validUntil: '2028-01-31', renewedAt: new Date('2027-01-30T16:00:00.000Z') });

        // A job that missed a whole year catches up to the next 31 January after today.
        server.clock.set('2029-03-01T00:00:00.000Z');
        await programs.renewDueCertificates(server.orm.em.fork());
        expect(await certificate()).toMatchObject({ validFrom: '2029-01-31', validUntil: '2030-01-31' });
        const audit = await server.orm.em.fork().find(AuditEntry, { entityId: cspId, operation: 'system:renewProgramCertificates' }, withoutTenantFilter);
        expect(audit).toHaveLength(2);
      } finally {
        server.clock.set('2026-11-23T04:00:00.000Z');
      }
    });
  });

  describe('account figures and refusals', () => {
    it('R-PA-8 shows amount due, balance and consumption quota exactly as an operator set them', async () => {
      const set = await operator.data(SetPartnerAccountFiguresDocument, {
        input: { partnerId: contoso.id, amountDue: '123456789012.12345678', accountBalance: '-0.00000001', consumptionQuota: '15000' },
      });
      expect(set.setPartnerAccountFigures.errors).toEqual([]);
      const mine = (await contoso.admin.data(MyPartnerDocument)).myPartner;
      expect([mine.amountDue, mine.accountBalance, mine.consumptionQuota]).toEqual(['123456789012.12345678', '-0.00000001', '15000.00000000']);
      const negative = await operator.data(SetPartnerAccountFiguresDocument, { input: { partnerId: contoso.id, amountDue: '-1', accountBalance: '0', consumptionQuota: '0' } });
      expect(negative.setPartnerAccountFigures.errors[0]).toMatchObject({ code: 'VALIDATION', field: 'amountDue' });
      const tooPrecise = await operator.request(SetPartnerAccountFiguresDocument, { input: { partnerId: contoso.id, amountDue: '0.123456789', accountBalance: '0', consumptionQuota: '0' } });
      expect(tooPrecise.status).toBe(400);
      expect((await contoso.admin.data(MyPartnerDocument)).myPartner.amountDue).toBe('123456789012.12345678');
    });

    it('R-PA-7 an account in a partner program cannot be deregistered', async () => {
      const result = await acme.data(DeregisterPartnerAccountDocument);
      expect(result.deregisterPartnerAccount).toEqual({
        partner: null,
        errors: [{ code: 'PARTNER_IN_PROGRAM', field: null, message: 'This account has joined a partner program and cannot be deregistered.' }],
      });
      expect((await acme.data(MyPartnerDocument)).myPartner.status).toBe('ACTIVE');
    });

    it('R-PA-7 a Cloud Solution Provider account cannot buy cloud resources; another partner account can', async () => {
      const csp = await acme.data(RequestResourcePurchaseDocument);
      expect(csp.requestResourcePurchase).toEqual({
        allowed: null,
        errors: [{ code: 'PARTNER_CSP_CANNOT_PURCHASE', field: null, message: 'A Cloud Solution Provider account cannot buy cloud resources.' }],
      });
      const other = await registerPartner('Fabrikam Consulting', 'FR', 'admin@fabrikam.test');
      expect((await other.admin.data(RequestResourcePurchaseDocument)).requestResourcePurchase).toEqual({ allowed: true, errors: [] });
    });

    it('R-PA-7 an account in no program can be deregistered: its members are signed out and deactivated', async () => {
      const other = await registerPartner('Woodgrove Systems', 'GB', 'admin@woodgrove.test');
      const result = await other.admin.data(DeregisterPartnerAccountDocument);
      expect(result.deregisterPartnerAccount.partner).toEqual({ id: other.id, status: 'DEREGISTERED' });
      expect((await other.admin.request(MyPartnerDocument)).status).toBe(401);
      await expect(server.signIn('admin@woodgrove.test', NEW_PASSWORD)).rejects.toThrow(/LOGIN_ACCOUNT_INACTIVE/);
      const enrol = await operator.data(EnrolPartnerInProgramDocument, { input: { partnerId: other.id, program: 'KOOGALLERY' } });
      expect(enrol.enrolPartnerInProgram.errors[0]!.code).toBe('PARTNER_DEREGISTERED');
    });
  });

  describe('partner list (operator)', () => {
    it('searches by name and filters by country, program, tier and authentication status', async () => {
      const names = async (variables: Parameters<typeof operator.data<unknown, object>>[1]) =>
        (await operator.data(PartnersDocument, { first: 100, ...(variables as object) })).partners.edges.map((e) => e.node.name).sort();
      expect(await names({ search: 'contoso' })).toEqual(['Contoso Cloud 有限公司']);
      expect(await names({ country: 'cn' })).toEqual(['华云数智科技有限公司']);
      expect(await names({ program: 'DISTRIBUTION_PARTNER' })).toEqual(['华云数智科技有限公司']);
      expect(await names({ tier: 'CORE' })).toEqual(['Nordlicht Systems GmbH']);
      expect(await names({ program: 'CLOUD_SOLUTION_PROVIDER', tier: 'PREMIER' })).toEqual(['Contoso Cloud 有限公司']);
      expect(await names({ businessAuthStatus: 'APPROVED', paymentAuthStatus: 'APPROVED' })).toEqual(['Contoso Cloud 有限公司', 'Nordlicht Systems GmbH']);
      expect(await names({ search: '100%_' })).toEqual([]);
    });

    it('pages with stable cursors and counts only when asked, with no query per row', async () => {
      const first = await operator.data(PartnersDocument, { first: 2 });
      expect(first.partners.totalCount).toBeGreaterThanOrEqual(7);
      const second = await operator.data(PartnersDocument, { first: 2, after: first.partners.pageInfo.endCursor });
      const ids = [...first.partners.edges, ...second.partners.edges].map((e) => e.node.id);
      expect(new Set(ids).size).toBe(4);
      const small = await countStatements(server.orm, () => operator.data(PartnersDocument, { first: 1 }));
      const large = await countStatements(server.orm, () => operator.data(PartnersDocument, { first: 7 }));
      expect(large.count).toBe(small.count);
    });
  });
});
