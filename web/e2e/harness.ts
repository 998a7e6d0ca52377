import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..');
const serverDir = join(repoRoot, 'server');
const webDist = join(repoRoot, 'web', 'dist');

export const DEMO = {
  partnerAdmin: { email: 'admin@acme-cloud.demo.test', password: 'demo-password-2026', company: 'Acme Cloud Services' },
  operator: { email: 'operator@demo.test', password: 'demo-password-2026' },
  individual: { email: 'li.wei@individual.demo.test', password: 'demo-password-2026', name: 'Li Wei' },
  customer: { email: 'buyer@globex.demo.test', password: 'demo-password-2026', name: 'Globex Retail Ltd.' },
} as const;

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
  /** Everything the server wrote, for failure messages. */
  output(): string;
}

/**
 * Spawns the real server on a free port with a fresh embedded database; resolves when /healthz
 * answers 200. With E2E_BASE_URL set, uses that running server instead (nothing is spawned).
 */
/** `env` overrides the server's settings (e.g. DEMO_USAGE=true for a file that needs the demo's usage and bills). */
export async function startServer(options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<RunningServer> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  if (process.env.E2E_BASE_URL && !options.env) {
    return { baseUrl: process.env.E2E_BASE_URL.replace(/\/$/, ''), stop: async () => {}, output: () => '' };
  }
  if (!existsSync(join(webDist, 'index.html'))) {
    throw new Error(`${webDist}/index.html is missing: build the console first (pnpm --filter @pc/web build).`);
  }
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'pc-web-e2e-'));
  const logs: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(serverDir, 'src', 'main.ts')], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      // Browser tests ingest the usage records they check; the demo's twelve months would only slow the start.
      DEMO_USAGE: 'false',
      WEB_DIST: webDist,
      DATABASE_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => logs.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => logs.push(d.toString()));
  let exited = false;
  const exitPromise = new Promise<void>((r) => child.once('exit', () => { exited = true; r(); }));

  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      await Promise.race([exitPromise, sleep(10_000)]);
      if (!exited) {
        child.kill('SIGKILL');
        await Promise.race([exitPromise, sleep(5_000)]);
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) {
      await stop();
      throw new Error(`The server exited before it was ready:\n${logs.join('')}`);
    }
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.status === 200) return { baseUrl, stop, output: () => logs.join('') };
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`The server did not answer /healthz within ${timeoutMs} ms:\n${logs.join('')}`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh context (own cookies) and page on the server. */
export async function newPage(browser: Browser, baseUrl: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 860 }, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** Saves a screenshot to /tmp when SCREENSHOTS=1 (handy to look at the pages). */
export async function snap(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS) await page.screenshot({ path: join(tmpdir(), `pc-${name}.png`), fullPage: true });
}

export async function login(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Opens a section of the main menu and follows one of its links. antd opens the section with a height
 * transition; a click on an item while it is still moving (a loaded machine stretches the ~0.2 s) can land
 * beside it, so the link is clicked only once the section has finished opening.
 */
export async function openMenuLink(page: Page, section: string, link: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const title = nav.locator('[role="menuitem"][aria-haspopup="true"]').filter({ hasText: section });
  if ((await title.getAttribute('aria-expanded')) !== 'true') await title.click();
  const list = await title.getAttribute('aria-controls');
  await nav.locator(`ul[id="${list}"]:not(.ant-motion-collapse)`).waitFor({ state: 'visible' });
  await nav.getByRole('link', { name: link, exact: true }).click();
}

/**
 * Clicks a button of the open Popconfirm. antd opens it with a zoom animation (`ant-zoom-big`, ~0.2 s, longer on a
 * loaded machine) and the button is already visible while it scales; a click then can land beside it (one CI run timed
 * out waiting for what the click should have done), so the button is clicked once the popover has settled.
 */
export async function confirmPopover(page: Page, button: string): Promise<void> {
  await page.locator('.ant-popover:not(.ant-zoom-big)').getByRole('button', { name: button, exact: true }).click();
}

export type BrowserSuite = { server: RunningServer; browser: Browser };
export type SignedInSuite = BrowserSuite & { context: BrowserContext; page: Page };

/** For one test file: the real server and Chromium, started before its tests and stopped after them. */
export function browserSuite(): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    suite.server = await startServer();
    suite.browser = await launchBrowser();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}

/** As browserSuite, plus one page signed in as `account` and arrived at `landing`. */
export function signedInSuite(account: { email: string; password: string }, landing: string): SignedInSuite {
  const suite = browserSuite() as SignedInSuite;
  beforeAll(async () => {
    ({ context: suite.context, page: suite.page } = await newPage(suite.browser, suite.server.baseUrl));
    await login(suite.page, account.email, account.password);
    await suite.page.waitForURL(`**${landing}`);
  });
  afterAll(async () => {
    await suite.context?.close();
  });
  return suite;
}

/**
 * Picks an option of an Ant Design select: opens it, types to filter (when `search`), clicks the first match and makes
 * sure the dropdown closed. A click during the list's re-render can miss, and an open dropdown covers the dialog's
 * buttons, so the click is repeated until the dropdown is gone.
 */
/** A GraphQL request with the page's session (cookies); throws on errors. */
export async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

export async function chooseOption(page: Page, select: Locator, text: string, { search = true } = {}): Promise<void> {
  await select.click();
  if (search) await select.pressSequentially(text);
  const open = page.locator('.ant-select-dropdown:visible');
  const option = open.locator('.ant-select-item-option').filter({ hasText: text }).first();
  await option.waitFor();
  for (let attempt = 0; attempt < 10; attempt++) {
    await option.click({ timeout: 2_000 }).catch(() => undefined);
    try {
      await open.first().waitFor({ state: 'hidden', timeout: 1_000 });
      return;
    } catch {
      // Still open: the click missed; try again.
    }
  }
  throw new Error(`The select did not take "${text}"`);
}

/**
 * R-EX-5: the Revenue card (already switched to the quarter of `months`) shows the API's report: each month and the
 * total to all 8 decimals (data-exact), 2 decimals on screen, the exact figure on hover.
 */
export async function expectRevenueCardShows(page: Page, card: Locator, months: readonly string[], expected: { total: string; months: { revenue: string }[] }): Promise<void> {
  const table = card.getByRole('table', { name: 'Revenue per month' });
  const rows = table.locator('tr.ant-table-row');
  await expect.poll(() => rows.locator('td:first-child').allInnerTexts()).toEqual(months);
  const total = card.getByTestId('revenue-total').locator('.pc-money');
  await expect.poll(() => total.getAttribute('data-exact')).toBe(expected.total);
  expect(await total.innerText()).toMatch(/^-?[\d,]+\.\d{2} USD$/);
  for (const [i, m] of expected.months.entries()) {
    const money = rows.nth(i).locator('.pc-money');
    expect(await money.getAttribute('data-exact')).toBe(m.revenue);
    expect(await money.innerText()).toMatch(/^-?[\d,]+\.\d{2}$/);
  }
  expect(await table.locator('.pc-totals-row .pc-money').getAttribute('data-exact')).toBe(expected.total);
  await total.hover();
  await page.getByRole('tooltip').filter({ hasText: `Exact: ${expected.total} USD` }).waitFor();
  await card.getByText('Cash consumption; coupons, test coupons and KooGallery excluded.', { exact: true }).waitFor();
}
