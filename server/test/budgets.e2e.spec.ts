import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/common/audit/audit-entry.entity.js';
import { countStatements } from '../src/common/db/sql-counter.js';
import { withoutTenantFilter } from '../src/common/db/tenant.js';
import { Account } from '../src/modules/account/account.entity.js';
import { CustomerBudget } from '../src/modules/budget/budget.entity.js';
import { CustomerAssociation } from '../src/modules/customer/customer-association.entity.js';
import { Notification, NotificationCategory, OutboxMail } from '../src/modules/notification/notification.entity.js';
import { DEMO_OPERATOR_EMAIL, demoAdminEmail, demoMemberEmail } from '../src/seed/demo.js';
import { startTestServer, type GqlClient, type TestServer } from './test-server.js';
import { ingestAsSystem, run } from './usage-kit.js';

// Documents are plain strings until codegen emits typed ones (budget-documents.ts would hold them).
const SET_BUDGET = `mutation($input: SetCustomerBudgetInput!) { setCustomerBudget(input: $input) {
  budget { id customerId amount frozen frozenAt frozenBy freezeReason } errors { code field message } } }`;
const FREEZE = `mutation($input: FreezeCustomerInput!) { freezeCustomer(input: $input) { budget { customerId amount frozen frozenBy freezeReason } errors { code field message } } }`;
const UNFREEZE = `mutation($input: UnfreezeCustomerInput!) { unfreezeCustomer(input: $input) { budget { customerId frozen } errors { code field message } } }`;
const ADJUSTMENTS = `query($customerId: ID!) { budgetAdjustments(customerId: $customerId) { id kind previousAmount newAmount actorEmail note createdAt } }`;
const BUDGETS = `query($first: Int, $after: String, $search: String) { customerBudgets(first: $first, after: $after, search: $search) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id customer { id companyName email } amount frozen month monthSpendAtListPrice currentEstimate percentUsed alertedThresholds } } } }`;
const AUTHORIZE = `mutation($input: AuthorizePurchaseInput!) { authorizePurchase(input: $input) {
  decision { allowed reason message budget monthSpendAtListPrice frozen } errors { code field message } } }`;

const CREATE_ROLE = `mutation($input: CreateRoleInput!) { createRole(input: $input) { role { id } errors { code field message } } }`;
const ASSIGN_ROLE = `mutation($input: AssignMemberRoleInput!) { assignMemberRole(input: $input) { member { id role { id name } } errors { code field message } } }`;
const ROLES = `query { roles(first: 100) { edges { node { id name builtIn } } } }`;

type Decision = { allowed: boolean; reason: string | null; message: string; budget: string | null; monthSpendAtListPrice: string; frozen: boolean };
type BudgetRow = {
  id: string;
  customer: { id: string; companyName: string; email: string };
  amount: string | null;
  frozen: boolean;
  month: string;
  monthSpendAtListPrice: string;
  currentEstimate: string;
  percentUsed: string | null;
  alertedThresholds: number[];
};

const NORTHWIND = 'cloud@northwind.demo.test'; // acme-cloud, reseller, has an account manager
const TAILSPIN = 'admin@tailspin.demo.test'; // acme-cloud, reseller
const CONTOSO = 'it@contoso-retail.demo.test'; // acme-cloud, referral
const DONGFANG = 'it@dongfang-logistics.demo.test'; // huayun, reseller
const ACME_MANAGER = demoMemberEmail('manager', 'acme-cloud'); // Northwind's account manager; Tailspin is not theirs

describe('reseller budgets', () => {
  let server: TestServer;
  let acme: GqlClient;
  let huayun: GqlClient;
  let operator: GqlClient;
  const ids: Record<string, string> = {};
  let acmeAdminId = '';
  let northwindManagerId = '';
  let serial = 0;

  async function signInAgain() {
    [acme, huayun, operator] = await Promise.all([
      server.signIn(demoAdminEmail('acme-cloud')),
      server.signIn(demoAdminEmail('huayun')),
      server.signIn(DEMO_OPERATOR_EMAIL),
    ]);
  }

  /** Moves the clock and signs in again (sessions last 12 h of clock time). */
  async function at(time: string) {
    server.clock.set(time);
    await signInAgain();
  }

  function record(customerId: string, listPrice: string, transactedAt: string, billingMode = 'PAY_PER_USE') {
    return {
      transactionId: `bu-${++serial}-${Date.now()}`,
      customerId,
      kind: 'EXPENDITURE',
      transactedAt,
      product: 'ECS',
      resourceType: 'ecs.instance',
      resourceId: `i-${serial}`,
      specification: 's6.large.2',
      region: 'ap-southeast-1',
      billingMode,
      listPrice,
      discount: '0',
      amountDue: listPrice,
      cash: listPrice,
      coupon: '0',
    };
  }

  const ingest = (records: Record<string, unknown>[]) => ingestAsSystem(server, records);

  async function notificationsOf(accountId: string, category = NotificationCategory.BUDGET) {
    return server.orm.em.fork().find(Notification, { recipient: accountId, category }, { orderBy: { createdAt: 'ASC', id: 'ASC' } });
  }

  async function mailsTo(email: string, subjectPart: string) {
    const mails = await server.orm.em.fork().find(OutboxMail, { to: email }, withoutTenantFilter);
    return mails.filter((m) => m.subject.includes(subjectPart));
  }

  async function authorize(customerId: string, billingMode: string, amount = '10') {
    const result = await run<{ authorizePurchase: { decision: Decision | null; errors: { code: string; field: string }[] } }>(operator, AUTHORIZE, {
      input: { customerId, billingMode, amount },
    });
    return result.authorizePurchase;
  }

  async function setBudget(client: GqlClient, customerId: string, amount: string, note?: string) {
    return (await run(client, SET_BUDGET, { input: { customerId, amount, note } })).setCustomerBudget as {
      budget: { customerId: string; amount: string | null; frozen: boolean } | null;
      errors: { code: string; field: string | null; message: string }[];
    };
  }

  async function rowOf(customerEmail: string): Promise<BudgetRow> {
    const data = await run(acme, BUDGETS, { search: customerEmail, first: 10 });
    const rows = data.customerBudgets.edges.map((e: { node: BudgetRow }) => e.node);
    expect(rows).toHaveLength(1);
    return rows[0];
  }

  beforeAll(async () => {
    server = await startTestServer();
    const em = server.orm.em.fork();
    for (const email of [NORTHWIND, TAILSPIN, CONTOSO, DONGFANG]) ids[email] = (await em.findOneOrFail(Account, { email })).id;
    acmeAdminId = (await em.findOneOrFail(Account, { email: demoAdminEmail('acme-cloud') })).id;
    const northwind = await em.findOneOrFail(CustomerAssociation, { customer: ids[NORTHWIND], endedAt: null }, withoutTenantFilter);
    northwindManagerId = northwind.accountManager!.id;
    await at('2026-12-10T04:00:00.000Z');
  });

  afterAll(async () => {
    await server?.close();
  });

  it('R-BU-1 sets a monthly budget and keeps every change as an adjustment, audited', async () => {
    const first = await setBudget(acme, ids[NORTHWIND]!, '1000', 'initial');
    expect(first.errors).toEqual([]);
    expect(first.budget).toMatchObject({ customerId: ids[NORTHWIND], amount: '1000.00000000', frozen: false });
    server.clock.advance(60_000);
    const second = await setBudget(acme, ids[NORTHWIND]!, '800.12345678');
    expect(second.budget!.amount).toBe('800.12345678');

    const { budgetAdjustments } = await run(acme, ADJUSTMENTS, { customerId: ids[NORTHWIND] });
    expect(budgetAdjustments).toMatchObject([
      { kind: 'AMOUNT', previousAmount: '1000.00000000', newAmount: '800.12345678', actorEmail: demoAdminEmail('acme-cloud'), note: null },
      { kind: 'AMOUNT', previousAmount: null, newAmount: '1000.00000000', note: 'initial' },
    ]);
    const audited = await server.orm.em.fork().find(AuditEntry, { operation: 'setCustomerBudget' }, withoutTenantFilter);
    expect(audited.map((e) => e.entityType).sort()).toEqual(['BudgetAdjustment', 'BudgetAdjustment', 'CustomerBudget', 'CustomerBudget']);

    const row = await rowOf(NORTHWIND);
    expect(row).toMatchObject({ amount: '800.12345678', frozen: false, month: '2026-12-01', monthSpendAtListPrice: '0.00000000', percentUsed: '0.00000000', alertedThresholds: [] });
    expect(row.customer).toMatchObject({ id: ids[NORTHWIND], companyName: 'Northwind Traders', email: NORTHWIND });
  });

  it('R-BU-1 refuses referral customers (BUDGET_RESELLER_ONLY), bad amounts, and another partner’s customer (NOT_FOUND)', async () => {
    expect((await setBudget(acme, ids[CONTOSO]!, '100')).errors).toMatchObject([{ code: 'BUDGET_RESELLER_ONLY', field: 'customerId' }]);
    expect((await run(acme, FREEZE, { input: { customerId: ids[CONTOSO], reason: 'x' } })).freezeCustomer.errors).toMatchObject([{ code: 'BUDGET_RESELLER_ONLY' }]);
    expect((await setBudget(acme, ids[TAILSPIN]!, '-0.00000001')).errors).toMatchObject([{ code: 'BUDGET_AMOUNT_INVALID', field: 'amount' }]);
    // More than 8 decimals or an exponent never reaches the service.
    for (const amount of ['1.000000001', '1e3', 'abc']) {
      const response = await acme.post({ query: SET_BUDGET, variables: { input: { customerId: ids[TAILSPIN], amount } } });
      expect(response.body.errors?.length, amount).toBeGreaterThan(0);
    }
    expect((await setBudget(acme, ids[DONGFANG]!, '100')).errors).toMatchObject([{ code: 'NOT_FOUND', field: 'customerId' }]);
    expect((await setBudget(acme, '00000000-0000-4000-8000-000000000000', '100')).errors).toMatchObject([{ code: 'NOT_FOUND' }]);
    const other = await acme.post({ query: ADJUSTMENTS, variables: { customerId: ids[DONGFANG] } });
    expect(other.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Huayun does not see Acme's customers in its list either.
    const list = await run(huayun, BUDGETS, { first: 100 });
    const huayunEmails = list.customerBudgets.edges.map((e: { node: BudgetRow }) => e.node.customer.email);
    expect(huayunEmails).toContain(DONGFANG);
    expect(huayunEmails).not.toContain(NORTHWIND);
    expect(huayunEmails).not.toContain(TAILSPIN);
    // Only operators answer the purchase gate.
    const gate = await acme.post({ query: AUTHORIZE, variables: { input: { customerId: ids[TAILSPIN], billingMode: 'PAY_PER_USE', amount: '1' } } });
    expect(gate.body.errors?.length).toBeGreaterThan(0);
    expect((await authorize(ids[TAILSPIN]!, 'PAY_PER_USE', '0')).errors).toMatchObject([{ code: 'PURCHASE_AMOUNT_INVALID', field: 'amount' }]);
  });

  it('R-BU-2 notifies at 75 %, 90 % and 100 % once per month, and the gate refuses yearly/monthly and RI at ≥ 100 % but allows pay-per-use', async () => {
    await at('2027-02-10T04:00:00.000Z');
    const customer = ids[TAILSPIN]!;
    expect((await setBudget(acme, customer, '100')).errors).toEqual([]);
    const before = (await notificationsOf(acmeAdminId)).length;
    const mailsBefore = (await mailsTo(demoAdminEmail('acme-cloud'), 'Tailspin')).length;
    const when = '2027-02-10T03:00:00.000Z';

    await ingest([record(customer, '74.99999999', when)]);
    expect((await notificationsOf(acmeAdminId)).length).toBe(before);
    expect((await authorize(customer, 'YEARLY_MONTHLY')).decision).toMatchObject({ allowed: true, budget: '100.00000000', monthSpendAtListPrice: '74.99999999' });

    await ingest([record(customer, '0.00000001', when)]); // exactly 75 %
    let fresh = (await notificationsOf(acmeAdminId)).slice(before);
    expect(fresh.map((n) => n.title)).toEqual(['Tailspin Toys reached 75 % of its monthly budget']);

    server.clock.advance(1000);
    await ingest([record(customer, '20', when, 'YEARLY_MONTHLY')]); // 95 %
    server.clock.advance(1000);
    await ingest([record(customer, '5', when)]); // 100 %
    await ingest([record(customer, '1', when)]); // 101 %: nothing new
    fresh = (await notificationsOf(acmeAdminId)).slice(before);
    expect(fresh.map((n) => n.title)).toEqual([
      'Tailspin Toys reached 75 % of its monthly budget',
      'Tailspin Toys reached 90 % of its monthly budget',
      'Tailspin Toys reached 100 % of its monthly budget',
    ]);
    expect(fresh.every((n) => n.category === NotificationCategory.BUDGET)).toBe(true);
    expect((await mailsTo(demoAdminEmail('acme-cloud'), 'Tailspin')).length - mailsBefore).toBe(3);

    const row = await rowOf(TAILSPIN);
    expect(row).toMatchObject({ amount: '100.00000000', month: '2027-02-01', monthSpendAtListPrice: '101.00000000', currentEstimate: '101.00000000', percentUsed: '101.00000000', alertedThresholds: [75, 90, 100] });

    expect((await authorize(customer, 'YEARLY_MONTHLY')).decision).toMatchObject({ allowed: false, reason: 'BUDGET_EXHAUSTED', frozen: false });
    expect((await authorize(customer, 'RESERVED_INSTANCE')).decision).toMatchObject({ allowed: false, reason: 'BUDGET_EXHAUSTED' });
    expect((await authorize(customer, 'PAY_PER_USE')).decision).toMatchObject({ allowed: true, reason: null });

    // Raising the budget lets subscriptions through again; the month's alerts stay sent.
    await setBudget(acme, customer, '200');
    expect((await authorize(customer, 'YEARLY_MONTHLY')).decision!.allowed).toBe(true);
    expect((await rowOf(TAILSPIN)).percentUsed).toBe('50.50000000');
    // Lowering it below the spend re-checks at once: nothing new this month (all three were sent).
    await setBudget(acme, customer, '100');
    expect((await notificationsOf(acmeAdminId)).length - before).toBe(3);

    // A new Beijing month: the budget restarts and the thresholds are notified again.
    await at('2027-03-02T04:00:00.000Z');
    expect((await authorize(customer, 'YEARLY_MONTHLY')).decision).toMatchObject({ allowed: true, monthSpendAtListPrice: '0.00000000' });
    await ingest([record(customer, '80', '2027-03-02T03:00:00.000Z')]);
    fresh = (await notificationsOf(acmeAdminId)).slice(before + 3);
    expect(fresh.map((n) => n.title)).toEqual(['Tailspin Toys reached 75 % of its monthly budget']);
    expect((await rowOf(TAILSPIN)).alertedThresholds).toEqual([75]);
  });

  it('R-BU-2 lowering the budget below this month’s spend notifies at once, also the account manager', async () => {
    await at('2027-04-10T04:00:00.000Z');
    const customer = ids[NORTHWIND]!;
    await setBudget(acme, customer, '1000');
    await ingest([record(customer, '300', '2027-04-10T03:00:00.000Z')]);
    const before = (await notificationsOf(northwindManagerId)).length;
    await setBudget(acme, customer, '350');
    const fresh = (await notificationsOf(northwindManagerId)).slice(before);
    expect(fresh.map((n) => n.title)).toEqual(['Northwind Traders reached 75 % of its monthly budget']);
    expect((await rowOf(NORTHWIND)).alertedThresholds).toEqual([75]);
  });

  it('R-BU-3 a budget of 0 still lets the customer buy pay-per-use (the partner pays), and spending nothing alerts nobody', async () => {
    await at('2027-05-03T04:00:00.000Z');
    const customer = ids[NORTHWIND]!;
    const before = (await notificationsOf(acmeAdminId)).length;
    expect((await setBudget(acme, customer, '0')).budget!.amount).toBe('0.00000000');
    // Budget 0 and spend 0: nothing was spent, nobody is alerted (documented choice).
    expect((await notificationsOf(acmeAdminId)).length).toBe(before);
    expect((await rowOf(NORTHWIND)).percentUsed).toBeNull();
    expect((await authorize(customer, 'PAY_PER_USE')).decision).toMatchObject({ allowed: true, budget: '0.00000000' });
    expect((await authorize(customer, 'YEARLY_MONTHLY')).decision).toMatchObject({ allowed: false, reason: 'BUDGET_EXHAUSTED' });
    // Pay-per-use usage goes through ingestion and reaches every threshold of a 0 budget at once.
    await ingest([record(customer, '0.5', '2027-05-03T03:00:00.000Z')]);
    expect((await rowOf(NORTHWIND)).alertedThresholds).toEqual([75, 90, 100]);
    expect((await authorize(customer, 'PAY_PER_USE')).decision!.allowed).toBe(true);
  });

  it('R-BU-4 freezing refuses every purchase, unfreezing restores it, and the budget restarts at 00:00 Beijing on the 1st', async () => {
    const customer = ids[NORTHWIND]!;
    await at('2027-05-31T15:59:59.000Z');
    await setBudget(acme, customer, '100');
    await ingest([record(customer, '100', '2027-05-31T15:59:59.999Z')]);
    expect((await authorize(customer, 'YEARLY_MONTHLY')).decision).toMatchObject({ allowed: false, reason: 'BUDGET_EXHAUSTED', monthSpendAtListPrice: '100.50000000' });

    server.clock.set('2027-05-31T15:59:59.999Z'); // 23:59:59.999 on 31 May in Beijing
    const frozen = (await run(acme, FREEZE, { input: { customerId: customer, reason: 'Overdue prepayment' } })).freezeCustomer;
    expect(frozen.errors).toEqual([]);
    expect(frozen.budget).toMatchObject({ frozen: true, frozenBy: demoAdminEmail('acme-cloud'), freezeReason: 'Overdue prepayment', amount: '100.00000000' });
    expect((await run(acme, FREEZE, { input: { customerId: customer, reason: 'again' } })).freezeCustomer.errors).toMatchObject([{ code: 'CUSTOMER_ALREADY_FROZEN' }]);
    for (const mode of ['PAY_PER_USE', 'YEARLY_MONTHLY', 'RESERVED_INSTANCE']) {
      expect((await authorize(customer, mode)).decision, mode).toMatchObject({ allowed: false, reason: 'CUSTOMER_FROZEN', frozen: true });
    }
    expect((await rowOf(NORTHWIND)).frozen).toBe(true);

    // 00:00:00.000 on 1 June in Beijing: a new month, the spend starts from 0 (still frozen until unfrozen).
    server.clock.set('2027-05-31T16:00:00.000Z');
    expect((await authorize(customer, 'YEARLY_MONTHLY')).decision).toMatchObject({ allowed: false, reason: 'CUSTOMER_FROZEN', monthSpendAtListPrice: '0.00000000' });
    const unfrozen = (await run(acme, UNFREEZE, { input: { customerId: customer } })).unfreezeCustomer;
    expect(unfrozen).toMatchObject({ errors: [], budget: { frozen: false } });
    expect((await run(acme, UNFREEZE, { input: { customerId: customer } })).unfreezeCustomer.errors).toMatchObject([{ code: 'CUSTOMER_NOT_FROZEN' }]);
    expect((await authorize(customer, 'YEARLY_MONTHLY')).decision).toMatchObject({ allowed: true, frozen: false, monthSpendAtListPrice: '0.00000000' });
    expect((await authorize(customer, 'PAY_PER_USE')).decision!.allowed).toBe(true);
    expect((await rowOf(NORTHWIND))).toMatchObject({ month: '2027-06-01', monthSpendAtListPrice: '0.00000000', alertedThresholds: [] });

    const { budgetAdjustments } = await run(acme, ADJUSTMENTS, { customerId: customer });
    expect(budgetAdjustments.slice(0, 2).map((a: { kind: string; note: string | null }) => [a.kind, a.note])).toEqual([
      ['UNFROZEN', null],
      ['FROZEN', 'Overdue prepayment'],
    ]);
    // Customers without a reseller budget are not gated.
    expect((await authorize(ids[CONTOSO]!, 'YEARLY_MONTHLY')).decision).toMatchObject({ allowed: true, budget: null });
  });

  it('R-BU-2 concurrent ingestions crossing a threshold notify once', async () => {
    await at('2027-07-10T04:00:00.000Z');
    const customer = ids[TAILSPIN]!;
    await setBudget(acme, customer, '100');
    const before = (await notificationsOf(acmeAdminId)).length;
    const when = '2027-07-10T03:00:00.000Z';
    // The month's partition exists before the race (its concurrent creation is the ingestion module's concern).
    await ingest([record(ids[NORTHWIND]!, '0.01', when)]);
    await Promise.all([
      ingest([record(customer, '80', when)]),
      ingest([record(customer, '80', when)]),
      ingest([record(customer, '80', when)]),
    ]);
    const fresh = (await notificationsOf(acmeAdminId)).slice(before);
    expect(fresh.map((n) => n.title).sort()).toEqual([
      'Tailspin Toys reached 100 % of its monthly budget',
      'Tailspin Toys reached 75 % of its monthly budget',
      'Tailspin Toys reached 90 % of its monthly budget',
    ]);
    expect((await rowOf(TAILSPIN))).toMatchObject({ monthSpendAtListPrice: '240.00000000', alertedThresholds: [75, 90, 100] });
  });

  it('R-BU-2 usage that arrives while the budget is being lowered waits for that change and alerts against the new budget', async () => {
    await at('2027-12-10T04:00:00.000Z');
    const customer = ids[TAILSPIN]!;
    await setBudget(acme, customer, '1000');
    const when = '2027-12-10T03:00:00.000Z';
    await ingest([record(ids[NORTHWIND]!, '0.01', when)]); // the month's partition exists before
    const before = (await notificationsOf(acmeAdminId)).length;
    if (process.env.TEST_DATABASE_URL) {
      // A budget change in flight holds the budget row (setBudget locks it for update) while 60 of usage arrives. The
      // threshold check share-locks the row, so it waits and reads 50 once the change commits; reading 1000 instead would
      // alert nobody, and nothing would check again.
      let ingested: Promise<unknown> | undefined;
      await server.orm.em.fork().transactional(async (tx) => {
        await tx.execute(`update customer_budget set amount = 50 where customer_id = ?`, [customer]);
        ingested = ingest([record(customer, '60', when)]);
        for (let waited = 0; ; waited += 20) {
          // A backend blocked by this transaction: the ingestion, at the threshold check (nothing else it does needs the row).
          const [{ waiting }] = await tx.execute<{ waiting: boolean }[]>(
            `select exists (select 1 from pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))) as waiting`,
          );
          if (waiting) break;
          if (waited > 10_000) throw new Error('the ingestion did not wait for the budget change');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      });
      await ingested;
    } else {
      // PGlite has one connection: the change and the usage run one after the other anyway.
      await run(acme, SET_BUDGET, { input: { customerId: customer, amount: '50' } });
      await ingest([record(customer, '60', when)]);
    }
    const fresh = (await notificationsOf(acmeAdminId)).slice(before);
    expect(fresh.map((n) => n.title).sort()).toEqual([
      'Tailspin Toys reached 100 % of its monthly budget',
      'Tailspin Toys reached 75 % of its monthly budget',
      'Tailspin Toys reached 90 % of its monthly budget',
    ]);
  });

  it('R-BU-2 usage sent by the billing system through GraphQL (ingestUsageRecords) triggers the alerts in the same transaction', async () => {
    await at('2027-08-10T04:00:00.000Z');
    const customer = ids[NORTHWIND]!;
    await setBudget(acme, customer, '10');
    const before = (await notificationsOf(northwindManagerId)).length;
    const ingested = await run(operator, `mutation($input: IngestUsageRecordsInput!) { ingestUsageRecords(input: $input) { accepted errors { code field message } } }`, {
      input: { records: [record(customer, '9', '2027-08-10T03:00:00.000Z')] },
    });
    expect(ingested.ingestUsageRecords).toEqual({ accepted: 1, errors: [] });
    const fresh = (await notificationsOf(northwindManagerId)).slice(before);
    // One batch reached two thresholds: one notification each (same instant, so compared without order).
    expect(fresh.map((n) => n.title).sort()).toEqual(['Northwind Traders reached 75 % of its monthly budget', 'Northwind Traders reached 90 % of its monthly budget']);
    expect((await rowOf(NORTHWIND)).alertedThresholds).toEqual([75, 90]);
  });

  it('R-BU-1 lists reseller customers only, page by page, with one rollup query per page', async () => {
    const first = await run(acme, BUDGETS, { first: 1 });
    expect(first.customerBudgets.totalCount).toBe(2);
    expect(first.customerBudgets.pageInfo.hasNextPage).toBe(true);
    const second = await run(acme, BUDGETS, { first: 1, after: first.customerBudgets.pageInfo.endCursor });
    const emails = [...first.customerBudgets.edges, ...second.customerBudgets.edges].map((e: { node: BudgetRow }) => e.node.customer.email).sort();
    expect(emails).toEqual([NORTHWIND, TAILSPIN].sort());
    // N+1-free: a page of 1 and a page of 2 cost the same statements (one of them reads the rollup).
    const small = await countStatements(server.orm, () => run(acme, BUDGETS, { first: 1 }));
    const large = await countStatements(server.orm, () => run(acme, BUDGETS, { first: 2 }));
    expect(large.result.customerBudgets.edges).toHaveLength(2);
    expect(large.count).toBe(small.count);
    expect(large.statements.filter((sql) => sql.includes('expenditure_rollup_customer_month'))).toHaveLength(1);
  });

  it('R-BU-2 spend just under a threshold reports a percentage under it (rounded down, exactly), and the gate agrees', async () => {
    await at('2027-09-10T04:00:00.000Z');
    const customer = ids[TAILSPIN]!;
    const when = '2027-09-10T03:00:00.000Z';
    expect((await setBudget(acme, customer, '1000')).errors).toEqual([]);
    // 74.999999999 % and 99.999999999 % would round half-up to 75.00000000 and 100.00000000.
    await ingest([record(customer, '749.99999999', when)]);
    expect(await rowOf(TAILSPIN)).toMatchObject({ monthSpendAtListPrice: '749.99999999', percentUsed: '74.99999999', alertedThresholds: [] });
    await ingest([record(customer, '250', when)]);
    expect(await rowOf(TAILSPIN)).toMatchObject({ monthSpendAtListPrice: '999.99999999', percentUsed: '99.99999999', alertedThresholds: [75, 90] });
    expect((await authorize(customer, 'YEARLY_MONTHLY')).decision).toMatchObject({ allowed: true, reason: null, monthSpendAtListPrice: '999.99999999' });
    expect((await authorize(customer, 'RESERVED_INSTANCE')).decision!.allowed).toBe(true);
    // Not a boundary either way: 2 of 3 is 66.666… %, shown 66.66666666 (not …67).
    await setBudget(acme, customer, '1500');
    expect((await rowOf(TAILSPIN)).percentUsed).toBe('66.66666666');
    // The last 1e-8 reaches 100 %: the row says so and the gate refuses subscriptions.
    await setBudget(acme, customer, '1000');
    await ingest([record(customer, '0.00000001', when)]);
    expect(await rowOf(TAILSPIN)).toMatchObject({ percentUsed: '100.00000000', alertedThresholds: [75, 90, 100] });
    expect((await authorize(customer, 'YEARLY_MONTHLY')).decision).toMatchObject({ allowed: false, reason: 'BUDGET_EXHAUSTED' });
  });

  it('R-BU-1 a member scoped to their own customers cannot set, freeze or unfreeze another’s budget (NOT_FOUND, nothing changed)', async () => {
    await at('2027-10-10T04:00:00.000Z');
    const tailspin = ids[TAILSPIN]!; // no account manager: only members who see all customers see it
    const northwind = ids[NORTHWIND]!; // managed by ACME_MANAGER
    const managerId = (await server.orm.em.fork().findOneOrFail(Account, { email: ACME_MANAGER })).id;
    const roles = (await run(acme, ROLES)).roles.edges.map((e: { node: { id: string; name: string; builtIn: boolean } }) => e.node);
    const originalRole = roles.find((r: { name: string; builtIn: boolean }) => r.builtIn && r.name === 'Account Manager')!;
    expect(originalRole).toBeDefined();
    // A custom role that manages budgets but sees only the member's own customers (no CUSTOMERS_VIEW_ALL).
    const created = (await run(acme, CREATE_ROLE, { input: { name: 'Budget keeper (own customers)', permissions: ['PARTNER_VIEW', 'CUSTOMERS_VIEW', 'BUDGETS_MANAGE'] } })).createRole;
    expect(created.errors).toEqual([]);
    expect((await run(acme, ASSIGN_ROLE, { input: { id: managerId, roleId: created.role.id } })).assignMemberRole.errors).toEqual([]);
    try {
      const manager = await server.signIn(ACME_MANAGER);
      // The list already hides Tailspin from this member.
      const listed = (await run(manager, BUDGETS, { first: 100 })).customerBudgets.edges.map((e: { node: BudgetRow }) => e.node.customer.email);
      expect(listed).toEqual([NORTHWIND]);

      // Out of scope: Tailspin, with a budget and frozen by the administrator.
      expect((await setBudget(acme, tailspin, '500', 'by the administrator')).errors).toEqual([]);
      const snapshot = async () => ({
        row: await rowOf(TAILSPIN),
        adjustments: (await run(acme, ADJUSTMENTS, { customerId: tailspin })).budgetAdjustments,
      });
      const notFound = [{ code: 'NOT_FOUND', field: 'customerId' }];
      let before = await snapshot();
      expect((await setBudget(manager, tailspin, '1')).errors).toMatchObject(notFound);
      expect((await run(manager, FREEZE, { input: { customerId: tailspin, reason: 'not mine' } })).freezeCustomer.errors).toMatchObject(notFound);
      expect(await snapshot()).toEqual(before);
      expect(before.row).toMatchObject({ amount: '500.00000000', frozen: false });

      expect((await run(acme, FREEZE, { input: { customerId: tailspin, reason: 'by the administrator' } })).freezeCustomer.errors).toEqual([]);
      before = await snapshot();
      expect((await run(manager, UNFREEZE, { input: { customerId: tailspin } })).unfreezeCustomer.errors).toMatchObject(notFound);
      expect(await snapshot()).toEqual(before);
      expect(before.row).toMatchObject({ amount: '500.00000000', frozen: true });
      expect((await authorize(tailspin, 'PAY_PER_USE')).decision).toMatchObject({ allowed: false, reason: 'CUSTOMER_FROZEN' });
      expect((await run(acme, UNFREEZE, { input: { customerId: tailspin } })).unfreezeCustomer.errors).toEqual([]);

      // In scope: the member's own customer (the clock moves so the history's order is the order of the changes).
      expect((await setBudget(manager, northwind, '42', 'mine')).errors).toEqual([]);
      server.clock.advance(1000);
      expect((await run(manager, FREEZE, { input: { customerId: northwind, reason: 'mine too' } })).freezeCustomer.errors).toEqual([]);
      server.clock.advance(1000);
      expect((await run(manager, UNFREEZE, { input: { customerId: northwind } })).unfreezeCustomer).toMatchObject({ errors: [], budget: { frozen: false } });
      const history = (await run(manager, ADJUSTMENTS, { customerId: northwind })).budgetAdjustments;
      expect(history.slice(0, 3).map((a: { kind: string; actorEmail: string }) => [a.kind, a.actorEmail])).toEqual([
        ['UNFROZEN', ACME_MANAGER],
        ['FROZEN', ACME_MANAGER],
        ['AMOUNT', ACME_MANAGER],
      ]);
    } finally {
      await run(acme, ASSIGN_ROLE, { input: { id: managerId, roleId: originalRole.id } });
    }
  });

  it('R-BU-4 a frozen customer whose association changes to Referral is no longer held by the freeze or the budget', async () => {
    await at('2027-11-10T04:00:00.000Z');
    const tailspin = ids[TAILSPIN]!;
    expect((await setBudget(acme, tailspin, '1')).errors).toEqual([]);
    await ingest([record(tailspin, '5', '2027-11-10T03:00:00.000Z')]);
    expect((await run(acme, FREEZE, { input: { customerId: tailspin, reason: 'Overdue prepayment' } })).freezeCustomer.errors).toEqual([]);
    expect((await authorize(tailspin, 'YEARLY_MONTHLY')).decision).toMatchObject({ allowed: false, reason: 'CUSTOMER_FROZEN' });

    const association = await server.orm.em.fork().findOneOrFail(CustomerAssociation, { customer: tailspin, endedAt: null }, withoutTenantFilter);
    const CHANGE = `mutation($input: ChangeAssociationModelInput!) { changeAssociationModel(input: $input) { errors { code message } } }`;
    const change = (model: string) => run(operator, CHANGE, { input: { associationId: association.id, model, reason: 'Ticket 4711: the customer pays itself' } });
    expect((await change('REFERRAL')).changeAssociationModel.errors).toEqual([]);
    try {
      // Referral customers have no partner budget: the gate lets everything through, and says nothing is frozen.
      for (const mode of ['PAY_PER_USE', 'YEARLY_MONTHLY', 'RESERVED_INSTANCE']) {
        expect((await authorize(tailspin, mode)).decision, mode).toMatchObject({ allowed: true, reason: null, frozen: false, budget: null });
      }
    } finally {
      expect((await change('RESELLER')).changeAssociationModel.errors).toEqual([]);
    }
    // Back in the Reseller model, the partner's freeze holds again until the partner lifts it.
    expect((await authorize(tailspin, 'PAY_PER_USE')).decision).toMatchObject({ allowed: false, reason: 'CUSTOMER_FROZEN' });
    expect((await run(acme, UNFREEZE, { input: { customerId: tailspin } })).unfreezeCustomer.errors).toEqual([]);
  });

  it('R-BU-1 two first changes of a customer without a budget at once both apply, in turn', async () => {
    await at('2027-11-11T04:00:00.000Z');
    const dongfang = ids[DONGFANG]!;
    const [set, frozen] = await Promise.all([
      setBudget(huayun, dongfang, '300', 'first budget'),
      run(huayun, FREEZE, { input: { customerId: dongfang, reason: 'Overdue prepayment' } }).then((r) => r.freezeCustomer),
    ]);
    expect([set.errors, frozen.errors]).toEqual([[], []]);
    const row = await server.orm.em.fork().findOneOrFail(CustomerBudget, { customer: dongfang }, withoutTenantFilter);
    expect({ amount: row.amount?.toFixed(8), frozen: row.frozen }).toEqual({ amount: '300.00000000', frozen: true });
    const kinds = (await run(huayun, ADJUSTMENTS, { customerId: dongfang })).budgetAdjustments.map((a: { kind: string }) => a.kind).sort();
    expect(kinds).toEqual(['AMOUNT', 'FROZEN']);
  });
});
