import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { withoutTenantFilter } from '../src/common/db/tenant.js';
import { Account } from '../src/modules/account/account.entity.js';
import { PartnerBill } from '../src/modules/bill/bill.entity.js';
import { Partner } from '../src/modules/partner/partner.entity.js';
import { DEMO_OPERATOR_EMAIL, demoAdminEmail, demoMemberEmail } from '../src/seed/demo.js';
import { startTestServer, type GqlClient, type TestServer } from './test-server.js';
import { BILL_FIELDS, BILL_LINE, download as downloadFrom, ingestAsSystem, run, usageRecords } from './usage-kit.js';

const BILLS = `query($first: Int) { partnerBills(first: $first) { totalCount edges { node { ${BILL_FIELDS} } } } }`;
const BILL = `query($id: ID!) { partnerBill(id: $id) { ${BILL_FIELDS} byProduct { ${BILL_LINE} } byCustomer { ${BILL_LINE} } } }`;
const PAY = `mutation($input: RecordBillPaymentInput!) { recordBillPayment(input: $input) { errors { code message } } }`;

const NORTHWIND = 'cloud@northwind.demo.test'; // acme-cloud, reseller
const TAILSPIN = 'admin@tailspin.demo.test'; // acme-cloud, reseller
const DONGFANG = 'it@dongfang-logistics.demo.test'; // huayun, reseller

type Bill = { id: string; month: string; issuedAt: string; expenditures: string; refunds: string; adjustments: string; lateUsage: string; couponsDeducted: string; total: string; amountDue: string; paid: string; unpaid: string };
type Line = { key: string; name: string; expenditures: string; refunds: string; adjustments: string; coupons: string; total: string; amountDue: string };

/** The CSV the exports write (BOM, header, quoted fields) as header-keyed rows. */
function parseCsv(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true });
}

describe('partner bill exports', () => {
  let server: TestServer;
  let acme: GqlClient;
  let huayun: GqlClient;
  const ids: Record<string, string> = {};
  let july: Bill;
  let august: Bill;

  const record = usageRecords('bill-export');
  const ingest = (records: Record<string, unknown>[]) => ingestAsSystem(server, records);
  const download = (client: GqlClient | null, path: string) => downloadFrom(server, client, path);

  beforeAll(async () => {
    server = await startTestServer();
    const em = server.orm.em.fork();
    for (const email of [NORTHWIND, TAILSPIN, DONGFANG]) ids[email] = (await em.findOneOrFail(Account, { email })).id;
    server.clock.set('2027-08-20T04:00:00.000Z');
    await ingest([
      // July (Beijing): amount due 90.12345678 + refund −5 + adjustment 2.5; coupons 10.5.
      record(ids[NORTHWIND]!, '2027-07-31T15:59:59.999Z', { amountDue: '90', cash: '80', coupon: '10' }),
      record(ids[TAILSPIN]!, '2027-07-15T02:00:00.000Z', { amountDue: '0.12345678', cash: '0.12345678', product: 'OBS' }),
      record(ids[NORTHWIND]!, '2027-07-20T02:00:00.000Z', { kind: 'REFUND', amountDue: '-5', cash: '-5' }),
      record(ids[NORTHWIND]!, '2027-07-21T02:00:00.000Z', { kind: 'ADJUSTMENT', amountDue: '2.5', cash: '2', coupon: '0.5' }),
      // August (Beijing).
      record(ids[TAILSPIN]!, '2027-08-10T02:00:00.000Z', { amountDue: '12.00000001', cash: '12.00000001' }),
      // Huayun's own July bill.
      record(ids[DONGFANG]!, '2027-07-12T02:00:00.000Z', { amountDue: '7.77777777', cash: '7.77777777', product: 'RDS' }),
    ]);
    server.clock.set('2027-09-03T16:00:00.000Z'); // 00:00 on 4 September in Beijing: July and August are due.
    expect(await server.services.bills.issueDueBills(server.orm.em.fork())).toBeGreaterThanOrEqual(3);
    [acme, huayun] = await Promise.all([server.signIn(demoAdminEmail('acme-cloud')), server.signIn(demoAdminEmail('huayun'))]);
    const operator = await server.signIn(DEMO_OPERATOR_EMAIL);
    const acmeId = (await em.findOneOrFail(Partner, { name: 'Acme Cloud Services' })).id;
    const julyBill = await server.orm.em.fork().findOneOrFail(PartnerBill, { partner: acmeId, month: '2027-07-01' }, withoutTenantFilter);
    const paid = await run(operator, PAY, { input: { billId: julyBill.id, amount: '30.00000001', reference: 'TT-EXPORT-1', paidAt: '2027-09-03T15:00:00.000Z' } });
    expect(paid.recordBillPayment.errors).toEqual([]);
    const bills = (await run<{ partnerBills: { edges: { node: Bill }[] } }>(acme, BILLS, { first: 10 })).partnerBills.edges.map((e) => e.node);
    expect(bills.map((b) => b.month)).toEqual(['2027-08-01', '2027-07-01']);
    [august, july] = bills as [Bill, Bill];
  });

  afterAll(async () => {
    await server?.close();
  });

  it('R-EX-6 R-EX-1 exports every bill of the partner as CSV, with the GraphQL figures to all 8 decimals', async () => {
    const { response, buffer } = await download(acme, '/api/exports/partner-bills.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="partner-bills.csv"');
    expect(response.headers.get('x-total-rows')).toBe('2');
    const rows = parseCsv(buffer.toString('utf8'));
    expect(rows).toHaveLength(2);
    for (const [row, bill] of [
      [rows[0]!, august],
      [rows[1]!, july],
    ] as const) {
      expect(row).toEqual({
        'Billing Month': bill.month.slice(0, 7),
        Status: bill === july ? 'PARTIALLY_PAID' : 'UNPAID',
        'Expenditures (USD)': bill.expenditures,
        'Refunds (USD)': bill.refunds,
        'Adjustments (USD)': bill.adjustments,
        'Late Usage (USD)': bill.lateUsage,
        'Total (USD)': bill.total,
        'Coupons Deducted (USD)': bill.couponsDeducted,
        'Amount Due (USD)': bill.amountDue,
        'Paid (USD)': bill.paid,
        'Unpaid (USD)': bill.unpaid,
        'Issued At (UTC)': bill.issuedAt,
        'Bill ID': bill.id,
      });
    }
    // The exact figures, not just whatever GraphQL said.
    expect(rows[1]).toMatchObject({ 'Expenditures (USD)': '90.12345678', 'Amount Due (USD)': '77.12345678', 'Paid (USD)': '30.00000001', 'Unpaid (USD)': '47.12345677' });
    expect(rows[0]).toMatchObject({ 'Amount Due (USD)': '12.00000001', 'Refunds (USD)': '0.00000000' });
  });

  it('R-EX-6 R-EX-1 exports the bills as XLSX with the same exact values', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { response, buffer } = await download(acme, '/api/exports/partner-bills.xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount - 1).toBe(2);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const julyRow = sheet.getRow(3);
    expect(julyRow.getCell(col('Billing Month')).value).toBe('2027-07');
    // Money is a number cell when a double holds it exactly to 8 decimals, otherwise text: either way no digit is lost.
    const exact = (value: unknown) => (typeof value === 'number' ? value.toFixed(8) : String(value));
    for (const [name, field] of [
      ['Expenditures (USD)', 'expenditures'],
      ['Total (USD)', 'total'],
      ['Amount Due (USD)', 'amountDue'],
      ['Paid (USD)', 'paid'],
      ['Unpaid (USD)', 'unpaid'],
    ] as const) {
      expect(exact(julyRow.getCell(col(name)).value), name).toBe(july[field]);
      expect(exact(sheet.getRow(2).getCell(col(name)).value), name).toBe(august[field]);
    }
    expect(julyRow.getCell(col('Amount Due (USD)')).numFmt).toBe('0.00000000');
  });

  it('R-EX-6 R-EX-1 exports one bill\'s breakdown by product and by customer (by id or by month), as CSV and XLSX', async () => {
    const { partnerBill } = await run<{ partnerBill: Bill & { byProduct: Line[]; byCustomer: Line[] } }>(acme, BILL, { id: july.id });
    const byId = await download(acme, `/api/exports/partner-bill.csv?id=${july.id}`);
    expect(byId.response.status).toBe(200);
    expect(byId.response.headers.get('content-disposition')).toBe('attachment; filename="partner-bill-2027-07.csv"');
    const rows = parseCsv(byId.buffer.toString('utf8'));
    expect(byId.response.headers.get('x-total-rows')).toBe(String(rows.length));
    const asLines = (breakdown: string) =>
      rows
        .filter((r) => r.Breakdown === breakdown)
        .map((r) => ({
          key: r.Key,
          name: r.Name,
          expenditures: r['Expenditures (USD)'],
          refunds: r['Refunds (USD)'],
          adjustments: r['Adjustments (USD)'],
          coupons: r['Coupons (USD)'],
          total: r['Total (USD)'],
          amountDue: r['Amount Due (USD)'],
        }));
    expect(asLines('PRODUCT')).toEqual(partnerBill.byProduct);
    expect(asLines('CUSTOMER')).toEqual(partnerBill.byCustomer);
    expect(asLines('PRODUCT').map((l) => [l.key, l.amountDue])).toEqual([
      ['ECS', '77.00000000'],
      ['OBS', '0.12345678'],
    ]);
    expect(asLines('CUSTOMER').map((l) => l.amountDue).sort()).toEqual(['0.12345678', '77.00000000']);
    expect(rows.find((r) => r.Breakdown === 'BILL TOTAL')).toMatchObject({ 'Billing Month': '2027-07', 'Total (USD)': '87.62345678', 'Amount Due (USD)': '77.12345678' });

    const byMonth = await download(acme, '/api/exports/partner-bill.csv?month=2027-07');
    expect(byMonth.response.status).toBe(200);
    expect(byMonth.buffer.toString('utf8')).toBe(byId.buffer.toString('utf8'));

    const ExcelJS = (await import('exceljs')).default;
    const xlsx = await download(acme, `/api/exports/partner-bill.xlsx?id=${july.id}`);
    expect(xlsx.response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.buffer as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount - 1).toBe(rows.length);
    const obs = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(2).value === 'PRODUCT' && r.getCell(3).value === 'OBS')!;
    expect(obs.getCell(10).value).toBe(0.12345678);
  });

  it('R-EX-6 another partner sees only its own bills and gets 404 for a bill it does not own', async () => {
    const own = parseCsv((await download(huayun, '/api/exports/partner-bills.csv')).buffer.toString('utf8'));
    expect(own.map((r) => [r['Billing Month'], r['Amount Due (USD)']])).toEqual([['2027-07', '7.77777777']]);
    expect(own.map((r) => r['Bill ID'])).not.toContain(july.id);

    const byId = await download(huayun, `/api/exports/partner-bill.csv?id=${july.id}`);
    expect(byId.response.status).toBe(404);
    expect(JSON.parse(byId.buffer.toString()).error).toBe('Bill not found');
    const byMonth = await download(huayun, '/api/exports/partner-bill.csv?month=2027-08');
    expect(byMonth.response.status).toBe(404);
    expect(JSON.parse(byMonth.buffer.toString()).error).toContain('No bill was issued for 2027-08');
    // Its own July bill is its own breakdown, not Acme's.
    const mine = await download(huayun, '/api/exports/partner-bill.csv?month=2027-07');
    expect(mine.response.status).toBe(200);
    const text = mine.buffer.toString('utf8');
    expect(text).toContain('东方物流有限公司');
    expect(text).toContain('7.77777777');
    expect(text).not.toContain('Northwind');

    expect((await download(acme, '/api/exports/partner-bill.csv?id=not-a-uuid')).response.status).toBe(404);
    expect((await download(acme, '/api/exports/partner-bill.csv?month=2031-01')).response.status).toBe(404);
  });

  it('R-EX-6 refuses a bad month (400), an unknown format (404), no session (401) and a role without BILLS_VIEW (403)', async () => {
    for (const month of ['2027-7', '2027-13', 'July', '']) {
      const bad = await download(acme, `/api/exports/partner-bill.csv?month=${month}`);
      expect(bad.response.status, month).toBe(400);
      expect(JSON.parse(bad.buffer.toString()).field).toBe('month');
    }
    expect((await download(acme, '/api/exports/partner-bills.pdf')).response.status).toBe(404);
    for (const path of ['/api/exports/partner-bills.csv', `/api/exports/partner-bill.xlsx?id=${july.id}`]) {
      const anonymous = await download(null, path);
      expect(anonymous.response.status, path).toBe(401);
      expect(JSON.parse(anonymous.buffer.toString()).error).toBe('Sign in to export.');
    }
    const viewer = await server.signIn(demoMemberEmail('viewer', 'acme-cloud'));
    const manager = await server.signIn(demoMemberEmail('manager', 'acme-cloud'));
    for (const client of [viewer, manager]) {
      expect((await download(client, '/api/exports/partner-bills.csv')).response.status).toBe(403);
      expect((await download(client, `/api/exports/partner-bill.csv?id=${july.id}`)).response.status).toBe(403);
    }
    // Finance holds BILLS_VIEW.
    const finance = await server.signIn(demoMemberEmail('finance', 'acme-cloud'));
    expect((await download(finance, '/api/exports/partner-bills.csv')).response.status).toBe(200);
  });
});
