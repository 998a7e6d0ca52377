import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Download, Locator, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { browserSuite, chooseOption, DEMO, expectRevenueCardShows, graphql, login, newPage, openMenuLink, snap } from './harness';

const suite = browserSuite();

const MANAGER = { email: 'manager@acme-cloud.demo.test', password: DEMO.partnerAdmin.password };

/** Serious or critical WCAG 2.1 A/AA violations on the page as it is now. */
async function axeViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function settle(page: Page): Promise<void> {
  // A hovered primary button is lighter than the resting one: axe must see the page at rest.
  await page.mouse.move(0, 0);
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' }).catch(() => undefined);
}

/** Text of a downloaded file. */
async function downloaded(download: Download): Promise<string> {
  const path = await download.path();
  return (await readFile(path)).toString('utf8');
}

function tableRow(table: Locator, text: string): Locator {
  return table.locator('tr.ant-table-row').filter({ hasText: text });
}

// The records this file ingests, a minute ago, so they fall into the current (Beijing) month and the default ranges.
const RUN = Math.random().toString(36).slice(2, 8).toUpperCase();
const PRODUCT = `E2E-GPU-${RUN}`;
const EXACT_TX = `E2E-${RUN}-1`;
const transactedAt = new Date(Date.now() - 60_000).toISOString();
const billingCycle = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date(transactedAt));

const customerIds: Record<string, string> = {};

function usageRecord(
  customer: string,
  transactionId: string,
  amounts: { listPrice: string; discount: string; amountDue: string; cash: string; coupon: string },
  kind = 'EXPENDITURE',
  product = PRODUCT,
) {
  return {
    transactionId,
    customerId: customerIds[customer],
    kind,
    transactedAt,
    product,
    resourceType: 'hws.resource.type.gpu',
    resourceId: `res-${RUN}-${customer.split(' ')[0].toLowerCase()}`,
    specification: 'p2s.2xlarge.8',
    region: 'CN North-Beijing4',
    availabilityZone: 'AZ2',
    billingMode: 'PAY_PER_USE',
    marketplace: false,
    ...amounts,
    monthlySettlement: '0',
  };
}

beforeAll(async () => {
  const { context: adminContext, page: admin } = await newPage(suite.browser, suite.server.baseUrl);
  await login(admin, DEMO.partnerAdmin.email, DEMO.partnerAdmin.password);
  await admin.waitForURL('**/partner');
  const data = await graphql<{ customers: { edges: { node: { customer: { id: string; companyName: string } } }[] } }>(
    admin,
    'query { customers(first: 100) { edges { node { customer { id companyName } } } } }',
  );
  for (const edge of data.customers.edges) customerIds[edge.node.customer.companyName] = edge.node.customer.id;
  await adminContext.close();
  expect(customerIds['Contoso Retail Inc.']).toBeTruthy();
  expect(customerIds['Tailspin Toys']).toBeTruthy();

  const { context: operatorContext, page: operator } = await newPage(suite.browser, suite.server.baseUrl);
  await login(operator, DEMO.operator.email, DEMO.operator.password);
  await operator.waitForURL('**/operator');
  const ingested = await graphql<{ ingestUsageRecords: { accepted: number | null; errors: { message: string }[] } }>(
    operator,
    'mutation ($input: IngestUsageRecordsInput!) { ingestUsageRecords(input: $input) { accepted duplicates errors { message } } }',
    {
      input: {
        records: [
          usageRecord('Contoso Retail Inc.', EXACT_TX, { listPrice: '2.00000000', discount: '0.76543211', amountDue: '1.23456789', cash: '1.00000000', coupon: '0.23456789' }),
          usageRecord('Tailspin Toys', `E2E-${RUN}-2`, { listPrice: '6.00000000', discount: '0.50000000', amountDue: '5.50000000', cash: '5.50000000', coupon: '0' }),
          usageRecord('Northwind Traders', `E2E-${RUN}-3`, { listPrice: '-0.25000000', discount: '0', amountDue: '-0.25000000', cash: '-0.25000000', coupon: '0' }, 'REFUND', `E2E-REFUND-${RUN}`),
        ],
      },
    },
  );
  await operatorContext.close();
  expect(ingested.ingestUsageRecords.errors).toEqual([]);
  expect(ingested.ingestUsageRecords.accepted).toBe(3);
});

describe('Operations Statistics › Expenditures (account manager)', () => {
  it('R-EX-4 shows the overview with a trend chart, scoped to the manager\'s customers', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await login(page, MANAGER.email, MANAGER.password);
      await page.waitForURL('**/partner');
      await openMenuLink(page, 'Operations Statistics', 'Expenditures');
      await page.waitForURL('**/partner/statistics/expenditures');
      await page.getByRole('heading', { name: 'Expenditures', level: 1 }).waitFor();
      await page.getByTestId('expenditure-scope').filter({ hasText: 'Your customers' }).waitFor();
      await page.getByText(/^As of \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/).first().waitFor();
      await page.getByText(/^Amount due this month/).waitFor();
      const chart = page.getByRole('img', { name: 'Amount due and revenue per month, last twelve months' });
      await chart.waitFor();
      await expect.poll(() => chart.locator('svg .recharts-bar-rectangle').count()).toBeGreaterThan(0);
      await snap(page, 'expenditure-overview');
      expect(await axeViolations(page, 'overview')).toEqual([]);

      // The distribution, grouped by customer by default: only the manager's customers.
      await page.getByRole('tab', { name: 'Expenditure Distribution' }).click();
      await page.waitForURL('**?tab=distribution');
      const table = page.getByRole('table', { name: 'Expenditure distribution' });
      await tableRow(table, 'Contoso Retail Inc.').waitFor();
      const labels = await table.locator('tr.ant-table-row td:first-child').allInnerTexts();
      expect(labels.some((l) => l.includes('Tailspin Toys'))).toBe(false);
      expect(labels.some((l) => l.includes('Wingtip Solutions'))).toBe(false);
      for (const label of labels) {
        expect(['Contoso Retail Inc.', 'Fabrikam Manufacturing', 'Northwind Traders', 'Adventure Works Cycles'].some((c) => label.includes(c))).toBe(true);
      }
      await page.getByTestId('expenditure-scope').filter({ hasText: 'Your customers' }).waitFor();
      await table.locator('.pc-totals-row').getByText('Total').waitFor();
      const distributionChart = page.getByRole('img', { name: /^Amount due and revenue by customer account/ });
      await expect.poll(() => distributionChart.locator('svg .recharts-bar-rectangle').count()).toBeGreaterThan(0);
      await snap(page, 'expenditure-distribution');
      expect(await axeViolations(page, 'distribution')).toEqual([]);

      // By month: bars over the months.
      await chooseOption(page, page.getByLabel('Group by'), 'Month', { search: false });
      await page.getByRole('img', { name: /^Amount due and revenue by month/ }).locator('svg .recharts-bar-rectangle').first().waitFor();
      await tableRow(table, billingCycle).waitFor();

      // By product: the product ingested above has only Contoso's record for the manager (Tailspin's is not theirs).
      await chooseOption(page, page.getByLabel('Group by'), 'Product', { search: false });
      const productRow = tableRow(table, PRODUCT);
      await productRow.waitFor();
      expect(await productRow.locator('.pc-money').first().getAttribute('data-exact')).toBe('2.00000000');
      expect(await productRow.locator('.pc-money[data-exact="1.23456789"]').count()).toBeGreaterThan(0);
      expect(await productRow.innerText()).toContain('1.23');

      // R-EX-1: the export keeps all 8 decimals.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export CSV/ }).click()]);
      const csv = await downloaded(download);
      const line = csv.split(/\r?\n/).find((l) => l.includes(PRODUCT));
      expect(line, csv.slice(0, 500)).toBeTruthy();
      expect(line).toContain('1.23456789');
      // Tailspin's record of the product is not the manager's: the row is Contoso's alone.
      expect(csv.split(/\r?\n/).filter((l) => l.includes(PRODUCT))).toHaveLength(1);
      expect(line).toContain('2.00000000');
      await page.getByText(/^Saved .+\.csv/).waitFor();
      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export XLSX/ }).click()]);
      expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
      expect((await readFile(await xlsx.path())).subarray(0, 2).toString('latin1')).toBe('PK');

      // By day: a line over the days.
      await chooseOption(page, page.getByLabel('Group by'), 'Day', { search: false });
      await page.getByRole('img', { name: /^Amount due and revenue by day/ }).locator('svg .recharts-line-curve').first().waitFor();
      await page.getByText(/^Data through \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/).first().waitFor();
    } finally {
      await context.close();
    }
  });

  it('R-EX-2 lists the manager\'s expenditure records and exports them exactly', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await login(page, MANAGER.email, MANAGER.password);
      await page.waitForURL('**/partner');
      await openMenuLink(page, 'Customer Business', 'Customer Expenditure');
      await page.waitForURL('**/partner/customers/expenditure');
      await page.getByRole('heading', { name: 'Customer Expenditure', level: 1 }).waitFor();
      await page.getByTestId('expenditure-scope').filter({ hasText: 'Your customers' }).waitFor();
      const expenditures = page.getByRole('table', { name: 'Expenditures by customer' });
      await tableRow(expenditures, 'Contoso Retail Inc.').waitFor();
      expect(await tableRow(expenditures, 'Tailspin Toys').count()).toBe(0);

      // A billing cycle without records: empty states.
      await page.goto('/partner/customers/expenditure?cycle=2020-01');
      await page.getByText('No expenditures in this billing cycle.').waitFor();
      await page.getByText('No refunds in this billing cycle.').waitFor();
      await page.goto('/partner/customers/expenditure');
      await tableRow(expenditures, 'Contoso Retail Inc.').waitFor();

      await page.getByRole('tab', { name: 'Expenditure Records' }).click();
      await page.waitForURL('**?tab=records');
      await page.getByLabel('Transaction ID').fill(EXACT_TX);
      await page.getByLabel('Transaction ID').press('Enter');
      const records = page.getByRole('table', { name: 'Expenditure records' });
      const row = tableRow(records, EXACT_TX);
      await row.waitFor();
      await page.getByText(/^1 record$/).waitFor();
      const text = await row.innerText();
      for (const part of ['Contoso Retail Inc.', PRODUCT, 'p2s.2xlarge.8', 'CN North-Beijing4', 'AZ2', 'Pay-per-use', '1.23', '0.77']) expect(text).toContain(part);
      expect(await row.locator('.pc-money[data-exact="1.23456789"]').count()).toBe(1);
      await settle(page);
      expect(await axeViolations(page, 'records')).toEqual([]);
      await snap(page, 'expenditure-records');

      // Tailspin's record is not the manager's.
      await page.getByLabel('Transaction ID').fill(`E2E-${RUN}-2`);
      await page.getByLabel('Transaction ID').press('Enter');
      await page.getByText('No records match these filters.').waitFor();

      await page.getByLabel('Transaction ID').fill(EXACT_TX);
      await page.getByLabel('Transaction ID').press('Enter');
      await row.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export CSV/ }).click()]);
      const csv = await downloaded(download);
      const lines = csv.trim().split(/\r?\n/);
      expect(lines.length, csv.slice(0, 500)).toBe(2);
      expect(lines[1]).toContain(EXACT_TX);
      expect(lines[1]).toContain('1.23456789');
      expect(lines[1]).toContain('0.23456789');
    } finally {
      await context.close();
    }
  });
});

describe('Customer Business › Customer Expenditure (administrator)', () => {
  it('R-EX-3 shows the billing cycle\'s totals of all customers as the API computes them', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await login(page, DEMO.partnerAdmin.email, DEMO.partnerAdmin.password);
      await page.waitForURL('**/partner');
      const expected = await graphql<{
        customerExpenditureSummary: {
          discountTotal: string;
          expenditures: { amount: string; coupon: string; rows: { companyName: string; amount: string }[] };
          refunds: { amount: string };
        };
      }>(
        page,
        'query ($c: String!) { customerExpenditureSummary(billingCycle: $c) { discountTotal expenditures { amount coupon rows { companyName amount } } refunds { amount } } }',
        { c: billingCycle },
      );
      const s = expected.customerExpenditureSummary;
      await page.goto('/partner/customers/expenditure');
      await page.getByTestId('expenditure-scope').filter({ hasText: 'All customers' }).waitFor();
      const line = page.getByTestId('expenditure-summary-line');
      await line.waitFor();
      expect(await line.locator('.pc-money').first().getAttribute('data-exact')).toBe(s.expenditures.amount);
      expect(await line.locator('.pc-money').nth(1).getAttribute('data-exact')).toBe(s.expenditures.coupon);
      expect(await line.innerText()).toMatch(/^Expenditures \$[\d,]+\.\d{2} USD \(Including used coupons of \$[\d,]+\.\d{2} USD\)$/);
      expect(await page.getByTestId('expenditure-discount-line').locator('.pc-money').getAttribute('data-exact')).toBe(s.discountTotal);

      const expenditures = page.getByRole('table', { name: 'Expenditures by customer' });
      const tailspin = tableRow(expenditures, 'Tailspin Toys');
      await tailspin.waitFor();
      const tailspinAmount = s.expenditures.rows.find((r) => r.companyName === 'Tailspin Toys')!.amount;
      expect(await tailspin.locator('.pc-money').first().getAttribute('data-exact')).toBe(tailspinAmount);
      const refunds = page.getByRole('table', { name: 'Refunds by customer' });
      await tableRow(refunds, 'Northwind Traders').waitFor();
      await settle(page);
      expect(await axeViolations(page, 'customer expenditure')).toEqual([]);
      await snap(page, 'customer-expenditure');

      // The summary export carries the exact amounts.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export CSV/ }).click()]);
      const csv = await downloaded(download);
      expect(csv).toContain(tailspinAmount);
    } finally {
      await context.close();
    }
  });
});

describe('Operations Statistics › Expenditures › Revenue', () => {
  type Revenue = { partnerRevenue: { total: string; scope: string; months: { month: string; revenue: string }[] } };
  const REVENUE_QUERY = 'query ($f: String!, $t: String!) { partnerRevenue(fromMonth: $f, toMonth: $t) { total scope months { month revenue } } }';
  // The calendar quarter of the current Beijing month, where the records above were ingested.
  const [year, month] = billingCycle.split('-').map(Number);
  const quarter = Math.floor((month - 1) / 3) + 1;
  const quarterMonths = [0, 1, 2].map((i) => `${year}-${String((quarter - 1) * 3 + 1 + i).padStart(2, '0')}`);

  /** The Revenue card on the Overview tab, switched to this quarter, showing what the API returns for the same months. */
  async function expectQuarterRevenue(page: Page): Promise<Locator> {
    const expected = (await graphql<Revenue>(page, REVENUE_QUERY, { f: quarterMonths[0], t: quarterMonths[2] })).partnerRevenue;
    await page.goto('/partner/statistics/expenditures');
    await page.getByRole('heading', { name: 'Expenditures', level: 1 }).waitFor();
    const card = page.getByTestId('revenue-card');
    await card.waitFor();
    await card.getByTestId('revenue-total').waitFor();
    await card.locator('.ant-segmented-item').filter({ hasText: /^Quarter$/ }).click();
    await card.getByText(`Revenue, ${year} Q${quarter} (${quarterMonths[0]} to ${quarterMonths[2]})`, { exact: true }).waitFor();
    expect(expected.months.map((m) => m.month)).toEqual(quarterMonths);
    await expectRevenueCardShows(page, card, quarterMonths, expected);
    return card;
  }

  it('R-EX-5 shows the quarter\'s revenue per month as the API computes it; a manager sees their customers\'', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await login(page, DEMO.partnerAdmin.email, DEMO.partnerAdmin.password);
      await page.waitForURL('**/partner');
      await openMenuLink(page, 'Operations Statistics', 'Expenditures');
      await page.waitForURL('**/partner/statistics/expenditures');
      const card = await expectQuarterRevenue(page);
      // The administrator sees the partner's revenue: no "Your customers" note.
      expect(await card.getByTestId('revenue-scope').count()).toBe(0);
      // The records ingested above count: Tailspin's 5.50 cash is in this month's revenue.
      const thisMonth = card.getByRole('table', { name: 'Revenue per month' }).locator('tr.ant-table-row').filter({ hasText: billingCycle });
      expect(Number(await thisMonth.locator('.pc-money').getAttribute('data-exact'))).toBeGreaterThanOrEqual(5.5);

      // Three months ending with this month, and a single month: the same months, the same API.
      await card.locator('.ant-segmented-item').filter({ hasText: /^Month$/ }).click();
      const single = (await graphql<Revenue>(page, REVENUE_QUERY, { f: billingCycle, t: billingCycle })).partnerRevenue;
      await card.getByText(`Revenue, ${billingCycle}`, { exact: true }).waitFor();
      await expect.poll(() => card.getByTestId('revenue-total').locator('.pc-money').getAttribute('data-exact')).toBe(single.total);
      await expect.poll(() => card.locator('tr.ant-table-row').count()).toBe(1);
      await settle(page);
      expect(await axeViolations(page, 'revenue')).toEqual([]);
      await snap(page, 'expenditure-revenue');
    } finally {
      await context.close();
    }

    const manager = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await login(manager.page, MANAGER.email, MANAGER.password);
      await manager.page.waitForURL('**/partner');
      const card = await expectQuarterRevenue(manager.page);
      await card.getByTestId('revenue-scope').filter({ hasText: 'Your customers' }).waitFor();
    } finally {
      await manager.context.close();
    }
  });
});

describe('Operator › Usage imports', () => {
  it('imports a small CSV through the page and shows the result and the failure of a bad file', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await login(page, DEMO.operator.email, DEMO.operator.password);
      await page.waitForURL('**/operator');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Usage imports' }).click();
      await page.waitForURL('**/operator/usage-imports');
      await page.getByRole('heading', { name: 'Usage imports', level: 1 }).waitFor();
      await page.getByRole('table', { name: 'Expected CSV columns' }).getByText('monthly_settlement').waitFor();
      await settle(page);
      expect(await axeViolations(page, 'usage imports')).toEqual([]);

      const header =
        'transaction_id,customer_id,kind,transacted_at,product,resource_type,resource_id,specification,region,availability_zone,billing_mode,marketplace,list_price,discount,amount_due,cash,coupon,monthly_settlement';
      const contoso = customerIds['Contoso Retail Inc.'];
      const rows = [
        `CSV-${RUN}-1,${contoso},EXPENDITURE,${transactedAt},OBS,hws.resource.type.obs,bucket-${RUN},standard,CN North-Beijing4,,PAY_PER_USE,false,3.00000000,0.50000000,2.50000000,2.00000000,0.50000000,0`,
        `CSV-${RUN}-2,${contoso},EXPENDITURE,${transactedAt},OBS,hws.resource.type.obs,bucket-${RUN},standard,CN North-Beijing4,,PAY_PER_USE,false,1.00000000,0,1.00000000,1.00000000,0,0`,
        // Ingested through the API above: a duplicate.
        `${EXACT_TX},${contoso},EXPENDITURE,${transactedAt},${PRODUCT},hws.resource.type.gpu,res-x,p2s.2xlarge.8,CN North-Beijing4,AZ2,PAY_PER_USE,false,2.00000000,0.76543211,1.23456789,1.00000000,0.23456789,0`,
      ];
      const fileName = `usage-${RUN}.csv`;
      await page.locator('input[type="file"]').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(`${header}\n${rows.join('\n')}\n`) });
      await page.getByRole('button', { name: 'Start import' }).click();
      const success = page.getByRole('status').filter({ hasText: `Imported ${fileName}` });
      await success.waitFor({ timeout: 30_000 });
      expect(await success.innerText()).toContain('2 records accepted, 1 duplicate skipped (3 rows read)');
      const past = page.getByRole('table', { name: 'Past imports' });
      const done = tableRow(past, fileName);
      await done.getByText('Completed').waitFor();
      await snap(page, 'usage-import');

      // A file with a bad row: nothing is imported; the row and the reason are shown.
      const badName = `bad-${RUN}.csv`;
      const bad = `${header}\nCSV-${RUN}-3,${contoso},EXPENDITURE,${transactedAt},OBS,t,r,s,CN North-Beijing4,,PAY_PER_USE,false,1,0,1.00000000,0.40000000,0,0\n`;
      await page.locator('input[type="file"]').setInputFiles({ name: badName, mimeType: 'text/csv', buffer: Buffer.from(bad) });
      await page.getByRole('button', { name: 'Start import' }).click();
      const failure = page.getByRole('alert').filter({ hasText: `The import of ${badName} failed at row 1` });
      await failure.waitFor({ timeout: 30_000 });
      expect(await failure.innerText()).toMatch(/cash/i);
      await tableRow(past, badName).getByText('Failed').waitFor();
      await settle(page);
      expect(await axeViolations(page, 'usage imports after import')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
