import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutTenantFilter } from '../src/common/db/tenant.js';
import { Money } from '../src/common/scalars/decimal.js';
import { Account } from '../src/modules/account/account.entity.js';
import { BillPayment, PartnerBill } from '../src/modules/bill/bill.entity.js';
import { Notification, NotificationCategory, OutboxMail } from '../src/modules/notification/notification.entity.js';
import { Partner } from '../src/modules/partner/partner.entity.js';
import { DEMO_OPERATOR_EMAIL, demoAdminEmail } from '../src/seed/demo.js';
import { startTestServer, type GqlClient, type TestServer } from './test-server.js';
import { BILL_FIELDS, BILL_LINE, ingestAsSystem, run, usageRecords } from './usage-kit.js';
import { fromUnits } from '../src/modules/expenditure/rollups.js';
import { INGESTION_LOCK } from '../src/modules/expenditure/usage-ingestion.js';
import { countStatements } from '../src/common/db/sql-counter.js';
import { Migration20261124013138 } from '../src/migrations/Migration20261124013138.js';

// Documents are plain strings until codegen emits typed ones (bill-documents.ts would hold them).
const ESTIMATE = `month expenditures refunds adjustments lateUsage lateCoupons coupons total amountDue billIssueDate`;
const OVERVIEW = `query { billingOverview { amountDue unpaidLatestMonth unpaidPreviousMonths latestBilledMonth estimate { ${ESTIMATE} } estimates { ${ESTIMATE} } } }`;
const BILLS = `query($first: Int, $after: String) { partnerBills(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${BILL_FIELDS} } } } }`;
const BILL = `query($id: ID!) { partnerBill(id: $id) { ${BILL_FIELDS} usageReceivedAfterIssue payments { amount paidAt reference recordedBy } byProduct { ${BILL_LINE} } byCustomer { ${BILL_LINE} } } }`;
const OPERATOR_BILLS = `query($partnerId: ID!, $first: Int) { operatorPartnerBills(partnerId: $partnerId, first: $first) { totalCount edges { node { ${BILL_FIELDS} } } } }`;
const PAY = `mutation($input: RecordBillPaymentInput!) { recordBillPayment(input: $input) { bill { ${BILL_FIELDS} payments { amount reference recordedBy } } errors { code field message } } }`;

const NORTHWIND = 'cloud@northwind.demo.test'; // acme-cloud, reseller: billed to the partner
const TAILSPIN = 'admin@tailspin.demo.test'; // acme-cloud, reseller
const CONTOSO = 'it@contoso-retail.demo.test'; // acme-cloud, referral: not billed to the partner

describe('partner bills', () => {
  let server: TestServer;
  let acme: GqlClient;
  let huayun: GqlClient;
  let operator: GqlClient;
  const ids: Record<string, string> = {};
  let acmeId = '';
  let acmeAdminId = '';

  async function at(time: string) {
    server.clock.set(time);
    [acme, huayun, operator] = await Promise.all([
      server.signIn(demoAdminEmail('acme-cloud')),
      server.signIn(demoAdminEmail('huayun')),
      server.signIn(DEMO_OPERATOR_EMAIL),
    ]);
  }

  const record = usageRecords('bill');
  const ingest = (records: Record<string, unknown>[]) => ingestAsSystem(server, records);

  const issue = () => server.services.bills.issueDueBills(server.orm.em.fork());

  async function billOf(month: string) {
    return server.orm.em.fork().findOne(PartnerBill, { partner: acmeId, month }, withoutTenantFilter);
  }

  beforeAll(async () => {
    server = await startTestServer();
    const em = server.orm.em.fork();
    for (const email of [NORTHWIND, TAILSPIN, CONTOSO]) ids[email] = (await em.findOneOrFail(Account, { email })).id;
    acmeId = (await em.findOneOrFail(Partner, { name: 'Acme Cloud Services' })).id;
    acmeAdminId = (await em.findOneOrFail(Account, { email: demoAdminEmail('acme-cloud') })).id;
    await at('2027-07-31T16:00:00.000Z'); // 00:00 on 1 August in Beijing
    await ingest([
      // 23:59:59.999 on 31 July in Beijing: July. Amount due 90 = cash 80 + coupons 10.
      record(ids[NORTHWIND]!, '2027-07-31T15:59:59.999Z', { listPrice: '100', discount: '10', amountDue: '90', cash: '80', coupon: '10' }),
      record(ids[TAILSPIN]!, '2027-07-15T02:00:00.000Z', { amountDue: '0.12345678', cash: '0.12345678', product: 'OBS' }),
      record(ids[NORTHWIND]!, '2027-07-20T02:00:00.000Z', { kind: 'REFUND', amountDue: '-5', cash: '-5' }),
      record(ids[NORTHWIND]!, '2027-07-21T02:00:00.000Z', { kind: 'ADJUSTMENT', amountDue: '2.5', cash: '2', coupon: '0.5' }),
      // A referral customer's usage is not the partner's payable consumption.
      record(ids[CONTOSO]!, '2027-07-10T02:00:00.000Z', { amountDue: '1000', cash: '1000' }),
      // 00:00:00.000 on 1 August in Beijing: August.
      record(ids[NORTHWIND]!, '2027-07-31T16:00:00.000Z', { amountDue: '50', cash: '50' }),
    ]);
  });

  afterAll(async () => {
    await server?.close();
  });

  it('R-EX-6 splits months at 00:00 Beijing time and shows the current month (and the unbilled previous one) as an estimate', async () => {
    const { billingOverview } = await run(acme, OVERVIEW);
    expect(billingOverview).toMatchObject({ amountDue: '0.00000000', unpaidLatestMonth: '0.00000000', unpaidPreviousMonths: '0.00000000', latestBilledMonth: null });
    expect(billingOverview.estimate).toEqual({
      month: '2027-08-01',
      expenditures: '50.00000000',
      refunds: '0.00000000',
      adjustments: '0.00000000',
      lateUsage: '0.00000000',
      lateCoupons: '0.00000000',
      coupons: '0.00000000',
      total: '50.00000000',
      amountDue: '50.00000000',
      billIssueDate: '2027-09-04',
    });
    expect(billingOverview.estimates[1]).toEqual({
      month: '2027-07-01',
      expenditures: '90.12345678',
      refunds: '-5.00000000',
      adjustments: '2.50000000',
      lateUsage: '0.00000000',
      lateCoupons: '0.00000000',
      coupons: '10.50000000',
      total: '87.62345678',
      amountDue: '77.12345678',
      billIssueDate: '2027-08-04',
    });
  });

  it('R-EX-6 issues the bill from 00:00 on the 4th (Beijing), exactly once, with exact amounts', async () => {
    await at('2027-08-03T15:59:59.999Z'); // 23:59:59.999 on 3 August in Beijing
    await issue();
    expect(await billOf('2027-07-01')).toBeNull();
    expect((await run(acme, OVERVIEW)).billingOverview.estimates.map((e: { month: string }) => e.month)).toEqual(['2027-08-01', '2027-07-01']);

    server.clock.set('2027-08-03T16:00:00.000Z'); // 00:00 on 4 August in Beijing
    expect(await issue()).toBeGreaterThanOrEqual(1);
    const bill = await billOf('2027-07-01');
    expect(bill).not.toBeNull();
    expect(await issue()).toBe(0); // idempotent
    expect(await server.orm.em.fork().count(PartnerBill, { partner: acmeId, month: '2027-07-01' }, withoutTenantFilter)).toBe(1);
    // The administrators are told once, in-app and by mail, with the amount due and a link to the bill.
    const told = await server.orm.em.fork().find(Notification, { recipient: acmeAdminId, category: NotificationCategory.BILL, title: { $like: 'Your 2027-07 bill was issued%' } });
    expect(told.map((n) => [n.title, n.link])).toEqual([['Your 2027-07 bill was issued: 77.12345678 USD due', `/partner/finance/bills/${bill!.id}`]]);
    const mails = await server.orm.em.fork().find(OutboxMail, { to: demoAdminEmail('acme-cloud'), subject: told[0]!.title }, withoutTenantFilter);
    expect(mails).toHaveLength(1);

    await at('2027-08-03T16:00:00.000Z');
    const { partnerBill } = await run(acme, BILL, { id: bill!.id });
    expect(partnerBill).toMatchObject({
      month: '2027-07-01',
      issuedAt: '2027-08-03T16:00:00.000Z',
      expenditures: '90.12345678',
      refunds: '-5.00000000',
      adjustments: '2.50000000',
      couponsDeducted: '10.50000000',
      total: '87.62345678',
      amountDue: '77.12345678',
      paid: '0.00000000',
      unpaid: '77.12345678',
      payments: [],
    });
    expect(partnerBill.byProduct).toEqual([
      { key: 'ECS', name: 'ECS', expenditures: '90.00000000', refunds: '-5.00000000', adjustments: '2.50000000', coupons: '10.50000000', total: '87.50000000', amountDue: '77.00000000' },
      { key: 'OBS', name: 'OBS', expenditures: '0.12345678', refunds: '0.00000000', adjustments: '0.00000000', coupons: '0.00000000', total: '0.12345678', amountDue: '0.12345678' },
    ]);
    expect(partnerBill.byCustomer.map((l: { key: string; amountDue: string }) => [l.key, l.amountDue]).sort()).toEqual(
      [
        [ids[NORTHWIND], '77.00000000'],
        [ids[TAILSPIN], '0.12345678'],
      ].sort(),
    );
    const overview = (await run(acme, OVERVIEW)).billingOverview;
    expect(overview).toMatchObject({ amountDue: '77.12345678', unpaidLatestMonth: '77.12345678', unpaidPreviousMonths: '0.00000000', latestBilledMonth: '2027-07-01' });
    expect(overview.estimates.map((e: { month: string }) => e.month)).toEqual(['2027-08-01']);
  });

  it('R-EX-6 records payments (refusing ≤ 0 and overpayment), notifies the partner and splits unpaid amounts by month', async () => {
    await at('2027-08-05T04:00:00.000Z'); // 12:00 on 5 August in Beijing: the payment below is dated earlier that day
    const bill = (await billOf('2027-07-01'))!;
    const pay = async (amount: string, reference = 'TT-2027-0001') =>
      (await run(operator, PAY, { input: { billId: bill.id, amount, reference, paidAt: '2027-08-05T02:00:00.000Z' } })).recordBillPayment;
    expect((await pay('0')).errors).toMatchObject([{ code: 'BILL_PAYMENT_INVALID', field: 'amount' }]);
    expect((await pay('-1')).errors).toMatchObject([{ code: 'BILL_PAYMENT_INVALID', field: 'amount' }]);
    expect((await pay('77.12345679')).errors).toMatchObject([{ code: 'BILL_OVERPAYMENT', field: 'amount' }]);
    const before = await server.orm.em.fork().count(Notification, { recipient: acmeAdminId, category: NotificationCategory.BILL });
    const paid = await pay('30.00000001');
    expect(paid.errors).toEqual([]);
    expect(paid.bill).toMatchObject({ paid: '30.00000001', unpaid: '47.12345677', payments: [{ amount: '30.00000001', reference: 'TT-2027-0001', recordedBy: DEMO_OPERATOR_EMAIL }] });
    expect(await server.orm.em.fork().count(Notification, { recipient: acmeAdminId, category: NotificationCategory.BILL })).toBe(before + 1);
    // Partners cannot record payments.
    const refused = await acme.post({ query: PAY, variables: { input: { billId: bill.id, amount: '1', reference: 'x' } } });
    expect(refused.body.errors?.length).toBeGreaterThan(0);

    // The August bill: the July remainder becomes a previous month's unpaid amount.
    await at('2027-09-03T16:00:00.000Z');
    await issue();
    const overview = (await run(acme, OVERVIEW)).billingOverview;
    expect(overview).toMatchObject({ latestBilledMonth: '2027-08-01', unpaidLatestMonth: '50.00000000', unpaidPreviousMonths: '47.12345677', amountDue: '97.12345677' });
    const list = (await run(acme, BILLS, { first: 1 })).partnerBills;
    expect(list.totalCount).toBe(2);
    expect(list.edges[0].node.month).toBe('2027-08-01');
    const next = (await run(acme, BILLS, { first: 1, after: list.pageInfo.endCursor })).partnerBills;
    expect(next.edges[0].node).toMatchObject({ month: '2027-07-01', paid: '30.00000001' });
    expect(next.pageInfo.hasNextPage).toBe(false);
    const operatorList = (await run(operator, OPERATOR_BILLS, { partnerId: acmeId, first: 10 })).operatorPartnerBills;
    expect(operatorList.edges.map((e: { node: { month: string } }) => e.node.month)).toEqual(['2027-08-01', '2027-07-01']);
  });

  it('R-EX-6 refuses a payment dated in the future or before the bill\'s month, and records nothing', async () => {
    await at('2027-09-03T16:00:00.000Z'); // 00:00 on 4 September in Beijing
    const bill = (await billOf('2027-07-01'))!;
    const pay = async (paidAt: string, amount = '1') =>
      (await run(operator, PAY, { input: { billId: bill.id, amount, reference: 'TT-DATE', paidAt } })).recordBillPayment;
    const state = async () => {
      const em = server.orm.em.fork();
      return {
        payments: await em.count(BillPayment, { bill: bill.id }, withoutTenantFilter),
        paid: (await em.findOneOrFail(PartnerBill, { id: bill.id }, withoutTenantFilter)).paid.toFixed(8),
        notifications: await em.count(Notification, { recipient: acmeAdminId, category: NotificationCategory.BILL }),
      };
    };
    const before = await state();
    for (const paidAt of [
      '2027-09-03T16:00:00.001Z', // a millisecond after now
      '2028-01-01T00:00:00.000Z',
      '2027-06-30T15:59:59.999Z', // 23:59:59.999 on 30 June in Beijing: before the July bill's month
      '2027-01-01T00:00:00.000Z',
    ]) {
      const refused = await pay(paidAt);
      expect(refused.bill, paidAt).toBeNull();
      expect(refused.errors, paidAt).toMatchObject([{ code: 'BILL_PAYMENT_INVALID', field: 'paidAt' }]);
    }
    expect((await pay('2027-09-03T16:00:00.001Z')).errors[0].message).toMatch(/future/);
    expect((await pay('2027-06-30T15:59:59.999Z')).errors[0].message).toMatch(/before the bill's month \(2027-07/);
    // The date is checked before the amount: an overpayment dated in the future is refused for its date.
    expect((await pay('2027-09-04T00:00:00.000Z', '1000')).errors).toMatchObject([{ code: 'BILL_PAYMENT_INVALID', field: 'paidAt' }]);
    expect(await state()).toEqual(before);

    // The bounds themselves are accepted: 00:00 on 1 July in Beijing (16:00 UTC the day before), and now.
    const first = await pay('2027-06-30T16:00:00.000Z', '0.00000001');
    expect(first.errors).toEqual([]);
    const last = await pay('2027-09-03T16:00:00.000Z', '0.00000001');
    expect(last.errors).toEqual([]);
    const { partnerBill } = await run(acme, BILL, { id: bill.id });
    expect(partnerBill.payments.map((p: { paidAt: string; amount: string }) => [p.paidAt, p.amount])).toEqual([
      ['2027-09-03T16:00:00.000Z', '0.00000001'],
      ['2027-08-05T02:00:00.000Z', '30.00000001'],
      ['2027-06-30T16:00:00.000Z', '0.00000001'],
    ]);
    expect(await state()).toEqual({ payments: before.payments + 2, paid: '30.00000003', notifications: before.notifications + 2 });
  });

  it('R-EX-6 catches up missed months and never bills a month without billed usage', async () => {
    await at('2027-11-20T04:00:00.000Z');
    await ingest([
      record(ids[TAILSPIN]!, '2027-09-10T02:00:00.000Z', { amountDue: '1', cash: '1' }),
      record(ids[TAILSPIN]!, '2027-10-10T02:00:00.000Z', { amountDue: '2', cash: '2' }),
      record(ids[CONTOSO]!, '2027-10-10T02:00:00.000Z', { amountDue: '3', cash: '3' }),
    ]);
    // The job did not run in October or November: one run issues both months, holding ingestion while it does.
    const due = await countStatements(server.orm, issue);
    expect(due.result).toBeGreaterThanOrEqual(2);
    expect(due.statements.filter((sql) => sql.includes(INGESTION_LOCK))).toHaveLength(1);
    expect((await billOf('2027-09-01'))!.amountDue.toFixed(8)).toBe('1.00000000');
    expect((await billOf('2027-10-01'))!.amountDue.toFixed(8)).toBe('2.00000000');
    // Huayun had no billed usage: no bill at all.
    const huayunBills = (await run(huayun, BILLS, { first: 10 })).partnerBills;
    expect(huayunBills.totalCount).toBe(0);
    // The next hourly run has nothing due: it issues nothing and does not take the ingestion lock.
    const idle = await countStatements(server.orm, issue);
    expect(idle.result).toBe(0);
    expect(idle.statements.filter((sql) => sql.includes(INGESTION_LOCK))).toEqual([]);
  });

  it('R-EX-6 usage of a billed month arriving later is billed once, in the next bill; the billed month shows it as received after issue', async () => {
    const [september, october] = [(await billOf('2027-09-01'))!, (await billOf('2027-10-01'))!];
    const sumOfBills = async () => {
      const bills = await server.orm.em.fork().find(PartnerBill, { partner: acmeId }, withoutTenantFilter);
      return bills.reduce((sum, b) => sum.plus(b.total), new Money(0)).toFixed(8);
    };
    const billedUsage = async (upTo: string) => {
      const [row] = await server.orm.em.fork().getConnection().execute<{ total: string }[]>(
        `select ${fromUnits('coalesce(sum(billed_cash) + sum(billed_coupon), 0)')}::text as total from expenditure_rollup_partner_month_total where partner_id = ? and month <= ?`,
        [acmeId, upTo],
      );
      return row!.total;
    };
    await at('2027-11-21T04:00:00.000Z');
    await ingest([
      // October and September are billed already: cash 6 + coupons 1, and a refund of a hundred-millionth.
      record(ids[NORTHWIND]!, '2027-10-15T02:00:00.000Z', { amountDue: '7', cash: '6', coupon: '1' }),
      record(ids[TAILSPIN]!, '2027-09-20T02:00:00.000Z', { kind: 'REFUND', amountDue: '-0.00000001', cash: '-0.00000001' }),
      // A referral customer's late usage is not the partner's to pay.
      record(ids[CONTOSO]!, '2027-10-16T02:00:00.000Z', { amountDue: '500', cash: '500' }),
    ]);
    // The issued bills do not change; each says what arrived after it.
    expect((await billOf('2027-10-01'))!.amountDue.toFixed(8)).toBe(october.amountDue.toFixed(8));
    expect((await run(acme, BILL, { id: october.id })).partnerBill).toMatchObject({ amountDue: '2.00000000', lateUsage: '0.00000000', usageReceivedAfterIssue: '7.00000000' });
    expect((await run(acme, BILL, { id: september.id })).partnerBill).toMatchObject({ amountDue: '1.00000000', usageReceivedAfterIssue: '-0.00000001' });
    // Its breakdowns show the bill as issued: each adds up to the bill's own sums, without what arrived later.
    const { partnerBill: asIssued } = await run(acme, BILL, { id: october.id });
    const own = { total: october.total.minus(october.lateUsage).toFixed(8), coupons: october.couponsDeducted.minus(october.lateCoupons).toFixed(8) };
    for (const lines of [asIssued.byProduct, asIssued.byCustomer] as { total: string; coupons: string }[][]) {
      expect(lines.length).toBeGreaterThan(0);
      const sum = (field: 'total' | 'coupons') => lines.reduce((total, line) => total.plus(line[field]), new Money(0)).toFixed(8);
      expect({ total: sum('total'), coupons: sum('coupons') }).toEqual(own);
    }
    // The estimate of the next bill (November, no usage of its own yet) shows the late usage waiting for it.
    expect((await run(acme, OVERVIEW)).billingOverview.estimates).toEqual([
      {
        month: '2027-11-01',
        expenditures: '0.00000000',
        refunds: '0.00000000',
        adjustments: '0.00000000',
        lateUsage: '6.99999999',
        lateCoupons: '1.00000000',
        coupons: '1.00000000',
        total: '6.99999999',
        amountDue: '5.99999999',
        billIssueDate: '2027-12-04',
      },
    ]);
    expect(await issue()).toBe(0); // November's bill is not due before 4 December

    await at('2027-12-03T16:00:00.000Z'); // 00:00 on 4 December in Beijing
    expect(await issue()).toBeGreaterThanOrEqual(1);
    const november = (await billOf('2027-11-01'))!;
    expect(november).toMatchObject({ month: '2027-11-01', issuedAt: new Date('2027-12-03T16:00:00.000Z') });
    expect(
      Object.fromEntries((['expenditures', 'refunds', 'adjustments', 'lateUsage', 'lateCoupons', 'couponsDeducted', 'total', 'amountDue'] as const).map((k) => [k, november[k].toFixed(8)])),
    ).toEqual({
      expenditures: '0.00000000',
      refunds: '0.00000000',
      adjustments: '0.00000000',
      lateUsage: '6.99999999',
      lateCoupons: '1.00000000',
      couponsDeducted: '1.00000000',
      total: '6.99999999',
      amountDue: '5.99999999',
    });
    const [told] = await server.orm.em.fork().find(Notification, { recipient: acmeAdminId, category: NotificationCategory.BILL, title: { $like: 'Your 2027-11 bill%' } });
    expect(told).toMatchObject({ title: 'Your 2027-11 bill was issued: 5.99999999 USD due' });
    expect(told!.body).toContain('It includes 6.99999999 USD of usage of earlier months that arrived after their bills.');
    // Every billed record is billed exactly once: the bills add up to the billed usage up to November.
    expect(await sumOfBills()).toBe(await billedUsage('2027-11-01'));
    const overview = (await run(acme, OVERVIEW)).billingOverview;
    expect(overview.estimates[0]).toMatchObject({ month: '2027-12-01', lateUsage: '0.00000000' });
    expect(overview.unpaidLatestMonth).toBe('5.99999999');

    // The late usage is not carried twice: with no new usage, January's run issues nothing.
    await at('2028-01-03T16:00:00.000Z');
    expect(await issue()).toBe(0);
    expect(await billOf('2027-12-01')).toBeNull();

    // The export of the billed month shows what arrived after it; the next bill's shows the late usage it carries.
    const csv = async (id: string) => {
      const response = await fetch(`${server.url}/api/exports/partner-bill.csv?id=${id}`, { headers: { cookie: acme.cookie! } });
      expect(response.status).toBe(200);
      return (await response.text()).split('\n');
    };
    expect((await csv(october.id)).find((l) => l.includes('RECEIVED AFTER ISSUE'))).toContain('7.00000000');
    const novemberCsv = await csv(november.id);
    expect(novemberCsv.find((l) => l.includes('LATE USAGE'))).toContain('6.99999999');
    expect(novemberCsv.find((l) => l.includes('BILL TOTAL'))).toContain('5.99999999');
  });

  // After the late usage above: October's and September's lines must leave out what arrived after their bills, and
  // November's bill (late usage only) has none.
  it('R-EX-6 the migration gives bills issued before it the breakdown lines the bill run wrote, without usage that arrived later', async () => {
    const em = server.orm.em.fork();
    const lines = () => em.getConnection().execute(`select partner_id, bill_id, breakdown, key, name, expenditures::text, refunds::text, adjustments::text, coupons::text, created_at, updated_at from partner_bill_line order by 2, 3, 4`);
    const issued = await lines();
    const [october, november] = [(await billOf('2027-10-01'))!, (await billOf('2027-11-01'))!];
    expect(issued.filter((l) => l.bill_id === october.id).length).toBeGreaterThan(0);
    expect(issued.filter((l) => l.bill_id === november.id)).toEqual([]);
    const migration = new Migration20261124013138(em.getDriver(), server.orm.config);
    await migration.up();
    const backfill = migration.getQueries().map(String).filter((sql) => sql.startsWith('insert into'));
    expect(backfill).toHaveLength(2);
    await em.transactional(async (tx) => {
      await tx.execute('delete from partner_bill_line');
      for (const sql of backfill) await tx.execute(sql);
    });
    expect(await lines()).toEqual(issued);
  });

  it('R-EX-6 a month whose bill is due but was not issued (a missed bill run) still shows as an estimate until it is', async () => {
    await at('2028-02-10T04:00:00.000Z');
    await ingest([record(ids[NORTHWIND]!, '2028-01-15T02:00:00.000Z', { amountDue: '4', cash: '4' })]);
    const months = async () => (await run(acme, OVERVIEW)).billingOverview.estimates.map((e: { month: string; amountDue: string }) => [e.month, e.amountDue]);
    expect(await months()).toEqual([
      ['2028-02-01', '0.00000000'],
      ['2028-01-01', '4.00000000'],
    ]);
    expect(await issue()).toBeGreaterThanOrEqual(1);
    expect((await billOf('2028-01-01'))!.amountDue.toFixed(8)).toBe('4.00000000');
    expect(await months()).toEqual([['2028-02-01', '0.00000000']]);
  });

  it('R-EX-6 another partner’s bill is NOT_FOUND', async () => {
    const bill = (await billOf('2027-07-01'))!;
    const response = await huayun.post({ query: BILL, variables: { id: bill.id } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknown = await acme.post({ query: BILL, variables: { id: 'not-a-uuid' } });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
