import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { chooseOption, DEMO, expectRevenueCardShows, graphql as apiData, login, newPage, signedInSuite, snap } from './harness';

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

describe("operator: a partner's revenue", () => {
  type Revenue = { operatorPartnerRevenue: { total: string; months: { month: string; revenue: string }[] } };
  type CustomerProfiles = {
    customerProfiles: { edges: { node: { id: string; companyName: string; currentAssociation: { partner: { id: string; name: string } } | null } }[] };
  };
  const REVENUE_QUERY =
    'query ($p: ID!, $f: String!, $t: String!) { operatorPartnerRevenue(partnerId: $p, fromMonth: $f, toMonth: $t) { total months { month revenue } } }';
  const CUSTOMERS_QUERY =
    'query ($s: String) { customerProfiles(search: $s, first: 10) { edges { node { id companyName currentAssociation { partner { id name } } } } } }';
  const INGEST_MUTATION =
    'mutation ($input: IngestUsageRecordsInput!) { ingestUsageRecords(input: $input) { accepted errors { message } } }';
  // A minute ago, so the record falls into the current (Beijing) month, the card's default.
  const transactedAt = new Date(Date.now() - 60_000).toISOString();
  const thisMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date(transactedAt));
  const [year, month] = thisMonth.split('-').map(Number);
  const quarter = Math.floor((month - 1) / 3) + 1;
  const quarterMonths = [0, 1, 2].map((i) => `${year}-${String((quarter - 1) * 3 + 1 + i).padStart(2, '0')}`);
  /** An 8-decimal amount in 1e-8 units, to compare sums exactly. */
  const units = (amount: string) => Math.round(Number(amount) * 1e8);

  it("R-EX-5 an operator sees a partner's revenue per month as the API computes it", async () => {
    const { page } = suite;
    // Tailspin Toys is a customer of the demo partner Acme: their ids.
    const found = await apiData<CustomerProfiles>(page, CUSTOMERS_QUERY, { s: 'Tailspin' });
    const tailspin = found.customerProfiles.edges.map((e) => e.node).find((c) => c.companyName === 'Tailspin Toys');
    expect(tailspin?.currentAssociation?.partner.name).toBe(DEMO.partnerAdmin.company);
    const customerId = tailspin!.id;
    const acmeId = tailspin!.currentAssociation!.partner.id;

    const quarterRevenue = async () =>
      (await apiData<Revenue>(page, REVENUE_QUERY, { p: acmeId, f: quarterMonths[0], t: quarterMonths[2] })).operatorPartnerRevenue;
    const monthRevenue = (r: Revenue['operatorPartnerRevenue']) => r.months.find((m) => m.month === thisMonth)!.revenue;
    const before = await quarterRevenue();

    // 3.25 cash and 0.50 coupon: revenue grows by the cash only.
    const run = Math.random().toString(36).slice(2, 10).toUpperCase();
    const ingested = await apiData<{ ingestUsageRecords: { accepted: number | null; errors: { message: string }[] } }>(page, INGEST_MUTATION, {
      input: {
        records: [
          {
            transactionId: `E2E-OP-REVENUE-${run}`,
            customerId,
            kind: 'EXPENDITURE',
            transactedAt,
            product: 'ECS',
            resourceType: 'hws.resource.type.vm',
            resourceId: `vm-${run}`,
            specification: 's6.large.2',
            region: 'CN North-Beijing4',
            availabilityZone: 'AZ1',
            billingMode: 'PAY_PER_USE',
            marketplace: false,
            listPrice: '4.00000000',
            discount: '0.25000000',
            amountDue: '3.75000000',
            cash: '3.25000000',
            coupon: '0.50000000',
            monthlySettlement: '0',
          },
        ],
      },
    });
    expect(ingested.ingestUsageRecords.errors).toEqual([]);
    expect(ingested.ingestUsageRecords.accepted).toBe(1);
    const expected = await quarterRevenue();
    expect(units(monthRevenue(expected)) - units(monthRevenue(before))).toBe(units('3.25'));
    expect(expected.months.map((m) => m.month)).toEqual(quarterMonths);

    await page.goto('/operator/partners');
    await page.getByLabel('Search partners').fill('Acme');
    await page.getByLabel('Search partners').press('Enter');
    const partners = page.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => partners.count()).toBe(1);
    await partners.first().getByRole('link', { name: DEMO.partnerAdmin.company }).click();
    await page.waitForURL(`**/operator/partners/${acmeId}`);
    await page.getByRole('heading', { name: DEMO.partnerAdmin.company, level: 1 }).waitFor();

    // This month first (the default), then the quarter: the card shows what the API returns, to all 8 decimals.
    const card = page.getByTestId('revenue-card');
    const total = card.getByTestId('revenue-total').locator('.pc-money');
    await card.getByText(`Revenue, ${thisMonth}`, { exact: true }).waitFor();
    await expect.poll(() => total.getAttribute('data-exact')).toBe(monthRevenue(expected));

    await card.locator('.ant-segmented-item').filter({ hasText: /^Quarter$/ }).click();
    await card.getByText(`Revenue, ${year} Q${quarter} (${quarterMonths[0]} to ${quarterMonths[2]})`, { exact: true }).waitFor();
    await expectRevenueCardShows(page, card, quarterMonths, expected);
    await snap(page, 'operator-partner-revenue');
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
