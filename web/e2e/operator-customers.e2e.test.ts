import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { chooseOption, DEMO, signedInSuite, snap } from './harness';

const suite = signedInSuite(DEMO.operator, '/operator');

const rows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');
const card = (page: Page, title: string) => page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: title }) });

const choose = chooseOption;

const pick = (page: Page, select: Locator, text: string) => chooseOption(page, select, text, { search: false });

async function openCustomer(page: Page, search: string, company: string): Promise<void> {
  await page.goto('/operator/customers');
  await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
  await page.getByLabel('Search customers').fill(search);
  await page.getByLabel('Search customers').press('Enter');
  await expect.poll(() => rows(page).count()).toBe(1);
  await rows(page).first().getByRole('link', { name: company }).click();
  await page.waitForURL(/\/operator\/customers\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: company, level: 1 }).waitFor();
}

const state = { customerPath: '', partnerPath: '' };

describe('operator: customers', () => {
  it('lists the customers with their flags and partners, and filters the blocked ones', async () => {
    const { page } = suite;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
    await page.waitForURL('**/operator/customers');
    await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
    await rows(page).first().waitFor();
    // An associated customer shows its partner and model.
    const contoso = rows(page).filter({ hasText: 'Contoso Retail Inc.' });
    await contoso.getByText('Acme Cloud Services').waitFor();
    await contoso.getByText('Referral').waitFor();

    await pick(page, page.getByLabel('Association blockers'), 'Cannot be associated');
    await page.getByText('4 customers').waitFor();
    await rows(page).filter({ hasText: 'Overdue Trading Co.' }).getByText('In arrears').waitFor();
    await rows(page).filter({ hasText: 'Stateside Bank' }).getByText('Special contract').waitFor();
    await rows(page).filter({ hasText: 'Reserved Analytics' }).getByText(/RIs until \d{4}-\d{2}-\d{2}/).waitFor();
    await snap(page, 'operator-customers');
  });

  it('finds the customer in arrears, sees the blocker, clears the flag and the blocker disappears (R-CU-2)', async () => {
    const { page } = suite;
    await openCustomer(page, 'overdue', 'Overdue Trading Co.');
    state.customerPath = new URL(page.url()).pathname;
    const blockers = page.getByTestId('association-blockers');
    await blockers.getByText('in arrears cannot be associated with a partner', { exact: false }).waitFor();
    await card(page, 'Current association').getByText('Not associated with a partner.').waitFor();

    await page.getByRole('button', { name: 'Edit profile' }).click();
    const dialog = page.getByRole('dialog', { name: /Edit the profile of/ });
    const arrears = dialog.getByRole('switch', { name: 'In arrears' });
    expect(await arrears.getAttribute('aria-checked')).toBe('true');
    // Exact decimals: typed as text, never through a JS number.
    await dialog.getByLabel('Outstanding invoices (RMB)').fill('-1');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('This amount cannot be negative.').waitFor();
    await dialog.getByLabel('Outstanding invoices (RMB)').fill('0.12345678');
    await dialog.getByLabel('Account balance (USD)').fill('1234.565');
    await arrears.click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByTestId('no-blockers').waitFor();
    await blockers.waitFor({ state: 'detached' });
    const profile = card(page, 'Profile');
    const balance = profile.locator('.pc-money').first();
    await balance.getByText('1,234.57').waitFor();
    expect(await balance.getAttribute('data-exact')).toBe('1234.56500000');
    expect(await profile.locator('.pc-money').nth(1).getAttribute('data-exact')).toBe('0.12345678');
    await snap(page, 'operator-customer-cleared');
  });

  it("changes a referral customer's model with a reason and sees it in the history (R-CU-3)", async () => {
    const { page } = suite;
    await openCustomer(page, 'wingtip', 'Wingtip Solutions');
    const current = card(page, 'Current association');
    await current.getByText('Acme Cloud Services').waitFor();
    await current.locator('.ant-tag').getByText('Referral', { exact: true }).waitFor();

    await current.getByRole('button', { name: 'Change model' }).click();
    const dialog = page.getByRole('dialog', { name: /Change the association model/ });
    await dialog.getByText('The model is permanent once associated', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Change model' }).click();
    await dialog.getByText('Give the reason.').waitFor();
    await dialog.getByText('Confirm the exception.').waitFor();
    await dialog.getByLabel('Reason').fill('Service ticket ST-2026-0042: the customer moved to prepayment');
    await dialog.getByRole('checkbox').check();
    await dialog.getByRole('button', { name: 'Change model' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await current.locator('.ant-tag').getByText('Reseller', { exact: true }).waitFor();
    // A reseller association is not ended by the operator (R-CU-8).
    expect(await current.getByRole('button', { name: 'End association' }).count()).toBe(0);
    const event = page.getByTestId('association-events').getByRole('row').filter({ hasText: 'ST-2026-0042' });
    await event.waitFor();
    expect(await event.innerText()).toMatch(/Model changed[\s\S]*Referral → Reseller[\s\S]*operator@demo\.test/);
    await snap(page, 'operator-customer-model-changed');
  });

  it('ends a referral association with a reason (R-CU-8)', async () => {
    const { page } = suite;
    await openCustomer(page, 'alpenblick', 'Alpenblick Hotels GmbH');
    const current = card(page, 'Current association');
    await current.getByRole('button', { name: 'End association' }).click();
    const dialog = page.getByRole('dialog', { name: /End the association/ });
    await dialog.getByLabel('Reason').fill('End');
    await dialog.getByRole('button', { name: 'End association' }).click();
    await dialog.getByText('Use at least 5 characters.').waitFor();
    await dialog.getByLabel('Reason').fill('The referral agreement was terminated (ticket ST-77)');
    await dialog.getByRole('button', { name: 'End association' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await current.getByText('Not associated with a partner.').waitFor();
    const ended = card(page, 'Association history').locator('.ant-table').first().getByRole('row').filter({ hasText: 'Nordlicht Systems GmbH' });
    await ended.locator('.ant-tag').getByText('Ended', { exact: true }).waitFor();
    await ended.getByText('The referral agreement was terminated (ticket ST-77)').waitFor();
    await page.getByTestId('association-events').getByRole('row').filter({ hasText: 'ST-77' }).getByText('Association ended').waitFor();
  });

  it("sets Acme's referral discount range in percent (R-CU-4)", async () => {
    const { page } = suite;
    await page.goto('/operator/partners');
    await page.getByLabel('Search partners').fill('Acme');
    await page.getByLabel('Search partners').press('Enter');
    await expect.poll(() => rows(page).count()).toBe(1);
    await rows(page).first().getByRole('link', { name: DEMO.partnerAdmin.company }).click();
    await page.waitForURL(/\/operator\/partners\/[0-9a-f-]{36}$/);
    state.partnerPath = new URL(page.url()).pathname;
    const range = page.getByTestId('referral-discount-range');
    await range.getByText('0 % – 10 %').waitFor();

    const edit = async (min: string, max: string) => {
      await page.getByRole('button', { name: 'Edit referral discount range' }).click();
      const dialog = page.getByRole('dialog', { name: /Referral discount range of/ });
      await dialog.getByLabel('Minimum discount (%)').fill(min);
      await dialog.getByLabel('Maximum discount (%)').fill(max);
      await dialog.getByRole('button', { name: 'Save' }).click();
      return dialog;
    };
    const wrong = await edit('12', '2');
    await wrong.getByText('The maximum cannot be below the minimum.').waitFor();
    await wrong.getByRole('button', { name: 'Cancel' }).click();
    await wrong.waitFor({ state: 'hidden' });

    await (await edit('2', '12.5')).waitFor({ state: 'hidden' });
    await range.getByText('2 % – 12.5 %').waitFor();
    await (await edit('0', '10')).waitFor({ state: 'hidden' });
    await range.getByText('0 % – 10 %').waitFor();
    await snap(page, 'operator-partner-discount-range');
  });

  it('registers a customer and shows the set-password link', async () => {
    const { page } = suite;
    const email = `it.${Date.now().toString(36)}@initrode.test`;
    await page.goto('/operator/customers');
    await page.getByRole('button', { name: 'Register customer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Register customer' });
    await dialog.getByLabel('Company name').fill('Initrode Global');
    await choose(page, dialog.getByLabel('Country'), 'Germany (DE)');
    await dialog.getByLabel('E-mail').fill(email);
    await dialog.getByRole('button', { name: 'Register' }).click();
    const linkDialog = page.getByRole('dialog', { name: 'Customer “Initrode Global” registered' });
    const link = linkDialog.getByTestId('set-password-link');
    await link.waitFor();
    expect(await link.inputValue()).toContain(`${suite.server.baseUrl}/set-password?token=`);
    await linkDialog.getByText(email, { exact: false }).waitFor();
    await linkDialog.getByRole('button', { name: 'Open customer' }).click();
    await page.getByRole('heading', { name: 'Initrode Global', level: 1 }).waitFor();
    await page.getByTestId('no-blockers').waitFor();
  });
});

describe('operator customer pages: accessibility', () => {
  it('have no serious or critical accessibility violations', async () => {
    const { page } = suite;
    for (const path of ['/operator/customers', state.customerPath, state.partnerPath]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    }
  });
});
