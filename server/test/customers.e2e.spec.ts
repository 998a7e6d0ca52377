import QRCode from 'qrcode';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAsSystem } from '../src/common/audit/audit-scope.js';
import { beijingDate } from '../src/common/beijing-time.js';
import { countStatements } from '../src/common/db/sql-counter.js';
import { withoutTenantFilter } from '../src/common/db/tenant.js';
import { CustomerAssociation } from '../src/modules/customer/customer-association.entity.js';
import { CustomerInvitation } from '../src/modules/customer/customer-development.entity.js';
import { AssociationModel, CustomerInvitationStatus, InvitationChannel } from '../src/modules/customer/customer.enums.js';
import { newInvitationCode } from '../src/modules/customer/customer.rules.js';
import { Partner } from '../src/modules/partner/partner.entity.js';
import { DEMO_CUSTOMER, DEMO_OPERATOR_EMAIL, demoAdminEmail, demoMemberEmail } from '../src/seed/demo.js';
import { DEMO_CUSTOMERS } from '../src/seed/demo-customers.js';
import type { Ctx } from '../src/app/context.js';
import { TENANT_FILTER } from '../src/common/db/tenant.js';
import { Account } from '../src/modules/account/account.entity.js';
import { permissionsOf } from '../src/modules/account/auth.service.js';
import { AuditLogDocument, MeDocument } from './documents.js';
import {
  AcceptCustomerInvitationDocument,
  AssignAccountManagerDocument,
  ChangeAssociationModelDocument,
  CompleteDisassociationDocument,
  CreateCustomerInvitationLinkDocument,
  CustomerAssociationDocument,
  CustomerInvitationDocument,
  CustomerInvitationsDocument,
  CustomerProfileDocument,
  CustomerProfilesDocument,
  CustomersDocument,
  CustomerTeamDocument,
  DisassociationRequestsDocument,
  EndReferralAssociationDocument,
  InviteCustomerByEmailDocument,
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  MyCustomerInvitationsDocument,
  MyCustomerPartnerDocument,
  MyCustomerProfileDocument,
  MyNotificationsDocument,
  OutboxMailsDocument,
  PartnerCustomerInvitationDocument,
  PreRegisterCustomerDocument,
  PreRegistrationsDocument,
  RegisterCustomerDocument,
  ReleasePreRegistrationDocument,
  RegisterCustomerFromInvitationDocument,
  RequestDisassociationDocument,
  RevokeCustomerInvitationDocument,
  SetAccountDirectorDocument,
  SetCustomerDiscountDocument,
  SetReferralDiscountRangeDocument,
  SetResellerBillVisibilityDocument,
  UpdateCustomerProfileDocument,
  WithdrawDisassociationRequestDocument,
} from './customers-documents.js';
import { startTestServer, type GqlClient, type TestServer } from './test-server.js';

const DAY = 86_400_000;
const PASSWORD = 'customer-password-2026';
type Model = 'REFERRAL' | 'RESELLER';
type Disposition = 'TRANSFERRED_TO_PARTNER' | 'WITHDRAWN' | 'KEPT' | 'NONE';

describe('customers and associations', () => {
  let server: TestServer;
  let operator: GqlClient;
  let acme: GqlClient;
  let huayun: GqlClient;
  let nordlicht: GqlClient;
  let serial = 0;

  const email = (prefix: string) => `${prefix}-${++serial}@customers.test`;

  /** Signs the partners and the operator in again after the clock moved past the sessions' lifetime (12 h). */
  async function signInAgain() {
    [operator, acme, huayun, nordlicht] = await Promise.all([
      server.signIn(DEMO_OPERATOR_EMAIL),
      server.signIn(demoAdminEmail('acme-cloud')),
      server.signIn(demoAdminEmail('huayun')),
      server.signIn(demoAdminEmail('nordlicht')),
    ]);
  }

  async function createLink(partner: GqlClient, model: Model = 'REFERRAL', label?: string) {
    const created = await partner.data(CreateCustomerInvitationLinkDocument, { input: { model, label } });
    expect(created.createCustomerInvitationLink.errors).toEqual([]);
    return created.createCustomerInvitationLink.invitation!;
  }

  async function inviteByEmail(partner: GqlClient, to: string, model: Model = 'REFERRAL', validDays?: number) {
    return (await partner.data(InviteCustomerByEmailDocument, { input: { email: to, model, validDays } })).inviteCustomerByEmail;
  }

  /** A new customer registered from an invitation: signed in by the registration itself. */
  async function signUp(code: string, address: string, company = 'Test Customer Ltd.') {
    const client = server.client();
    const result = await client.data(RegisterCustomerFromInvitationDocument, { input: { code, email: address, password: PASSWORD, companyName: company, country: 'US' } });
    expect(result.registerCustomerFromInvitation.errors).toEqual([]);
    return { client, id: result.registerCustomerFromInvitation.account!.id };
  }

  async function accept(customer: GqlClient, code: string, balanceDisposition?: Disposition) {
    return (await customer.data(AcceptCustomerInvitationDocument, { input: { code, balanceDisposition } })).acceptCustomerInvitation;
  }

  async function setProfile(customerId: string, input: Record<string, unknown>) {
    const updated = await operator.data(UpdateCustomerProfileDocument, { input: { customerId, ...input } });
    expect(updated.updateCustomerProfile.errors).toEqual([]);
    return updated.updateCustomerProfile.customer!;
  }

  async function customersOf(client: GqlClient, variables: Record<string, unknown> = {}) {
    return (await client.data(CustomersDocument, { first: 100, ...variables })).customers.edges.map((e) => e.node);
  }

  async function associationOf(client: GqlClient, customerEmail: string) {
    const [found] = await customersOf(client, { search: customerEmail });
    expect(found, customerEmail).toBeDefined();
    return found!;
  }

  const demoCustomer = (address: string) => server.signIn(address);

  beforeAll(async () => {
    server = await startTestServer();
    await signInAgain();
  });
  afterAll(() => server.close());

  describe('demo data and lists', () => {
    it('has twenty demo customers across the partners, both models, blocked ones, and Globex unassociated and free to associate', async () => {
      const all = await operator.data(CustomerProfilesDocument, { first: 100 });
      expect(all.customerProfiles.totalCount).toBe(DEMO_CUSTOMERS.length + 1);
      const globex = all.customerProfiles.edges.map((e) => e.node).find((c) => c.email === DEMO_CUSTOMER.email)!;
      expect(globex).toMatchObject({ companyName: 'Globex Retail Ltd.', associationBlockers: [], currentAssociation: null });
      const blocked = await operator.data(CustomerProfilesDocument, { first: 100, blocked: true });
      expect(blocked.customerProfiles.edges.flatMap((e) => e.node.associationBlockers.map((b) => b.code)).sort()).toEqual([
        'CUSTOMER_INTERNAL_ACCOUNT',
        'CUSTOMER_IN_ARREARS',
        'CUSTOMER_RESERVED_INSTANCES',
        'CUSTOMER_SPECIAL_CONTRACT',
      ]);
      const associated = await operator.data(CustomerProfilesDocument, { first: 100, associated: true });
      expect(associated.customerProfiles.totalCount).toBe(15);
      const models = new Set(associated.customerProfiles.edges.map((e) => e.node.currentAssociation!.model));
      expect(models).toEqual(new Set(['REFERRAL', 'RESELLER']));
      const buyer = await demoCustomer(DEMO_CUSTOMER.email);
      expect((await buyer.data(MyCustomerPartnerDocument)).myCustomerPartner).toBeNull();
      expect((await buyer.data(MyCustomerProfileDocument)).myCustomerProfile).toMatchObject({ email: DEMO_CUSTOMER.email, associationBlockers: [] });

      const acmeCustomers = await customersOf(acme);
      expect(acmeCustomers).toHaveLength(6);
      expect(acmeCustomers.find((c) => c.customer.email === 'cloud@northwind.demo.test')).toMatchObject({ model: 'RESELLER', accountManager: { email: 'manager@acme-cloud.demo.test' } });
      const pending = await acme.data(PreRegistrationsDocument, { status: 'ACTIVE' });
      expect(pending.preRegistrations.edges.map((e) => [e.node.email, e.node.daysLeft])).toEqual([
        ['prospect@umbrella-health.demo.test', 12],
        ['hello@skyline-studios.demo.test', 3],
      ]);
      const requests = await huayun.data(DisassociationRequestsDocument, { status: 'PENDING' });
      expect(requests.disassociationRequests.edges.map((e) => e.node.association.customer.email)).toEqual(['admin@xinghe-edu.demo.test']);
    });

    it('pages customers and customer profiles with a constant number of SQL statements (no N+1)', async () => {
      const small = await countStatements(server.orm, () => acme.data(CustomersDocument, { first: 1 }));
      const large = await countStatements(server.orm, () => acme.data(CustomersDocument, { first: 6 }));
      expect(large.result.customers.edges).toHaveLength(6);
      expect(large.count).toBe(small.count);
      const page1 = await countStatements(server.orm, () => operator.data(CustomerProfilesDocument, { first: 1, associated: true }));
      const page15 = await countStatements(server.orm, () => operator.data(CustomerProfilesDocument, { first: 15, associated: true }));
      expect(page15.result.customerProfiles.edges).toHaveLength(15);
      expect(page15.count).toBe(page1.count);
      // Keyset paging walks every customer once.
      const seen: string[] = [];
      let after: string | null | undefined;
      do {
        const page = await acme.data(CustomersDocument, { first: 4, after });
        seen.push(...page.customers.edges.map((e) => e.node.id));
        after = page.customers.pageInfo.hasNextPage ? page.customers.pageInfo.endCursor : null;
      } while (after);
      expect(new Set(seen).size).toBe(6);
    });
  });

  describe('R-CU-11 account managers and directors', () => {
    const MANAGED = ['cloud@northwind.demo.test', 'dev@adventure-works.demo.test', 'it@contoso-retail.demo.test', 'ops@fabrikam.demo.test'];
    const emails = (list: { customer: { email: string } }[]) => list.map((c) => c.customer.email).sort();

    it('R-CU-11 managers see their customers, directors those of the managers they lead, administrators and finance all', async () => {
      const [manager, director, finance, viewer] = await Promise.all(
        ['manager', 'director', 'finance', 'viewer'].map((prefix) => server.signIn(demoMemberEmail(prefix, 'acme-cloud'))),
      );
      expect(emails(await customersOf(manager!))).toEqual(MANAGED);
      expect(emails(await customersOf(director!))).toEqual(MANAGED);
      expect(await customersOf(finance!)).toHaveLength(6);
      expect(await customersOf(acme)).toHaveLength(6);
      expect(await customersOf(viewer!)).toEqual([]);
      // Outside the scope reads as absent.
      const tailspin = await associationOf(acme, 'admin@tailspin.demo.test');
      expect((await manager!.request(CustomerAssociationDocument, { id: tailspin.id })).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const team = (await acme.data(CustomerTeamDocument)).customerTeam;
      expect(team.find((m) => m.email === demoMemberEmail('manager', 'acme-cloud'))).toMatchObject({ role: 'ACCOUNT_MANAGER', customerCount: 4, ledBy: { email: demoMemberEmail('director', 'acme-cloud') } });
      expect(team.find((m) => m.email === demoMemberEmail('director', 'acme-cloud'))).toMatchObject({ role: 'ACCOUNT_DIRECTOR', customerCount: 4, leads: [{ email: demoMemberEmail('manager', 'acme-cloud') }] });
      // Only CUSTOMERS_MANAGE assigns.
      expect((await manager!.request(AssignAccountManagerDocument, { input: { associationId: tailspin.id, accountManagerId: null } })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('R-CU-11 assigns a customer to an account manager (audited, in the history, the manager notified); only Account Managers qualify', async () => {
      const team = (await acme.data(CustomerTeamDocument)).customerTeam;
      const managerId = team.find((m) => m.role === 'ACCOUNT_MANAGER')!.id;
      const directorId = team.find((m) => m.role === 'ACCOUNT_DIRECTOR')!.id;
      const tailspin = await associationOf(acme, 'admin@tailspin.demo.test');
      const wrong = await acme.data(AssignAccountManagerDocument, { input: { associationId: tailspin.id, accountManagerId: directorId } });
      expect(wrong.assignAccountManager.errors).toEqual([
        { code: 'ACCOUNT_MANAGER_ROLE_REQUIRED', field: 'accountManagerId', message: 'Choose an active member with the built-in Account Manager role.' },
      ]);
      const assigned = await acme.data(AssignAccountManagerDocument, { input: { associationId: tailspin.id, accountManagerId: managerId } });
      expect(assigned.assignAccountManager.association!.accountManager!.email).toBe(demoMemberEmail('manager', 'acme-cloud'));
      const manager = await server.signIn(demoMemberEmail('manager', 'acme-cloud'));
      expect(emails(await customersOf(manager))).toEqual([...MANAGED, 'admin@tailspin.demo.test'].sort());
      const notes = (await manager.data(MyNotificationsDocument, {})).myNotifications.edges.map((e) => e.node);
      expect(notes[0]).toMatchObject({ category: 'CUSTOMER', title: 'Tailspin Toys is assigned to you', link: `/partner/customers/${tailspin.id}` });
      const history = (await acme.data(CustomerAssociationDocument, { id: tailspin.id })).customerAssociation.events;
      expect(history.at(-1)).toMatchObject({ kind: 'ACCOUNT_MANAGER_ASSIGNED', actorEmail: demoAdminEmail('acme-cloud'), details: { from: null, to: { id: managerId } } });
      const audit = await acme.data(AuditLogDocument, { first: 10, filter: { entityId: tailspin.id, operation: 'assignAccountManager' } });
      expect(audit.auditLog.edges[0]!.node.diff).toMatchObject({ accountManager: [null, managerId] });
      // Filters: by manager and unassigned.
      expect(await customersOf(acme, { accountManagerId: managerId })).toHaveLength(5);
      expect(emails(await customersOf(acme, { unassigned: true }))).toEqual(['it@wingtip.demo.test']);
    });

    it('R-CU-11 visibleCustomerIds gives the next dashboards exactly the customers the list shows each role', async () => {
      /** The parts of a request context the scope reads: the member, its permissions and its tenant. */
      const contextOf = async (address: string): Promise<Ctx> => {
        const em = server.orm.em.fork();
        const account = await em.findOneOrFail(Account, { email: address }, { populate: ['role'], filters: false });
        em.setFilterParams(TENANT_FILTER, { partnerId: account.partner!.id });
        return { em, account, permissions: permissionsOf(account), partnerId: account.partner!.id } as unknown as Ctx;
      };
      for (const prefix of ['manager', 'director', 'finance', 'viewer']) {
        const address = demoMemberEmail(prefix, 'acme-cloud');
        const ids = await server.services.customerAssociations.visibleCustomerIds(await contextOf(address), { activeOnly: true });
        const listed = (await customersOf(await server.signIn(address), { status: 'ACTIVE' })).map((c) => c.customer.id);
        expect(ids.sort(), prefix).toEqual(listed.sort());
      }
      expect(await server.services.customerAssociations.visibleCustomerIds(await contextOf(demoMemberEmail('finance', 'acme-cloud')))).toHaveLength(6);
    });

    it('R-CU-11 an account director leads account managers: clearing the lead hides their customers from the director', async () => {
      const team = (await acme.data(CustomerTeamDocument)).customerTeam;
      const manager = team.find((m) => m.role === 'ACCOUNT_MANAGER')!;
      const director = team.find((m) => m.role === 'ACCOUNT_DIRECTOR')!;
      const wrong = await acme.data(SetAccountDirectorDocument, { input: { managerId: manager.id, directorId: manager.id } });
      expect(wrong.setAccountDirector.errors[0]).toMatchObject({ code: 'ACCOUNT_DIRECTOR_ROLE_REQUIRED', field: 'directorId' });
      const swapped = await acme.data(SetAccountDirectorDocument, { input: { managerId: director.id, directorId: director.id } });
      expect(swapped.setAccountDirector.errors[0]).toMatchObject({ code: 'ACCOUNT_MANAGER_ROLE_REQUIRED', field: 'managerId' });
      const cleared = await acme.data(SetAccountDirectorDocument, { input: { managerId: manager.id, directorId: null } });
      expect(cleared.setAccountDirector.member).toMatchObject({ ledBy: null, customerCount: 5 });
      const directorClient = await server.signIn(demoMemberEmail('director', 'acme-cloud'));
      expect(await customersOf(directorClient)).toEqual([]);
      const restored = await acme.data(SetAccountDirectorDocument, { input: { managerId: manager.id, directorId: director.id } });
      expect(restored.setAccountDirector.member!.ledBy!.id).toBe(director.id);
      expect(await customersOf(directorClient)).toHaveLength(5);
      // Another partner's manager is not found.
      const foreign = await huayun.data(SetAccountDirectorDocument, { input: { managerId: manager.id, directorId: null } });
      expect(foreign.setAccountDirector.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'managerId' });
    });
  });

  describe('invitations and acceptance (R-CU-6, R-CU-7)', () => {
    it('R-CU-6 a registration link never expires: a customer registers from it, sees the invitation, accepts, and the partner sees it', async () => {
      const link = await createLink(acme, 'REFERRAL', 'Newsletter');
      expect(link).toMatchObject({ channel: 'LINK', model: 'REFERRAL', label: 'Newsletter', expiresAt: null, status: 'ACTIVE', acceptedCount: 0 });
      expect(link.url).toBe(`${server.url}/invite/${link.code}`);
      const anonymous = server.client();
      const seen = await anonymous.data(CustomerInvitationDocument, { code: link.code });
      expect(seen.customerInvitation).toEqual({
        code: link.code,
        partnerName: 'Acme Cloud Services',
        partnerCountry: 'US',
        model: 'REFERRAL',
        channel: 'LINK',
        status: 'ACTIVE',
        validDays: null,
        expiresAt: null,
        emailHint: null,
      });
      expect((await anonymous.data(CustomerInvitationDocument, { code: 'x'.repeat(24) })).customerInvitation).toBeNull();
      const address = email('linked');
      const { client } = await signUp(link.code, address, 'Linked Customer Inc.');
      expect((await client.data(MeDocument)).me).toMatchObject({ email: address, kind: 'CUSTOMER' });

      server.clock.advance(90 * DAY);
      await signInAgain();
      const customer = await server.signIn(address, PASSWORD);
      expect((await customer.data(CustomerInvitationDocument, { code: link.code })).customerInvitation!.status).toBe('ACTIVE');
      const accepted = await accept(customer, link.code);
      expect(accepted.errors).toEqual([]);
      expect(accepted.association).toMatchObject({ model: 'REFERRAL', status: 'ACTIVE', balanceDisposition: 'NONE', partner: { name: 'Acme Cloud Services' }, customer: { email: address } });
      const listed = await associationOf(acme, address);
      expect(listed).toMatchObject({ model: 'REFERRAL', status: 'ACTIVE', invitationChannel: 'LINK', customer: { companyName: 'Linked Customer Inc.', country: 'US' } });
      const links = (await acme.data(CustomerInvitationsDocument, { channel: 'LINK' })).customerInvitations.edges.map((e) => e.node);
      expect(links.find((l) => l.id === link.id)).toMatchObject({ status: 'ACTIVE', acceptedCount: 1 });
    });

    it('R-CU-6 one link serves many customers, also at the same moment: each is associated and the count is exact', async () => {
      const link = await createLink(nordlicht, 'RESELLER', 'Crowd');
      const customers = await Promise.all(Array.from({ length: 6 }, () => signUp(link.code, email('crowd'))));
      const outcomes = await Promise.all(customers.map(({ client }) => accept(client, link.code)));
      expect(outcomes.map((o) => o.errors)).toEqual(Array(6).fill([]));
      const listed = (await nordlicht.data(CustomerInvitationsDocument, { channel: 'LINK', status: 'ACTIVE' })).customerInvitations.edges.map((e) => e.node);
      expect(listed.find((l) => l.id === link.id)!.acceptedCount).toBe(6);
    });

    it('R-CU-6 an e-mail invitation states its validity in the outbox mail and cannot be accepted after it, nor by anyone else', async () => {
      const address = email('mailed');
      const sent = await inviteByEmail(acme, address, 'REFERRAL', 3);
      expect(sent.errors).toEqual([]);
      const invitation = sent.invitation!;
      expect(invitation).toMatchObject({ channel: 'EMAIL', email: address, validDays: 3, status: 'ACTIVE' });
      expect(new Date(invitation.expiresAt!).getTime() - server.clock.now().getTime()).toBe(3 * DAY);
      const outbox = (await acme.data(OutboxMailsDocument, { to: address })).outboxMails.edges.map((e) => e.node);
      expect(outbox).toHaveLength(1);
      expect(outbox[0]).toMatchObject({ subject: 'Acme Cloud Services invites you to associate your cloud account', sentAt: null });
      expect(outbox[0]!.text).toContain(`${server.url}/invite/${invitation.code}`);
      expect(outbox[0]!.text).toContain('valid for 3 days, until');
      // Nobody else sees Acme's outbox.
      expect((await huayun.data(OutboxMailsDocument, { to: address })).outboxMails.totalCount).toBe(0);

      expect((await inviteByEmail(acme, address)).errors[0]!.code).toBe('CUSTOMER_INVITATION_PENDING');
      const tooLong = await inviteByEmail(acme, email('x'), 'REFERRAL', 31);
      expect(tooLong.errors[0]).toMatchObject({ code: 'VALIDATION', field: 'validDays' });

      // Only the invited address registers or accepts with it.
      const other = server.client();
      const wrongAddress = await other.data(RegisterCustomerFromInvitationDocument, {
        input: { code: invitation.code, email: email('intruder'), password: PASSWORD, companyName: 'Intruder Ltd.', country: 'US' },
      });
      expect(wrongAddress.registerCustomerFromInvitation.errors[0]).toMatchObject({ code: 'CUSTOMER_INVITATION_OTHER_RECIPIENT', field: 'code' });
      const { client: invitee } = await signUp(invitation.code, address, 'Mailed Customer Ltd.');
      const lookup = (await invitee.data(CustomerInvitationDocument, { code: invitation.code })).customerInvitation!;
      expect(lookup).toMatchObject({ channel: 'EMAIL', validDays: 3, emailHint: `m****@customers.test` });
      expect((await invitee.data(MyCustomerInvitationsDocument, {})).myCustomerInvitations.edges.map((e) => e.node)).toEqual([
        expect.objectContaining({ code: invitation.code, partnerName: 'Acme Cloud Services', status: 'ACTIVE', validDays: 3 }),
      ]);
      const { client: stranger } = await signUp((await createLink(nordlicht)).code, email('stranger'));
      expect((await accept(stranger, invitation.code)).errors[0]).toMatchObject({ code: 'CUSTOMER_INVITATION_OTHER_RECIPIENT', field: 'code' });

      server.clock.advance(3 * DAY);
      await signInAgain();
      const late = await server.signIn(address, PASSWORD);
      const expired = await accept(late, invitation.code);
      expect(expired.errors[0]).toMatchObject({ code: 'CUSTOMER_INVITATION_EXPIRED', field: 'code' });
      expect(expired.errors[0]!.message).toMatch(/valid for 3 days/);
      expect((await late.data(MyCustomerInvitationsDocument, { status: 'EXPIRED' })).myCustomerInvitations.edges).toHaveLength(1);
      expect((await acme.data(CustomerInvitationsDocument, { status: 'EXPIRED' })).customerInvitations.edges.map((e) => e.node.id)).toContain(invitation.id);

      const again = await inviteByEmail(acme, address);
      expect(again.errors).toEqual([]);
      expect(again.invitation!.validDays).toBe(7);
      const accepted = await accept(late, again.invitation!.code);
      expect(accepted.errors).toEqual([]);
      expect((await late.data(MyCustomerInvitationsDocument, { status: 'ACCEPTED' })).myCustomerInvitations.edges.map((e) => e.node.code)).toEqual([again.invitation!.code]);
      expect((await accept(late, again.invitation!.code)).errors[0]!.code).toBe('CUSTOMER_INVITATION_USED');
    });

    it('R-CU-6 a revoked link cannot be used to register or accept', async () => {
      const link = await createLink(huayun, 'RESELLER');
      const revoked = await huayun.data(RevokeCustomerInvitationDocument, { id: link.id });
      expect(revoked.revokeCustomerInvitation.invitation!.status).toBe('REVOKED');
      expect((await huayun.data(RevokeCustomerInvitationDocument, { id: link.id })).revokeCustomerInvitation.errors[0]!.code).toBe('CUSTOMER_INVITATION_REVOKED');
      const refused = await server.client().data(RegisterCustomerFromInvitationDocument, {
        input: { code: link.code, email: email('late'), password: PASSWORD, companyName: 'Late Ltd.', country: 'CN' },
      });
      expect(refused.registerCustomerFromInvitation.errors[0]!.code).toBe('CUSTOMER_INVITATION_REVOKED');
      const buyer = await demoCustomer(DEMO_CUSTOMER.email);
      expect((await accept(buyer, link.code)).errors[0]!.code).toBe('CUSTOMER_INVITATION_REVOKED');
    });

    it('R-CU-7 the customer is notified in the portal and by e-mail; the partner administrator too; notifications are marked read', async () => {
      const link = await createLink(nordlicht, 'REFERRAL');
      const address = email('notified');
      const { client: customer } = await signUp(link.code, address, 'Notified GmbH');
      expect((await accept(customer, link.code)).errors).toEqual([]);
      const mine = await customer.data(MyNotificationsDocument, {});
      expect(mine.unreadNotificationCount).toBe(1);
      expect(mine.myNotifications.edges[0]!.node).toMatchObject({
        category: 'ASSOCIATION',
        title: 'You are now associated with Nordlicht Systems GmbH',
        link: '/customer/partner',
        readAt: null,
      });
      const mail = (await nordlicht.data(OutboxMailsDocument, { to: address })).outboxMails.edges.map((e) => e.node);
      expect(mail).toEqual([expect.objectContaining({ subject: 'You are now associated with Nordlicht Systems GmbH' })]);
      const partnerSide = await nordlicht.data(MyNotificationsDocument, { unreadOnly: true });
      const association = await associationOf(nordlicht, address);
      expect(partnerSide.myNotifications.edges[0]!.node).toMatchObject({ title: 'Notified GmbH is now your customer', link: `/partner/customers/${association.id}` });

      const myPartner = (await customer.data(MyCustomerPartnerDocument)).myCustomerPartner;
      expect(myPartner).toMatchObject({ partner: { name: 'Nordlicht Systems GmbH' }, model: 'REFERRAL', discountRate: null, canViewBills: true, canRequestDisassociation: false });
      expect(new Date(myPartner!.since).getTime()).toBe(server.clock.now().getTime());

      // Someone else's notification is not found; read marks stick.
      const id = mine.myNotifications.edges[0]!.node.id;
      expect((await nordlicht.data(MarkNotificationReadDocument, { id })).markNotificationRead.errors[0]!.code).toBe('NOT_FOUND');
      expect((await customer.data(MarkNotificationReadDocument, { id })).markNotificationRead.notification!.readAt).not.toBeNull();
      expect((await customer.data(MyNotificationsDocument, { unreadOnly: true })).unreadNotificationCount).toBe(0);
      const before = (await nordlicht.data(MyNotificationsDocument, {})).unreadNotificationCount;
      expect(before).toBeGreaterThan(0);
      expect((await nordlicht.data(MarkAllNotificationsReadDocument)).markAllNotificationsRead.count).toBe(before);
      expect((await nordlicht.data(MyNotificationsDocument, {})).unreadNotificationCount).toBe(0);
    });
  });

  describe('association rules', () => {
    it('R-CU-1 an associated customer cannot accept another invitation, nor be invited or pre-registered again', async () => {
      const address = email('taken');
      const { client: customer } = await signUp((await createLink(acme)).code, address);
      expect((await accept(customer, (await createLink(acme)).code)).errors).toEqual([]);
      expect((await accept(customer, (await createLink(acme)).code)).errors[0]!.code).toBe('CUSTOMER_ALREADY_ASSOCIATED');
      expect((await accept(customer, (await createLink(huayun)).code)).errors[0]).toMatchObject({ code: 'CUSTOMER_ASSOCIATED_ELSEWHERE', field: 'code' });
      expect((await inviteByEmail(huayun, address)).errors[0]).toMatchObject({ code: 'CUSTOMER_ASSOCIATED_ELSEWHERE', field: 'email' });
      expect((await inviteByEmail(acme, address)).errors[0]!.code).toBe('CUSTOMER_ALREADY_ASSOCIATED');
      const preRegistered = await huayun.data(PreRegisterCustomerDocument, { input: { email: address, companyName: 'Taken Ltd.', country: 'CN' } });
      expect(preRegistered.preRegisterCustomer.errors[0]!.code).toBe('CUSTOMER_ASSOCIATED_ELSEWHERE');
    });

    it('R-CU-1 one customer accepting twenty partners’ invitations at once: exactly one association', async () => {
      const em = server.orm.em.fork();
      const now = server.clock.now();
      const codes: string[] = [];
      await runAsSystem('test:setup', server.clock, async () => {
        for (let i = 0; i < 20; i++) {
          const partner = em.create(Partner, { name: `Race Partner ${i}`, slug: `race-partner-${i}`, country: 'US', createdAt: now, updatedAt: now });
          const invitation = em.create(CustomerInvitation, {
            partner,
            channel: InvitationChannel.LINK,
            model: i % 2 ? AssociationModel.RESELLER : AssociationModel.REFERRAL,
            code: newInvitationCode(),
            status: CustomerInvitationStatus.ACTIVE,
            createdBy: 'test',
            createdAt: now,
            updatedAt: now,
          });
          codes.push(invitation.code);
        }
        await em.flush();
      });
      const { client: customer, id } = await signUp(codes[0]!, email('racer'));
      const outcomes = await Promise.all(codes.map((code) => accept(customer, code)));
      expect(outcomes.filter((o) => o.association)).toHaveLength(1);
      expect(outcomes.flatMap((o) => o.errors.map((e) => e.code))).toEqual(Array(19).fill('CUSTOMER_ASSOCIATED_ELSEWHERE'));
      expect(await em.fork().count(CustomerAssociation, { customer: id, endedAt: null }, withoutTenantFilter)).toBe(1);
    });

    it('R-CU-1 two partners’ e-mail invitations accepted at once: exactly one association, and the database refuses a second open one', async () => {
      const address = email('contested');
      const [fromAcme, fromHuayun] = await Promise.all([inviteByEmail(acme, address), inviteByEmail(huayun, address, 'RESELLER')]);
      const { client: customer, id } = await signUp(fromAcme.invitation!.code, address);
      const outcomes = await Promise.all([accept(customer, fromAcme.invitation!.code), accept(customer, fromHuayun.invitation!.code)]);
      expect(outcomes.filter((o) => o.association)).toHaveLength(1);
      expect(outcomes.flatMap((o) => o.errors.map((e) => e.code))).toEqual(['CUSTOMER_ASSOCIATED_ELSEWHERE']);

      // The partial unique index, not only the check, keeps one open association per customer.
      const em = server.orm.em.fork();
      const open = await em.findOneOrFail(CustomerAssociation, { customer: id, endedAt: null }, withoutTenantFilter);
      const other = await em.findOneOrFail(Partner, { slug: 'nordlicht' });
      await expect(
        runAsSystem('test:direct-insert', server.clock, async () => {
          const now = server.clock.now();
          em.create(CustomerAssociation, { partner: other, customer: open.customer, model: AssociationModel.REFERRAL, startedAt: now, createdAt: now, updatedAt: now });
          await em.flush();
        }),
      ).rejects.toBeInstanceOf(UniqueConstraintViolationException);
    });

    it('R-CU-2 refuses a customer in arrears, with a special contract, or an internal account, each with its own code and message', async () => {
      const link = await createLink(acme);
      const cases = [
        ['finance@overdue-trading.demo.test', 'CUSTOMER_IN_ARREARS', /in arrears/],
        ['it@stateside-bank.demo.test', 'CUSTOMER_SPECIAL_CONTRACT', /special contract/],
        ['ops@cloud-internal.demo.test', 'CUSTOMER_INTERNAL_ACCOUNT', /internal cloud account/],
        ['it@reserved-analytics.demo.test', 'CUSTOMER_RESERVED_INSTANCES', /unexpired reserved instances/],
      ] as const;
      for (const [address, code, message] of cases) {
        const customer = await demoCustomer(address);
        const refused = await accept(customer, link.code);
        expect(refused.association).toBeNull();
        expect(refused.errors[0]!.code).toBe(code);
        expect(refused.errors[0]!.message).toMatch(message);
      }
      // Cleared by an operator, the same customer can be associated.
      const overdue = await demoCustomer('finance@overdue-trading.demo.test');
      const profile = (await overdue.data(MyCustomerProfileDocument)).myCustomerProfile;
      await setProfile(profile.id, { inArrears: false });
      expect((await accept(overdue, link.code)).errors).toEqual([]);
    });

    it('R-CU-2 unexpired reserved instances block association until the day after they expire (Beijing time)', async () => {
      const link = await createLink(huayun);
      const address = email('reserved');
      const { client: customer, id } = await signUp(link.code, address);
      const today = beijingDate(server.clock.now());
      const tomorrow = beijingDate(new Date(server.clock.now().getTime() + DAY));
      const blocked = await setProfile(id, { reservedInstancesUntil: tomorrow });
      expect(blocked).toMatchObject({ hasUnexpiredReservedInstances: true, associationBlockers: [{ code: 'CUSTOMER_RESERVED_INSTANCES' }] });
      expect((await accept(customer, link.code)).errors[0]!.code).toBe('CUSTOMER_RESERVED_INSTANCES');
      expect(tomorrow > today).toBe(true);
      server.clock.advance(DAY);
      await signInAgain();
      const later = await server.signIn(address, PASSWORD);
      expect((await later.data(MyCustomerProfileDocument)).myCustomerProfile.associationBlockers).toEqual([]);
      expect((await accept(later, link.code)).errors).toEqual([]);
    });

    it('R-CU-5 another partner’s pre-registration blocks pre-registering and associating the e-mail for 15 days; a new e-mail is a new prospect', async () => {
      const address = email('prospect');
      const created = await acme.data(PreRegisterCustomerDocument, { input: { email: ` ${address.toUpperCase()} `, companyName: 'Prospect Corp.', country: 'US' } });
      expect(created.preRegisterCustomer.errors).toEqual([]);
      expect(created.preRegisterCustomer.preRegistration).toMatchObject({ email: address, status: 'ACTIVE', daysLeft: 15, createdBy: demoAdminEmail('acme-cloud') });
      expect((await acme.data(PreRegisterCustomerDocument, { input: { email: address, companyName: 'Prospect Corp.', country: 'US' } })).preRegisterCustomer.errors[0]!.code).toBe(
        'PRE_REGISTRATION_EXISTS',
      );
      const elsewhere = await huayun.data(PreRegisterCustomerDocument, { input: { email: address, companyName: 'Prospect Corp.', country: 'US' } });
      expect(elsewhere.preRegisterCustomer.errors[0]).toMatchObject({ code: 'CUSTOMER_PRE_REGISTERED_ELSEWHERE', field: 'email' });
      expect((await inviteByEmail(huayun, address)).errors[0]!.code).toBe('CUSTOMER_PRE_REGISTERED_ELSEWHERE');
      // Same company, new e-mail: a new prospect.
      const fresh = await huayun.data(PreRegisterCustomerDocument, { input: { email: email('prospect-new'), companyName: 'Prospect Corp.', country: 'US' } });
      expect(fresh.preRegisterCustomer.errors).toEqual([]);

      const huayunLink = await createLink(huayun);
      const { client: customer } = await signUp(huayunLink.code, address, 'Prospect Corp.');
      expect((await accept(customer, huayunLink.code)).errors[0]).toMatchObject({ code: 'CUSTOMER_PRE_REGISTERED_ELSEWHERE', field: 'code' });

      server.clock.advance(14 * DAY);
      await signInAgain();
      const listed = await acme.data(PreRegistrationsDocument, { search: address });
      expect(listed.preRegistrations.edges[0]!.node).toMatchObject({ status: 'ACTIVE', daysLeft: 1 });
      let later = await server.signIn(address, PASSWORD);
      expect((await accept(later, huayunLink.code)).errors[0]!.code).toBe('CUSTOMER_PRE_REGISTERED_ELSEWHERE');

      server.clock.advance(DAY);
      await signInAgain();
      expect((await acme.data(PreRegistrationsDocument, { search: address })).preRegistrations.edges[0]!.node).toMatchObject({ status: 'EXPIRED', daysLeft: 0 });
      expect((await acme.data(PreRegistrationsDocument, { status: 'ACTIVE', search: address })).preRegistrations.totalCount).toBe(0);
      later = await server.signIn(address, PASSWORD);
      expect((await accept(later, huayunLink.code)).errors).toEqual([]);
    });

    it('R-CU-5 the pre-registering partner itself can associate the customer while the protection lasts', async () => {
      const address = email('own-prospect');
      expect((await nordlicht.data(PreRegisterCustomerDocument, { input: { email: address, companyName: 'Own Prospect AG', country: 'DE' } })).preRegisterCustomer.errors).toEqual([]);
      const invited = await inviteByEmail(nordlicht, address, 'RESELLER');
      expect(invited.errors).toEqual([]);
      const { client: customer } = await signUp(invited.invitation!.code, address);
      expect((await accept(customer, invited.invitation!.code)).association!.model).toBe('RESELLER');
    });

    it('R-CU-5 a partner releases its pre-registration early; then another partner may pre-register the e-mail', async () => {
      const address = email('released');
      const created = (await acme.data(PreRegisterCustomerDocument, { input: { email: address, companyName: 'Released Inc.', country: 'US' } })).preRegisterCustomer.preRegistration!;
      expect((await huayun.data(ReleasePreRegistrationDocument, { id: created.id })).releasePreRegistration.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      const viewer = await server.signIn(demoMemberEmail('viewer', 'acme-cloud'));
      expect((await viewer.request(ReleasePreRegistrationDocument, { id: created.id })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const released = await acme.data(ReleasePreRegistrationDocument, { id: created.id });
      expect(released.releasePreRegistration.preRegistration).toMatchObject({ status: 'EXPIRED', daysLeft: 0 });
      expect((await acme.data(ReleasePreRegistrationDocument, { id: created.id })).releasePreRegistration.errors[0]!.code).toBe('PRE_REGISTRATION_EXPIRED');
      expect((await huayun.data(PreRegisterCustomerDocument, { input: { email: address, companyName: 'Released Inc.', country: 'US' } })).preRegisterCustomer.errors).toEqual([]);
    });

    it('R-CU-5 three partners pre-registering one e-mail at once: exactly one succeeds', async () => {
      const address = email('raced-prospect');
      const results = await Promise.all(
        [acme, huayun, nordlicht].map((client) => client.data(PreRegisterCustomerDocument, { input: { email: address, companyName: 'Raced Prospect', country: 'US' } })),
      );
      const outcomes = results.map((r) => r.preRegisterCustomer);
      expect(outcomes.filter((o) => o.preRegistration)).toHaveLength(1);
      expect(outcomes.flatMap((o) => o.errors.map((e) => e.code))).toEqual(['CUSTOMER_PRE_REGISTERED_ELSEWHERE', 'CUSTOMER_PRE_REGISTERED_ELSEWHERE']);
    });

    it('R-CU-9 a reseller association with top-up rewards or outstanding invoices above 2,000 RMB needs a service ticket', async () => {
      const link = await createLink(acme, 'RESELLER');
      const { client: customer, id } = await signUp(link.code, email('rewarded'));
      await setProfile(id, { accountBalance: '500.00000000', hasTopUpRewards: true });
      const rewarded = await accept(customer, link.code);
      expect(rewarded.errors[0]!.code).toBe('CUSTOMER_BALANCE_NEEDS_TICKET');
      expect(rewarded.errors[0]!.message).toMatch(/submit a service ticket or contact customer service/);
      await setProfile(id, { hasTopUpRewards: false, outstandingInvoicesRmb: '2000.00000001' });
      expect((await accept(customer, link.code)).errors[0]!.code).toBe('CUSTOMER_BALANCE_NEEDS_TICKET');
      // Exactly 2,000 RMB is allowed, but the balance needs a choice.
      await setProfile(id, { outstandingInvoicesRmb: '2000.00000000' });
      const undecided = await accept(customer, link.code);
      expect(undecided.errors[0]).toMatchObject({ code: 'CUSTOMER_BALANCE_DISPOSITION_REQUIRED', field: 'balanceDisposition' });
      expect(undecided.errors[0]!.message).toMatch(/USD 500\.00/);
      expect((await accept(customer, link.code, 'KEPT')).errors[0]!.code).toBe('CUSTOMER_BALANCE_DISPOSITION_REQUIRED');
      const transferred = await accept(customer, link.code, 'TRANSFERRED_TO_PARTNER');
      expect(transferred.errors).toEqual([]);
      expect(transferred.association).toMatchObject({ model: 'RESELLER', balanceDisposition: 'TRANSFERRED_TO_PARTNER', balanceAmount: '500.00000000' });
      expect((await customer.data(MyCustomerProfileDocument)).myCustomerProfile.accountBalance).toBe('0.00000000');
      const history = (await acme.data(CustomerAssociationDocument, { id: transferred.association!.id })).customerAssociation.events;
      expect(history[0]).toMatchObject({ kind: 'ASSOCIATED', details: { balanceDisposition: 'TRANSFERRED_TO_PARTNER', balanceAmount: '500.00000000' } });
    });

    it('R-CU-9 a reseller customer may withdraw its balance instead; a referral customer keeps its balance', async () => {
      const initech = await demoCustomer('cfo@initech.demo.test');
      const reseller = await createLink(nordlicht, 'RESELLER');
      const withdrawn = await accept(initech, reseller.code, 'WITHDRAWN');
      expect(withdrawn.association).toMatchObject({ balanceDisposition: 'WITHDRAWN', balanceAmount: '860.25000000' });

      const referral = await createLink(huayun, 'REFERRAL');
      const { client: customer, id } = await signUp(referral.code, email('saver'));
      await setProfile(id, { accountBalance: '120.12345678', hasTopUpRewards: true, outstandingInvoicesRmb: '9000' });
      const kept = await accept(customer, referral.code, 'WITHDRAWN');
      expect(kept.association).toMatchObject({ model: 'REFERRAL', balanceDisposition: 'KEPT', balanceAmount: '120.12345678' });
      expect((await customer.data(MyCustomerProfileDocument)).myCustomerProfile.accountBalance).toBe('120.12345678');
      expect((await customer.data(MyCustomerPartnerDocument)).myCustomerPartner!.balanceDisposition).toBe('KEPT');
    });

    it('R-CU-3 the model is permanent: only an operator changes it, with a reason kept in the history', async () => {
      const jinhua = await associationOf(huayun, 'ops@jinhua-foods.demo.test');
      expect(jinhua).toMatchObject({ model: 'REFERRAL', discountRate: '0.08000000' });
      const input = { associationId: jinhua.id, model: 'RESELLER' as const, reason: 'Ticket 4711: the customer moves to prepayment.' };
      expect((await huayun.request(ChangeAssociationModelDocument, { input })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await operator.data(ChangeAssociationModelDocument, { input: { ...input, reason: 'x' } })).changeAssociationModel.errors[0]).toMatchObject({
        code: 'ASSOCIATION_REASON_REQUIRED',
        field: 'reason',
      });
      expect((await operator.data(ChangeAssociationModelDocument, { input: { ...input, model: 'REFERRAL' } })).changeAssociationModel.errors[0]!.code).toBe('ASSOCIATION_MODEL_UNCHANGED');
      const changed = await operator.data(ChangeAssociationModelDocument, { input });
      expect(changed.changeAssociationModel.association).toMatchObject({ model: 'RESELLER', discountRate: null });
      expect(changed.changeAssociationModel.association!.events.at(-1)).toMatchObject({
        kind: 'MODEL_CHANGED',
        actorEmail: DEMO_OPERATOR_EMAIL,
        details: { from: 'REFERRAL', to: 'RESELLER', reason: input.reason, discountCleared: true },
      });
      // Accepting another of the partner's invitations cannot change it either.
      const customer = await demoCustomer('ops@jinhua-foods.demo.test');
      expect((await accept(customer, (await createLink(huayun, 'REFERRAL')).code)).errors[0]!.code).toBe('CUSTOMER_ALREADY_ASSOCIATED');
      expect((await customer.data(MyCustomerPartnerDocument)).myCustomerPartner).toMatchObject({ model: 'RESELLER', discountRate: null });
      expect((await customer.data(MyNotificationsDocument, { unreadOnly: true })).myNotifications.edges[0]!.node.title).toBe('Your association model changed');
    });

    it('R-CU-4 a referral discount within the range an operator authorised; none for reseller customers', async () => {
      const alpenblick = await associationOf(nordlicht, 'ops@alpenblick.demo.test');
      const bergmann = await associationOf(nordlicht, 'it@bergmann-maschinen.demo.test');
      const set = (associationId: string, discountRate: string | null) => nordlicht.data(SetCustomerDiscountDocument, { input: { associationId, discountRate } });
      expect((await set(alpenblick.id, '0.05')).setCustomerDiscount.errors[0]).toMatchObject({ code: 'DISCOUNT_RANGE_NOT_AUTHORISED', field: 'discountRate' });

      const nordlichtId = (await operator.data(CustomerProfileDocument, { id: alpenblick.customer.id })).customerProfile.currentAssociation!.partner.id;
      const range = (min: string | null, max: string | null) => operator.data(SetReferralDiscountRangeDocument, { input: { partnerId: nordlichtId, min, max } });
      expect((await range('0.12', '0.02')).setReferralDiscountRange.errors[0]).toMatchObject({ code: 'DISCOUNT_RANGE_INVALID', field: 'min' });
      expect((await range('0.02', '1')).setReferralDiscountRange.errors[0]).toMatchObject({ code: 'DISCOUNT_RANGE_INVALID', field: 'max' });
      expect((await range('0.02', '0.12')).setReferralDiscountRange.partner).toMatchObject({ referralDiscountMin: '0.02000000', referralDiscountMax: '0.12000000' });
      expect((await nordlicht.request(SetReferralDiscountRangeDocument, { input: { partnerId: nordlichtId, min: '0', max: '0.9' } })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const outside = await set(alpenblick.id, '0.15');
      expect(outside.setCustomerDiscount.errors).toEqual([{ code: 'DISCOUNT_OUT_OF_RANGE', field: 'discountRate', message: 'The discount must be within the authorised range, 2 % to 12 %.' }]);
      expect((await set(alpenblick.id, '0.01')).setCustomerDiscount.errors[0]!.code).toBe('DISCOUNT_OUT_OF_RANGE');
      expect((await set(alpenblick.id, '0.12')).setCustomerDiscount.association!.discountRate).toBe('0.12000000');
      const reseller = await set(bergmann.id, '0.05');
      expect(reseller.setCustomerDiscount.errors[0]).toMatchObject({ code: 'DISCOUNT_RESELLER', field: 'discountRate' });
      expect(reseller.setCustomerDiscount.errors[0]!.message).toMatch(/cannot be set for reseller customers/);

      const customer = await demoCustomer('ops@alpenblick.demo.test');
      expect((await customer.data(MyCustomerPartnerDocument)).myCustomerPartner!.discountRate).toBe('0.12000000');
      const history = (await nordlicht.data(CustomerAssociationDocument, { id: alpenblick.id })).customerAssociation.events;
      expect(history.at(-1)).toMatchObject({ kind: 'DISCOUNT_SET', details: { from: null, to: '0.12000000' }, actorEmail: demoAdminEmail('nordlicht') });
      const viewer = await server.signIn(demoMemberEmail('viewer', 'nordlicht'));
      expect((await viewer.request(SetCustomerDiscountDocument, { input: { associationId: alpenblick.id, discountRate: '0.05' } })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('R-CU-8 a reseller customer requests disassociation, may withdraw it, and the partner completes it', async () => {
      const address = 'it@rheinwerk-data.demo.test';
      const customer = await demoCustomer(address);
      const ask = (reason: string) => customer.data(RequestDisassociationDocument, { input: { reason } });
      expect((await ask('no')).requestDisassociation.errors[0]!.code).toBe('ASSOCIATION_REASON_REQUIRED');
      // Events are ordered by time: let a minute pass between the steps.
      const tick = () => server.clock.advance(60_000);
      tick();
      const first = await ask('We consolidate our cloud accounts.');
      expect(first.requestDisassociation.request).toMatchObject({ status: 'PENDING', reason: 'We consolidate our cloud accounts.' });
      expect((await ask('Again, please.')).requestDisassociation.errors[0]!.code).toBe('DISASSOCIATION_PENDING');
      expect((await customer.data(MyCustomerPartnerDocument)).myCustomerPartner).toMatchObject({ canRequestDisassociation: false, pendingDisassociationRequest: { status: 'PENDING' } });
      const notice = (await nordlicht.data(MyNotificationsDocument, { unreadOnly: true })).myNotifications.edges[0]!.node;
      expect(notice).toMatchObject({ category: 'DISASSOCIATION', title: 'Rheinwerk Data GmbH requests disassociation' });
      const pending = (await nordlicht.data(DisassociationRequestsDocument, { status: 'PENDING' })).disassociationRequests.edges.map((e) => e.node);
      expect(pending.map((r) => r.association.customer.email)).toEqual([address]);

      tick();
      const withdrawn = await customer.data(WithdrawDisassociationRequestDocument);
      expect(withdrawn.withdrawDisassociationRequest.request).toMatchObject({ status: 'WITHDRAWN', resolvedBy: address });
      expect((await nordlicht.data(CompleteDisassociationDocument, { requestId: pending[0]!.id })).completeDisassociation.errors[0]!.code).toBe('DISASSOCIATION_NOT_PENDING');
      expect((await customer.data(WithdrawDisassociationRequestDocument)).withdrawDisassociationRequest.errors[0]!.code).toBe('DISASSOCIATION_NOT_PENDING');

      tick();
      const second = await ask('We really consolidate our cloud accounts.');
      const requestId = second.requestDisassociation.request!.id;
      // Another partner cannot see or complete it.
      expect((await acme.data(CompleteDisassociationDocument, { requestId })).completeDisassociation.errors[0]!.code).toBe('NOT_FOUND');
      tick();
      const completed = await nordlicht.data(CompleteDisassociationDocument, { requestId });
      expect(completed.completeDisassociation.request).toMatchObject({
        status: 'COMPLETED',
        resolvedBy: demoAdminEmail('nordlicht'),
        association: { status: 'ENDED', endReason: 'Disassociation requested by the customer: We really consolidate our cloud accounts.' },
      });
      expect((await customer.data(MyCustomerPartnerDocument)).myCustomerPartner).toBeNull();
      expect((await customer.data(MyNotificationsDocument, { unreadOnly: true })).myNotifications.edges[0]!.node.title).toBe('Disassociated from Nordlicht Systems GmbH');
      const history = (await nordlicht.data(CustomerAssociationDocument, { id: completed.completeDisassociation.request!.association.id })).customerAssociation.events.map((e) => e.kind);
      expect(history).toEqual(['ASSOCIATED', 'DISASSOCIATION_REQUESTED', 'DISASSOCIATION_WITHDRAWN', 'DISASSOCIATION_REQUESTED', 'DISASSOCIATED']);
      expect((await customersOf(nordlicht, { status: 'ENDED' })).map((c) => c.customer.email)).toContain(address);
      // Free again: another partner can associate it.
      expect((await accept(customer, (await createLink(acme, 'RESELLER')).code)).errors).toEqual([]);
    });

    it('R-CU-8 a referral association cannot be ended by the customer or the partner, only by an operator', async () => {
      const customer = await demoCustomer('cloud@lanshan-media.demo.test');
      const refused = await customer.data(RequestDisassociationDocument, { input: { reason: 'We want to leave.' } });
      expect(refused.requestDisassociation.errors[0]).toMatchObject({ code: 'ASSOCIATION_REFERRAL_OPERATOR_ONLY' });
      expect(refused.requestDisassociation.errors[0]!.message).toMatch(/contact customer service/);
      const lanshan = await associationOf(huayun, 'cloud@lanshan-media.demo.test');
      expect((await huayun.request(EndReferralAssociationDocument, { input: { associationId: lanshan.id, reason: 'Partner wants out.' } })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const dongfang = await associationOf(huayun, 'it@dongfang-logistics.demo.test');
      expect((await operator.data(EndReferralAssociationDocument, { input: { associationId: dongfang.id, reason: 'Ticket 815' } })).endReferralAssociation.errors[0]!.code).toBe('ASSOCIATION_NOT_REFERRAL');
      const ended = await operator.data(EndReferralAssociationDocument, { input: { associationId: lanshan.id, reason: 'Ticket 816: customer request.' } });
      expect(ended.endReferralAssociation.association).toMatchObject({ status: 'ENDED', endedBy: DEMO_OPERATOR_EMAIL, endReason: 'Ticket 816: customer request.' });
      expect((await customer.data(MyCustomerPartnerDocument)).myCustomerPartner).toBeNull();
      expect((await associationOf(huayun, 'cloud@lanshan-media.demo.test')).status).toBe('ENDED');
      expect((await operator.data(EndReferralAssociationDocument, { input: { associationId: lanshan.id, reason: 'Ticket 816 again' } })).endReferralAssociation.errors[0]!.code).toBe('ASSOCIATION_ENDED');
    });

    it('R-CU-10 revoking the reseller customers’ bill permission flips canViewBills for reseller customers only, and restoring it flips it back', async () => {
      const reseller = await demoCustomer('it@haitong-games.demo.test');
      const referral = await demoCustomer('cloud@lanshan-media.demo.test');
      const referralLink = await createLink(huayun, 'REFERRAL');
      expect((await accept(referral, referralLink.code)).errors).toEqual([]);
      const bills = async (client: GqlClient) => (await client.data(MyCustomerPartnerDocument)).myCustomerPartner!.canViewBills;
      expect([await bills(reseller), await bills(referral)]).toEqual([true, true]);
      const revoked = await huayun.data(SetResellerBillVisibilityDocument, { visible: false });
      expect(revoked.setResellerBillVisibility.partner!.resellerBillsVisible).toBe(false);
      expect([await bills(reseller), await bills(referral)]).toEqual([false, true]);
      const listed = await customersOf(huayun, { status: 'ACTIVE' });
      expect(listed.filter((c) => c.model === 'RESELLER').every((c) => !c.canViewBills)).toBe(true);
      expect(listed.filter((c) => c.model === 'REFERRAL').every((c) => c.canViewBills)).toBe(true);
      // Other partners' reseller customers are untouched.
      expect(await bills(await demoCustomer('cloud@northwind.demo.test'))).toBe(true);
      const finance = await server.signIn(demoMemberEmail('finance', 'huayun'));
      expect((await finance.request(SetResellerBillVisibilityDocument, { visible: true })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await huayun.data(SetResellerBillVisibilityDocument, { visible: true });
      expect([await bills(reseller), await bills(referral)]).toEqual([true, true]);
    });
  });

  describe('tenant isolation and QR codes', () => {
    it("answers NOT_FOUND for another partner's customer, invitation, pre-registration and request, and never lists them", async () => {
      const northwind = await associationOf(acme, 'cloud@northwind.demo.test');
      const link = await createLink(acme);
      const read = await huayun.request(CustomerAssociationDocument, { id: northwind.id });
      expect(read.body.errors?.[0]).toMatchObject({ message: 'Customer not found', extensions: { code: 'NOT_FOUND' } });
      expect((await huayun.request(PartnerCustomerInvitationDocument, { id: link.id })).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await acme.data(PartnerCustomerInvitationDocument, { id: link.id })).partnerCustomerInvitation.code).toBe(link.code);
      expect((await huayun.data(RevokeCustomerInvitationDocument, { id: link.id })).revokeCustomerInvitation.errors[0]!.code).toBe('NOT_FOUND');
      expect((await huayun.data(SetCustomerDiscountDocument, { input: { associationId: northwind.id, discountRate: null } })).setCustomerDiscount.errors[0]).toMatchObject({
        code: 'NOT_FOUND',
        field: 'associationId',
      });
      expect((await huayun.data(AssignAccountManagerDocument, { input: { associationId: northwind.id, accountManagerId: null } })).assignAccountManager.errors[0]!.code).toBe('NOT_FOUND');
      const xinghe = (await huayun.data(DisassociationRequestsDocument, { status: 'PENDING' })).disassociationRequests.edges[0]!.node;
      expect((await acme.data(CompleteDisassociationDocument, { requestId: xinghe.id })).completeDisassociation.errors[0]!.code).toBe('NOT_FOUND');
      expect((await acme.data(DisassociationRequestsDocument, {})).disassociationRequests.edges.map((e) => e.node.id)).not.toContain(xinghe.id);
      const acmeEmails = (await acme.data(PreRegistrationsDocument, {})).preRegistrations.edges.map((e) => e.node.email);
      expect(acmeEmails).not.toContain('contact@changjiang-energy.demo.test');
      expect((await huayun.data(CustomerInvitationsDocument, {})).customerInvitations.edges.map((e) => e.node.id)).not.toContain(link.id);
      expect((await customersOf(huayun)).map((c) => c.id)).not.toContain(northwind.id);
      // A customer cannot use partner queries, a partner cannot use the customer portal.
      const buyer = await demoCustomer(DEMO_CUSTOMER.email);
      expect((await buyer.request(CustomersDocument, { first: 5 })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await acme.request(MyCustomerPartnerDocument)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // Anonymous callers may only look an invitation up.
      expect((await server.client().request(CustomersDocument, { first: 5 })).status).toBe(401);
    });

    it('R-CU-6 QR codes: a PNG and an SVG of the absolute invitation URL for the owning partner; 404 for another partner', async () => {
      const link = await createLink(acme, 'RESELLER', 'Booth QR');
      const get = (path: string, client?: GqlClient) => fetch(`${server.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
      const png = await get(link.qrPngPath, acme);
      expect(png.status).toBe(200);
      expect(png.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await png.arrayBuffer());
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const svg = await get(link.qrSvgPath, acme);
      expect(svg.status).toBe(200);
      expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      const text = await svg.text();
      expect(text).toContain('<svg');
      // The same symbol as the library draws for the invitation URL: the code encodes exactly that URL.
      expect(text).toBe(await QRCode.toString(`${server.url}/invite/${link.code}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }));
      // Members with customer rights of the owning partner only.
      expect((await get(link.qrPngPath, await server.signIn(demoMemberEmail('viewer', 'acme-cloud')))).status).toBe(200);
      expect((await get(link.qrPngPath, huayun)).status).toBe(404);
      expect((await get(link.qrSvgPath, nordlicht)).status).toBe(404);
      expect((await get(link.qrPngPath)).status).toBe(401);
      expect((await get(link.qrPngPath, operator)).status).toBe(403);
      expect((await get('/api/customer-invitations/not-an-id/qr.png', acme)).status).toBe(404);
    });
  });

  describe('operators', () => {
    it('registers a customer with a set-password link, refuses a registered e-mail, and validates the attributes', async () => {
      const address = email('registered');
      const registered = await operator.data(RegisterCustomerDocument, { input: { email: address, companyName: 'Registered Co.', country: 'de' } });
      expect(registered.registerCustomer.errors).toEqual([]);
      expect(registered.registerCustomer.registration).toMatchObject({ customer: { email: address, country: 'DE', accountBalance: '0.00000000' } });
      expect(registered.registerCustomer.registration!.setPasswordLink).toMatch(/^\/set-password\?token=/);
      const again = await operator.data(RegisterCustomerDocument, { input: { email: address, companyName: 'Registered Co.', country: 'DE' } });
      expect(again.registerCustomer.errors).toEqual([{ code: 'EMAIL_REGISTERED', field: 'email', message: 'The email address has been registered' }]);
      const partnerEmail = await operator.data(RegisterCustomerDocument, { input: { email: demoAdminEmail('acme-cloud'), companyName: 'X Co.', country: 'DE' } });
      expect(partnerEmail.registerCustomer.errors[0]!.code).toBe('EMAIL_REGISTERED');
      const id = registered.registerCustomer.registration!.customer.id;
      const negative = await operator.data(UpdateCustomerProfileDocument, { input: { customerId: id, accountBalance: '-1' } });
      expect(negative.updateCustomerProfile.errors[0]).toMatchObject({ code: 'VALIDATION', field: 'accountBalance' });
      const country = await operator.data(UpdateCustomerProfileDocument, { input: { customerId: id, country: 'XX' } });
      expect(country.updateCustomerProfile.errors[0]).toMatchObject({ code: 'PARTNER_COUNTRY_INVALID', field: 'country' });
      expect((await acme.request(UpdateCustomerProfileDocument, { input: { customerId: id, inArrears: true } })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const found = await operator.data(CustomerProfilesDocument, { first: 10, search: 'registered co' });
      expect(found.customerProfiles.edges.map((e) => e.node.email)).toEqual([address]);
      const history = await operator.data(CustomerProfileDocument, { id: (await associationOf(nordlicht, 'it@rheinwerk-data.demo.test')).customer.id });
      expect(history.customerProfile.currentAssociation!.partner.name).toBe('Acme Cloud Services');
      expect(history.customerProfile.associations.map((a) => [a.partner.name, a.status])).toEqual([
        ['Acme Cloud Services', 'ACTIVE'],
        ['Nordlicht Systems GmbH', 'ENDED'],
      ]);
    });
  });
});
