import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Locator, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { chooseOption, DEMO, graphql, login, newPage, openMenuLink, signedInSuite, snap, startServer, type RunningServer } from './harness';

const suite = signedInSuite(DEMO.partnerAdmin, '/partner');

/** A row of the Customer budgets table. */
function budgetRow(page: Page, company: string): Locator {
  return page.getByRole('table', { name: 'Customer budgets' }).locator('tr.ant-table-row').filter({ hasText: company });
}

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
  // Let modal/drawer open animations finish before axe looks at colours.
  await page.waitForTimeout(400);
}

async function openHistory(page: Page, company: string): Promise<Locator> {
  await budgetRow(page, company).getByRole('button', { name: 'Adjustment records' }).click();
  const drawer = page.getByRole('dialog', { name: `Adjustment records of ${company}` });
  await drawer.waitFor();
  return drawer;
}

async function closeDrawer(drawer: Locator): Promise<void> {
  await drawer.getByRole('button', { name: 'Close' }).click();
  await drawer.waitFor({ state: 'hidden' });
}

describe('Customer Business › Budgets (partner admin)', () => {
  it('R-BU-1 sets a monthly budget, shows it in the list and in the adjustment records', async () => {
    const page = suite.page;
    await openMenuLink(page, 'Customer Business', 'Budgets');
    await page.waitForURL('**/partner/customers/budgets');
    await page.getByRole('heading', { name: 'Budgets', level: 1 }).waitFor();
    await budgetRow(page, 'Northwind Traders').waitFor();
    await budgetRow(page, 'Tailspin Toys').waitFor();
    // Referral customers have no budget here.
    expect(await budgetRow(page, 'Wingtip Solutions').count()).toBe(0);
    expect(await budgetRow(page, 'Northwind Traders').innerText()).toContain('Not set');
    expect(await axeViolations(page, 'budgets list')).toEqual([]);

    await budgetRow(page, 'Northwind Traders').getByRole('button', { name: 'Set monthly budget' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set Monthly Budget' });
    await dialog.waitFor();
    await dialog.getByText('Current Estimate').waitFor();
    await dialog.getByText(/75 %, 90 % and 100 %/).waitFor();
    await dialog.getByText(/pay-per-use purchases continue/).waitFor();
    await settle(page);
    expect(await axeViolations(page, 'set budget dialog')).toEqual([]);

    const amount = dialog.getByLabel('Monthly Budget (USD)');
    await amount.fill('12.123456789');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await dialog.locator('#set-budget_amount_help').getByText('at most 8 decimals').waitFor();
    await amount.fill('1500.12345678');
    await dialog.getByLabel('Note (optional)').fill('Q4 project');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Monthly budget of Northwind Traders saved.').waitFor();
    const row = budgetRow(page, 'Northwind Traders');
    await row.getByText('1,500.12').waitFor();
    await expect.poll(async () => row.locator('[data-exact]').first().getAttribute('data-exact')).toBe('1500.12345678');
    expect(await row.innerText()).toContain('0 %');

    const drawer = await openHistory(page, 'Northwind Traders');
    const record = drawer.locator('tr.ant-table-row').filter({ hasText: 'Budget changed' });
    await record.waitFor();
    const text = await record.innerText();
    expect(text).toContain('none');
    expect(text).toContain('1,500.12 USD');
    expect(text).toContain('Q4 project');
    expect(text).toContain(DEMO.partnerAdmin.email);
    await settle(page);
    expect(await axeViolations(page, 'adjustment records')).toEqual([]);
    await snap(page, 'budget-history');
    await closeDrawer(drawer);
  });

  it('R-BU-3 a budget of 0 is accepted and recorded', async () => {
    const page = suite.page;
    await budgetRow(page, 'Northwind Traders').getByRole('button', { name: 'Set monthly budget' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set Monthly Budget' });
    await dialog.getByLabel('Monthly Budget (USD)').fill('0');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await budgetRow(page, 'Northwind Traders').getByText('Budget 0: pay-per-use only').waitFor();
    const drawer = await openHistory(page, 'Northwind Traders');
    await expect.poll(() => drawer.locator('tr.ant-table-row').filter({ hasText: 'Budget changed' }).count(), { timeout: 10_000 }).toBe(2);
    await closeDrawer(drawer);
  });

  it('R-BU-4 freezes and unfreezes a reseller customer with a reason and a confirmation', async () => {
    const page = suite.page;
    const row = budgetRow(page, 'Tailspin Toys');
    await row.getByRole('button', { name: 'Freeze' }).click();
    const dialog = page.getByRole('dialog', { name: 'Freeze Tailspin Toys?' });
    await dialog.getByText('cannot purchase, renew or change resources').waitFor();
    await dialog.getByRole('button', { name: 'Freeze' }).click();
    await dialog.locator('#freeze-customer_reason_help').getByText('Say why the customer is frozen.').waitFor();
    await settle(page);
    expect(await axeViolations(page, 'freeze dialog')).toEqual([]);
    await dialog.getByLabel('Reason').fill('Overdue invoices');
    await dialog.getByRole('button', { name: 'Freeze' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Frozen', { exact: true }).waitFor();
    await row.getByText('Overdue invoices').waitFor();
    expect(await axeViolations(page, 'budgets list with a frozen customer')).toEqual([]);

    await row.getByRole('button', { name: 'Unfreeze' }).click();
    const confirm = page.getByRole('dialog', { name: 'Unfreeze Tailspin Toys?' });
    await confirm.getByText('Frozen because: Overdue invoices').waitFor();
    await confirm.getByRole('button', { name: 'Unfreeze' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await row.getByText('Active', { exact: true }).waitFor();

    const drawer = await openHistory(page, 'Tailspin Toys');
    await drawer.locator('tr.ant-table-row').filter({ hasText: 'Unfrozen' }).waitFor();
    await drawer.locator('tr.ant-table-row').filter({ hasText: 'Overdue invoices' }).getByText('Frozen').waitFor();
    await closeDrawer(drawer);

    // Frozen again, for the purchase gate below.
    await row.getByRole('button', { name: 'Freeze' }).click();
    const again = page.getByRole('dialog', { name: 'Freeze Tailspin Toys?' });
    await again.getByLabel('Reason').fill('Payment review');
    await again.getByRole('button', { name: 'Freeze' }).click();
    await again.waitFor({ state: 'hidden' });
    await row.getByText('Frozen', { exact: true }).waitFor();
    await snap(page, 'budgets');
  });

  it('R-BU-1 the budgets table fits a 1366×768 screen without scrolling sideways', async () => {
    const page = suite.page;
    const before = page.viewportSize();
    await page.setViewportSize({ width: 1366, height: 768 });
    try {
      await page.goto('/partner/customers/budgets');
      await budgetRow(page, 'Northwind Traders').waitFor();
      await settle(page);
      const widths = await page.getByRole('table', { name: 'Customer budgets' }).evaluate((table) => {
        const wrapper = table.closest('.ant-table-wrapper')!;
        // Every box of the table that could scroll: the wrapper, its container, and the content/body scrollers.
        const boxes = [wrapper, ...wrapper.querySelectorAll('.ant-table, .ant-table-container, .ant-table-content, .ant-table-body')];
        return {
          boxes: boxes.map((el) => ({ cls: el.className, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth })),
          table: table.getBoundingClientRect().width,
          wrapper: wrapper.getBoundingClientRect().width,
          document: { scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth },
        };
      });
      for (const box of widths.boxes) expect(box.scrollWidth, `${box.cls}: ${JSON.stringify(widths)}`).toBeLessThanOrEqual(box.clientWidth);
      expect(widths.table, JSON.stringify(widths)).toBeLessThanOrEqual(widths.wrapper);
      expect(widths.document.scrollWidth).toBeLessThanOrEqual(widths.document.clientWidth);
      // The actions stay reachable by name (icon buttons carry their names).
      const row = budgetRow(page, 'Northwind Traders');
      await row.getByRole('button', { name: 'Set monthly budget' }).waitFor();
      await row.getByRole('button', { name: 'Adjustment records' }).waitFor();
      expect(await axeViolations(page, 'budgets list at 1366×768')).toEqual([]);
      await snap(page, 'budgets-1366');
    } finally {
      if (before) await page.setViewportSize(before);
    }
  });

  it('searches the reseller customers', async () => {
    const page = suite.page;
    await page.getByLabel('Search reseller customers').fill('tailspin');
    await page.getByLabel('Search reseller customers').press('Enter');
    await budgetRow(page, 'Northwind Traders').waitFor({ state: 'detached' });
    await budgetRow(page, 'Tailspin Toys').waitFor();
    await page.getByText(/^1 customer$/).waitFor();
  });
});

describe('Operator: purchase gate and partner bills', () => {
  it('R-BU-2..4 refuses a frozen customer and lets pay-per-use through at a budget of 0', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await login(page, DEMO.operator.email, DEMO.operator.password);
      await page.waitForURL('**/operator');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Purchase gate' }).click();
      await page.waitForURL('**/operator/purchase-gate');
      await page.getByRole('heading', { name: 'Purchase gate', level: 1 }).waitFor();

      await chooseOption(page, page.getByLabel('Customer', { exact: true }), 'Tailspin Toys');
      await page.getByLabel('Amount (USD, list price)').fill('10');
      await page.getByRole('button', { name: 'Check purchase' }).click();
      const decision = page.getByRole('region', { name: 'Decision' });
      await decision.getByText('Refused: Customer frozen').waitFor();
      expect(await decision.innerText()).toMatch(/Frozen\s+Yes/);
      await settle(page);
      expect(await axeViolations(page, 'purchase gate refused')).toEqual([]);

      await chooseOption(page, page.getByLabel('Customer', { exact: true }), 'Northwind Traders');
      await page.getByText('Pay-per-use', { exact: true }).click();
      await page.getByRole('button', { name: 'Check purchase' }).click();
      await decision.getByText('Allowed', { exact: true }).waitFor();
      expect(await decision.innerText()).toContain('0.00 USD');
      await snap(page, 'purchase-gate');

      // Validation next to the field.
      await page.getByLabel('Amount (USD, list price)').fill('0');
      await page.getByRole('button', { name: 'Check purchase' }).click();
      await page.locator('#purchase-gate_amount_help').getByText('more than 0 USD').waitFor();

      // The partner's bills on the partner detail page.
      await page.goto('/operator/partners');
      await page.getByRole('link', { name: DEMO.partnerAdmin.company }).first().click();
      await page.getByRole('heading', { name: DEMO.partnerAdmin.company, level: 1 }).waitFor();
      const card = page.locator('.ant-card').filter({ has: page.getByText('Bills', { exact: true }) });
      await card.getByRole('table', { name: 'Partner bills' }).waitFor();
      await card.getByText(/No bills issued for this partner yet\.|Record payment/).first().waitFor();
      await settle(page);
      expect(await axeViolations(page, 'operator partner detail')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('Financial Information › Partner Bills (partner admin)', () => {
  it('R-EX-6 shows the amount due, the estimate of this month and the monthly bills', async () => {
    const page = suite.page;
    await openMenuLink(page, 'Financial Information', 'Partner Bills');
    await page.waitForURL('**/partner/finance/bills');
    await page.getByRole('heading', { name: 'Partner Bills', level: 1 }).waitFor();
    await page.getByText(/do not include the expenditures of your referral customers/).waitFor();
    await page.getByText(/Beijing time \(GMT\+08:00\)/).first().waitFor();
    await page.getByText(/before 00:00 on the 5th day of the next month/).waitFor();

    const due = page.getByRole('group', { name: 'Amount due' });
    await due.getByText(/Unpaid Fees of the Latest Billing Month/).waitFor();
    await due.getByText(/Unpaid Fees of the Previous Months|Unpaid Fees of Previous Months/).waitFor();
    expect(await due.innerText()).toMatch(/\d+\.\d\d USD/);

    await page.getByText("You have not yet been billed for this month's expenditures.", { exact: false }).waitFor();
    await page.getByText(/Check the bill again after it is issued on [A-Z][a-z]{2} 04, \d{4}\./).first().waitFor();
    await page.getByText('Bill Estimate').first().waitFor();

    const table = page.getByRole('table', { name: 'Monthly bills' });
    await table.waitFor();
    await settle(page);
    const rows = table.locator('tr.ant-table-row');
    if ((await rows.count()) === 0) {
      await page.getByText('No bills issued yet.', { exact: false }).waitFor();
    } else {
      await rows.first().getByRole('link').click();
      await page.getByRole('tab', { name: 'By Product' }).waitFor();
      await page.getByRole('tab', { name: 'By Customer' }).waitFor();
      await page.goBack();
    }
    expect(await axeViolations(page, 'partner bills')).toEqual([]);
    await snap(page, 'partner-bills');

    // The links in bill notifications (/partner/bills/…) land on the Bills page.
    await page.goto('/partner/bills');
    await page.waitForURL('**/partner/finance/bills');
  });
});

/** Text of a downloaded file. */
async function downloaded(download: Download): Promise<string> {
  return (await readFile(await download.path())).toString('utf8');
}

describe('Financial Information › Partner Bills: exports (demo usage)', () => {
  // A second server with the demo's twelve months of usage: bills are issued by the bill run at start (then hourly),
  // and the shared server starts without usage.
  let demo: RunningServer | undefined;
  beforeAll(async () => {
    demo = await startServer({ env: { DEMO_USAGE: 'true' }, timeoutMs: 90_000 });
  });
  afterAll(async () => {
    await demo?.stop();
  });

  it('R-EX-6 R-EX-1 exports the issued bills and a bill\'s breakdown as CSV with all 8 decimals', async () => {
    const { context, page } = await newPage(suite.browser, demo!.baseUrl);
    try {
      await login(page, DEMO.partnerAdmin.email, DEMO.partnerAdmin.password);
      await page.waitForURL('**/partner');
      await page.goto('/partner/finance/bills');
      const table = page.getByRole('table', { name: 'Monthly bills' });
      const first = table.locator('tr.ant-table-row').first();
      await first.waitFor();
      const month = (await first.getByRole('link').innerText()).trim();
      // The Amount due column (after expenditures, refunds, adjustments, late usage, coupons): its exact value as the screen holds it.
      const amountDue = await first.locator('td').nth(6).locator('.pc-money').getAttribute('data-exact');
      expect(amountDue).toMatch(/^-?\d+\.\d{8}$/);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV of all issued bills' }).click()]);
      expect(download.suggestedFilename()).toBe('partner-bills.csv');
      const csv = await downloaded(download);
      const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
      expect(lines[0]).toContain('Amount Due (USD)');
      expect(lines.length - 1).toBeGreaterThanOrEqual(await table.locator('tr.ant-table-row').count());
      const line = lines.find((l) => l.startsWith(`${month},`));
      expect(line, csv.slice(0, 500)).toBeTruthy();
      expect(line).toMatch(/,-?\d+\.\d{8},/);
      expect(line).toContain(`,${amountDue},`);
      await page.getByText(/^Saved partner-bills\.csv/).waitFor();
      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export XLSX of all issued bills' }).click()]);
      expect(xlsx.suggestedFilename()).toBe('partner-bills.xlsx');
      expect((await readFile(await xlsx.path())).subarray(0, 2).toString('latin1')).toBe('PK');
      await settle(page);
      expect(await axeViolations(page, 'partner bills with exports')).toEqual([]);

      // The bill's breakdown by product and by customer.
      await first.getByRole('link').click();
      await page.getByRole('tab', { name: 'By Product' }).waitFor();
      const [detail] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export CSV of the breakdown of the/ }).click()]);
      expect(detail.suggestedFilename()).toBe(`partner-bill-${month}.csv`);
      const breakdown = (await downloaded(detail)).split(/\r?\n/);
      expect(breakdown.some((l) => l.startsWith(`${month},PRODUCT,`))).toBe(true);
      expect(breakdown.some((l) => l.startsWith(`${month},CUSTOMER,`))).toBe(true);
      expect(breakdown.find((l) => l.startsWith(`${month},BILL TOTAL,`))).toContain(`,${amountDue}`);
      await settle(page);
      expect(await axeViolations(page, 'partner bill detail with exports')).toEqual([]);
      await snap(page, 'partner-bill-detail-export');
    } finally {
      await context.close();
    }
  });
  it('R-EX-6 usage of a billed month that arrives late shows on its bill as received after issue and in the estimate of the next bill', async () => {
    const { context, page } = await newPage(suite.browser, demo!.baseUrl);
    try {
      await login(page, DEMO.partnerAdmin.email, DEMO.partnerAdmin.password);
      await page.waitForURL('**/partner');
      const { partnerBills, customers } = await graphql<{
        partnerBills: { edges: { node: { id: string; month: string } }[] };
        customers: { edges: { node: { model: string; customer: { id: string; companyName: string } } }[] };
      }>(page, 'query { partnerBills(first: 1) { edges { node { id month } } } customers(first: 100) { edges { node { model customer { id companyName } } } } }');
      const latest = partnerBills.edges[0]!.node;
      const reseller = customers.edges.find((e) => e.node.model === 'RESELLER')!.node.customer;

      // The billing system sends a record of the billed month after its bill was issued: 1.23456789 (cash 1, coupons 0.23456789).
      const { context: operatorContext, page: operator } = await newPage(suite.browser, demo!.baseUrl);
      await login(operator, DEMO.operator.email, DEMO.operator.password);
      await operator.waitForURL('**/operator');
      const late = await graphql<{ ingestUsageRecords: { accepted: number | null; errors: { message: string }[] } }>(
        operator,
        'mutation ($input: IngestUsageRecordsInput!) { ingestUsageRecords(input: $input) { accepted errors { message } } }',
        {
          input: {
            records: [
              {
                transactionId: `E2E-LATE-${Date.now()}`,
                customerId: reseller.id,
                kind: 'EXPENDITURE',
                transactedAt: `${latest.month.slice(0, 8)}15T02:00:00.000Z`,
                product: 'ECS',
                resourceType: 'hws.resource.type.vm',
                resourceId: 'late-vm',
                specification: 's6.large.2',
                region: 'CN South-Guangzhou',
                availabilityZone: 'AZ1',
                billingMode: 'PAY_PER_USE',
                marketplace: false,
                listPrice: '1.23456789',
                discount: '0',
                amountDue: '1.23456789',
                cash: '1.00000000',
                coupon: '0.23456789',
                monthlySettlement: '0',
              },
            ],
          },
        },
      );
      await operatorContext.close();
      expect(late.ingestUsageRecords).toEqual({ accepted: 1, errors: [] });

      // The next bill's estimate (the oldest month not billed yet) carries it.
      await page.goto('/partner/finance/bills');
      const lateLine = page.locator('.ant-descriptions-item').filter({ hasText: 'Late usage of billed months' });
      await lateLine.waitFor();
      expect(await lateLine.locator('.pc-money').getAttribute('data-exact')).toBe('1.23456789');
      await page.getByText(/it is billed once, in this bill/).waitFor();

      // The billed month's bill keeps its total and says what arrived after it.
      await page.goto(`/partner/finance/bills/${latest.id}`);
      const warning = page.getByRole('alert').filter({ hasText: /arrived after this bill was issued/ });
      await warning.waitFor();
      expect(await warning.locator('.pc-money').first().getAttribute('data-exact')).toBe('1.23456789');
      await settle(page);
      expect(await axeViolations(page, 'bill with late usage')).toEqual([]);
      await snap(page, 'partner-bill-late-usage');
    } finally {
      await context.close();
    }
  });
});
