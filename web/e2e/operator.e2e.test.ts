import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO, launchBrowser, login, newPage, snap, startServer, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  ({ context, page } = await newPage(browser, server.baseUrl));
  await login(page, DEMO.operator.email, DEMO.operator.password);
  await page.waitForURL('**/operator');
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('operator console', () => {
  it('keeps an operator out of the partner console', async () => {
    await page.goto('/partner/organization/roles');
    await page.waitForURL('**/operator');
  });

  it('shows the audit log across partners and filters it by partner', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL('**/operator/audit');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();

    // A partner id is a UUID: checked before asking the server.
    await page.getByLabel('Partner id').fill('not-a-uuid');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('A partner id is a UUID.').waitFor();

    const partnerId = await page
      .locator('.ant-table-tbody td .pc-mono')
      .filter({ hasText: /^[0-9a-f]{8}-/ })
      .evaluateAll((nodes) => {
        // the last column holds partner ids
        const cells = nodes.map((n) => n.closest('td')).filter((td): td is HTMLTableCellElement => !!td);
        const last = cells.filter((td) => td.nextElementSibling === null);
        return last[0]?.textContent?.trim() ?? null;
      });
    expect(partnerId).toMatch(/^[0-9a-f-]{36}$/);

    await page.getByLabel('Partner id').fill(partnerId!);
    const filtered = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(partnerId!),
    );
    await page.getByRole('button', { name: 'Apply filters' }).click();
    expect((await filtered).status()).toBe(200);
    await page.locator('.ant-table .ant-spin-spinning').waitFor({ state: 'detached' });
    const partnerCells = await rows.evaluateAll((trs) => trs.map((tr) => tr.lastElementChild?.textContent?.trim() ?? ''));
    expect(partnerCells.length).toBeGreaterThan(0);
    for (const cell of partnerCells) expect(cell).toBe(partnerId);
    await snap(page, 'operator-audit');
  });
});
