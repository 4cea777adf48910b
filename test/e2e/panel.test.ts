import type { Browser, Page, Route } from 'playwright-core';
import { Role } from '../../api/src/modules/auth/role';
import { Customer } from '../../api/src/modules/customer/customer.entity';
import { Fixtures } from '../helpers/fixtures';
import { BROWSER_TEST_TIMEOUT, createButton, inPage as inBrowserPage, openPanel, signIn as signInAs } from '../helpers/panel-browser';
import { createTestApp, type TestApp } from '../helpers/test-app';

jest.setTimeout(BROWSER_TEST_TIMEOUT);

const PASSWORD = 'panel-password-2026';
const ADMIN = 'panel_admin';
const DISPATCHER = 'panel_dispatcher';

describe('admin panel in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp({ SERVE_ADMIN: 'true' });
    await t.userWith([Role.ADMIN], { username: ADMIN, password: PASSWORD });
    await t.userWith([Role.DISPATCHER], { username: DISPATCHER, password: PASSWORD });
    ({ baseUrl, browser } = await openPanel(t));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const inPage = (name: string, steps: (page: Page) => Promise<void>) => inBrowserPage(browser, name, steps);
  const signIn = (page: Page, username = ADMIN) => signInAs(page, baseUrl, username, PASSWORD);

  it('signs in, creates a customer through the form and finds it in the list', () =>
    inPage('create-customer', async (page) => {
      const suffix = Date.now().toString().slice(-6);
      const name = `浏览器测试客户${suffix}`;
      const mobile = `13900${suffix}`;
      // Another customer, so the search below has something to leave out.
      const other = await new Fixtures(t.em()).customer({ name: `另一位客户${suffix}` });
      await signIn(page);

      await page.getByRole('menuitem', { name: '客户', exact: true }).click();
      await createButton(page, 'customers', '新建').click();
      await page.locator('input[name="name"]').fill(name);
      await page.locator('input[name="mobile"]').fill(mobile);
      await page.getByRole('button', { name: '保存' }).click();
      await page.waitForURL(/#\/customers\/[^/]+\/show$/);

      const saved = await t.em().findOneOrFail(Customer, { name });
      expect(saved.mobile).toBe(mobile);

      await page.getByRole('menuitem', { name: '客户', exact: true }).click();
      await page.locator('input[name="q"]').fill(name);
      const row = page.locator('table tbody tr', { hasText: name });
      await row.waitFor();
      // The list keeps showing the unfiltered rows until the search has answered.
      await page.locator('table tbody tr', { hasText: other.name }).waitFor({ state: 'detached' });
      await expect(row.textContent()).resolves.toContain(mobile);
      await expect(page.locator('table tbody tr').count()).resolves.toBe(1);
    }));

  it('stays signed in when answers to requests made before signing in arrive late', () =>
    inPage('late-anonymous-answers', async (page) => {
      // The login page's first render asks for the dashboard's counts without a token; here those
      // answers (UNAUTHENTICATED) are held until the user has signed in, as a busy machine can do.
      const held: Route[] = [];
      await page.route('**/graphql', async (route) => {
        const request = route.request();
        const operation = (request.postDataJSON() as { operationName?: string } | null)?.operationName;
        if (!request.headers().authorization && operation !== 'login') held.push(route);
        else await route.continue();
      });
      await signIn(page);
      expect(held.length).toBeGreaterThan(0);
      const answers = held.map(async (route) => {
        await route.continue();
        const response = await route.request().response();
        return (await response!.json()) as { errors?: { extensions?: { code?: string } }[] };
      });
      for (const answer of await Promise.all(answers)) expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      await page.unroute('**/graphql');

      await page.getByRole('menuitem', { name: '客户', exact: true }).click();
      await page.locator('input[name="q"]').waitFor();
      await page.getByRole('menuitem', { name: '产品', exact: true }).click();
      await createButton(page, 'products', '新建').waitFor();
      await expect(page.evaluate<string | null>("localStorage.getItem('aftersales.session')")).resolves.not.toBeNull();
      expect(page.url()).not.toContain('/login');
    }));

  it('switches to English: the interface and the server messages change language', () =>
    inPage('switch-language', async (page) => {
      await signIn(page);
      await page.locator('button[aria-haspopup="true"]', { hasText: '中文' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByText('Customers & products').waitFor();
      await expect(page.getByText('客户与产品').count()).resolves.toBe(0);

      // The API answers in the panel's language: its per-field message appears under the input.
      await page.getByRole('menuitem', { name: 'Customers', exact: true }).click();
      await createButton(page, 'customers', 'Create').click();
      await page.locator('input[name="name"]').fill('Language check');
      await page.locator('input[name="mobile"]').fill('123');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('is not a valid mobile number').first().waitFor();
    }));

  it('shows a dispatcher only what their permissions allow', () =>
    inPage('dispatcher-permissions', async (page) => {
      const product = await new Fixtures(t.em()).product();
      await signIn(page, DISPATCHER);
      await page.getByRole('menuitem', { name: '产品', exact: true }).click();
      await page.locator('table tbody tr', { hasText: product.modelNumber }).waitFor();
      // Products are read-only for dispatchers, customers are theirs to keep; the system area is hidden.
      await expect(page.getByRole('link', { name: '新建' }).count()).resolves.toBe(0);
      await expect(page.getByText('系统', { exact: true }).count()).resolves.toBe(0);
      await expect(page.getByRole('menuitem', { name: '用户', exact: true }).count()).resolves.toBe(0);
      await page.getByRole('menuitem', { name: '客户', exact: true }).click();
      await createButton(page, 'customers', '新建').waitFor();
    }));
});
