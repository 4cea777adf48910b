import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import type { TestApp } from './test-app';

const ROOT = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'test', '.artifacts');

/**
 * Browser tests wait on conditions (a locator, a URL, a response), not on time. These limits only
 * stop a test that can never pass, and are generous because a busy 2-core machine (jest workers,
 * Chromium and PostgreSQL side by side) makes every step slow: a tight budget fails a correct
 * panel. Call `jest.setTimeout(BROWSER_TEST_TIMEOUT)` at the top of each browser test file.
 */
export const BROWSER_TEST_TIMEOUT = 180_000;
const STEP_TIMEOUT = 60_000;

// Debian's Chromium (test/e2e/ensure-chromium.mjs); the network flags stop it retrying
// connections this machine refuses.
const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};

/** The built panel, served by the test app on a free port, and a Chromium to drive it. */
export async function openPanel(t: TestApp): Promise<{ baseUrl: string; browser: Browser }> {
  if (!fs.existsSync(path.join(ROOT, 'admin', 'dist', 'index.html'))) {
    throw new Error('admin/dist is missing: build the panel first (`npm run build:admin`; `npm test` does it)');
  }
  await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/`;
  return { baseUrl, browser: await chromium.launch(CHROMIUM) };
}

/**
 * Stress knobs for hunting races (off by default): PANEL_CPU_SLOWDOWN=6 runs the page's CPU six
 * times slower; PANEL_API_DELAY_MS=1500 holds each API request up to that long, at random, so
 * responses arrive late and out of order.
 */
async function stress(page: Page): Promise<void> {
  const slowdown = Number(process.env.PANEL_CPU_SLOWDOWN ?? 0);
  if (slowdown > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  }
  const delay = Number(process.env.PANEL_API_DELAY_MS ?? 0);
  if (delay > 0) {
    await page.route('**/graphql', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * delay));
      await route.continue().catch(() => undefined); // the page may have closed meanwhile
    });
  }
}

/**
 * What the page went through, kept so a failure on CI explains itself: the browser's errors, the
 * GraphQL errors it was answered with, where it was and what it showed.
 */
function recordTrouble(page: Page): () => Promise<string> {
  const trouble: string[] = [];
  const keep = (line: string) => {
    trouble.push(`${new Date().toISOString().slice(11, 23)} ${line}`);
    if (trouble.length > 40) trouble.shift();
  };
  page.on('pageerror', (error) => keep(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') keep(`console.${message.type()}: ${message.text().slice(0, 300)}`);
  });
  page.on('requestfailed', (request) => keep(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const operation = (response.request().postDataJSON() as { operationName?: string } | null)?.operationName ?? '?';
    if (response.status() !== 200) keep(`graphql ${operation}: HTTP ${response.status()}`);
    response
      .json()
      .then((body: { errors?: { message: string; extensions?: { code?: string } }[] }) => {
        for (const e of body.errors ?? []) keep(`graphql ${operation}: ${e.extensions?.code ?? ''} ${e.message}`);
      })
      .catch(() => undefined);
  });
  return async () => {
    const shown = await page
      .locator('body')
      .innerText({ timeout: 5_000 })
      .catch(() => '(no text)');
    return [`at ${page.url()}`, ...trouble, 'the page showed:', shown.replace(/\s+/g, ' ').slice(0, 1500)].join('\n');
  };
}

/**
 * A fresh browser context per test (own storage, so own session and language). When it fails: a
 * screenshot in test/.artifacts, and the page's errors, URL and text in the test's message.
 */
export async function inPage(browser: Browser, name: string, steps: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  page.setDefaultNavigationTimeout(STEP_TIMEOUT);
  const trouble = recordTrouble(page);
  await stress(page);
  try {
    await steps(page);
  } catch (error) {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true }).catch(() => undefined);
    if (error instanceof Error) {
      // Jest prints the stack, which holds the message as it was when the error was made.
      const original = error.message;
      error.message += `\n\n[${name}] ${await trouble()}`;
      error.stack = error.stack?.replace(original, error.message);
    }
    throw error;
  } finally {
    await context.close();
  }
}

/** Signs in through the login form and waits for the menu. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(baseUrl);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.getByText('客户与产品').waitFor();
}

/**
 * A list's create button, found by its name and by where it leads. The name alone is not enough:
 * react-router renders a navigation as a React transition, so the page we came from stays on
 * screen (and clickable) until the new one has rendered, which takes a while on a busy machine;
 * an empty service-order list, for one, shows a "Create" button of its own.
 */
export function createButton(page: Page, resource: string, name: string): Locator {
  return page.getByRole('link', { name, exact: true }).and(page.locator(`[href="#/${resource}/create"]`));
}
