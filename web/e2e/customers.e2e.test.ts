import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { confirmPopover, DEMO, login, newPage, openMenuLink, signedInSuite, snap } from './harness';

const suite = signedInSuite(DEMO.partnerAdmin, '/partner');

/** A row of the Customers table. */
function customerRow(page: Page, company: string): Locator {
  return page.getByRole('table').locator('tr.ant-table-row').filter({ hasText: company });
}

/** Picks an option of an Ant Design select by its text (closed dropdowns stay in the DOM, hidden). */
async function pick(page: Page, select: Locator, text: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-item-option:visible').filter({ hasText: text }).first().click();
}

/** Serious or critical WCAG 2.1 A/AA violations on the page as it is now. */
async function axeViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const PROSPECT = { email: 'cto@initrode.e2e.test', company: 'Initrode Systems' };
const INVITEE = 'buyer@vandelay.e2e.test';

describe('Customer Business (partner admin)', () => {
  it('opens Customers from the Customer Business menu and filters by model', async () => {
    const page = suite.page;
    await openMenuLink(page, 'Customer Business', 'Customers');
    await page.waitForURL('**/partner/customers');
    await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
    await customerRow(page, 'Northwind Traders').waitFor();
    await customerRow(page, 'Contoso Retail Inc.').waitFor();
    expect(await customerRow(page, 'Contoso Retail Inc.').innerText()).toContain('5 %');
    await page.getByText(/^6 customers$/).waitFor();
    // Another partner's customers are not listed.
    expect(await customerRow(page, 'Bergmann Maschinenbau AG').count()).toBe(0);

    await pick(page, page.getByLabel('Filter by model'), 'Referral');
    await customerRow(page, 'Northwind Traders').waitFor({ state: 'detached' });
    await customerRow(page, 'Wingtip Solutions').waitFor();
    await page.getByText(/^4 customers$/).waitFor();
    await page.getByLabel('Reseller customers may view bills and cost centre').first().waitFor();
    await snap(page, 'customers');
  });

  it('R-CU-4 sets a referral discount within the range and shows the refusal outside it', async () => {
    const page = suite.page;
    await customerRow(page, 'Wingtip Solutions').getByRole('link', { name: 'Wingtip Solutions' }).click();
    await page.getByRole('heading', { name: 'Wingtip Solutions', level: 1 }).waitFor();
    await page.getByText('Only the cloud provider can change it').waitFor();
    await page.getByText('authorised discounts from 0 % to 10 %').waitFor();

    const field = page.getByLabel('Discount (%)');
    await field.fill('25');
    await page.getByRole('button', { name: 'Save discount' }).click();
    await page.locator('#discount_discountRate_help').getByText('within the authorised range').waitFor();

    await field.fill('7.5');
    await page.getByRole('button', { name: 'Save discount' }).click();
    await page.getByText('Discount set to 7.5 %.').waitFor();
    await page.getByText('Discount changed from none to 7.5 %.').waitFor();
  });

  it('R-CU-11 assigns an account manager and shows it in the history', async () => {
    const page = suite.page;
    await pick(page, page.getByLabel('Account manager', { exact: true }), 'manager@acme-cloud.demo.test');
    await page.getByRole('button', { name: 'Save account manager' }).click();
    await page.getByText(/^Assigned to .+\.$/).waitFor();
    const history = page.getByLabel('History');
    await history.getByText(/Account manager changed from nobody to .*Account Manager/).waitFor();
    await snap(page, 'customer-detail');
  });

  it('R-CU-3/R-CU-4 hides the discount editor of a reseller customer and says why', async () => {
    const page = suite.page;
    await page.goto('/partner/customers');
    await customerRow(page, 'Northwind Traders').getByRole('link', { name: 'Northwind Traders' }).click();
    await page.getByRole('heading', { name: 'Northwind Traders', level: 1 }).waitFor();
    await page.getByText('No discount for reseller customers').waitFor();
    expect(await page.getByLabel('Discount (%)').count()).toBe(0);
  });

  it('R-CU-5 pre-registers a prospect, who has 15 days left', async () => {
    const page = suite.page;
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Customer Development' }).click();
    await page.waitForURL('**/partner/customers/development');
    await page.getByRole('heading', { name: 'Customer Development', level: 1 }).waitFor();

    const form = page.locator('form[id="preRegister"]');
    await form.getByLabel('Contact e-mail').fill(PROSPECT.email);
    await form.getByLabel('Company').fill(PROSPECT.company);
    await form.getByLabel('Country').click();
    await page.keyboard.type('Germany');
    await page.locator('.ant-select-item-option:visible').filter({ hasText: 'Germany (DE)' }).click();
    await form.getByRole('button', { name: 'Pre-register' }).click();
    const row = page.getByRole('table', { name: 'Pre-registrations' }).locator('tr.ant-table-row').filter({ hasText: PROSPECT.email });
    await row.waitFor();
    expect(await row.innerText()).toContain('15 days left');
    // The demo prospects count down too.
    await page.getByRole('table', { name: 'Pre-registrations' }).locator('tr.ant-table-row').filter({ hasText: 'Skyline Studios' }).getByText('3 days left').waitFor();
  });

  it('R-CU-6 invites a customer by e-mail and the e-mail lands in the Outbox', async () => {
    const page = suite.page;
    await page.getByRole('tab', { name: 'Invitations' }).click();
    await page.waitForURL('**?tab=invitations');
    await page.getByRole('button', { name: 'Invite by e-mail' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a customer by e-mail' });
    await dialog.getByLabel('Customer e-mail').fill(INVITEE);
    await dialog.getByText('Reseller', { exact: true }).click();
    await dialog.getByLabel('Valid for (days)').fill('10');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('table', { name: 'Customer invitations' }).locator('tr.ant-table-row').filter({ hasText: INVITEE });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('Reseller');
    expect(text).toContain('10 days');
    expect(text).toContain('Active');

    await page.getByRole('tab', { name: 'Outbox' }).click();
    await page.waitForURL('**?tab=outbox');
    const mail = page.getByRole('table', { name: 'Outbox' }).locator('tr.ant-table-row').filter({ hasText: INVITEE });
    await mail.waitFor();
    await mail.getByRole('button', { name: /expand/i }).click();
    await page.locator('.pc-mail-body').filter({ hasText: '10 days' }).first().waitFor();
    await snap(page, 'customer-outbox');
  });

  it('R-CU-6 creates a registration link whose QR code image loads', async () => {
    const page = suite.page;
    await page.getByRole('tab', { name: 'Invitations' }).click();
    await page.getByRole('button', { name: 'Create link / QR code' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a registration link and QR code' });
    await dialog.getByLabel('Label').fill('Booth QR e2e');
    await dialog.getByRole('button', { name: 'Create link' }).click();

    const shown = page.getByRole('dialog', { name: 'Registration link "Booth QR e2e"' });
    await shown.waitFor();
    const link = await shown.getByLabel('Invitation link').inputValue();
    expect(link).toMatch(/\/invite\/[\w-]+$/);
    const img = shown.getByTestId('invitation-qr');
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await shown.getByRole('link', { name: /SVG/ }).getAttribute('href')).toMatch(/qr\.svg$/);
    await snap(page, 'customer-qr');
    await shown.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('table', { name: 'Customer invitations' }).locator('tr.ant-table-row').filter({ hasText: 'Booth QR e2e' }).waitFor();
  });

  it('R-CU-10 revokes and restores the reseller customers\' bill permission after confirming', async () => {
    const page = suite.page;
    await page.goto('/partner/customers');
    const toggle = page.getByRole('switch', { name: 'Reseller customers may view bills and cost centre' });
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await page.getByRole('tooltip').getByText('Revoke the bill permission of all reseller customers?').waitFor();
    await confirmPopover(page, 'Revoke');
    await page.getByText('Reseller customers can no longer view bills and cost centre.').waitFor();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');

    await customerRow(page, 'Northwind Traders').getByRole('link', { name: 'Northwind Traders' }).click();
    await page.getByText('Hidden from the customer').waitFor();
    await page.goBack();
    await toggle.click();
    await confirmPopover(page, 'Restore');
    await page.getByText('Reseller customers may view bills and cost centre again.').waitFor();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
  });

  it('R-CU-11 lists the account managers and directors and sets the director leading a manager', async () => {
    const page = suite.page;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
    await page.waitForURL('**/partner/customers/team');
    const table = page.getByRole('table', { name: 'Customer team' });
    // Matched on the Member column: a manager's director picker names the director too.
    const member = (email: string) => table.locator('tr.ant-table-row').filter({ has: page.locator('td:first-child', { hasText: email }) });
    const manager = member('manager@acme-cloud.demo.test');
    const director = member('director@acme-cloud.demo.test');
    await manager.waitFor();
    // Contoso, Fabrikam, Northwind, Adventure Works and (assigned above) Wingtip.
    expect(await manager.locator('td').nth(2).innerText()).toBe('5');
    expect(await director.locator('td').nth(3).innerText()).toContain('Acme Cloud Services Account Manager');

    const select = manager.getByRole('combobox');
    await manager.locator('.ant-select-clear').click({ force: true });
    await page.getByText('Nobody leads this account manager now.').waitFor();
    await director.getByText('No account managers').waitFor();
    await pick(page, select, 'director@acme-cloud.demo.test');
    await page.getByText(/^Now led by .+\.$/).waitFor();
    await director.getByText('Acme Cloud Services Account Manager').waitFor();
    await snap(page, 'customer-team');
  });

  it('R-CU-8 a partner completes a reseller customer\'s disassociation request (Huayun)', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await login(page, 'admin@huayun.demo.test', DEMO.partnerAdmin.password);
      await page.waitForURL('**/partner');
      await page.goto('/partner/customers');
      const row = customerRow(page, '星河教育科技有限公司');
      await row.getByText('Disassociation requested').waitFor();
      const notice = page.getByRole('status').filter({ hasText: 'A reseller customer asked to disassociate' });
      await notice.waitFor();
      expect(await axeViolations(page, 'huayun list')).toEqual([]);
      await notice.getByRole('link', { name: /星河教育科技有限公司/ }).click();
      await page.getByText('Reason: We are moving our cloud purchasing to our group headquarters.').waitFor();
      expect(await axeViolations(page, 'huayun detail')).toEqual([]);
      await page.getByRole('button', { name: 'Complete disassociation' }).click();
      await confirmPopover(page, 'Complete disassociation');
      await page.getByText('is no longer associated with your organization').waitFor();
      await page.getByLabel('History').getByText('request completed by the partner').waitFor();
      await page.getByText('Ended', { exact: true }).first().waitFor();
      expect(await page.getByRole('button', { name: 'Complete disassociation' }).count()).toBe(0);
      await page.goto('/partner/customers');
      await customerRow(page, '星河教育科技有限公司').getByText('Ended').waitFor();
      expect(await page.getByText('asked to disassociate').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('R-CU-11 an account manager sees only the customers assigned to them, read-only', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await login(page, 'manager@acme-cloud.demo.test', DEMO.partnerAdmin.password);
      await page.waitForURL('**/partner');
      await openMenuLink(page, 'Customer Business', 'Customers');
      await customerRow(page, 'Contoso Retail Inc.').waitFor();
      expect(await customerRow(page, 'Tailspin Toys').count()).toBe(0);
      expect(await page.getByRole('switch', { name: 'Reseller customers may view bills and cost centre' }).isDisabled()).toBe(true);

      await customerRow(page, 'Contoso Retail Inc.').getByRole('link').click();
      await page.getByRole('heading', { name: 'Contoso Retail Inc.', level: 1 }).waitFor();
      await page.getByText('Current discount:').waitFor();
      expect(await page.getByRole('button', { name: 'Save discount' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Save account manager' }).count()).toBe(0);

      await page.goto('/partner/customers/development');
      await page.getByRole('tab', { name: 'Invitations' }).waitFor();
      expect(await page.getByRole('tab', { name: 'Outbox' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Pre-register' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('has no serious accessibility violations on the customer pages', async () => {
    const page = suite.page;
    for (const path of ['/partner/customers', '/partner/customers/development', '/partner/customers/development?tab=invitations', '/partner/customers/development?tab=outbox', '/partner/customers/team']) {
      await page.goto(path);
      await page.locator('.ant-table-row').first().waitFor();
      await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' }).catch(() => undefined);
      expect(await axeViolations(page, path)).toEqual([]);
    }
    // The detail page of a customer.
    await page.goto('/partner/customers');
    await customerRow(page, 'Contoso Retail Inc.').getByRole('link').click();
    await page.getByRole('heading', { name: 'Contoso Retail Inc.', level: 1 }).waitFor();
    expect(await axeViolations(page, 'detail')).toEqual([]);
  });
});
