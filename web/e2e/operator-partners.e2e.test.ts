import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { chooseOption, DEMO, login, newPage, signedInSuite, snap } from './harness';

const suite = signedInSuite(DEMO.operator, '/operator');

const partnerName = 'Contoso Cloud 有限公司';
const adminEmail = `admin.${Date.now().toString(36)}@contoso.test`;
const adminPassword = 'contoso-password-2026';
const rejection = 'The account holder does not match the legal entity';

/** What the tests learn along the way. */
const state = { setPasswordUrl: '', partnerPath: '' };

const choose = chooseOption;

async function fillRegistration(page: Page, email: string) {
  await page.getByRole('button', { name: 'Register partner' }).click();
  const dialog = page.getByRole('dialog', { name: 'Register partner' });
  await dialog.getByLabel('Company name').fill(partnerName);
  await choose(page, dialog.getByLabel('Country'), 'Singapore (SG)');
  await dialog.getByLabel('Administrator name').fill('Chen Jie');
  await dialog.getByLabel('Administrator e-mail').fill(email);
  await dialog.getByRole('button', { name: 'Register' }).click();
  return dialog;
}

/** A GraphQL call with the page's session cookie (the server wants a JSON content type). */
async function graphql(page: Page, query: string, variables: Record<string, unknown>) {
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: { query, variables },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as { data?: Record<string, { errors: { message: string }[] } & Record<string, unknown>> };
}

describe('operator: partners', () => {
  it('registers a partner and shows the set-password link to pass on', async () => {
    const { page } = suite;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partners' }).click();
    await page.waitForURL('**/operator/partners');
    await page.getByRole('heading', { name: 'Partners', level: 1 }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();

    // R-PA-2, checked before asking the server: Chinese or English only.
    await page.getByRole('button', { name: 'Register partner' }).click();
    const dialog = page.getByRole('dialog', { name: 'Register partner' });
    await dialog.getByLabel('Company name').fill('Société Générale Cloud');
    await dialog.getByLabel('Administrator name').click();
    await dialog.getByText('Use Chinese or English only', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await fillRegistration(page, adminEmail);
    const linkDialog = page.getByRole('dialog', { name: `Partner “${partnerName}” registered` });
    const link = linkDialog.getByTestId('set-password-link');
    await link.waitFor();
    state.setPasswordUrl = await link.inputValue();
    expect(state.setPasswordUrl).toContain(`${suite.server.baseUrl}/set-password?token=`);
    await snap(page, 'operator-partner-registered');
    await linkDialog.getByRole('button', { name: 'Done' }).click();
    await linkDialog.waitFor({ state: 'hidden' });
  });

  it('shows "The email address has been registered" at the e-mail field when registering the same e-mail again', async () => {
    const dialog = await fillRegistration(suite.page, adminEmail);
    const help = dialog.locator('#register-partner_administratorEmail_help');
    await help.getByText('The email address has been registered').waitFor();
    await snap(suite.page, 'operator-partner-email-taken');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('finds the partner, enrols it in Cloud Solution Provider (Advanced) and changes its country with a reason', async () => {
    const { page } = suite;
    await page.getByLabel('Search partners').fill('Contoso');
    await page.getByLabel('Search partners').press('Enter');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByRole('link', { name: partnerName }).click();
    await page.waitForURL(/\/operator\/partners\/[0-9a-f-]{36}$/);
    state.partnerPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: partnerName, level: 1 }).waitFor();
    const administrator = page.locator('.ant-card').filter({ has: page.getByText('Administrator', { exact: true }) });
    await administrator.getByText(adminEmail).waitFor();
    await administrator.getByText('Not set yet').waitFor();

    // R-PA-5: Cloud Solution Provider needs a tier.
    await page.getByRole('button', { name: 'Enrol in program' }).click();
    const enrol = page.getByRole('dialog', { name: 'Enrol in program' });
    await choose(page, enrol.getByLabel('Program'), 'Cloud Solution Provider');
    await enrol.getByRole('button', { name: 'Enrol' }).click();
    await enrol.getByText('Choose the Cloud Solution Provider tier.').waitFor();
    await choose(page, enrol.getByLabel('Tier'), 'Advanced');
    await enrol.getByRole('button', { name: 'Enrol' }).click();
    await enrol.waitFor({ state: 'hidden' });
    const programs = page.locator('.ant-card').filter({ has: page.getByText('Programs', { exact: true }) });
    const csp = programs.getByRole('row').filter({ hasText: 'Cloud Solution Provider' });
    await csp.getByText('Advanced').waitFor();
    expect(await csp.getByRole('link', { name: /certificate/ }).getAttribute('href')).toMatch(/^\/api\/partner-programs\/.+\/certificate\.pdf$/);

    // R-PA-1: only with a reason, kept in the history.
    await page.getByRole('button', { name: 'Change country' }).click();
    const change = page.getByRole('dialog', { name: /Change the country/ });
    await choose(page, change.getByLabel('New country'), 'Malaysia (MY)');
    await change.getByLabel('Reason').fill('Move');
    await change.getByRole('button', { name: 'Change country' }).click();
    await change.getByText('Use at least 5 characters.').waitFor();
    await change.getByLabel('Reason').fill('The legal entity moved to Kuala Lumpur');
    await change.getByRole('button', { name: 'Change country' }).click();
    await change.waitFor({ state: 'hidden' });
    const history = page.getByRole('row').filter({ hasText: 'The legal entity moved to Kuala Lumpur' });
    await history.waitFor();
    expect(await history.innerText()).toMatch(/Singapore \(SG\)[\s\S]*Malaysia \(MY\)[\s\S]*operator@demo\.test/);
    await page.locator('.pc-page-title').getByText('Malaysia (MY)').waitFor();
    await snap(page, 'operator-partner-detail');
  });

  it('sets the account figures exactly (R-PA-8) and makes a new set-password link', async () => {
    const { page } = suite;
    await page.getByRole('button', { name: 'Edit account figures' }).click();
    const figures = page.getByRole('dialog', { name: /Account figures/ });
    await figures.getByLabel('Amount due (USD)').fill('1234.565');
    await figures.getByLabel('Account balance (USD)').fill('-0.12345678');
    await figures.getByLabel('Consumption quota (USD)').fill('1e3');
    await figures.getByRole('button', { name: 'Save' }).click();
    await figures.getByText('Enter a number with at most 12 digits', { exact: false }).waitFor();
    await figures.getByLabel('Consumption quota (USD)').fill('50000');
    await figures.getByRole('button', { name: 'Save' }).click();
    await figures.waitFor({ state: 'hidden' });
    const card = page.locator('.ant-card').filter({ has: page.getByText('Account figures', { exact: true }) });
    // 2 decimals rounded half-up on screen, the exact value on hover.
    const amountDue = card.locator('.pc-money').first();
    await amountDue.getByText('1,234.57').waitFor();
    expect(await amountDue.getAttribute('data-exact')).toBe('1234.56500000');
    await card.getByText('-0.12').waitFor();
    await card.getByText('50,000.00').waitFor();

    await page.getByRole('button', { name: 'New set-password link' }).click();
    const linkDialog = page.getByRole('dialog', { name: 'New set-password link' });
    const link = await linkDialog.getByTestId('set-password-link').inputValue();
    expect(link).toContain('/set-password?token=');
    expect(link).not.toBe(state.setPasswordUrl);
    state.setPasswordUrl = link; // a new link replaces the earlier one
    await linkDialog.getByRole('button', { name: 'Done' }).click();
    await linkDialog.waitFor({ state: 'hidden' });
  });
});

describe('authentication review across portals', () => {
  const paymentMutation = `mutation Submit($input: SubmitPaymentAuthenticationInput!) {
    submitPaymentAuthentication(input: $input) { authentication { status } errors { code field message } }
  }`;

  it('the new administrator sets a password, signs in and submits payment information; the operator rejects it with a reason', async () => {
    const { context, page: partner } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await partner.goto(state.setPasswordUrl);
      await partner.getByLabel('New password').fill(adminPassword);
      await partner.getByLabel('Confirm password').fill(adminPassword);
      await partner.getByRole('button', { name: 'Set password' }).click();
      await partner.waitForURL('**/login');
      await login(partner, adminEmail, adminPassword);
      await partner.waitForURL('**/partner');

      await partner.goto('/partner/information');
      const form = partner.locator('form#payment-authentication');
      await form.getByLabel('Bank name').fill('DBS Bank');
      await form.getByLabel('Account holder name').fill('Contoso Cloud Ltd');
      await form.getByLabel('Bank account number or IBAN').fill('0721-889-001');
      await form.getByLabel('SWIFT/BIC or branch code').fill('DBSSSGSG');
      await form.getByLabel('Tax rate (VAT)').fill('6');
      await choose(partner, form.getByLabel('Settlement currency'), 'USD');
      const submitted = partner.waitForResponse((r) => (r.request().postData() ?? '').includes('submitPaymentAuthentication'));
      await form.getByRole('button', { name: 'Submit for authentication' }).click();
      expect(((await (await submitted).json()) as { data: { submitPaymentAuthentication: { errors: unknown[] } } }).data.submitPaymentAuthentication.errors).toEqual([]);

      // The operator's queue.
      const { page } = suite;
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Authentication reviews' }).click();
      await page.waitForURL('**/operator/reviews');
      await choose(page, page.getByLabel('Kind'), 'Payment information');
      const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: partnerName });
      await row.waitFor();
      await row.getByRole('button', { name: /expand/i }).click();
      // The tax rate travels as the fraction 0.06000000 and shows as a percentage.
      await page.locator('.ant-table-expanded-row').getByText('6 %', { exact: true }).waitFor();
      await snap(page, 'operator-review-queue');

      await row.getByRole('button', { name: /^Reject/ }).click();
      const reject = page.getByRole('dialog', { name: /Reject the payment information/ });
      await reject.getByRole('button', { name: 'Reject' }).click();
      await reject.getByText('Tell the partner why it is rejected.').waitFor();
      await reject.getByLabel('Reason').fill(rejection);
      await reject.getByRole('button', { name: 'Reject' }).click();
      await reject.waitFor({ state: 'hidden' });
      await page.getByText(`The payment information of “${partnerName}” is rejected.`).waitFor();
      await row.waitFor({ state: 'detached' });

      await page.locator('.ant-segmented-item').filter({ hasText: 'Rejected' }).click();
      const rejected = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: partnerName });
      await rejected.waitFor();

      // The partner sees the reason, corrects and resubmits (through the API).
      await partner.reload();
      await partner.getByText(rejection).first().waitFor();
      const resubmitted = await graphql(partner, paymentMutation, {
        input: {
          bankName: 'DBS Bank',
          bankAccountName: 'Contoso Cloud 有限公司',
          bankAccountNumber: '0721-889-001',
          bankCode: 'DBSSSGSG',
          taxRate: '0.06',
          settlementCurrency: 'USD',
        },
      });
      expect(resubmitted.data?.submitPaymentAuthentication.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the operator approves the resubmission, and the partner shows payment information Approved', async () => {
    const { page } = suite;
    await page.locator('.ant-segmented-item').filter({ hasText: 'Pending' }).click();
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: partnerName });
    await row.waitFor();
    await row.getByRole('button', { name: /^Approve/ }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Approve' }).click();
    await page.getByText(`The payment information of “${partnerName}” is approved.`).waitFor();
    await row.waitFor({ state: 'detached' });

    await page.goto(state.partnerPath);
    const authentications = page.locator('.ant-card').filter({ has: page.getByText('Authentications', { exact: true }) });
    const payment = authentications.locator('.ant-descriptions-item').filter({ hasText: 'Payment information' });
    await payment.getByText('Approved').waitFor();
    await authentications.getByRole('row').filter({ hasText: rejection }).waitFor();
    await snap(page, 'operator-partner-approved');
  });
});

describe('operator partner pages: accessibility', () => {
  it('have no serious or critical accessibility violations', async () => {
    const { page } = suite;
    for (const path of ['/operator/partners', state.partnerPath, '/operator/reviews']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    }
  });
});
