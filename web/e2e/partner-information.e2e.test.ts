import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { DEMO, login, newPage, signedInSuite, snap } from './harness';

const suite = signedInSuite(DEMO.partnerAdmin, '/partner');

const REJECTION_REASON = 'The account holder must be the legal entity itself.';

/** Runs a GraphQL document as the operator (in the operator's own browser context, with its session cookie). */
async function asOperator<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
  try {
    await login(page, DEMO.operator.email, DEMO.operator.password);
    await page.waitForURL('**/operator');
    const body = await page.evaluate(
      async (payload) => {
        const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
        return res.json() as Promise<{ data?: unknown; errors?: { message: string }[] }>;
      },
      { query, variables },
    );
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data as T;
  } finally {
    await context.close();
  }
}

/** The operator rejects Acme's pending payment authentication, if there is one; returns whether one was rejected. */
async function rejectAcmePendingPayment(): Promise<boolean> {
  const data = await asOperator<{ authenticationReviews: { edges: { node: { id: string; partner: { slug: string } } }[] } }>(
    `query { authenticationReviews(kind: PAYMENT, status: PENDING, first: 100) { edges { node { id partner { slug } } } } }`,
  );
  const pending = data.authenticationReviews.edges.find((e) => e.node.partner.slug === 'acme-cloud');
  if (!pending) return false;
  const result = await asOperator<{ reviewAuthentication: { errors: { message: string }[] } }>(
    `mutation($id: ID!, $reason: String) { reviewAuthentication(input: { id: $id, decision: REJECT, reason: $reason }) { errors { message } } }`,
    { id: pending.node.id, reason: REJECTION_REASON },
  );
  expect(result.reviewAuthentication.errors).toEqual([]);
  return true;
}

function card(page: Page, title: string) {
  return page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: title }) });
}

describe('partner information and programs (partner admin)', () => {
  it('shows the company, its program and tier, authentications and account figures on the Overview', async () => {
    const page = suite.page;
    await page.goto('/partner');
    const company = card(page, 'Company');
    await company.getByText(DEMO.partnerAdmin.company, { exact: true }).waitFor();
    await company.getByText('Cloud Solution Provider · Standard').waitFor();
    await company.getByText('United States (US)').waitFor();
    const auth = card(page, 'Authentication');
    await auth.getByText('Business information', { exact: true }).waitFor();
    await auth.getByText('Payment information', { exact: true }).waitFor();
    await auth.getByText(/receive incentives/).first().waitFor();
    await page.getByText('Consumption quota').waitFor();
    // Amounts show 2 decimals; the exact 8 are on hover.
    const figure = page.locator('.pc-money').first();
    expect(await figure.innerText()).toMatch(/^-?[\d,]+\.\d{2}$/);
    expect(await figure.getAttribute('data-exact')).toMatch(/^-?\d+\.\d{8}$/);
    await figure.hover();
    await page.getByRole('tooltip').getByText(/^Exact: -?\d+\.\d{8}$/).waitFor();
    await snap(page, 'partner-overview');
  });

  it('refuses a company name that is not Chinese or English before sending it, then saves a valid change', async () => {
    const page = suite.page;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partner Information' }).click();
    await page.waitForURL('**/partner/information');
    await page.getByRole('heading', { name: 'Partner Information', level: 1 }).waitFor();
    const basic = card(page, 'Basic information');
    await basic.getByText(/Only the cloud provider can change it/).waitFor();
    await basic.getByRole('button', { name: 'Edit' }).click();

    const form = page.locator('form#partner-information');
    await form.getByLabel('Company name').fill('Acme Клауд');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.locator('#partner-information_name_help').getByText(/Chinese or English only/).waitFor();
    await snap(page, 'partner-name-invalid');

    await form.getByLabel('Company name').fill(DEMO.partnerAdmin.company);
    await form.getByLabel('Contact phone').fill('+1 (555) 0100');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Basic information saved.').waitFor();
    await form.waitFor({ state: 'detached' });
    await basic.getByText('+1 (555) 0100').waitFor();
  });

  it('submits payment authentication with a 6 % tax rate: Pending, with a history row', async () => {
    const page = suite.page;
    // Make the state known: a pending submission (from the demo data) is rejected first, so the form is open.
    if (await rejectAcmePendingPayment()) await page.reload();

    const payment = card(page, 'Payment information authentication');
    const form = page.locator('form#payment-authentication');
    await form.getByLabel('Bank name').fill('First Demo Bank');
    await form.getByLabel('Account holder name').fill(DEMO.partnerAdmin.company);
    await form.getByLabel('Bank account number or IBAN').fill('US12 3456 7890 1234');
    await form.getByLabel('SWIFT/BIC or branch code').fill('FDBKUS33');
    await form.getByLabel('Tax rate (VAT)').fill('6');
    const currency = form.getByLabel('Settlement currency');
    await currency.click();
    await currency.pressSequentially('USD');
    await page.locator('.ant-select-item-option[title="USD — US Dollar"]').click();
    await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    await form.locator('.ant-select-content-has-value', { hasText: 'USD — US Dollar' }).waitFor();
    await snap(page, 'payment-form');
    await form.getByRole('button', { name: /Submit for authentication|Resubmit/ }).click();

    await page.getByText('Your payment information has been submitted for review.').waitFor();
    await payment.locator('.ant-card-extra').getByText('Pending review').waitFor();
    await payment.getByText('Waiting for review').waitFor();
    expect(await form.getByLabel('Tax rate (VAT)').isDisabled()).toBe(true);

    const newest = payment.locator('.ant-table-tbody tr.ant-table-row').first();
    await newest.getByText('Pending review').waitFor();
    await newest.getByText(DEMO.partnerAdmin.email).waitFor();
    await newest.getByRole('button', { name: /expand/i }).click();
    await payment.getByText('6 %', { exact: true }).waitFor();
    await payment.getByText('FDBKUS33', { exact: true }).waitFor();
    await snap(page, 'payment-pending');
  });

  it('shows a rejection reason prominently and prefills the resubmission', async () => {
    const page = suite.page;
    expect(await rejectAcmePendingPayment()).toBe(true);
    await page.reload();
    const payment = card(page, 'Payment information authentication');
    await payment.locator('.ant-card-extra').getByText('Rejected').waitFor();
    const alert = payment.locator('.ant-alert-error');
    await alert.getByText(/please correct your information and resubmit/).waitFor();
    await alert.getByText(REJECTION_REASON).waitFor();
    const form = page.locator('form#payment-authentication');
    expect(await form.getByLabel('Tax rate (VAT)').inputValue()).toBe('6');
    expect(await form.getByLabel('Bank name').inputValue()).toBe('First Demo Bank');
    await form.getByRole('button', { name: 'Resubmit' }).waitFor();
    await snap(page, 'payment-rejected');
  });

  it('lists the programs and downloads the certificate PDF', async () => {
    const page = suite.page;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partner Programs' }).click();
    await page.waitForURL('**/partner/programs');
    await page.getByRole('heading', { name: 'Partner Programs', level: 1 }).waitFor();
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: 'Cloud Solution Provider' });
    await row.getByText('Standard', { exact: true }).waitFor();
    await row.getByText(/Renews automatically on 31 January/).waitFor();
    expect(await row.innerText()).toMatch(/\d{4}-01-31/);
    await snap(page, 'partner-programs');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: 'Download certificate for Cloud Solution Provider' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = await download.path();
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  it('refuses to deregister an account that joined a program, with the server message', async () => {
    const page = suite.page;
    await page.goto('/partner/information');
    const danger = card(page, 'Danger zone');
    await danger.getByRole('button', { name: 'Deregister account' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Deregister' }).click();
    await danger.getByRole('alert').getByText('This account has joined a partner program and cannot be deregistered.').waitFor();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('the partner pages have no serious or critical accessibility violations', async () => {
    const page = suite.page;
    for (const path of ['/partner', '/partner/information', '/partner/programs']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    }
  });
});

describe('partner information (viewer)', () => {
  it('a member who may only view sees the information without edit or submit controls', async () => {
    const { context, page } = await newPage(suite.browser, suite.server.baseUrl);
    try {
      await login(page, 'viewer@acme-cloud.demo.test', DEMO.partnerAdmin.password);
      await page.waitForURL('**/partner');
      await page.goto('/partner/information');
      await card(page, 'Basic information').getByText(DEMO.partnerAdmin.company, { exact: true }).waitFor();
      expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
      expect(await page.locator('form#payment-authentication').count()).toBe(0);
      expect(await page.getByText('Danger zone').count()).toBe(0);
      await card(page, 'Payment information authentication').getByText('Your role can view this authentication but not submit it.').waitFor();
    } finally {
      await context.close();
    }
  });
});
